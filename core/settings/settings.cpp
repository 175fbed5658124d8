#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>

namespace berth::core {

namespace {
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
    };
    return table;
}
} // namespace

Settings &Settings::instance()
{
    // BERTH_CONFIG_DIR lets tests and side-by-side installs keep their own settings and profiles.
    static Settings *settings = [] {
        QString dir = qEnvironmentVariable("BERTH_CONFIG_DIR");
        if (dir.isEmpty())
            dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
        if (dir.isEmpty())
            dir = QDir::homePath() + QStringLiteral("/.config/berth");
        return new Settings(dir + QStringLiteral("/berth.ini"));
    }();
    return *settings;
}

Settings::Settings(const QString &iniPath, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
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
    m_settings->sync();
    Q_EMIT changed(QLatin1String(key), value);
}

void Settings::reset(const char *key)
{
    QVariant before = value(key);
    m_settings->remove(QLatin1String(key));
    if (before != defaultValue(key))
        Q_EMIT changed(QLatin1String(key), defaultValue(key));
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QString Settings::dataDir() const
{
    QString dir = QFileInfo(m_settings->fileName()).absolutePath();
    QDir().mkpath(dir);
    return dir;
}

} // namespace berth::core
