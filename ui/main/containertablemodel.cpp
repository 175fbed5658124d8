// SPDX-License-Identifier: Apache-2.0
#include "containertablemodel.h"

#include "containerstatustext.h"
#include "engine/containermonitor.h"

#include <QColor>
#include <QLocale>

namespace berth::ui {

ContainerTableModel::ContainerTableModel(core::ContainerMonitor *monitor, QObject *parent) : QAbstractTableModel(parent)
{
    connect(monitor, &core::ContainerMonitor::reset, this, &ContainerTableModel::resetTo);
    connect(monitor, &core::ContainerMonitor::containerChanged, this, &ContainerTableModel::update);
    connect(monitor, &core::ContainerMonitor::containerRemoved, this, &ContainerTableModel::remove);
    resetTo(monitor->containers());
}

int ContainerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContainerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ContainerTableModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return i;
    }
    return -1;
}

void ContainerTableModel::resetTo(const QList<core::ContainerSummary> &containers)
{
    beginResetModel();
    m_rows = containers;
    std::sort(m_rows.begin(), m_rows.end(),
              [](const core::ContainerSummary &a, const core::ContainerSummary &b) { return a.created > b.created; });
    endResetModel();
}

void ContainerTableModel::update(const core::ContainerSummary &container)
{
    const int row = rowOf(container.id);
    if (row < 0) {
        beginInsertRows({}, 0, 0);
        m_rows.prepend(container);
        endInsertRows();
        return;
    }
    // A stop Berth asked for ends with the exit (kept to explain a 137) or is forgotten when the container runs again.
    const auto stop = m_stops.constFind(container.id);
    if (stop != m_stops.cend() && container.state == QLatin1String("running") &&
        m_rows[row].state != QLatin1String("running"))
        m_stops.erase(stop);
    m_rows[row] = container;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ContainerTableModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_stops.remove(id);
    endRemoveRows();
}

QString ContainerTableModel::stateText(const QString &state) const
{
    if (state == QLatin1String("running"))
        return tr("Running");
    if (state == QLatin1String("exited"))
        return tr("Exited");
    if (state == QLatin1String("created"))
        return tr("Created", "container state");
    if (state == QLatin1String("paused"))
        return tr("Paused");
    if (state == QLatin1String("restarting"))
        return tr("Restarting");
    if (state == QLatin1String("removing"))
        return tr("Removing");
    if (state == QLatin1String("dead"))
        return tr("Dead");
    return state;
}

void ContainerTableModel::refreshDurations(int first, int last)
{
    first = qMax(0, first);
    last = qMin(int(m_rows.size()) - 1, last);
    if (first <= last)
        Q_EMIT dataChanged(index(first, State), index(last, Status), {Qt::DisplayRole});
}

void ContainerTableModel::markStopping(const QString &id, int timeoutSecs)
{
    m_stops.insert(id, {m_clock(), timeoutSecs});
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ContainerTableModel::stopFailed(const QString &id)
{
    if (m_stops.remove(id)) {
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

bool ContainerTableModel::isStopping(const QString &id) const
{
    const int row = rowOf(id);
    return row >= 0 && m_stops.contains(id) && m_rows.at(row).state == QLatin1String("running");
}

QString ContainerTableModel::stateTextOf(int row) const
{
    const core::ContainerSummary &c = m_rows.at(row);
    if (isStopping(c.id))
        return tr("Stopping…");
    return stateText(c.state);
}

QString ContainerTableModel::statusText(int row) const
{
    const core::ContainerSummary &c = m_rows.at(row);
    const QDateTime now = m_clock();
    const auto stop = m_stops.constFind(c.id);
    if (stop != m_stops.cend()) {
        const qint64 elapsedMs = stop->requested.msecsTo(now);
        if (c.state == QLatin1String("running")) {
            const int left = int(qMax<qint64>(0, stop->timeoutSecs * 1000 - elapsedMs) + 999) / 1000;
            if (left > 0)
                return tr("Stopping… killed in %n second(s) unless it exits", nullptr, left);
            return tr("Stopping… killing it now");
        }
        // 137 is 128 + SIGKILL: the engine killed it when the stop timeout ran out.
        if (c.statusInfo.kind == core::ContainerStatus::Kind::Exited && c.statusInfo.exitCode == 137) {
            const QString ago =
                c.statusInfo.since.isValid()
                    ? ContainerStatusText::humanDuration(qMax<qint64>(0, c.statusInfo.since.msecsTo(now)))
                    : QString();
            return tr("Killed (137) %1 ago: the stop timed out").arg(ago);
        }
    }
    return ContainerStatusText::describe(c.statusInfo, now);
}

QVariant ContainerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::ContainerSummary &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return c.name;
        case Image:
            return c.image;
        case State:
            return stateTextOf(index.row());
        case Status:
            return statusText(index.row());
        case Owner: {
            const QString owner = core::OwnerPolicy::ownerOf(c.labels);
            return owner.isEmpty() ? tr("—") : owner;
        }
        case Created:
            return QLocale().toString(c.created.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Name || index.column() == Image)
            return tr("%1\nID: %2\nCommand: %3").arg(c.image, c.id.left(12), c.command);
        if (index.column() == Owner && core::OwnerPolicy::ownerOf(c.labels).isEmpty())
            return tr("Not launched by Berth, so its owner is unknown.");
        if (index.column() == Status && c.statusInfo.kind == core::ContainerStatus::Kind::Exited &&
            c.statusInfo.exitCode == 137 && m_stops.contains(c.id))
            return tr("It did not exit within the %n-second stop timeout, so the engine killed it (SIGKILL).", nullptr,
                      m_stops.value(c.id).timeoutSecs);
        if (index.column() == Status && c.statusInfo.kind == core::ContainerStatus::Kind::Exited &&
            c.statusInfo.exitCode == 137)
            return tr("Exit code 137 means the process was killed (SIGKILL): by a stop that timed out, by docker "
                      "kill, or by the kernel when the container ran out of memory.");
        break;
    case Qt::ForegroundRole:
        if (index.column() == State) {
            if (c.state == QLatin1String("running"))
                return QColor(0x1e, 0x8e, 0x3e);
            if (c.state == QLatin1String("exited") || c.state == QLatin1String("dead"))
                return QColor(0x80, 0x80, 0x80);
            if (c.state == QLatin1String("created"))
                return QColor(0x1a, 0x73, 0xe8);
        }
        break;
    case IdRole:
        return c.id;
    case StateRole:
        return c.state;
    case MineRole:
        return m_owner.isMine(c.labels);
    case Qt::UserRole:
        // Sort key for the Created column.
        return index.column() == Created ? QVariant(c.created) : data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
}

QVariant ContainerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Image:
        return tr("Image");
    case State:
        return tr("State");
    case Status:
        return tr("Status");
    case Owner:
        return tr("Owner");
    case Created:
        return tr("Created", "column: when the container was created");
    }
    return {};
}

void ContainerTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace berth::ui
