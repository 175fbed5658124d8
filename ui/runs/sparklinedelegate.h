// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTimer>

class QAbstractItemView;

namespace berth::core {
class ResourceMonitor;
}

namespace berth::ui {

// CPU and memory sparklines in a list of containers: paints the cell as usual, then the last two minutes of CPU
// (blue) and memory (purple) on its right. Watches the stats of the running containers that are on screen only,
// so a list of hundreds opens a handful of streams; scrolling or filtering moves them along.
class SparklineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SparklineDelegate)
public:
    // idRole/stateRole: where the view's model keeps a row's container id and state ("running").
    SparklineDelegate(QAbstractItemView *view, int column, int idRole, int stateRole, core::ResourceMonitor *monitor);
    ~SparklineDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSet<QString> watched() const { return m_watched; }
    void updateWatched(); // normally on a timer after scrolling and model changes

private:
    QAbstractItemView *m_view;
    int m_column;
    int m_idRole;
    int m_stateRole;
    QPointer<core::ResourceMonitor> m_monitor;
    QSet<QString> m_watched;
    QTimer m_settle;
};

} // namespace berth::ui
