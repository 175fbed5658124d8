// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/models.h"
#include "gpu/ownerpolicy.h"

#include <QAbstractTableModel>
#include <QList>

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

private:
    void resetTo(const QList<core::ContainerSummary> &containers);
    void update(const core::ContainerSummary &container);
    void remove(const QString &id);
    QString stateText(const QString &state) const;

    QList<core::ContainerSummary> m_rows;
    core::OwnerPolicy m_owner;
};

} // namespace berth::ui
