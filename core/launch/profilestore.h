// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jsonstorefile.h"
#include "launchspec.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <optional>

namespace berth::core {

// Saved named launches and the most recent launches, in one JSON file (profiles.json) in the data directory.
// The in-memory state is authoritative; every change is written in the background, in order, through QSaveFile,
// so the UI thread never waits on the disk and a crash never leaves half a file. A file that cannot be read is kept
// aside (profiles.json.corrupt-<time>) and reported through loadFailed(), never silently replaced.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)
public:
    static constexpr int MaxRecent = 20;
    static constexpr const char *FileName = "profiles.json";

    struct Profile
    {
        QString name;
        LaunchSpec spec;
        QDateTime savedAt;
    };

    struct RecentLaunch
    {
        LaunchSpec spec;
        QString profileName; // the profile it was launched from, if any
        QDateTime launchedAt;
    };

    // directory: where profiles.json lives; defaultDirectory() is the settings data directory.
    explicit ProfileStore(const QString &directory, QObject *parent = nullptr);
    ~ProfileStore() override; // waits for pending writes
    static QString defaultDirectory();

    QString filePath() const;

    // Reads the file in the background; emits loaded() (and loadFailed() first when it was damaged).
    void load();
    // Reads the file now (headless use and tests). Returns false when it was damaged or unreadable.
    bool loadNow();
    bool isLoaded() const { return m_loaded; }
    QString lastError() const { return m_lastError; }
    QString keptAsidePath() const { return m_keptAside; }

    QList<Profile> profiles() const; // sorted by name, case-insensitively
    QStringList names() const;
    bool contains(const QString &name) const;
    std::optional<LaunchSpec> profile(const QString &name) const;

    // Each returns false with a translated *error for an empty name, a name in use or a missing profile.
    bool save(const QString &name, const LaunchSpec &spec, QString *error = nullptr); // adds or replaces
    bool rename(const QString &from, const QString &to, QString *error = nullptr);
    bool remove(const QString &name, QString *error = nullptr);
    // Copies a profile under a free name ("NAME (copy)", "NAME (copy 2)" …); returns that name, empty on failure.
    QString duplicate(const QString &name, QString *error = nullptr);

    QList<RecentLaunch> recent() const { return m_recent; } // newest first, at most MaxRecent
    // Records a launch; an identical earlier launch moves to the front instead of appearing twice.
    void addRecent(const LaunchSpec &spec, const QString &profileName = {});
    void clearRecent();

    // Blocks until every scheduled write is on disk (tests, shutdown).
    void waitForWrites();

Q_SIGNALS:
    void changed();
    void loaded();
    void loadFailed(const QString &message, const QString &keptAsidePath);
    void saveFailed(const QString &message);

private:
    static JsonStoreFile::Shape fileShape();
    void apply(const QJsonObject &object);
    void ensureLoaded();
    void persist();
    QJsonObject toJson() const;
    qsizetype indexOf(const QString &name) const;

    QString m_directory;
    QList<Profile> m_profiles;
    QList<RecentLaunch> m_recent;
    bool m_loaded = false;
    bool m_loading = false;
    QString m_lastError;
    QString m_keptAside;
    QThreadPool m_writer;
};

} // namespace berth::core
