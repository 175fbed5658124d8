// SPDX-License-Identifier: Apache-2.0
#include "settings.h"

#include "storefile.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStandardPaths>
#include <QStringDecoder>

#include <cstdio>
#include <unistd.h>

namespace berth::core {

namespace {
// True when the INI file on disk has an entry for every key ("group/name"), i.e. the write reached the disk whole.
bool fileHoldsKeys(const QString &path, const QStringList &keys)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return keys.isEmpty();
    QSet<QString> found;
    QString section;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            section = line.mid(1, line.size() - 2);
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0) {
            const QString name = line.left(eq).trimmed();
            found.insert(section == QLatin1String("General") ? name : section + QLatin1Char('/') + name);
        }
    }
    for (const QString &key : keys) {
        if (!found.contains(key))
            return false;
    }
    return true;
}

const QHash<QString, QVariant> &defaults()
{
    static const QHash<QString, QVariant> table{
        {QLatin1String(Settings::EngineHost), QString()},
        {QLatin1String(Settings::HubBaseUrl), QStringLiteral("https://hub.docker.com")},
        {QLatin1String(Settings::Language), QString()},
        {QLatin1String(Settings::LogTailLines), 5000},
        {QLatin1String(Settings::LogMaxLines), 100000},
        {QLatin1String(Settings::LogTimestamps), false},
        {QLatin1String(Settings::LogFontPointSize), 10},
        {QLatin1String(Settings::PipCacheVolume), QStringLiteral("pip_cache")},
        {QLatin1String(Settings::ContainerScope), QStringLiteral("everyone")},
        {QLatin1String(Settings::TerminalCommand), QString()},
        {QLatin1String(Settings::MaxReplyMiB), 32},
        {QLatin1String(Settings::InsecureRegistries), QStringList()},
        {QLatin1String(Settings::StopTimeout), 10},
        {QLatin1String(Settings::VolumeScope), QStringLiteral("everyone")},
        {QLatin1String(Settings::UnusedImageDays), 30},
        {QLatin1String(Settings::GpuIdleMinutes), 60},
        {QLatin1String(Settings::RunsNotify), true},
        {QLatin1String(Settings::RunsNotifyOthers), false},
        {QLatin1String(Settings::RemoteProjectsFolder), QStringLiteral("berth/projects")},
        {QLatin1String(Settings::SendWarnMiB), 500},
    };
    return table;
}
} // namespace

Settings &Settings::instance()
{
    static Settings *settings = [] {
        // BERTH_CONFIG_DIR lets tests and side-by-side installs keep settings, data and cache in one folder.
        const QString own = qEnvironmentVariable("BERTH_CONFIG_DIR");
        if (!own.isEmpty())
            return new Settings(own + QStringLiteral("/berth.ini"));
        // Generic locations plus "berth": the application and organisation names must not move these folders.
        const auto location = [](QStandardPaths::StandardLocation type, const char *fallback) -> QString {
            const QString base = QStandardPaths::writableLocation(type);
            return (base.isEmpty() ? QDir::homePath() + QLatin1String(fallback) : base) + QStringLiteral("/berth");
        };
        const QString config = location(QStandardPaths::GenericConfigLocation, "/.config");
        const QString data = location(QStandardPaths::GenericDataLocation, "/.local/share");
        const QString cache = location(QStandardPaths::GenericCacheLocation, "/.cache");
        moveLegacyFiles(config, data, cache);
        return new Settings(config + QStringLiteral("/berth.ini"), data, cache);
    }();
    return *settings;
}

Settings::Settings(const QString &iniPath, QObject *parent)
    : Settings(iniPath, QFileInfo(iniPath).absolutePath(), QFileInfo(iniPath).absolutePath(), parent)
{
}

Settings::Settings(const QString &iniPath, const QString &dataDir, const QString &cacheDir, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)), m_dataDir(dataDir),
      m_cacheDir(cacheDir)
{
    // QSettings reads a damaged file as far as it can and rewrites it whole on the next change: keep a copy first.
    QFile file(iniPath);
    bool damaged = m_settings->status() == QSettings::FormatError;
    if (!damaged && file.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = file.read(4 * 1024 * 1024);
        // Berth writes UTF-8 text: NUL bytes or invalid UTF-8 mean the file was cut or overwritten.
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8.decode(bytes);
        Q_UNUSED(text)
        damaged = bytes.contains('\0') || utf8.hasError();
        file.close();
    }
    if (damaged) {
        m_damaged = true;
        m_damagedCopy = StoreFile::copyAside(iniPath, QStringLiteral("damaged"), &m_copyError);
        qWarning().noquote() << "damaged settings file" << iniPath << "copied to" << m_damagedCopy << m_copyError;
    }
}

QString Settings::loadProblem() const
{
    if (!m_damaged)
        return {};
    const QString path = fileName();
    return m_damagedCopy.isEmpty()
               ? tr("The settings file %1 is damaged and could not be copied aside (%2); settings you change will "
                    "replace it.")
                     .arg(path, m_copyError)
               : tr("The settings file %1 was damaged; a copy was kept as %2. Settings that could not be read are "
                    "back to their defaults.")
                     .arg(path, m_damagedCopy);
}

