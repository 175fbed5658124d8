// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace berth::core {

// The one place settings are read and written. Keys and defaults live in one table (settings.cpp);
// reading an unknown key is a programming error caught in debug builds. Tests construct it on a temporary file.
// A berth.ini Berth cannot read is copied aside before anything rewrites it; a write that does not reach the disk
// (unwritable folder, full disk) keeps the previous file and is reported through writeFailed().
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)
public:
    // Keys: add new ones here and to the table in settings.cpp.
    static constexpr const char *EngineHost = "engine/host";               // empty: DOCKER_HOST or the default
    static constexpr const char *HubBaseUrl = "hub/baseUrl";               // https://hub.docker.com
    static constexpr const char *Language = "ui/language";                 // "", "ko" or "en"; "" follows the system
    static constexpr const char *LogTailLines = "logs/tailLines";          // 5000
    static constexpr const char *LogMaxLines = "logs/maxLines";            // 100000
    static constexpr const char *LogTimestamps = "logs/timestamps";        // false
    static constexpr const char *LogFontPointSize = "logs/fontPointSize";  // 10
    static constexpr const char *PipCacheVolume = "launch/pipCacheVolume"; // pip_cache
    static constexpr const char *ContainerScope = "containers/scope";      // "mine" or "everyone"
    static constexpr const char *TerminalCommand = "terminal/command";     // empty: detect x-terminal-emulator …
    // The largest reply body Berth buffers from a registry, Docker Hub or the engine, in MiB (streams excepted).
    static constexpr const char *MaxReplyMiB = "network/maxReplyMiB"; // 32
    // Registries (host[:port]) the user runs without TLS, like the engine's insecure-registries.
    static constexpr const char *InsecureRegistries = "registry/insecure"; // empty list
    static constexpr const char *StopTimeout = "containers/stopTimeout";   // 10 seconds before the engine kills
    static constexpr const char *VolumeScope = "volumes/scope";            // "mine" or "everyone"
    static constexpr const char *UnusedImageDays = "disk/unusedImageDays"; // 30: the Disk page's prune age
    static constexpr const char *GpuIdleMinutes = "gpu/idleMinutes";       // 60: 0 % that long marks a holder idle
    static constexpr const char *RunsNotify = "runs/notify";               // true: a desktop notice when a run ends
    static constexpr const char *RunsNotifyOthers = "runs/notifyOthers";   // false: also for others' containers
    // Where a project sent from this computer goes on an ssh server (relative: in the home there), and the size above
    // which Berth asks before sending.
    static constexpr const char *RemoteProjectsFolder = "remote/projectsFolder"; // berth/projects
    static constexpr const char *SendWarnMiB = "remote/sendWarnMiB";             // 500
    // Window layout, as Qt saves it (empty: the built-in layout).
    static constexpr const char *WindowGeometry = "window/geometry";
    static constexpr const char *WindowSplitterState = "window/splitter";
    static constexpr const char *LaunchSplitterState = "window/launchSplitter";

    // The application-wide instance, created on first use: settings in $XDG_CONFIG_HOME/berth, data (profiles,
    // presets, run history) in $XDG_DATA_HOME/berth, caches in $XDG_CACHE_HOME/berth; with BERTH_CONFIG_DIR set,
    // all three in that folder. Data and the tag cache left in the config folder by older versions move once.
    static Settings &instance();
    // A settings object on an explicit INI file whose data and cache folders are the INI file's folder (tests).
    explicit Settings(const QString &iniPath, QObject *parent = nullptr);
    Settings(const QString &iniPath, const QString &dataDir, const QString &cacheDir, QObject *parent = nullptr);
    ~Settings() override;

    QVariant value(const char *key) const;
    void setValue(const char *key, const QVariant &value); // emits changed() when the value differs
    void reset(const char *key);
    QString fileName() const;
    static QVariant defaultValue(const char *key);

    // MaxReplyMiB in bytes, never below 1 MiB whatever the file says.
    qint64 maxReplyBytes() const;

    // Folders for Berth's own files, created on first call: data is what a user would miss (profiles, history),
    // cache what can be fetched again (the tag cache).
    QString dataDir() const;
    QString cacheDir() const;

    // Moves the data files and the tag cache that older versions kept beside berth.ini into their XDG folders,
    // unless something is already there. Returns what it moved; what it could not move stays where it was.
    static QStringList moveLegacyFiles(const QString &configDir, const QString &dataDir, const QString &cacheDir);

    // Set when berth.ini could not be read at start: the sentence for the user (it names the copy kept aside).
    // Worded when asked: the instance exists before the translator that would word it.
    QString loadProblem() const;
    QString lastWriteError() const { return m_lastWriteError; }

Q_SIGNALS:
    void changed(const QString &key, const QVariant &value);
    void writeFailed(const QString &message);

private:
    // Writes the file and checks that it holds what memory holds; on failure puts the previous file back.
    bool commit();

    std::unique_ptr<QSettings> m_settings;
    bool m_damaged = false;
    QString m_damagedCopy; // where the damaged file was copied; empty when the copy failed
    QString m_copyError;
    QString m_lastWriteError;
    QString m_dataDir;
    QString m_cacheDir;
};

} // namespace berth::core
