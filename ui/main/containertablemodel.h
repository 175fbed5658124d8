// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/models.h"
#include "gpu/ownerpolicy.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>

namespace berth::core {
class ContainerMonitor;
}

namespace berth::ui {

// The engine's containers as table rows, kept current by a ContainerMonitor (events, not polling).
class ContainerTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerTableModel)
public:
    enum Column { Name, Image, State, Status, Owner, Created, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole, LabelsRole, MineRole };

    explicit ContainerTableModel(core::ContainerMonitor *monitor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const core::ContainerSummary &containerAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &id) const;
    const core::OwnerPolicy &ownerPolicy() const { return m_owner; }
    void retranslate();

    // Durations are counted from each container's timestamps against this clock (tests set their own).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }
    // Repaints the Status column of rows first..last (the visible ones), whose durations moved on.
    void refreshDurations(int first, int last);

    // A stop Berth asked for: the row says "Stopping…" with the time left before the engine kills it, and an exit
    // with 137 after that time reads as killed by the timeout.
    void markStopping(const QString &id, int timeoutSecs);
    void stopFailed(const QString &id);
    bool isStopping(const QString &id) const;
    QString statusText(int row) const;
    QString stateTextOf(int row) const;

private:
    void resetTo(const QList<core::ContainerSummary> &containers);
    void update(const core::ContainerSummary &container);
    void remove(const QString &id);
    QString stateText(const QString &state) const;

    struct Stop
    {
        QDateTime requested;
        int timeoutSecs = 10;
    };

    QList<core::ContainerSummary> m_rows;
    core::OwnerPolicy m_owner;
    QHash<QString, Stop> m_stops;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace berth::ui
