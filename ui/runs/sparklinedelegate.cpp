// SPDX-License-Identifier: Apache-2.0
#include "sparklinedelegate.h"

#include "resourceplot.h"
#include "runs/resourcemonitor.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QScrollBar>

namespace berth::ui {

SparklineDelegate::SparklineDelegate(QAbstractItemView *view, int column, int idRole, int stateRole,
                                     core::ResourceMonitor *monitor)
    : QStyledItemDelegate(view), m_view(view), m_column(column), m_idRole(idRole), m_stateRole(stateRole),
      m_monitor(monitor)
{
    m_view->setItemDelegateForColumn(column, this);
    m_settle.setSingleShot(true);
    m_settle.setInterval(300);
    connect(&m_settle, &QTimer::timeout, this, &SparklineDelegate::updateWatched);
    auto later = [this] { m_settle.start(); };
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, later);
    if (QAbstractItemModel *model = m_view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, later);
        connect(model, &QAbstractItemModel::rowsInserted, this, later);
        connect(model, &QAbstractItemModel::rowsRemoved, this, later);
        connect(model, &QAbstractItemModel::layoutChanged, this, later);
        connect(model, &QAbstractItemModel::dataChanged, this, later);
    }
    // Repaint only the cell of the container that got a reading.
    connect(monitor, &core::ResourceMonitor::sampled, this, [this](const QString &id) {
        if (!m_watched.contains(id) || !m_view->isVisible())
            return;
        m_view->viewport()->update();
    });
    m_settle.start();
}

SparklineDelegate::~SparklineDelegate()
{
    if (m_monitor) {
        for (const QString &id : std::as_const(m_watched))
            m_monitor->unwatch(id);
    }
}

void SparklineDelegate::updateWatched()
{
    if (!m_monitor || !m_view->model())
        return;
    QSet<QString> wanted;
    const QAbstractItemModel *model = m_view->model();
    if (m_view->isVisible()) {
        const QRect area = m_view->viewport()->rect();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, m_column);
            if (!m_view->visualRect(index).intersects(area))
                continue;
            if (index.data(m_stateRole).toString() == QLatin1String("running"))
                wanted.insert(index.data(m_idRole).toString());
        }
    }
    for (const QString &id : m_watched - wanted)
        m_monitor->unwatch(id);
    for (const QString &id : wanted - m_watched)
        m_monitor->watch(id);
    m_watched = wanted;
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (!m_monitor)
        return;
    const core::ResourceHistory *history = m_monitor->history(index.data(m_idRole).toString());
    if (!history || history->size() < 2 || !m_watched.contains(index.data(m_idRole).toString()))
        return;
    const int width = qMin(90, option.rect.width() / 3);
    const QRect spark(option.rect.right() - width - 4, option.rect.top() + 3, width, option.rect.height() - 6);
    ResourcePlot::paintSparkline(painter, spark, *history, ResourcePlot::Metric::Cpu, QColor(0x1f, 0x77, 0xb4));
    ResourcePlot::paintSparkline(painter, spark, *history, ResourcePlot::Metric::Memory, QColor(0x9c, 0x27, 0xb0));
}

} // namespace berth::ui
