// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QAbstractScrollArea;
class QWidget;

namespace berth::ui {

// Keeps the control under the mouse pointer where it is on screen while the content of a scroll area lays itself
// out again above it (a note appearing over a field further up): each time the control moves, the area scrolls by
// as much. Made just before such a change (or kept a while longer by the next one); it ends by itself shortly after,
// or at once when the user scrolls. Where
// the area cannot scroll that far (the content fits), the control moves by what is left.
class PointerAnchor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PointerAnchor)
public:
    static constexpr int LifetimeMs = 400;

    // Anchors the widget under the pointer when the pointer is over area's viewport and below y (global); else
    // does nothing and returns nullptr.
    static PointerAnchor *hold(QAbstractScrollArea *area, int belowGlobalY);
    // The nearest scroll area around widget, or nullptr.
    static QAbstractScrollArea *scrollAreaAround(const QWidget *widget);
    // True when the pointer is over the viewport of area (or a widget inside it).
    static bool pointerOver(const QAbstractScrollArea *area);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    PointerAnchor(QAbstractScrollArea *area, QWidget *anchor);
    int anchorY() const;
    void follow();

    QPointer<QAbstractScrollArea> m_area;
    QPointer<QWidget> m_anchor;
    QTimer m_lifetime;
    int m_y = 0;
    bool m_adjusting = false;
    bool m_pending = false;
};

} // namespace berth::ui
