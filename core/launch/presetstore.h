// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "preset.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <optional>

namespace berth::core {

// The built-in presets (the presets.json resource) followed by the user's own (presets.json in the data directory).
// User presets are written in the background through QSaveFile; a damaged file is kept aside and reported.
class PresetStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetStore)
public:
    static constexpr const char *FileName = "presets.json";
    static constexpr const char *ResourcePath = ":/berth/launch/presets.json";

    // Reads the resource and the user's file now (both are a few hundred bytes).
    explicit PresetStore(const QString &directory, QObject *parent = nullptr);
    ~PresetStore() override;

    static QList<Preset> builtInPresets();

    QList<Preset> presets() const; // built-in first, then the user's in the order added
    std::optional<Preset> preset(const QString &id) const;
    QString filePath() const;
    QString lastError() const { return m_lastError; }
    QString keptAsidePath() const { return m_keptAside; }

    // Adds or replaces a user preset (built-in ids cannot be replaced). A missing id is made from the name.
    bool addUserPreset(const Preset &preset, QString *error = nullptr);
    bool removeUserPreset(const QString &id, QString *error = nullptr);

    void waitForWrites();

Q_SIGNALS:
    void changed();
    void saveFailed(const QString &message);

private:
    void persist();

    QString m_directory;
    QList<Preset> m_builtIn;
    QList<Preset> m_user;
    QString m_lastError;
    QString m_keptAside;
    QThreadPool m_writer;
};

} // namespace berth::core
