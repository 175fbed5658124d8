// SPDX-License-Identifier: Apache-2.0
#include "profilestore.h"

#include "async/handback.h"
#include "jsonstorefile.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent>

#include <algorithm>

namespace berth::core {

ProfileStore::ProfileStore(const QString &directory, QObject *parent) : QObject(parent), m_directory(directory)
{
    m_writer.setMaxThreadCount(1); // one writer: writes land in the order they were made
}

ProfileStore::~ProfileStore()
{
    m_writer.waitForDone();
}

QString ProfileStore::defaultDirectory()
{
    return Settings::instance().dataDir();
}

JsonStoreFile::Shape ProfileStore::fileShape()
{
    return {{QLatin1StringView("profiles"), QJsonValue::Array},
            {QLatin1StringView("recent"), QJsonValue::Array},
            {QLatin1StringView("version"), QJsonValue::Double}};
}

QString ProfileStore::filePath() const
{
    return QDir(m_directory).filePath(QLatin1String(FileName));
}

void ProfileStore::load()
{
    if (m_loading)
        return;
    m_loading = true;
    const QString path = filePath();
    // On the writer's thread, so a read never overlaps a write.
    handBack(QtConcurrent::run(&m_writer, [path] { return JsonStoreFile::read(path, fileShape()); }), this,
             [this](const JsonStoreFile::Loaded &result) {
                 m_loading = false;
                 if (m_loaded)
                     return; // loadNow() got there first
                 m_lastError = result.error;
                 m_keptAside = result.keptAsidePath;
                 apply(result.object);
                 if (!result.error.isEmpty())
                     Q_EMIT loadFailed(result.error, result.keptAsidePath);
                 Q_EMIT loaded();
                 Q_EMIT changed();
             });
}

bool ProfileStore::loadNow()
{
    m_writer.waitForDone();
    const JsonStoreFile::Loaded result = JsonStoreFile::read(filePath(), fileShape());
    m_lastError = result.error;
    m_keptAside = result.keptAsidePath;
    apply(result.object);
    if (!result.error.isEmpty())
        Q_EMIT loadFailed(result.error, result.keptAsidePath);
    Q_EMIT changed();
    return result.error.isEmpty();
}

void ProfileStore::apply(const QJsonObject &object)
{
    m_profiles.clear();
    m_recent.clear();
    const QJsonArray profiles = object.value(QLatin1String("profiles")).toArray();
    for (const QJsonValue &v : profiles) {
        const QJsonObject o = v.toObject();
        Profile p;
        p.name = o.value(QLatin1String("name")).toString();
        if (p.name.isEmpty() || indexOf(p.name) >= 0)
            continue;
        p.spec = LaunchSpec::fromJson(o.value(QLatin1String("spec")).toObject());
        p.savedAt = QDateTime::fromString(o.value(QLatin1String("savedAt")).toString(), Qt::ISODateWithMs);
        m_profiles << p;
    }
    const QJsonArray recent = object.value(QLatin1String("recent")).toArray();
    for (const QJsonValue &v : recent) {
        const QJsonObject o = v.toObject();
        RecentLaunch r;
        r.spec = LaunchSpec::fromJson(o.value(QLatin1String("spec")).toObject());
        r.profileName = o.value(QLatin1String("profile")).toString();
        r.launchedAt = QDateTime::fromString(o.value(QLatin1String("launchedAt")).toString(), Qt::ISODateWithMs);
        if (m_recent.size() < MaxRecent)
            m_recent << r;
    }
    m_loaded = true;
}

void ProfileStore::ensureLoaded()
{
    // A change before the file was read would overwrite it with less than it holds.
    if (!m_loaded)
        loadNow();
}

QJsonObject ProfileStore::toJson() const
{
    QJsonArray profiles;
    for (const Profile &p : m_profiles) {
        profiles.append(QJsonObject{{QLatin1String("name"), p.name},
                                    {QLatin1String("savedAt"), p.savedAt.toString(Qt::ISODateWithMs)},
                                    {QLatin1String("spec"), p.spec.toJson()}});
    }
    QJsonArray recent;
    for (const RecentLaunch &r : m_recent) {
        recent.append(QJsonObject{{QLatin1String("profile"), r.profileName},
                                  {QLatin1String("launchedAt"), r.launchedAt.toString(Qt::ISODateWithMs)},
                                  {QLatin1String("spec"), r.spec.toJson()}});
    }
    return QJsonObject{
        {QLatin1String("version"), 1}, {QLatin1String("profiles"), profiles}, {QLatin1String("recent"), recent}};
}

void ProfileStore::persist()
{
    const QByteArray data = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    const QString path = filePath();
    // The destructor waits for the writer, so `this` outlives the task; the queued signal is dropped if the store
    // is gone by the time it would be delivered.
    m_writer.start([this, path, data] {
        QString error;
        if (!JsonStoreFile::write(path, data, &error))
            QMetaObject::invokeMethod(
                this, [this, error] { Q_EMIT saveFailed(error); }, Qt::QueuedConnection);
    });
    Q_EMIT changed();
}

void ProfileStore::waitForWrites()
{
    m_writer.waitForDone();
}

qsizetype ProfileStore::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == name)
            return i;
    }
    return -1;
}

