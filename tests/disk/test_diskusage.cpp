// SPDX-License-Identifier: Apache-2.0
#include "disk/imageusage.h"
#include "disk/pruneplan.h"
#include "engine/diskusage.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace berth::core;

namespace {
const QDateTime Now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

QJsonObject image(const QString &id, const QStringList &tags, qint64 size, qint64 shared, int containers, int daysOld,
                  const QString &parent = {})
{
    return {{QStringLiteral("Id"), id},
            {QStringLiteral("ParentId"), parent},
            {QStringLiteral("RepoTags"),
             tags.isEmpty() ? QJsonArray{QStringLiteral("<none>:<none>")} : QJsonArray::fromStringList(tags)},
            {QStringLiteral("Created"), double(Now.addDays(-daysOld).toSecsSinceEpoch())},
            {QStringLiteral("Size"), double(size)},
            {QStringLiteral("SharedSize"), double(shared)},
            {QStringLiteral("Containers"), containers}};
}

QJsonObject container(const QString &id, const QString &name, const QString &imageId, const QString &state,
                      qint64 sizeRw, int hoursOld)
{
    return {{QStringLiteral("Id"), id},
            {QStringLiteral("Names"), QJsonArray{QString(QLatin1Char('/') + name)}},
            {QStringLiteral("Image"), QStringLiteral("x")},
            {QStringLiteral("ImageID"), imageId},
            {QStringLiteral("State"), state},
            {QStringLiteral("Created"), double(Now.addSecs(-3600 * hoursOld).toSecsSinceEpoch())},
            {QStringLiteral("SizeRw"), double(sizeRw)}};
}

// A server's df: a used CUDA image, an old unused one, a fresh unused one, a dangling one, a dangling parent.
QByteArray sample()
{
    const QJsonArray images{
        image(QStringLiteral("sha256:used"), {QStringLiteral("pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime")}, 8000,
              3000, 2, 100),
        image(QStringLiteral("sha256:old"),
              {QStringLiteral("tensorflow/tensorflow:2.15.0-gpu"), QStringLiteral("lab/tf:stable")}, 6000, 3000, 0, 90),
        image(QStringLiteral("sha256:fresh"), {QStringLiteral("lab/fresh:1")}, 500, 0, 0, 1),
        image(QStringLiteral("sha256:dangling"), {}, 700, 0, 0, 40),
        image(QStringLiteral("sha256:parent"), {}, 300, 0, 0, 40),
        image(QStringLiteral("sha256:child"), {}, 400, 300, 0, 40, QStringLiteral("sha256:parent")),
    };
    const QJsonArray containers{
        container(QStringLiteral("c1"), QStringLiteral("train"), QStringLiteral("sha256:used"),
                  QStringLiteral("running"), 100, 5),
        container(QStringLiteral("c2"), QStringLiteral("done"), QStringLiteral("sha256:used"), QStringLiteral("exited"),
                  40, 2),
        container(QStringLiteral("c3"), QStringLiteral("made"), QStringLiteral("sha256:gone"),
                  QStringLiteral("created"), 0, 1),
    };
    const QJsonArray volumes{
        QJsonObject{{QStringLiteral("Name"), QStringLiteral("pip_cache")},
                    {QStringLiteral("UsageData"),
                     QJsonObject{{QStringLiteral("Size"), 1000.0}, {QStringLiteral("RefCount"), 1}}}},
        QJsonObject{{QStringLiteral("Name"), QStringLiteral("old")},
                    {QStringLiteral("UsageData"),
                     QJsonObject{{QStringLiteral("Size"), 200.0}, {QStringLiteral("RefCount"), 0}}}},
    };
    const QJsonArray cache{
        QJsonObject{{QStringLiteral("ID"), QStringLiteral("b1")},
                    {QStringLiteral("Size"), 50.0},
                    {QStringLiteral("InUse"), false},
                    {QStringLiteral("Shared"), false}},
        QJsonObject{{QStringLiteral("ID"), QStringLiteral("b2")},
                    {QStringLiteral("Size"), 70.0},
                    {QStringLiteral("InUse"), true},
                    {QStringLiteral("Shared"), false}},
        QJsonObject{{QStringLiteral("ID"), QStringLiteral("b3")},
                    {QStringLiteral("Size"), 90.0},
                    {QStringLiteral("InUse"), false},
                    {QStringLiteral("Shared"), true}},
    };
    return QJsonDocument(QJsonObject{{QStringLiteral("LayersSize"), 12000.0},
                                     {QStringLiteral("Images"), images},
                                     {QStringLiteral("Containers"), containers},
                                     {QStringLiteral("Volumes"), volumes},
                                     {QStringLiteral("BuildCache"), cache}})
        .toJson(QJsonDocument::Compact);
}

DiskUsage parsed()
{
    EngineError error;
    DiskUsage usage = DiskUsage::parse(sample(), &error);
    if (error)
        qFatal("sample does not parse");
    return usage;
}

QStringList ids(const PrunePlan &plan)
{
    QStringList list;
    for (const PrunePlan::Item &item : plan.items)
        list << item.id;
    return list;
}
} // namespace

