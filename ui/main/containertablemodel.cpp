// SPDX-License-Identifier: Apache-2.0
#include "containertablemodel.h"

#include "containerstatustext.h"
#include "engine/containermonitor.h"

#include <QColor>
#include <QLocale>
#include <QSet>

#include <numeric>

namespace berth::ui {

ContainerTableModel::ContainerTableModel(core::ContainerMonitor *monitor, QObject *parent)
    : QAbstractTableModel(parent), m_primary(monitor)
{
    m_sources.insert(monitor, QString());
    connectSource(monitor);
    resetServer(monitor, monitor->containers());
}

void ContainerTableModel::connectSource(core::ContainerMonitor *monitor)
{
    connect(monitor, &core::ContainerMonitor::reset, this,
            [this, monitor](const QList<core::ContainerSummary> &list) { resetServer(monitor, list); });
    connect(monitor, &core::ContainerMonitor::containerChanged, this,
            [this, monitor](const core::ContainerSummary &c) { update(monitor, c); });
    connect(monitor, &core::ContainerMonitor::containerRemoved, this,
            [this, monitor](const QString &id) { remove(monitor, id); });
    // A monitor that goes takes its rows with it at once: no row may outlive the server it came from, and a new
    // monitor made at the same address is a new source.
    connect(monitor, &QObject::destroyed, this, [this, monitor] {
        resetServer(monitor, {});
        m_sources.remove(monitor);
    });
    if (monitor == m_primary)
        return; // the window's server keeps its last list while away, as before; the status bar says why
    // Another server's rows go while it cannot be reached (a note says why): nothing listed is out of date, and no
    // action is offered on a server that cannot take it. They come back with its next list.
    connect(monitor, &core::ContainerMonitor::connectionChanged, this, [this, monitor](bool connected) {
        if (!connected)
            resetServer(monitor, {});
    });
}

void ContainerTableModel::setSources(const QList<core::LabContainers::Source> &sources)
{
    QHash<core::ContainerMonitor *, QString> next;
    for (const core::LabContainers::Source &s : sources)
        next.insert(s.monitor, s.name);
    next.insert(m_primary, next.value(m_primary, m_sources.value(m_primary)));
    // Sources no longer listed (still alive: the destroyed ones went already).
    const QList<core::ContainerMonitor *> known = m_sources.keys();
    for (core::ContainerMonitor *monitor : known) {
        if (!next.contains(monitor)) {
            resetServer(monitor, {});
            disconnect(monitor, nullptr, this, nullptr);
            m_sources.remove(monitor);
        }
    }
    // Renamed servers (the window switched): their rows and stops carry the new name.
    QHash<QString, QString> renamed;
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it) {
        if (next.value(it.key()) != it.value())
            renamed.insert(it.value(), next.value(it.key()));
    }
    if (!renamed.isEmpty()) {
        beginResetModel();
        for (QString &server : m_servers) {
            const auto to = renamed.constFind(server);
            if (to != renamed.cend())
                server = *to;
        }
        QHash<QString, Stop> stops;
        for (auto it = m_stops.cbegin(); it != m_stops.cend(); ++it) {
            const QString server = it.key().section(QLatin1Char('\n'), 0, 0);
            stops.insert(keyOf(renamed.value(server, server), it.key().section(QLatin1Char('\n'), 1)), it.value());
        }
        m_stops = stops;
        for (auto it = m_sources.begin(); it != m_sources.end(); ++it)
            it.value() = next.value(it.key());
        m_indexDirty = true;
        endResetModel();
    }
    for (auto it = next.cbegin(); it != next.cend(); ++it) {
        if (m_sources.contains(it.key()))
            continue;
        m_sources.insert(it.key(), it.value());
        connectSource(it.key());
        if (it.key()->isConnected())
            resetServer(it.key(), it.key()->containers());
    }
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
    return rowOf(primaryServer(), id);
}