QList<ProfileStore::Profile> ProfileStore::profiles() const
{
    QList<Profile> sorted = m_profiles;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Profile &a, const Profile &b) {
        return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
    });
    return sorted;
}

QStringList ProfileStore::names() const
{
    QStringList list;
    const QList<Profile> sorted = profiles();
    for (const Profile &p : sorted)
        list << p.name;
    return list;
}

bool ProfileStore::contains(const QString &name) const
{
    return indexOf(name) >= 0;
}

std::optional<LaunchSpec> ProfileStore::profile(const QString &name) const
{
    const qsizetype i = indexOf(name);
    if (i < 0)
        return std::nullopt;
    return m_profiles.at(i).spec;
}

bool ProfileStore::save(const QString &rawName, const LaunchSpec &spec, QString *error)
{
    ensureLoaded();
    const QString name = rawName.trimmed();
    if (name.isEmpty()) {
        if (error)
            *error = tr("Give the profile a name");
        return false;
    }
    const qsizetype i = indexOf(name);
    Profile p{name, spec, QDateTime::currentDateTime()};
    if (i >= 0)
        m_profiles[i] = p;
    else
        m_profiles << p;
    persist();
    return true;
}

bool ProfileStore::rename(const QString &from, const QString &rawTo, QString *error)
{
    ensureLoaded();
    const QString to = rawTo.trimmed();
    const qsizetype i = indexOf(from);
    if (i < 0) {
        if (error)
            *error = tr("There is no profile named %1").arg(from);
        return false;
    }
    if (to.isEmpty()) {
        if (error)
            *error = tr("Give the profile a name");
        return false;
    }
    if (to == from)
        return true;
    if (indexOf(to) >= 0) {
        if (error)
            *error = tr("A profile named %1 already exists").arg(to);
        return false;
    }
    m_profiles[i].name = to;
    for (RecentLaunch &r : m_recent) {
        if (r.profileName == from)
            r.profileName = to;
    }
    persist();
    return true;
}

bool ProfileStore::remove(const QString &name, QString *error)
{
    ensureLoaded();
    const qsizetype i = indexOf(name);
    if (i < 0) {
        if (error)
            *error = tr("There is no profile named %1").arg(name);
        return false;
    }
    m_profiles.removeAt(i);
    persist();
    return true;
}

QString ProfileStore::duplicate(const QString &name, QString *error)
{
    ensureLoaded();
    const qsizetype i = indexOf(name);
    if (i < 0) {
        if (error)
            *error = tr("There is no profile named %1").arg(name);
        return {};
    }
    QString copyName = tr("%1 (copy)").arg(name);
    for (int n = 2; indexOf(copyName) >= 0; ++n)
        copyName = tr("%1 (copy %2)").arg(name).arg(n);
    Profile copy = m_profiles.at(i);
    copy.name = copyName;
    copy.savedAt = QDateTime::currentDateTime();
    m_profiles << copy;
    persist();
    return copyName;
}

void ProfileStore::addRecent(const LaunchSpec &spec, const QString &profileName)
{
    ensureLoaded();
    m_recent.removeIf([&spec](const RecentLaunch &r) { return r.spec == spec; });
    m_recent.prepend(RecentLaunch{spec, profileName, QDateTime::currentDateTime()});
    while (m_recent.size() > MaxRecent)
        m_recent.removeLast();
    persist();
}

void ProfileStore::clearRecent()
{
    ensureLoaded();
    m_recent.clear();
    persist();
}

} // namespace berth::core
