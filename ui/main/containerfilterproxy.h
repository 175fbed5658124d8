// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSortFilterProxyModel>

namespace berth::ui {

// Filters the container table by owner scope (mine / everyone) and by text over name, image and status.
class ContainerFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setMineOnly(bool mineOnly);
    bool mineOnly() const { return m_mineOnly; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_mineOnly = false;
    QString m_text;
};

} // namespace berth::ui
