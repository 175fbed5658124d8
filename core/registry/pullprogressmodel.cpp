// SPDX-License-Identifier: Apache-2.0
#include "pullprogressmodel.h"

#include "engine/bytesize.h"

namespace berth::core {

void PullProgressModel::reset()
{
    *this = PullProgressModel();
}

PullProgressModel::Layer *PullProgressModel::layer(const QString &id)
{
    auto it = m_byId.constFind(id);
    if (it != m_byId.constEnd())
        return &m_layers[*it];
    m_byId.insert(id, int(m_layers.size()));
    m_layers.append(Layer{id});
    return &m_layers.last();
}

void PullProgressModel::feed(const PullProgress &e, qint64 nowMs)
{
    ++m_events;
    if (!e.error.isEmpty()) {
        m_error = e.error;
        return;
    }
    const QString &s = e.status;
    // Lines about the whole pull carry no id, or the tag as id ("Pulling from x", with id "1.0").
    if (e.id.isEmpty() || s.startsWith(QLatin1String("Pulling from")) || s.startsWith(QLatin1String("Digest:")) ||
        s.startsWith(QLatin1String("Status:"))) {
        m_status = s;
        if (s.startsWith(QLatin1String("Status:")))
            m_complete = true;
        return;
    }
    Layer *l = layer(e.id);
    if (s == QLatin1String("Pulling fs layer") || s == QLatin1String("Waiting")) {
        l->state = LayerState::Waiting;
    } else if (s == QLatin1String("Downloading")) {
        l->state = LayerState::Downloading;
        if (e.total > 0)
            l->total = e.total;
        l->downloaded = qMax(l->downloaded, e.current);
    } else if (s == QLatin1String("Verifying Checksum") || s == QLatin1String("Download complete")) {
        l->state = LayerState::Downloaded;
        if (l->total > 0)
            l->downloaded = l->total;
    } else if (s == QLatin1String("Extracting")) {
        l->state = LayerState::Extracting;
        if (l->total <= 0 && e.total > 0)
            l->total = e.total;
        l->downloaded = l->total;
        l->extracted = qMax(l->extracted, e.current);
    } else if (s == QLatin1String("Pull complete")) {
        l->state = LayerState::Complete;
        l->downloaded = l->extracted = l->total;
    } else if (s == QLatin1String("Already exists")) {
        l->state = LayerState::Existing;
    }
    sample(nowMs);
}

void PullProgressModel::sample(qint64 nowMs)
{
    const qint64 bytes = bytesDone();
    if (m_sampleTime < 0) {
        m_sampleTime = nowMs;
        m_sampleBytes = bytes;
        return;
    }
    const qint64 dt = nowMs - m_sampleTime;
    if (dt < 250)
        return; // too short an interval gives a jumpy figure
    const double instant = double(bytes - m_sampleBytes) * 1000.0 / double(dt);
    // Exponential smoothing: the engine reports in bursts.
    m_speed = m_speed <= 0 ? instant : 0.7 * m_speed + 0.3 * instant;
    m_sampleTime = nowMs;
    m_sampleBytes = bytes;
}

int PullProgressModel::layersDone() const
{
    int n = 0;
    for (const Layer &l : m_layers)
        n += (l.state == LayerState::Complete || l.state == LayerState::Existing) ? 1 : 0;
    return n;
}

int PullProgressModel::layersExisting() const
{
    int n = 0;
    for (const Layer &l : m_layers)
        n += l.state == LayerState::Existing ? 1 : 0;
    return n;
}

qint64 PullProgressModel::bytesDone() const
{
    qint64 sum = 0;
    for (const Layer &l : m_layers)
        sum += l.state == LayerState::Existing ? 0 : qMin(l.downloaded, l.total > 0 ? l.total : l.downloaded);
    return sum;
}

qint64 PullProgressModel::bytesTotal() const
{
    qint64 sum = 0;
    for (const Layer &l : m_layers)
        sum += l.state == LayerState::Existing ? 0 : l.total;
    return sum;
}

double PullProgressModel::fraction() const
{
    if (m_complete)
        return 1.0;
    qint64 total = 0;
    double done = 0;
    for (const Layer &l : m_layers) {
        if (l.state == LayerState::Existing || l.total <= 0)
            continue;
        total += l.total;
        // downloading is most of the wait; extraction the last stretch
        done += 0.8 * double(qMin(l.downloaded, l.total)) + 0.2 * double(qMin(l.extracted, l.total));
    }
    if (total <= 0)
        return m_layers.isEmpty() || layersDone() < layerCount() ? -1.0 : 1.0;
    return qBound(0.0, done / double(total), 1.0);
}

qint64 PullProgressModel::secondsLeft() const
{
    const qint64 left = bytesTotal() - bytesDone();
    if (m_speed <= 1 || left < 0)
        return -1;
    return qint64(double(left) / m_speed + 0.5);
}

QString PullProgressModel::summary() const
{
    if (!m_error.isEmpty())
        return m_error;
    if (m_complete)
        return tr("Pulled (%n layer(s))", nullptr, layerCount());
    QString s;
    if (bytesTotal() > 0)
        s = tr("%1 of %2")
                .arg(ByteSize::format(bytesDone(), ByteSize::Units::Decimal, 1),
                     ByteSize::format(bytesTotal(), ByteSize::Units::Decimal, 1));
    else
        s = tr("Preparing…");
    if (layerCount() > 0)
        s += QStringLiteral(" · ") + tr("%1 of %n layer(s)", nullptr, layerCount()).arg(layersDone());
    if (m_speed > 1)
        s += QStringLiteral(" · ") + tr("%1/s").arg(ByteSize::format(qint64(m_speed), ByteSize::Units::Decimal, 1));
    const qint64 left = secondsLeft();
    if (left >= 0) {
        s += QStringLiteral(" · ") +
             (left >= 60 ? tr("%1 min left").arg((left + 59) / 60) : tr("%n s left", nullptr, int(left)));
    }
    return s;
}

} // namespace berth::core
