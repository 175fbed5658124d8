// SPDX-License-Identifier: Apache-2.0
#include "presetstore.h"

#include "jsonstorefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

// A static library's resources are only linked in when something refers to them.
static void initLaunchResources()
{
    Q_INIT_RESOURCE(launch);
}

namespace berth::core {

namespace {

QList<Preset> presetsFrom(const QJsonObject &object, bool builtIn)
{
    QList<Preset> list;
    const QJsonArray array = object.value(QLatin1String("presets")).toArray();
    for (const QJsonValue &v : array) {
        Preset p = Preset::fromJson(v.toObject());
        p.builtIn = builtIn;
        if (!p.id.isEmpty())
            list << p;
    }
    return list;
}
} // namespace

QList<Preset> PresetStore::builtInPresets()
{
    initLaunchResources();
    QFile file{QString::fromLatin1(ResourcePath)};
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return presetsFrom(QJsonDocument::fromJson(file.readAll()).object(), true);
}

PresetStore::PresetStore(const QString &directory, QObject *parent)
    : QObject(parent), m_directory(directory), m_builtIn(builtInPresets())
{
    m_writer.setMaxThreadCount(1);
    const JsonStoreFile::Loaded loaded =
        JsonStoreFile::read(filePath(), {{QLatin1StringView("presets"), QJsonValue::Array},
                                         {QLatin1StringView("version"), QJsonValue::Double}});
    m_lastError = loaded.error;
    m_keptAside = loaded.keptAsidePath;
    for (const Preset &p : presetsFrom(loaded.object, false)) {
        if (!preset(p.id))
            m_user << p;
    }
}

PresetStore::~PresetStore()
{
    m_writer.waitForDone();
}

QString PresetStore::filePath() const
{
    return QDir(m_directory).filePath(QLatin1String(FileName));
}

QList<Preset> PresetStore::presets() const
{
    return m_builtIn + m_user;
}

std::optional<Preset> PresetStore::preset(const QString &id) const
{
    for (const Preset &p : m_builtIn + m_user) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

bool PresetStore::addUserPreset(const Preset &rawPreset, QString *error)
{
    Preset p = rawPreset;
    p.builtIn = false;
    p.name = p.name.trimmed();
    if (p.name.isEmpty()) {
        if (error)
            *error = tr("Give the preset a name");
        return false;
    }
    if (p.id.isEmpty())
        p.id = QStringLiteral("user:") + p.name;
    for (const Preset &b : std::as_const(m_builtIn)) {
        if (b.id == p.id) {
            if (error)
                *error = tr("The built-in preset %1 cannot be replaced").arg(b.displayName());
            return false;
        }
    }
    bool replaced = false;
    for (Preset &u : m_user) {
        if (u.id == p.id) {
            u = p;
            replaced = true;
        }
    }
    if (!replaced)
        m_user << p;
    persist();
    return true;
}

bool PresetStore::removeUserPreset(const QString &id, QString *error)
{
    const qsizetype before = m_user.size();
    m_user.removeIf([&id](const Preset &p) { return p.id == id; });
    if (m_user.size() == before) {
        if (error)
            *error = tr("There is no preset of yours called %1").arg(id);
        return false;
    }
    persist();
    return true;
}

void PresetStore::persist()
{
    QJsonArray array;
    for (const Preset &p : std::as_const(m_user))
        array.append(p.toJson());
    const QByteArray data = QJsonDocument(QJsonObject{{QLatin1String("version"), 1}, {QLatin1String("presets"), array}})
                                .toJson(QJsonDocument::Indented);
    const QString path = filePath();
    // The destructor waits for the writer, so `this` outlives the task.
    m_writer.start([this, path, data] {
        QString error;
        if (!JsonStoreFile::write(path, data, &error))
            QMetaObject::invokeMethod(
                this, [this, error] { Q_EMIT saveFailed(error); }, Qt::QueuedConnection);
    });
    Q_EMIT changed();
}

void PresetStore::waitForWrites()
{
    m_writer.waitForDone();
}

} // namespace berth::core
