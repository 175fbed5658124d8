// SPDX-License-Identifier: Apache-2.0
#include "messagebar.h"

#include "koreanparticles.h"
#include "plaintext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace berth::ui {

MessageBar::MessageBar(QWidget *parent) : QFrame(parent), m_label(new QLabel(this)), m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // engine and registry words land here
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clear);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &detail)
{
    static const char *const styles[] = {
        "QFrame { background: #e8f0fe; border: 1px solid #aecbfa; border-radius: 4px; } QLabel { color: #174ea6; }",
        "QFrame { background: #fef7e0; border: 1px solid #fdd663; border-radius: 4px; } QLabel { color: #7a4f01; }",
        "QFrame { background: #fce8e6; border: 1px solid #f6aea9; border-radius: 4px; } QLabel { color: #a50e0e; }",
    };
    setStyleSheet(QLatin1String(styles[int(kind)]));
    m_text = nullptr;
    m_label->setText(KoreanParticles::resolve(text));
    m_label->setToolTip(PlainText::toolTip(detail));
    show();
}

void MessageBar::showMessage(Kind kind, std::function<QString()> text, const QString &detail)
{
    const QString now = text();
    showMessage(kind, now, detail);
    m_text = std::move(text);
}

void MessageBar::clear()
{
    m_text = nullptr;
    m_label->clear();
    hide();
}

QString MessageBar::text() const
{
    return m_label->text();
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_close->setToolTip(tr("Dismiss"));
        if (m_text)
            m_label->setText(KoreanParticles::resolve(m_text()));
    }
    QFrame::changeEvent(event);
}

} // namespace berth::ui
