// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/engineerror.h"
#include "engine/models.h"
#include "gpu/ownerpolicy.h"
#include "lab/labcontainers.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>

namespace berth::core {
class ContainerMonitor;
}

namespace berth::ui {

// The engine's containers as table rows, kept current by a ContainerMonitor (events, not polling); with several
// sources (setSources), every server's containers side by side, each row knowing its server. A row is a server and a
// container id: the same engine reached through two contexts is listed under both.
class ContainerTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerTableModel)
public:
    enum Column { Name, Image, State, Status, Owner, Created, Server, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole, LabelsRole, MineRole, ServerRole };

    // monitor: the window's server, the primary source (named by setSources; rowOf(id) looks there).
    explicit ContainerTableModel(core::ContainerMonitor *monitor, QObject *parent = nullptr);
    // The servers listed now, the primary one among them; rows of servers no longer listed go.
    void setSources(const QList<core::LabContainers::Source> &sources);
    QString primaryServer() const { return m_sources.value(m_primary); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const core::ContainerSummary &containerAt(int row) const { return m_rows.at(row); }
    const QString &serverAt(int row) const { return m_servers.at(row); }
    // The row of a container of the primary server, or of the named one; -1 when not listed.
    int rowOf(const QString &id) const;
    int rowOf(const QString &server, const QString &id) const;
    const core::OwnerPolicy &ownerPolicy() const { return m_owner; }
    void retranslate();

    // Durations are counted from each container's timestamps against this clock (tests set their own).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }
    // Repaints the Status column of rows first..last (the visible ones), whose durations moved on.
    void refreshDurations(int first, int last);

    // A stop Berth asked for: the row says "Stopping…" with the time left before the engine kills it, and an exit
    // with 137 after that time reads as killed by the timeout.
    void markStopping(const QString &id, int timeoutSecs) { markStopping(primaryServer(), id, timeoutSecs); }
    void markStopping(const QString &server, const QString &id, int timeoutSecs);
    void stopFailed(const QString &server, const QString &id);
    bool isStopping(const QString &id) const { return isStopping(primaryServer(), id); }
    bool isStopping(const QString &server, const QString &id) const;
    QString statusText(int row) const;
    QString stateTextOf(int row) const;

private:
    void connectSource(core::ContainerMonitor *monitor);
    void resetServer(core::ContainerMonitor *monitor, const QList<core::ContainerSummary> &containers);
    void resetAll(const QString &server, const QList<core::ContainerSummary> &containers);
    void update(core::ContainerMonitor *monitor, const core::ContainerSummary &container);
    void remove(core::ContainerMonitor *monitor, const QString &id);
    QString stateText(const QString &state) const;
    static QString keyOf(const QString &server, const QString &id) { return server + QLatin1Char('\n') + id; }
    bool isStoppingRow(int row) const;

    struct Stop
    {
        QDateTime requested;
        int timeoutSecs = 10;
    };

    QList<core::ContainerSummary> m_rows;
    QList<QString> m_servers; // each row's server
    // Row by server and id: rebuilt when rows move, so that lookups stay cheap with thousands of rows.
    mutable QHash<QString, int> m_index;
    mutable bool m_indexDirty = true;
    core::ContainerMonitor *m_primary;
    QHash<core::ContainerMonitor *, QString> m_sources;
    core::OwnerPolicy m_owner;
    QHash<QString, Stop> m_stops; // by keyOf(server, id)
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace berth::ui
