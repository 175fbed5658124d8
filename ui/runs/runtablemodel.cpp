// SPDX-License-Identifier: Apache-2.0
#include "runtablemodel.h"

#include "runtext.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace berth::ui {

RunTableModel::RunTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void RunTableModel::setRuns(QList<core::RunRecord> runs, bool more)
{
    beginResetModel();
    m_runs = std::move(runs);
    m_more = more;
    m_fetching = false;
    endResetModel();
}

void RunTableModel::appendRuns(const QList<core::RunRecord> &runs, bool more)
{
    m_fetching = false;
    m_more = more;
    if (runs.isEmpty())
        return;
    beginInsertRows({}, int(m_runs.size()), int(m_runs.size() + runs.size()) - 1);
    m_runs.append(runs);
    endInsertRows();
}

bool RunTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_fetching;
}

void RunTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    Q_EMIT moreWanted();
}

int RunTableModel::rowOf(qint64 runId) const
{
    for (int i = 0; i < m_runs.size(); ++i) {
        if (m_runs[i].id == runId)
            return i;
    }
    return -1;
}

int RunTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const core::RunRecord &r = m_runs.at(index.row());
    if (role == RunIdRole)
        return r.id;
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (r.outcome == core::RunOutcome::Running)
            return QBrush(QColor(0x1f, 0x6f, 0xd1));
        return r.isFailure() ? QBrush(QColor(0xc0, 0x39, 0x2b)) : QBrush(QColor(0x2e, 0x7d, 0x32));
    }
    if (role == Qt::ToolTipRole && index.column() == Status)
        return RunText::outcome(r);
    if (role == Qt::TextAlignmentRole && (index.column() == Exit || index.column() == Duration))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.name;
    case Status:
        return RunText::shortStatus(r);
    case Exit:
        return r.exitCode ? QString::number(*r.exitCode) : QString();
    case Duration:
        return RunText::duration(r.durationMsecs());
    case Created:
        return QLocale().toString(r.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Server:
        return r.server;
    case Image:
        return r.image;
    }
    return {};
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Exit:
        return tr("Exit");
    case Duration:
        return tr("Duration");
    case Created:
        return tr("Created");
    case Server:
        return tr("Server");
    case Image:
        return tr("Image");
    }
    return {};
}

} // namespace berth::ui
