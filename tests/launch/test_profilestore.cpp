// SPDX-License-Identifier: Apache-2.0
#include "launch/profilestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace berth::core;

class TestProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saveRenameDuplicateRemove();
    void profiles_surviveANewStore();
    void write_isAtomicAndLeavesNoTemporaries();
    void corruptFile_isKeptAsideAndReported();
    void notAnObject_isKeptAside();
    void asyncLoad_emitsLoaded();
    void recent_keepsTwentyNewestFirst();
    void recent_identicalLaunchMovesToFront();
    void changeBeforeLoad_doesNotLoseTheFile();
    void unwritableDirectory_reportsSaveFailed();
    void specJson_roundTripsEveryField();
};

namespace {
LaunchSpec spec(const QString &image, const QString &tag = QStringLiteral("latest"))
{
    LaunchSpec s;
    s.image = image;
    s.tag = tag;
    s.command = {QStringLiteral("python"), QStringLiteral("train.py")};
    return s;
}
} // namespace

void TestProfileStore::saveRenameDuplicateRemove()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    QVERIFY(store.loadNow());
    QSignalSpy changed(&store, &ProfileStore::changed);
    QString error;
    QVERIFY(store.save(QStringLiteral("resnet"), spec(QStringLiteral("pytorch/pytorch")), &error));
    QVERIFY(store.save(QStringLiteral("bert"), spec(QStringLiteral("tensorflow/tensorflow"))));
    QCOMPARE(store.names(), (QStringList{QStringLiteral("bert"), QStringLiteral("resnet")}));
    QVERIFY(!store.save(QStringLiteral("  "), spec(QStringLiteral("x")), &error));
    QVERIFY(!error.isEmpty());

    QVERIFY(!store.rename(QStringLiteral("resnet"), QStringLiteral("bert"), &error)); // taken
    QVERIFY(store.rename(QStringLiteral("resnet"), QStringLiteral("ResNet-50"), &error));
    QCOMPARE(store.profile(QStringLiteral("ResNet-50"))->image, QStringLiteral("pytorch/pytorch"));
    QVERIFY(!store.profile(QStringLiteral("resnet")));

    QCOMPARE(store.duplicate(QStringLiteral("bert")), QStringLiteral("bert (copy)"));
    QCOMPARE(store.duplicate(QStringLiteral("bert")), QStringLiteral("bert (copy 2)"));
    QCOMPARE(store.profile(QStringLiteral("bert (copy 2)")), store.profile(QStringLiteral("bert")));
    QVERIFY(store.duplicate(QStringLiteral("nope"), &error).isEmpty());

    QVERIFY(store.remove(QStringLiteral("bert (copy)")));
    QVERIFY(!store.remove(QStringLiteral("bert (copy)"), &error));
    QCOMPARE(store.names().size(), 3);
    QCOMPARE(changed.count(), 6); // two saves, a rename, two duplicates, a removal
}

void TestProfileStore::profiles_surviveANewStore()
{
    QTemporaryDir dir;
    LaunchSpec full = spec(QStringLiteral("pytorch/pytorch"), QStringLiteral("1.2-cuda10.0-cudnn7-runtime"));
    full.gpus.mode = GpuRequest::Mode::Devices;
    full.gpus.deviceIds = {QStringLiteral("0"), QStringLiteral("1")};
    full.requirements.enabled = true;
    full.entrypoint = QString();
    {
        ProfileStore store(dir.path());
        store.loadNow();
        store.save(QStringLiteral("sweep"), full);
        store.addRecent(full, QStringLiteral("sweep"));
    } // the destructor waits for the write
    ProfileStore again(dir.path());
    QVERIFY(again.loadNow());
    QCOMPARE(again.profile(QStringLiteral("sweep")), full);
    QCOMPARE(again.recent().size(), 1);
    QCOMPARE(again.recent().first().profileName, QStringLiteral("sweep"));
    QVERIFY(again.recent().first().launchedAt.isValid());
}

