// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSortFilterProxyModel>

namespace berth::ui {

// Filters the container table by owner scope (mine / everyone), by server and by text over name, image, status,
// owner and server.
class ContainerFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setMineOnly(bool mineOnly);
    bool mineOnly() const { return m_mineOnly; }
    void setText(const QString &text);
    // Only this server's rows; empty: every server's.
    void setServer(const QString &server);
    const QString &server() const { return m_server; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_mineOnly = false;
    QString m_text;
    QString m_server;
};

} // namespace berth::ui
