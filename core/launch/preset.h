// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launchspec.h"

#include <QJsonObject>
#include <QString>

namespace berth::core {

// A starting point for the run form: framework image, GPUs, where the project folder goes. Built-in presets come
// from a JSON resource (presets.json); users add their own next to their profiles.
struct Preset
{
    QString id;   // stable key: "tensorflow", "pytorch", "blank", or a user's own
    QString name; // as written in the JSON (English for built-ins); see displayName()
    QString description;
    bool builtIn = false;
    QString projectTarget; // container path the project folder is mounted at (and the working dir), e.g. /src
    LaunchSpec spec;       // everything else; no project folder

    bool operator==(const Preset &other) const = default;

    // The translated name for built-ins, the user's own name otherwise.
    QString displayName() const;
    QString displayDescription() const;
    // The spec for a project folder: mounts the folder at projectTarget and sets the folder. pipCacheVolume, when
    // given, is the requirements cache volume (Settings::PipCacheVolume).
    LaunchSpec instantiate(const QString &projectFolder, const QString &pipCacheVolume = {}) const;

    QJsonObject toJson() const;
    static Preset fromJson(const QJsonObject &object);
};

} // namespace berth::core
