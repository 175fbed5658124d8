// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "runs/runrecord.h"

#include <QAbstractTableModel>

namespace berth::ui {

// The Runs page's list: one row per run, newest first, as the store's queries returned them, a page at a time. When
// a view scrolls to the last row and more runs match, fetchMore() asks for the next page (moreWanted); the page
// answers with appendRuns().
class RunTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunTableModel)
public:
    enum Column { Name, Status, Exit, Duration, Created, Server, Image, ColumnCount };
    static constexpr int RunIdRole = Qt::UserRole + 1;

    explicit RunTableModel(QObject *parent = nullptr);

    // more: older runs match beyond these (a full page came back).
    void setRuns(QList<core::RunRecord> runs, bool more = false);
    void appendRuns(const QList<core::RunRecord> &runs, bool more);
    const core::RunRecord &run(int row) const { return m_runs.at(row); }
    int rowOf(qint64 runId) const;
    bool hasMore() const { return m_more; }
    bool isFetching() const { return m_fetching; }
    qint64 lastId() const { return m_runs.isEmpty() ? 0 : m_runs.constLast().id; }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void moreWanted();

private:
    QList<core::RunRecord> m_runs;
    bool m_more = false;
    bool m_fetching = false; // asked for the next page, not answered yet
};

} // namespace berth::ui
