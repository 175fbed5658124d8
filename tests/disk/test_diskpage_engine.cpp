// SPDX-License-Identifier: Apache-2.0
#include "disk/diskchart.h"
#include "disk/diskpage.h"
#include "disk/imagetablemodel.h"
#include "disk/prunedialog.h"
#include "engine/engineclient.h"
#include "i18n/languagemanager.h"
#include "settings/settings.h"
#include "testenv.h"

#include <QApplication>
#include <QDir>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace berth;

namespace {
QString trimmed(const QByteArray &out)
{
    return QString::fromUtf8(out).trimmed();
}

bool imageExists(const QString &ref)
{
    int rc = -1;
    test::docker({QStringLiteral("image"), QStringLiteral("inspect"), ref}, &rc);
    return rc == 0;
}

bool containerExists(const QString &ref)
{
    int rc = -1;
    test::docker({QStringLiteral("container"), QStringLiteral("inspect"), ref}, &rc);
    return rc == 0;
}

QStringList planIds(const core::PrunePlan &plan)
{
    QStringList ids;
    for (const core::PrunePlan::Item &item : plan.items)
        ids << item.id;
    return ids;
}
} // namespace

class TestDiskPageEngine final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        BERTH_REQUIRE_ENGINE();
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<core::Settings>(m_dir.filePath(QStringLiteral("berth.ini")));
        m_client = std::make_unique<core::EngineClient>(core::Endpoint::fromHost(test::dockerHost()));
        // A container keeps the base image in use, so no prune here can take it from the other tests.
        test::docker({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("berth-disk-keeper"),
                      test::busyboxImage(), QStringLiteral("true")});
        test::docker({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("berth-disk-src"),
                      test::busyboxImage(), QStringLiteral("true")});
        // An untagged image (commit without a name) and a tagged one nobody uses.
        m_dangling =
            trimmed(test::docker({QStringLiteral("commit"), QStringLiteral("-c"),
                                  QStringLiteral("LABEL berth.test=dangling"), QStringLiteral("berth-disk-src")}));
        m_unused = trimmed(
            test::docker({QStringLiteral("commit"), QStringLiteral("-c"), QStringLiteral("LABEL berth.test=unused"),
                          QStringLiteral("berth-disk-src"), QStringLiteral("berth-lab/unused:old")}));
        test::docker(
            {QStringLiteral("tag"), QStringLiteral("berth-lab/unused:old"), QStringLiteral("berth-lab/unused:also")});
        QVERIFY(m_dangling.startsWith(QLatin1String("sha256:")));
        QVERIFY(m_unused.startsWith(QLatin1String("sha256:")));
    }
    void cleanupTestCase()
    {
        int rc = 0;
        test::docker({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("berth-disk-keeper"),
                      QStringLiteral("berth-disk-src")},
                     &rc);
        test::docker({QStringLiteral("rmi"), QStringLiteral("-f"), QStringLiteral("berth-lab/unused:old"),
                      QStringLiteral("berth-lab/unused:also")},
                     &rc);
    }

    void page_showsDfPictureAndImagesWithTheirContainers()
    {
        ui::DiskPage page(m_client.get(), m_settings.get());
        QSignalSpy loaded(&page, &ui::DiskPage::loaded);
        page.resize(1100, 700);
        page.show();
        QVERIFY(loaded.wait(60000));
        QVERIFY(page.hasUsage());
        const QStringList rows = page.chart()->rowTexts();
        QCOMPARE(rows.size(), 4);
        QVERIFY2(rows.at(0).startsWith(QLatin1String("Images: ")), qPrintable(rows.at(0)));

        ui::ImageTableModel *model = page.imageModel();
        const QString baseId =
            trimmed(test::docker({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("-f"),
                                  QStringLiteral("{{.Id}}"), test::busyboxImage()}));
        const int base = model->rowOf(baseId);
        QVERIFY(base >= 0);
        const QString users = model->index(base, ui::ImageTableModel::Containers).data().toString();
        QVERIFY2(users.contains(QLatin1String("berth-disk-keeper")), qPrintable(users));
        QVERIFY(model->index(base, ui::ImageTableModel::Tags).data().toString().contains(test::busyboxImage()));
        const int dangling = model->rowOf(m_dangling);
        QVERIFY(dangling >= 0);
        QCOMPARE(model->index(dangling, ui::ImageTableModel::Tags).data().toString(), QStringLiteral("(untagged)"));
        QCOMPARE(model->index(model->rowOf(m_unused), ui::ImageTableModel::LastUsed).data().toString(),
                 QStringLiteral("never"));

        const QString shot = qEnvironmentVariable("BERTH_SCREENSHOT_DIR", QDir::tempPath());
        page.grab().save(shot + QStringLiteral("/disk-page.png"));
        // The same page in Korean, switched live.
        ui::LanguageManager::instance().apply(QStringLiteral("ko"));
        QCoreApplication::processEvents();
        QVERIFY(model->index(dangling, ui::ImageTableModel::Tags).data().toString() != QLatin1String("(untagged)"));
        page.grab().save(shot + QStringLiteral("/disk-page-ko.png"));
        ui::LanguageManager::instance().apply(QStringLiteral("en"));
    }

    void pruneDangling_listsExactlyWhatGoesAndAsksFirst()
    {
        ui::DiskPage page(m_client.get(), m_settings.get());
        QSignalSpy loaded(&page, &ui::DiskPage::loaded);
        page.refresh();
        QVERIFY(loaded.wait(60000));

        // Cancelled: nothing goes.
        core::PrunePlan asked;
        page.setConfirmation([&asked](const core::PrunePlan &plan) {
            asked = plan;
            return false;
        });
        page.pruneDangling();
        QVERIFY(planIds(asked).contains(m_dangling));
        QVERIFY(!planIds(asked).contains(m_unused));
        QVERIFY(imageExists(m_dangling));

        // The dialog lists every item it will remove.
        ui::PruneDialog dialog(asked, test::dockerHost());
        QCOMPARE(dialog.itemLines().size(), asked.items.size());
        QVERIFY(dialog.summaryText().contains(test::dockerHost()));

        // Confirmed: what was listed goes, and nothing else.
        const QStringList before =
            trimmed(test::docker({QStringLiteral("images"), QStringLiteral("-aq"), QStringLiteral("--no-trunc")}))
                .split(QLatin1Char('\n'));
        QSignalSpy finished(&page, &ui::DiskPage::pruneFinished);
        page.setConfirmation([&asked](const core::PrunePlan &plan) {
            asked = plan;
            return true;
        });
        page.pruneDangling();
        QVERIFY2(finished.wait(60000), qPrintable(page.messageText()));
        QCOMPARE(finished.first().at(1).toInt(), 0);
        QCOMPARE(finished.first().at(0).toInt(), int(asked.items.size()));
        QVERIFY(!imageExists(m_dangling));
        QStringList after =
            trimmed(test::docker({QStringLiteral("images"), QStringLiteral("-aq"), QStringLiteral("--no-trunc")}))
                .split(QLatin1Char('\n'));
        QStringList expected = before;
        for (const QString &id : planIds(asked))
            expected.removeAll(id);
        expected.removeDuplicates();
        after.removeDuplicates();
        expected.sort();
        after.sort();
        QCOMPARE(after, expected);
    }

    void pruneUnused_removesEveryTagOfAnUnusedImageButKeepsImagesInUse()
    {
        ui::DiskPage page(m_client.get(), m_settings.get());
        QSignalSpy loaded(&page, &ui::DiskPage::loaded);
        page.refresh();
        QVERIFY(loaded.wait(60000));
        core::PrunePlan asked;
        page.setConfirmation([&asked](const core::PrunePlan &plan) {
            asked = plan;
            return true;
        });
        m_settings->setValue(core::Settings::UnusedImageDays, 0);
        page.findChild<QSpinBox *>()->setValue(0);
        QSignalSpy finished(&page, &ui::DiskPage::pruneFinished);
        page.pruneUnusedImages();
        QVERIFY2(finished.wait(60000), qPrintable(page.messageText()));
        QVERIFY(planIds(asked).contains(m_unused));
        QVERIFY(!imageExists(QStringLiteral("berth-lab/unused:old")));
        QVERIFY(!imageExists(QStringLiteral("berth-lab/unused:also")));
        QVERIFY(!imageExists(m_unused));
        QVERIFY(imageExists(test::busyboxImage())); // used by berth-disk-keeper
    }

    void pruneStopped_removesListedContainersOnly()
    {
        test::docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"),
                      QStringLiteral("berth-disk-running"), test::busyboxImage(), QStringLiteral("sleep"),
                      QStringLiteral("300")});
        test::docker({QStringLiteral("run"), QStringLiteral("--name"), QStringLiteral("berth-disk-exited"),
                      test::busyboxImage(), QStringLiteral("true")});
        ui::DiskPage page(m_client.get(), m_settings.get());
        QSignalSpy loaded(&page, &ui::DiskPage::loaded);
        page.refresh();
        QVERIFY(loaded.wait(60000));
        core::PrunePlan asked;
        page.setConfirmation([&asked](const core::PrunePlan &plan) {
            asked = plan;
            return true;
        });
        QSignalSpy finished(&page, &ui::DiskPage::pruneFinished);
        page.pruneStoppedContainers();
        QVERIFY2(finished.wait(60000), qPrintable(page.messageText()));
        QStringList names;
        for (const core::PrunePlan::Item &item : asked.items)
            names << item.name;
        QVERIFY(names.contains(QStringLiteral("berth-disk-exited")));
        QVERIFY(!names.contains(QStringLiteral("berth-disk-running")));
        QVERIFY(!containerExists(QStringLiteral("berth-disk-exited")));
        QVERIFY(containerExists(QStringLiteral("berth-disk-running")));
        int rc = 0;
        test::docker({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("berth-disk-running")}, &rc);
        // The keeper was stopped too: bring it back for the cleanup's sake.
        test::docker({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("berth-disk-keeper"),
                      test::busyboxImage(), QStringLiteral("true")},
                     &rc);
    }

    void pruneDialog_rendersInBothLanguages()
    {
        core::PrunePlan plan;
        plan.kind = core::PrunePlan::Kind::UnusedImages;
        plan.olderThanDays = 30;
        plan.items.append({QStringLiteral("sha256:0123456789abcdef"),
                           QStringLiteral("pytorch/pytorch:1.2"),
                           {QStringLiteral("pytorch/pytorch:1.2")},
                           qint64(4) << 30,
                           {}});
        plan.items.append({QStringLiteral("sha256:fedcba9876543210"), {}, {}, qint64(700) << 20, {}});
        ui::PruneDialog dialog(plan, QStringLiteral("gpu-server-1"));
        QCOMPARE(dialog.itemLines().size(), 2);
        QVERIFY(dialog.itemLines().at(1).contains(QLatin1String("untagged image fedcba987654")));
        const QString shot = qEnvironmentVariable("BERTH_SCREENSHOT_DIR", QDir::tempPath());
        dialog.grab().save(shot + QStringLiteral("/disk-prune-dialog.png"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Settings> m_settings;
    std::unique_ptr<core::EngineClient> m_client;
    QString m_dangling;
    QString m_unused;
};

QTEST_MAIN(TestDiskPageEngine)
#include "test_diskpage_engine.moc"