void TestProfileStore::write_isAtomicAndLeavesNoTemporaries()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    store.loadNow();
    for (int i = 0; i < 50; ++i)
        store.save(QStringLiteral("p%1").arg(i), spec(QStringLiteral("img")));
    store.waitForWrites();
    // QSaveFile writes beside the file and renames: only the final document remains, complete.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QLatin1String(ProfileStore::FileName)});
    QFile file(store.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    QVERIFY(doc.isObject());
    QCOMPARE(doc.object().value(QStringLiteral("profiles")).toArray().size(), 50);
}

void TestProfileStore::corruptFile_isKeptAsideAndReported()
{
    QTemporaryDir dir;
    const QByteArray damaged = "{\"version\": 1, \"profiles\": [{\"name\": \"half";
    QFile file(QDir(dir.path()).filePath(QLatin1String(ProfileStore::FileName)));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(damaged);
    file.close();

    ProfileStore store(dir.path());
    QSignalSpy failed(&store, &ProfileStore::loadFailed);
    QVERIFY(!store.loadNow());
    QCOMPARE(failed.count(), 1);
    QVERIFY(!store.lastError().isEmpty());
    const QString aside = store.keptAsidePath();
    QVERIFY(QFileInfo(aside).fileName().startsWith(QStringLiteral("profiles.json.corrupt-")));
    QCOMPARE(failed.first().at(1).toString(), aside);
    QFile kept(aside);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), damaged); // the user's bytes are still there
    QVERIFY(store.names().isEmpty());

    // Berth keeps working with a fresh file beside the damaged one.
    QVERIFY(store.save(QStringLiteral("new"), spec(QStringLiteral("img"))));
    store.waitForWrites();
    ProfileStore again(dir.path());
    QVERIFY(again.loadNow());
    QCOMPARE(again.names(), QStringList{QStringLiteral("new")});
    QVERIFY(QFile::exists(aside));
}

void TestProfileStore::notAnObject_isKeptAside()
{
    QTemporaryDir dir;
    QFile file(QDir(dir.path()).filePath(QLatin1String(ProfileStore::FileName)));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[1, 2, 3]");
    file.close();
    ProfileStore store(dir.path());
    QVERIFY(!store.loadNow());
    QVERIFY(QFile::exists(store.keptAsidePath()));
}

void TestProfileStore::asyncLoad_emitsLoaded()
{
    QTemporaryDir dir;
    {
        ProfileStore store(dir.path());
        store.loadNow();
        store.save(QStringLiteral("a"), spec(QStringLiteral("img")));
    }
    ProfileStore store(dir.path());
    QSignalSpy loaded(&store, &ProfileStore::loaded);
    store.load();
    QVERIFY(!store.isLoaded() || loaded.count() == 1);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(store.names(), QStringList{QStringLiteral("a")});
}

void TestProfileStore::recent_keepsTwentyNewestFirst()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    store.loadNow();
    for (int i = 0; i < 25; ++i)
        store.addRecent(spec(QStringLiteral("img"), QString::number(i)));
    QCOMPARE(store.recent().size(), ProfileStore::MaxRecent);
    QCOMPARE(store.recent().first().spec.tag, QStringLiteral("24"));
    QCOMPARE(store.recent().last().spec.tag, QStringLiteral("5"));
    store.clearRecent();
    QVERIFY(store.recent().isEmpty());
}

void TestProfileStore::recent_identicalLaunchMovesToFront()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    store.loadNow();
    store.addRecent(spec(QStringLiteral("a")));
    store.addRecent(spec(QStringLiteral("b")));
    store.addRecent(spec(QStringLiteral("a")));
    QCOMPARE(store.recent().size(), 2);
    QCOMPARE(store.recent().first().spec.image, QStringLiteral("a"));
}

void TestProfileStore::changeBeforeLoad_doesNotLoseTheFile()
{
    QTemporaryDir dir;
    {
        ProfileStore store(dir.path());
        store.loadNow();
        store.save(QStringLiteral("keep me"), spec(QStringLiteral("img")));
    }
    ProfileStore store(dir.path()); // never loaded explicitly
    store.save(QStringLiteral("added"), spec(QStringLiteral("img")));
    store.waitForWrites();
    ProfileStore again(dir.path());
    again.loadNow();
    QCOMPARE(again.names(), (QStringList{QStringLiteral("added"), QStringLiteral("keep me")}));
}