class TestDiskUsage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_readsEveryKindAndDropsNoneTags()
    {
        const DiskUsage usage = parsed();
        QCOMPARE(usage.layersSize, 12000);
        QCOMPARE(usage.images.size(), 6);
        QCOMPARE(usage.images.at(1).repoTags.size(), 2);
        QVERIFY(usage.images.at(3).isDangling());
        QCOMPARE(usage.images.at(0).uniqueSize(), 5000);
        QCOMPARE(usage.containers.size(), 3);
        QCOMPARE(usage.containers.at(0).name, QStringLiteral("train"));
        QVERIFY(usage.containers.at(0).isRunning());
        QCOMPARE(usage.volumes.at(1).refCount, 0);
        QCOMPARE(usage.buildCache.size(), 3);
    }
    void parse_malformedBody_isAProtocolError()
    {
        EngineError error;
        DiskUsage::parse("{\"Images\": [", &error);
        QCOMPARE(error.kind(), EngineError::Kind::Protocol);
        EngineError notObject;
        DiskUsage::parse("[]", &notObject);
        QCOMPARE(notObject.kind(), EngineError::Kind::Protocol);
    }
    void totals_matchTheEnginesPicture()
    {
        const DiskUsage usage = parsed();
        const DiskUsage::Category images = usage.imageTotals();
        QCOMPARE(images.count, 6);
        QCOMPARE(images.active, 1);
        QCOMPARE(images.size, 12000);
        // Unique bytes of unused images: 3000 + 500 + 700 + 300 + 100.
        QCOMPARE(images.reclaimable, 4600);
        const DiskUsage::Category containers = usage.containerTotals();
        QCOMPARE(containers.count, 3);
        QCOMPARE(containers.active, 1);
        QCOMPARE(containers.size, 140);
        QCOMPARE(containers.reclaimable, 40);
        const DiskUsage::Category volumes = usage.volumeTotals();
        QCOMPARE(volumes.size, 1200);
        QCOMPARE(volumes.reclaimable, 200);
        const DiskUsage::Category cache = usage.buildCacheTotals();
        QCOMPARE(cache.size, 120);
        QCOMPARE(cache.reclaimable, 50);
        QCOMPARE(cache.active, 1);
    }
    void imageUsage_namesContainersAndNewestUse()
    {
        const QList<ImageUsage> list = ImageUsage::build(parsed());
        const ImageUsage &used = list.at(0);
        QCOMPARE(used.users.size(), 2);
        QVERIFY(used.running);
        QCOMPARE(used.lastUsed, Now.addSecs(-2 * 3600));
        QVERIFY(list.at(4).hasChildren);
        QVERIFY(list.at(1).isUnused());
        QVERIFY(!list.at(1).lastUsed.isValid());
    }
    void danglingPlan_leavesTaggedUsedAndParentImages()
    {
        const PrunePlan plan = PrunePlan::danglingImages(parsed());
        QCOMPARE(ids(plan), (QStringList{QStringLiteral("sha256:dangling"), QStringLiteral("sha256:child")}));
        QCOMPARE(plan.totalSize(), 800);
    }
    void unusedPlan_keepsImagesInUseAndNewerOnes()
    {
        const PrunePlan plan = PrunePlan::unusedImages(parsed(), 30, Now);
        QCOMPARE(ids(plan), (QStringList{QStringLiteral("sha256:old"), QStringLiteral("sha256:dangling"),
                                         QStringLiteral("sha256:child")}));
        QCOMPARE(plan.items.first().tags.size(), 2);
        QCOMPARE(PrunePlan::unusedImages(parsed(), 0, Now).items.size(), 4);
    }
    void stoppedPlan_listsExitedAndCreatedNotRunning()
    {
        const PrunePlan plan = PrunePlan::stoppedContainers(parsed());
        QCOMPARE(ids(plan), (QStringList{QStringLiteral("c2"), QStringLiteral("c3")}));
        QCOMPARE(plan.items.first().name, QStringLiteral("done"));
    }
    void fiveHundredImages_parseAndIndexQuickly()
    {
        QJsonArray images, containers;
        for (int i = 0; i < 500; ++i) {
            const QString id = QStringLiteral("sha256:%1").arg(i, 64, 10, QLatin1Char('0'));
            images.append(image(id, {QStringLiteral("lab/cuda-%1:12.%2-devel").arg(i).arg(i % 10)}, qint64(i) << 28,
                                1 << 30, i % 3, i % 200));
            for (int c = 0; c < (i % 2 ? 0 : 3); ++c)
                containers.append(container(QStringLiteral("c%1-%2").arg(i).arg(c), QStringLiteral("run-%1").arg(i), id,
                                            c ? QStringLiteral("exited") : QStringLiteral("running"), 1 << 20, i + c));
        }
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("Images"), images}, {QStringLiteral("Containers"), containers}})
                .toJson(QJsonDocument::Compact);
        QElapsedTimer clock;
        clock.start();
        EngineError error;
        const DiskUsage usage = DiskUsage::parse(body, &error);
        const QList<ImageUsage> list = ImageUsage::build(usage);
        const PrunePlan plan = PrunePlan::unusedImages(usage, 30, Now);
        const qint64 ms = clock.elapsed();
        QVERIFY(!error);
        QCOMPARE(list.size(), 500);
        QCOMPARE(list.at(8).users.size(), 3);
        QVERIFY(!plan.isEmpty());
        qInfo("500 images, 1500 containers: parse, index and plan in %lld ms (%lld KiB)", ms, body.size() / 1024);
        QVERIFY2(ms < 250, "disk usage for 500 images took too long");
    }
};

QTEST_GUILESS_MAIN(TestDiskUsage)
#include "test_diskusage.moc"
