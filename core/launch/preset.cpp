// SPDX-License-Identifier: Apache-2.0
#include "preset.h"

#include <QCoreApplication>

namespace berth::core {

namespace {
// Built-in names and descriptions as written in presets.json, listed here so they are translated.
[[maybe_unused]] constexpr const char *builtInTexts[] = {
    QT_TRANSLATE_NOOP("berth::core::Preset", "TensorFlow"),
    QT_TRANSLATE_NOOP("berth::core::Preset", "PyTorch"),
    QT_TRANSLATE_NOOP("berth::core::Preset", "Blank"),
    QT_TRANSLATE_NOOP("berth::core::Preset", "tensorflow/tensorflow with all GPUs, the project folder at /src"),
    QT_TRANSLATE_NOOP("berth::core::Preset",
                      "pytorch/pytorch with all GPUs, the project folder at /src and shared host IPC for data loaders"),
    QT_TRANSLATE_NOOP("berth::core::Preset", "Start from nothing"),
};
} // namespace

QString Preset::displayName() const
{
    if (!builtIn)
        return name;
    return QCoreApplication::translate("berth::core::Preset", name.toUtf8().constData());
}

QString Preset::displayDescription() const
{
    if (!builtIn)
        return description;
    return QCoreApplication::translate("berth::core::Preset", description.toUtf8().constData());
}

LaunchSpec Preset::instantiate(const QString &projectFolder, const QString &pipCacheVolume) const
{
    LaunchSpec result = spec;
    result.projectFolder = projectFolder;
    if (!pipCacheVolume.isEmpty())
        result.requirements.cacheVolume = pipCacheVolume;
    if (!projectTarget.isEmpty() && !projectFolder.isEmpty()) {
        MountSpec m;
        m.type = MountSpec::Type::Bind;
        m.syntax = MountSpec::Syntax::Volume;
        m.source = projectFolder;
        m.target = projectTarget;
        result.mounts.prepend(m);
        if (result.workingDir.isEmpty())
            result.workingDir = projectTarget;
    }
    return result;
}

QJsonObject Preset::toJson() const
{
    return QJsonObject{{QLatin1String("id"), id},
                       {QLatin1String("name"), name},
                       {QLatin1String("description"), description},
                       {QLatin1String("projectTarget"), projectTarget},
                       {QLatin1String("spec"), spec.toJson()}};
}

Preset Preset::fromJson(const QJsonObject &object)
{
    Preset p;
    p.id = object.value(QLatin1String("id")).toString();
    p.name = object.value(QLatin1String("name")).toString();
    p.description = object.value(QLatin1String("description")).toString();
    p.projectTarget = object.value(QLatin1String("projectTarget")).toString();
    p.spec = LaunchSpec::fromJson(object.value(QLatin1String("spec")).toObject());
    return p;
}

} // namespace berth::core