int ContainerTableModel::rowOf(const QString &server, const QString &id) const
{
    if (m_indexDirty) {
        m_index.clear();
        m_index.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i)
            m_index.insert(keyOf(m_servers.at(i), m_rows.at(i).id), i);
        m_indexDirty = false;
    }
    return m_index.value(keyOf(server, id), -1);
}

namespace {
// Whether a row would read differently, beyond its status sentence: a re-list of a running container always brings a
// new "Up N minutes", which the view counts on by itself from the container's timestamps.
bool showsTheSame(const core::ContainerSummary &a, const core::ContainerSummary &b)
{
    return a.name == b.name && a.image == b.image && a.state == b.state && a.created == b.created &&
           a.labels == b.labels && a.command == b.command && a.statusInfo.kind == b.statusInfo.kind &&
           a.statusInfo.exitCode == b.statusInfo.exitCode && a.statusInfo.health == b.statusInfo.health &&
           a.statusInfo.paused == b.statusInfo.paused && a.ports == b.ports;
}
} // namespace

void ContainerTableModel::resetServer(core::ContainerMonitor *monitor, const QList<core::ContainerSummary> &containers)
{
    const auto source = m_sources.constFind(monitor);
    if (source == m_sources.cend())
        return;
    const QString server = *source;
    // A server's new list changes only what changed: with every server's rows in one table, resetting it all (and
    // the sorted view over it) for one server's re-list would stall the UI with thousands of rows.
    QHash<QString, qsizetype> incoming;
    incoming.reserve(containers.size());
    for (qsizetype i = 0; i < containers.size(); ++i)
        incoming.insert(containers.at(i).id, i);
    QList<int> gone;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_servers.at(row) == server && !incoming.contains(m_rows.at(row).id))
            gone << row;
    }
    // Many rows going at once (a server lost, or the first list of a single-server view): one reset is cheaper.
    if (gone.size() > 64) {
        resetAll(server, containers);
        return;
    }
    for (auto it = gone.crbegin(); it != gone.crend(); ++it) {
        beginRemoveRows({}, *it, *it);
        m_stops.remove(keyOf(server, m_rows.at(*it).id));
        m_rows.removeAt(*it);
        m_servers.removeAt(*it);
        m_indexDirty = true;
        endRemoveRows();
    }
    QSet<QString> present;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_servers.at(row) != server)
            continue;
        const core::ContainerSummary &now = containers.at(incoming.value(m_rows.at(row).id));
        present.insert(now.id);
        const bool same = showsTheSame(m_rows.at(row), now);
        const auto stop = m_stops.constFind(keyOf(server, now.id));
        if (stop != m_stops.cend() && now.state == QLatin1String("running") &&
            m_rows.at(row).state != QLatin1String("running"))
            m_stops.erase(stop);
        m_rows[row] = now;
        if (!same)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    QList<core::ContainerSummary> added;
    for (const core::ContainerSummary &c : containers) {
        if (!present.contains(c.id))
            added << c;
    }
    if (added.isEmpty())
        return;
    // Newest first, as the view opens.
    std::stable_sort(added.begin(), added.end(), [](const core::ContainerSummary &a, const core::ContainerSummary &b) {
        return a.created > b.created;
    });
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const core::ContainerSummary &c : std::as_const(added)) {
        m_rows << c;
        m_servers << server;
    }
    m_indexDirty = true;
    endInsertRows();
}

void ContainerTableModel::resetAll(const QString &server, const QList<core::ContainerSummary> &containers)
{
    beginResetModel();
    QList<core::ContainerSummary> rows;
    QList<QString> servers;
    rows.reserve(m_rows.size() + containers.size());
    servers.reserve(rows.capacity());
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_servers.at(i) != server) {
            rows << m_rows.at(i);
            servers << m_servers.at(i);
        }
    }
    for (const core::ContainerSummary &c : containers) {
        rows << c;
        servers << server;
    }
    // Newest first, as the view opens.
    QList<qsizetype> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&rows](qsizetype a, qsizetype b) { return rows.at(a).created > rows.at(b).created; });
    m_rows.clear();
    m_servers.clear();
    m_rows.reserve(rows.size());
    m_servers.reserve(rows.size());
    for (qsizetype i : std::as_const(order)) {
        m_rows << rows.at(i);
        m_servers << servers.at(i);
    }
    m_indexDirty = true;
    endResetModel();
}

