// SPDX-License-Identifier: Apache-2.0
#include "containerfilterproxy.h"

#include "containertablemodel.h"

namespace berth::ui {

void ContainerFilterProxy::setMineOnly(bool mineOnly)
{
    if (mineOnly == m_mineOnly)
        return;
    m_mineOnly = mineOnly;
    invalidateFilter();
}

void ContainerFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void ContainerFilterProxy::setServer(const QString &server)
{
    if (server == m_server)
        return;
    m_server = server;
    invalidateFilter();
}

bool ContainerFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (m_mineOnly && !model->data(first, ContainerTableModel::MineRole).toBool())
        return false;
    if (!m_server.isEmpty() && model->data(first, ContainerTableModel::ServerRole).toString() != m_server)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : {ContainerTableModel::Name, ContainerTableModel::Image, ContainerTableModel::Status,
                       ContainerTableModel::Owner, ContainerTableModel::Server}) {
        if (model->data(model->index(sourceRow, column, sourceParent)).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace berth::ui
