// SPDX-License-Identifier: Apache-2.0
#include "fulldisk.h"
#include "launch/presetstore.h"
#include "launch/profilestore.h"
#include "settings/settings.h"
#include "settings/storefile.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace berth::core;
using berth::test::FullDisk;

// Data never lost: a full disk (a small tmpfs of the test's own), an unwritable folder, a file of the wrong shape or
// a damaged one must leave what was there, and the user must be told.
class TestStores : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void storeFile_fullDisk_keepsTheOldFile();
    void profiles_fullDisk_keepTheOldFileAndReportSaveFailed();
    void presets_fullDisk_keepTheOldFileAndReportSaveFailed();
    void settings_fullDisk_keepTheOldFileAndReportWriteFailed();
    void settings_unwritableFolder_reportWriteFailed();
    void settings_damagedIni_isCopiedAsideBeforeARewrite();
    void profiles_validJsonOfTheWrongShape_isKeptAsideNotOverwritten();
    void presets_validJsonOfTheWrongShape_isKeptAside();

private:
    static QByteArray contents(const QString &path);
};

#define REQUIRE_FULL_DISK(disk)                                                                                        \
    if (!FullDisk::canMount())                                                                                         \
        QSKIP("needs root to mount a small tmpfs (scripts/test runs as root)");                                        \
    FullDisk disk;                                                                                                     \
    QVERIFY(disk.isMounted())

QByteArray TestStores::contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

namespace {
LaunchSpec spec(const QString &image)
{
    LaunchSpec s;
    s.image = image;
    s.tag = QStringLiteral("latest");
    s.command = {QStringLiteral("python"), QStringLiteral("train.py")};
    return s;
}
} // namespace

void TestStores::storeFile_fullDisk_keepsTheOldFile()
{
    REQUIRE_FULL_DISK(disk);
    const QString path = disk.path() + QStringLiteral("/data.json");
    QVERIFY(StoreFile::write(path, "old contents"));
    QVERIFY(disk.fill());
    QString error;
    // Small enough to sit in QSaveFile's buffer: the failure only shows at the flush.
    QVERIFY(!StoreFile::write(path, QByteArray(3000, 'n'), &error));
    QVERIFY2(error.contains(QLatin1String("previous version was kept")), qPrintable(error));
    QCOMPARE(contents(path), QByteArray("old contents"));
    QCOMPARE(disk.strayFiles(), QStringList{});
}

void TestStores::profiles_fullDisk_keepTheOldFileAndReportSaveFailed()
{
    REQUIRE_FULL_DISK(disk);
    const QString file = disk.path() + QLatin1Char('/') + QLatin1String(ProfileStore::FileName);
    {
        ProfileStore store(disk.path());
        QVERIFY(store.loadNow());
        QVERIFY(store.save(QStringLiteral("resnet"), spec(QStringLiteral("pytorch/pytorch"))));
        store.waitForWrites();
    }
    const QByteArray before = contents(file);
    QVERIFY(before.contains("resnet"));
    QVERIFY(disk.fill());

    ProfileStore store(disk.path());
    QVERIFY(store.loadNow());
    QSignalSpy failed(&store, &ProfileStore::saveFailed);
    QVERIFY(store.save(QStringLiteral("bert"), spec(QStringLiteral("tensorflow/tensorflow"))));
    store.waitForWrites();
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("No space left")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(contents(file), before);
    QCOMPARE(disk.strayFiles(), QStringList{});
}

void TestStores::presets_fullDisk_keepTheOldFileAndReportSaveFailed()
{
    REQUIRE_FULL_DISK(disk);
    Preset mine;
    mine.id = QStringLiteral("mine");
    mine.name = QStringLiteral("Mine");
    mine.spec = spec(QStringLiteral("pytorch/pytorch"));
    QString file;
    {
        PresetStore store(disk.path());
        QVERIFY(store.addUserPreset(mine));
        store.waitForWrites();
        file = store.filePath();
    }
    const QByteArray before = contents(file);
    QVERIFY(before.contains("Mine"));
    QVERIFY(disk.fill());
    PresetStore store(disk.path());
    QSignalSpy failed(&store, &PresetStore::saveFailed);
    Preset other = mine;
    other.id = QStringLiteral("other");
    other.name = QStringLiteral("Other");
    QVERIFY(store.addUserPreset(other));
    store.waitForWrites();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(contents(file), before);
}