void ContainerTableModel::update(core::ContainerMonitor *monitor, const core::ContainerSummary &container)
{
    const auto source = m_sources.constFind(monitor);
    if (source == m_sources.cend())
        return;
    const QString server = *source;
    const int row = rowOf(server, container.id);
    if (row < 0) {
        beginInsertRows({}, 0, 0);
        m_rows.prepend(container);
        m_servers.prepend(server);
        m_indexDirty = true;
        endInsertRows();
        return;
    }
    // A stop Berth asked for ends with the exit (kept to explain a 137) or is forgotten when the container runs again.
    const auto stop = m_stops.constFind(keyOf(server, container.id));
    if (stop != m_stops.cend() && container.state == QLatin1String("running") &&
        m_rows[row].state != QLatin1String("running"))
        m_stops.erase(stop);
    m_rows[row] = container;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ContainerTableModel::remove(core::ContainerMonitor *monitor, const QString &id)
{
    const auto source = m_sources.constFind(monitor);
    if (source == m_sources.cend())
        return;
    const QString server = *source;
    const int row = rowOf(server, id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_servers.removeAt(row);
    m_stops.remove(keyOf(server, id));
    m_indexDirty = true;
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

void ContainerTableModel::markStopping(const QString &server, const QString &id, int timeoutSecs)
{
    m_stops.insert(keyOf(server, id), {m_clock(), timeoutSecs});
    const int row = rowOf(server, id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ContainerTableModel::stopFailed(const QString &server, const QString &id)
{
    if (m_stops.remove(keyOf(server, id))) {
        const int row = rowOf(server, id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

bool ContainerTableModel::isStopping(const QString &server, const QString &id) const
{
    const int row = rowOf(server, id);
    return row >= 0 && isStoppingRow(row);
}

bool ContainerTableModel::isStoppingRow(int row) const
{
    const core::ContainerSummary &c = m_rows.at(row);
    return c.state == QLatin1String("running") && m_stops.contains(keyOf(m_servers.at(row), c.id));
}

QString ContainerTableModel::stateTextOf(int row) const
{
    if (isStoppingRow(row))
        return tr("Stopping…");
    const core::ContainerSummary &c = m_rows.at(row);
    return stateText(c.state);
}

QString ContainerTableModel::statusText(int row) const
{
    const core::ContainerSummary &c = m_rows.at(row);
    const QDateTime now = m_clock();
    const auto stop = m_stops.constFind(keyOf(m_servers.at(row), c.id));
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
        case Server:
            return m_servers.at(index.row());
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Name || index.column() == Image)
            return tr("%1\nID: %2\nCommand: %3").arg(c.image, c.id.left(12), c.command);
        if (index.column() == Owner && core::OwnerPolicy::ownerOf(c.labels).isEmpty())
            return tr("Not launched by Berth, so its owner is unknown.");
        if (index.column() == Status && c.statusInfo.kind == core::ContainerStatus::Kind::Exited &&
            c.statusInfo.exitCode == 137 && m_stops.contains(keyOf(m_servers.at(index.row()), c.id)))
            return tr("It did not exit within the %n-second stop timeout, so the engine killed it (SIGKILL).", nullptr,
                      m_stops.value(keyOf(m_servers.at(index.row()), c.id)).timeoutSecs);
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
    case ServerRole:
        return m_servers.at(index.row());
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
    case Server:
        return tr("Server", "column: the server (docker context) a container runs on");
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
