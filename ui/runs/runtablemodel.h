// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "runs/runrecord.h"

#include <QAbstractTableModel>

namespace berth::ui {

// The Runs page's list: one row per run, newest first, as the store's query returned them.
class RunTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunTableModel)
public:
    enum Column { Name, Status, Exit, Duration, Created, Server, Image, ColumnCount };
    static constexpr int RunIdRole = Qt::UserRole + 1;

    explicit RunTableModel(QObject *parent = nullptr);

    void setRuns(QList<core::RunRecord> runs);
    const core::RunRecord &run(int row) const { return m_runs.at(row); }
    int rowOf(qint64 runId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::RunRecord> m_runs;
};

} // namespace berth::ui