void TestStores::settings_fullDisk_keepTheOldFileAndReportWriteFailed()
{
    REQUIRE_FULL_DISK(disk);
    const QString ini = disk.path() + QStringLiteral("/berth.ini");
    {
        Settings settings(ini);
        settings.setValue(Settings::PipCacheVolume, QStringLiteral("my_pip_cache"));
        QVERIFY(settings.lastWriteError().isEmpty());
    }
    const QByteArray before = contents(ini);
    QVERIFY(before.contains("my_pip_cache"));
    QVERIFY(disk.fill());
    Settings settings(ini);
    QSignalSpy failed(&settings, &Settings::writeFailed);
    settings.setValue(Settings::LogTailLines, 777);
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(QLatin1String("disk full")));
    QCOMPARE(contents(ini), before);
    QCOMPARE(settings.value(Settings::LogTailLines).toInt(), 777); // kept in memory until Berth closes
}

void TestStores::settings_unwritableFolder_reportWriteFailed()
{
    // Root may write anywhere, so the folder is made impossible instead: its parent is a file.
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Settings settings(dir.filePath(QStringLiteral("not-a-folder/berth/berth.ini")));
    QSignalSpy failed(&settings, &Settings::writeFailed);
    settings.setValue(Settings::LogTailLines, 123);
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("not-a-folder")),
             qPrintable(failed.first().first().toString()));
}

void TestStores::settings_damagedIni_isCopiedAsideBeforeARewrite()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("berth.ini"));
    QByteArray damaged = "[launch]\npipCacheVolume=precious\n[logs]\ntailLines=12";
    damaged += QByteArray("\0\0\0\xff\xfe garbage", 13);
    {
        QFile f(ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(damaged);
    }
    Settings settings(ini);
    QVERIFY(!settings.loadProblem().isEmpty());
    settings.setValue(Settings::LogMaxLines, 5000); // rewrites berth.ini
    const QStringList copies =
        QDir(dir.path()).entryList({QStringLiteral("berth.ini.damaged-*")}, QDir::Files | QDir::Hidden);
    QCOMPARE(copies.size(), 1);
    QCOMPARE(contents(dir.filePath(copies.first())), damaged);
    QVERIFY(settings.loadProblem().contains(copies.first()));
}

void TestStores::profiles_validJsonOfTheWrongShape_isKeptAsideNotOverwritten()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QLatin1String(ProfileStore::FileName));
    const QByteArray wrong = R"({"profiles": {"resnet": {"image": "pytorch/pytorch"}}})";
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(wrong);
    }
    ProfileStore store(dir.path());
    QVERIFY(!store.loadNow());
    QVERIFY(!store.keptAsidePath().isEmpty());
    QCOMPARE(contents(store.keptAsidePath()), wrong);
    QVERIFY(store.save(QStringLiteral("bert"), spec(QStringLiteral("tensorflow/tensorflow"))));
    store.waitForWrites();
    QCOMPARE(contents(store.keptAsidePath()), wrong); // still there after the next save
}

void TestStores::presets_validJsonOfTheWrongShape_isKeptAside()
{
    QTemporaryDir dir;
    PresetStore probe(dir.path());
    const QString file = probe.filePath();
    const QByteArray wrong = R"({"presets": "tensorflow"})";
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(wrong);
    }
    PresetStore store(dir.path());
    QVERIFY(!store.keptAsidePath().isEmpty());
    QCOMPARE(contents(store.keptAsidePath()), wrong);
}

QTEST_GUILESS_MAIN(TestStores)

#include "test_stores.moc"
