// SPDX-License-Identifier: Apache-2.0
#include "fieldnote.h"

#include "common/pointeranchor.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QStyle>

namespace berth::ui {

FieldNote::FieldNote(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_label(new QLabel(this)), m_button(new QPushButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_button->hide();
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_action)
            m_action();
    });
    hide();
}

void FieldNote::showNote(Kind kind, const Text &text)
{
    // Appearing (or changing height) pushes what is below: keep the control under the pointer in place.
    if (parentWidget() && parentWidget()->isVisible()) {
        const int top = isVisible() ? mapToGlobal(QPoint(0, 0)).y()
                                    : parentWidget()->mapToGlobal(QPoint(0, parentWidget()->height())).y();
        PointerAnchor::hold(PointerAnchor::scrollAreaAround(this), top);
    }
    releaseSpace();
    m_kind = kind;
    m_text = text;
    m_shown = true;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QStyle::StandardPixmap pixmap = kind == Kind::Error     ? QStyle::SP_MessageBoxCritical
                                          : kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                                  : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    // Dark enough on light palettes, light enough on dark ones.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QColor colour = palette().color(QPalette::WindowText);
    if (kind == Kind::Error)
        colour = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
    else if (kind == Kind::Warning)
        colour = dark ? QColor(0xfd, 0xd6, 0x63) : QColor(0x8a, 0x56, 0x00);
    QPalette p = m_label->palette();
    p.setColor(QPalette::WindowText, colour);
    m_label->setPalette(p);
    retranslate();
    show();
}

void FieldNote::showNote(Kind kind, const QString &text)
{
    showNote(kind, Text([text] { return text; }));
}

void FieldNote::setAction(const Text &label, std::function<void()> action)
{
    m_actionLabel = label;
    m_action = std::move(action);
    m_button->setVisible(bool(m_actionLabel));
    retranslate();
}

void FieldNote::clear()
{
    const bool wasVisible = isVisible() && !m_holding;
    m_shown = false;
    m_text = {};
    m_actionLabel = {};
    m_action = {};
    m_label->clear();
    m_icon->clear();
    m_button->hide();
    if (wasVisible && PointerAnchor::pointerOver(PointerAnchor::scrollAreaAround(this)))
        holdSpace();
    else if (!m_holding)
        hide();
}

void FieldNote::holdSpace()
{
    m_holding = true;
    setFixedHeight(height());
    if (QAbstractScrollArea *area = PointerAnchor::scrollAreaAround(this))
        area->viewport()->installEventFilter(this);
}

void FieldNote::releaseSpace()
{
    if (!m_holding)
        return;
    m_holding = false;
    if (QAbstractScrollArea *area = PointerAnchor::scrollAreaAround(this))
        area->viewport()->removeEventFilter(this);
    setMinimumHeight(0);
    setMaximumHeight(QWIDGETSIZE_MAX);
    if (!m_shown)
        hide();
}

bool FieldNote::eventFilter(QObject *watched, QEvent *event)
{
    // The pointer left the form (or the form went away): the space kept for a cleared note can go now.
    if (m_holding && (event->type() == QEvent::Leave || event->type() == QEvent::Hide))
        releaseSpace();
    return QWidget::eventFilter(watched, event);
}

QString FieldNote::text() const
{
    return m_shown ? m_label->text() : QString();
}

void FieldNote::retranslate()
{
    m_label->setText(m_text ? m_text() : QString());
    if (m_actionLabel)
        m_button->setText(m_actionLabel());
}

void FieldNote::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace berth::ui
