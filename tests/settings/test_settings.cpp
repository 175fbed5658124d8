// SPDX-License-Identifier: Apache-2.0
#include "settings/settings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using berth::core::Settings;

namespace {
void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}
} // namespace

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void instance_usesXdgFolders_andMovesOldDataOnce();
    void explicitIni_keepsDataAndCacheBesideIt();
    void moveLegacyFiles_neverReplacesWhatIsThere();

private:
    QTemporaryDir m_home;
};

void TestSettings::instance_usesXdgFolders_andMovesOldDataOnce()
{
    // The first call of instance() in this process: a home whose config folder holds what version 0.1 kept there.
    const QString config = m_home.filePath(QStringLiteral("config")), data = m_home.filePath(QStringLiteral("data")),
                  cache = m_home.filePath(QStringLiteral("cache"));
    qunsetenv("BERTH_CONFIG_DIR");
    qputenv("XDG_CONFIG_HOME", config.toUtf8());
    qputenv("XDG_DATA_HOME", data.toUtf8());
    qputenv("XDG_CACHE_HOME", cache.toUtf8());
    write(config + QStringLiteral("/berth/berth.ini"), "[ui]\nlanguage=ko\n");
    write(config + QStringLiteral("/berth/profiles.json"), "{\"profiles\":[]}");
    write(config + QStringLiteral("/berth/tags-cache/docker.io_pytorch_pytorch.cbor"), "cbor");

    Settings &settings = Settings::instance();
    QCOMPARE(settings.fileName(), config + QStringLiteral("/berth/berth.ini"));
    QCOMPARE(settings.value(Settings::Language).toString(), QStringLiteral("ko"));
    QCOMPARE(settings.dataDir(), data + QStringLiteral("/berth"));
    QCOMPARE(settings.cacheDir(), cache + QStringLiteral("/berth"));
    QCOMPARE(read(data + QStringLiteral("/berth/profiles.json")), QByteArray("{\"profiles\":[]}"));
    QCOMPARE(read(cache + QStringLiteral("/berth/tags-cache/docker.io_pytorch_pytorch.cbor")), QByteArray("cbor"));
    QVERIFY(!QFileInfo::exists(config + QStringLiteral("/berth/profiles.json")));
    QVERIFY(!QFileInfo::exists(config + QStringLiteral("/berth/tags-cache")));
    QVERIFY(QFileInfo::exists(config + QStringLiteral("/berth/berth.ini")));
}

void TestSettings::explicitIni_keepsDataAndCacheBesideIt()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("sub/berth.ini")));
    QCOMPARE(settings.dataDir(), dir.filePath(QStringLiteral("sub")));
    QCOMPARE(settings.cacheDir(), dir.filePath(QStringLiteral("sub")));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("sub"))).isDir());
}

void TestSettings::moveLegacyFiles_neverReplacesWhatIsThere()
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("config")), data = dir.filePath(QStringLiteral("data")),
                  cache = dir.filePath(QStringLiteral("cache"));
    write(config + QStringLiteral("/profiles.json"), "old");
    write(config + QStringLiteral("/presets.json"), "old presets");
    write(data + QStringLiteral("/profiles.json"), "new");
    write(config + QStringLiteral("/unrelated.txt"), "stays");

    QCOMPARE(Settings::moveLegacyFiles(config, data, cache), QStringList{QStringLiteral("presets.json")});
    QCOMPARE(read(data + QStringLiteral("/profiles.json")), QByteArray("new"));
    QCOMPARE(read(config + QStringLiteral("/profiles.json")), QByteArray("old")); // kept, not lost
    QCOMPARE(read(data + QStringLiteral("/presets.json")), QByteArray("old presets"));
    QCOMPARE(read(config + QStringLiteral("/unrelated.txt")), QByteArray("stays"));
    // Nothing left to move the second time.
    QCOMPARE(Settings::moveLegacyFiles(config, data, cache), QStringList());
    // One folder for all three (BERTH_CONFIG_DIR): nothing moves.
    QCOMPARE(Settings::moveLegacyFiles(config, config, config), QStringList());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "test_settings.moc"