void TestProfileStore::unwritableDirectory_reportsSaveFailed()
{
    // A path below a regular file can never be created, even by root.
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ProfileStore store(dir.filePath(QStringLiteral("file/sub")));
    store.loadNow();
    QSignalSpy failed(&store, &ProfileStore::saveFailed);
    QVERIFY(store.save(QStringLiteral("x"), spec(QStringLiteral("img"))));
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(store.names(), QStringList{QStringLiteral("x")}); // still there for this session
}

void TestProfileStore::specJson_roundTripsEveryField()
{
    LaunchSpec s;
    s.projectFolder = QStringLiteral("/p");
    s.image = QStringLiteral("i");
    s.tag = QStringLiteral("t");
    s.digest = QStringLiteral("sha256:00");
    s.name = QStringLiteral("n");
    s.command = {QStringLiteral("a"), QStringLiteral("b")};
    s.entrypoint = QString();
    s.workingDir = QStringLiteral("/w");
    s.env = {QStringLiteral("A=1")};
    s.envFiles = {QStringLiteral("/e")};
    MountSpec m;
    m.type = MountSpec::Type::Tmpfs;
    m.syntax = MountSpec::Syntax::Mount;
    m.target = QStringLiteral("/t");
    m.readOnly = true;
    m.propagation = QStringLiteral("rshared");
    m.selinuxLabel = QStringLiteral("Z");
    m.noCopy = true;
    m.volumeOptions = {QStringLiteral("a=b")};
    m.tmpfsSizeBytes = 5000000000LL;
    m.tmpfsMode = 0755;
    m.tmpfsOptions = QStringLiteral("size=1m");
    s.mounts << m;
    s.gpus = GpuRequest{GpuRequest::Mode::Count,  3, {QStringLiteral("x")}, {QStringLiteral("utility")},
                        QStringLiteral("nvidia"), {}};
    s.ipcMode = QStringLiteral("host");
    s.shmSizeBytes = 17179869184LL;
    s.user = QStringLiteral("u");
    s.runAsMe = true;
    s.ports << LaunchSpec::Port{QStringLiteral("::1"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("udp")};
    s.expose = {QStringLiteral("3")};
    s.labels.insert(QStringLiteral("k"), QStringLiteral("v"));
    s.autoRemove = s.interactive = s.tty = s.detach = true;
    s.nanoCpus = 1500000000;
    s.cpusetCpus = QStringLiteral("0");
    s.memoryBytes = 1LL << 40;
    s.memorySwapBytes = -1;
    s.ulimits << LaunchSpec::Ulimit{QStringLiteral("memlock"), -1, -1};
    s.networkMode = QStringLiteral("host");
    s.hostname = QStringLiteral("h");
    s.addHosts = {QStringLiteral("a:1.2.3.4")};
    s.dns = {QStringLiteral("8.8.8.8")};
    s.restartPolicy = QStringLiteral("on-failure");
    s.restartMaxRetries = 2;
    s.privileged = s.init = s.readOnlyRootfs = true;
    s.runtime = QStringLiteral("nvidia");
    s.pidMode = QStringLiteral("host");
    s.devices = {QStringLiteral("/dev/kfd")};
    s.capAdd = {QStringLiteral("A")};
    s.capDrop = {QStringLiteral("B")};
    s.securityOpts = {QStringLiteral("c")};
    s.groupAdd = {QStringLiteral("video")};
    s.requirements = LaunchSpec::Requirements{true, QString(), QStringLiteral("r.txt"), QStringLiteral("sh")};
    QCOMPARE(LaunchSpec::fromJson(s.toJson()), s);
    QCOMPARE(LaunchSpec::fromJson(LaunchSpec().toJson()), LaunchSpec());
    QCOMPARE(LaunchSpec::fromJson(QJsonObject()), LaunchSpec()); // missing keys keep the defaults
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "test_profilestore.moc"
