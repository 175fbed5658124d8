// SPDX-License-Identifier: Apache-2.0
#include "pointeranchor.h"

#include <QAbstractScrollArea>
#include <QCursor>
#include <QEvent>
#include <QScrollBar>
#include <QTimer>
#include <QWidget>

namespace berth::ui {

QAbstractScrollArea *PointerAnchor::scrollAreaAround(const QWidget *widget)
{
    for (QWidget *w = widget ? widget->parentWidget() : nullptr; w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w))
            return area;
    }
    return nullptr;
}

bool PointerAnchor::pointerOver(const QAbstractScrollArea *area)
{
    if (!area || !area->isVisible())
        return false;
    // Qt's own enter/leave bookkeeping, not QCursor::pos(): a window that never had the pointer is not under it.
    return area->viewport()->underMouse();
}

PointerAnchor *PointerAnchor::hold(QAbstractScrollArea *area, int belowGlobalY)
{
    if (!pointerOver(area))
        return nullptr;
    const QPoint pointer = QCursor::pos();
    if (pointer.y() < belowGlobalY)
        return nullptr;
    // One anchor per area: two would each scroll by the same move.
    if (auto *existing = area->findChild<PointerAnchor *>(QString(), Qt::FindDirectChildrenOnly)) {
        existing->m_lifetime.start();
        return existing;
    }
    QWidget *viewport = area->viewport();
    QWidget *anchor = viewport->childAt(viewport->mapFromGlobal(pointer));
    if (!anchor)
        return nullptr;
    return new PointerAnchor(area, anchor);
}

PointerAnchor::PointerAnchor(QAbstractScrollArea *area, QWidget *anchor)
    : QObject(area), m_area(area), m_anchor(anchor), m_y(anchorY())
{
    // The anchor moves on screen when it or any widget between it and the viewport moves.
    for (QWidget *w = anchor; w && w != area->viewport(); w = w->parentWidget()) {
        w->installEventFilter(this);
    }
    // A scroll the user makes is theirs: stop following.
    connect(area->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!m_adjusting)
            deleteLater();
    });
    m_lifetime.setSingleShot(true);
    m_lifetime.setInterval(LifetimeMs);
    connect(&m_lifetime, &QTimer::timeout, this, &QObject::deleteLater);
    m_lifetime.start();
}

int PointerAnchor::anchorY() const
{
    return m_anchor ? m_anchor->mapToGlobal(QPoint(0, 0)).y() : 0;
}

bool PointerAnchor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Move && !m_pending) {
        // Several widgets move in one layout pass; look once it is over.
        m_pending = true;
        QMetaObject::invokeMethod(this, &PointerAnchor::follow, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void PointerAnchor::follow()
{
    m_pending = false;
    if (!m_area || !m_anchor)
        return;
    const int delta = anchorY() - m_y;
    if (delta != 0) {
        QScrollBar *bar = m_area->verticalScrollBar();
        m_adjusting = true;
        bar->setValue(bar->value() + delta);
        m_adjusting = false;
    }
    m_y = anchorY();
}

} // namespace berth::ui