QStringList Settings::moveLegacyFiles(const QString &configDir, const QString &dataDir, const QString &cacheDir)
{
    // Up to version 0.1 everything lived beside berth.ini. The names are the stores' own (ProfileStore,
    // PresetStore, TagCatalog); a rename within one file system is atomic, so a crash leaves one whole copy.
    const QList<std::pair<QString, QString>> moves{
        {QStringLiteral("profiles.json"), dataDir},
        {QStringLiteral("presets.json"), dataDir},
        {QStringLiteral("tags-cache"), cacheDir},
    };
    QStringList moved;
    if (QDir(configDir) == QDir(dataDir) && QDir(configDir) == QDir(cacheDir))
        return moved;
    for (const auto &[name, toDir] : moves) {
        const QString from = configDir + QLatin1Char('/') + name;
        const QString to = toDir + QLatin1Char('/') + name;
        if (QDir(configDir) == QDir(toDir) || !QFileInfo::exists(from) || QFileInfo::exists(to))
            continue;
        QDir().mkpath(toDir);
        if (QDir().rename(from, to)) {
            moved << name;
            continue;
        }
        // Another file system (a separate /home/…/.cache): copy, and remove the originals only once all copied.
        bool copied = false;
        if (QFileInfo(from).isFile()) {
            copied = QFile::copy(from, to);
        } else {
            // The tag cache is one flat folder of files.
            copied = QDir().mkpath(to);
            const QStringList files = QDir(from).entryList(QDir::Files);
            for (const QString &file : files)
                copied = copied && QFile::copy(from + QLatin1Char('/') + file, to + QLatin1Char('/') + file);
        }
        if (copied) {
            QFileInfo(from).isFile() ? QFile::remove(from) : QDir(from).removeRecursively();
            moved << name;
        }
    }
    return moved;
}

Settings::~Settings() = default;

QVariant Settings::defaultValue(const char *key)
{
    auto it = defaults().constFind(QLatin1String(key));
    Q_ASSERT_X(it != defaults().constEnd(), "Settings", key);
    return it == defaults().constEnd() ? QVariant() : *it;
}

QVariant Settings::value(const char *key) const
{
    return m_settings->value(QLatin1String(key), defaultValue(key));
}

void Settings::setValue(const char *key, const QVariant &value)
{
    if (value == this->value(key))
        return;
    m_settings->setValue(QLatin1String(key), value);
    commit();
    Q_EMIT changed(QLatin1String(key), value);
}

void Settings::reset(const char *key)
{
    QVariant before = value(key);
    m_settings->remove(QLatin1String(key));
    commit();
    if (before != defaultValue(key))
        Q_EMIT changed(QLatin1String(key), defaultValue(key));
}

bool Settings::commit()
{
    const QString path = m_settings->fileName();
    // A hard link to the current file costs no disk space, so it works on a full disk too, and it is what puts the
    // old file back when QSettings' own write (which does not notice a failed flush) leaves a short one.
    const QString previous = path + QStringLiteral(".previous");
    ::unlink(QFile::encodeName(previous).constData());
    const bool linked = ::link(QFile::encodeName(path).constData(), QFile::encodeName(previous).constData()) == 0;
    m_settings->sync();
    bool ok = m_settings->status() == QSettings::NoError;
    // Another QSettings on the path would answer from Qt's in-process cache, not from the disk: read the bytes.
    ok = ok && fileHoldsKeys(path, m_settings->allKeys());
    if (ok) {
        if (linked)
            ::unlink(QFile::encodeName(previous).constData());
        m_lastWriteError.clear();
        return true;
    }
    if (linked)
        ::rename(QFile::encodeName(previous).constData(), QFile::encodeName(path).constData());
    const QFileInfo dir(QFileInfo(path).absolutePath());
    m_lastWriteError = !dir.exists() || !dir.isWritable()
                           ? tr("Settings could not be saved: the folder %1 cannot be written.").arg(dir.filePath())
                           : tr("Settings could not be saved to %1 (is the disk full?). The previous settings were "
                                "kept; your change lasts until Berth closes.")
                                 .arg(path);
    qWarning().noquote() << m_lastWriteError;
    Q_EMIT writeFailed(m_lastWriteError);
    return false;
}

qint64 Settings::maxReplyBytes() const
{
    bool ok = false;
    qint64 mib = value(MaxReplyMiB).toLongLong(&ok);
    if (!ok || mib < 1)
        mib = defaultValue(MaxReplyMiB).toLongLong();
    return qMin<qint64>(mib, 1024 * 1024) * 1024 * 1024;
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QString Settings::dataDir() const
{
    QDir().mkpath(m_dataDir);
    return m_dataDir;
}

QString Settings::cacheDir() const
{
    QDir().mkpath(m_cacheDir);
    return m_cacheDir;
}

} // namespace berth::core
