// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/models.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace berth::core {

// Folds the per-layer lines of an image pull into one figure: bytes done of bytes total, layers, speed and time
// left. Plain value type fed by ImagePull (or a test) with the time of each event.
class PullProgressModel
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::PullProgressModel)
public:
    enum class LayerState { Waiting, Downloading, Downloaded, Extracting, Complete, Existing };
    struct Layer
    {
        QString id;
        LayerState state = LayerState::Waiting;
        qint64 downloaded = 0;
        qint64 extracted = 0;
        qint64 total = 0; // 0 while unknown
    };

    void reset();
    void feed(const PullProgress &event, qint64 nowMs);

    int eventCount() const { return m_events; }
    int layerCount() const { return int(m_layers.size()); }
    int layersDone() const;     // complete or already present
    int layersExisting() const; // already present before the pull
    const QList<Layer> &layers() const { return m_layers; }

    qint64 bytesDone() const;  // downloaded bytes over layers being fetched
    qint64 bytesTotal() const; // their sizes, as far as known (grows while layers start)
    double fraction() const;   // 0…1 with extraction weighted in; -1 while nothing is known
    double bytesPerSecond() const { return m_speed; }
    qint64 secondsLeft() const;                     // -1 while unknown
    QString statusLine() const { return m_status; } // last overall line ("Digest: …", "Status: …")
    QString error() const { return m_error; }
    bool isComplete() const { return m_complete; }

    // "12.3 MB of 45.6 MB · 3.2 MB/s · 10 s left", translated.
    QString summary() const;

private:
    Layer *layer(const QString &id);
    void sample(qint64 nowMs);

    QList<Layer> m_layers;
    QHash<QString, int> m_byId;
    int m_events = 0;
    QString m_status;
    QString m_error;
    bool m_complete = false;
    double m_speed = 0;
    qint64 m_sampleTime = -1;
    qint64 m_sampleBytes = 0;
};

} // namespace berth::core
