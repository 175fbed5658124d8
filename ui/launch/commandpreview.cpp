// SPDX-License-Identifier: Apache-2.0
#include "commandpreview.h"

#include "launch/dockerrunwriter.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace berth::ui {

CommandPreview::CommandPreview(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_multiLine(new QToolButton(this)), m_copy(new QPushButton(this)),
      m_view(new QPlainTextEdit(this)), m_problemLabel(new QLabel(this))
{
    m_problemLabel->setObjectName(QStringLiteral("previewProblem"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->hide();
    m_view->setObjectName(QStringLiteral("previewView"));
    m_multiLine->setObjectName(QStringLiteral("multiLineToggle"));
    m_copy->setObjectName(QStringLiteral("copyButton"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *header = new QHBoxLayout;
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_multiLine->setCheckable(true);
    m_multiLine->setToolButtonStyle(Qt::ToolButtonTextOnly);
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_multiLine);
    header->addWidget(m_copy);
    layout->addLayout(header);
    m_view->setReadOnly(true);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_view->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_view);
    layout->addWidget(m_problemLabel);
    connect(m_multiLine, &QToolButton::toggled, this, [this] { render(); });
    connect(m_copy, &QPushButton::clicked, this, &CommandPreview::copy);
    m_copiedTimer.setSingleShot(true);
    m_copiedTimer.setInterval(1500);
    connect(&m_copiedTimer, &QTimer::timeout, this, &CommandPreview::retranslate);
    retranslate();
    render();
}

void CommandPreview::setSpec(const core::LaunchSpec &spec, bool imageHasBash, const QString &problem)
{
    m_spec = spec;
    m_hasBash = imageHasBash;
    m_problem = problem;
    render();
}

QString CommandPreview::text() const
{
    return m_view->toPlainText();
}

bool CommandPreview::isMultiLine() const
{
    return m_multiLine->isChecked();
}

void CommandPreview::setMultiLine(bool multiLine)
{
    m_multiLine->setChecked(multiLine);
}

void CommandPreview::copy()
{
    QApplication::clipboard()->setText(text());
    // Copying changes nothing on screen by itself: say it happened, briefly, where the user clicked.
    m_copy->setText(tr("Copied ✓"));
    m_copiedTimer.start();
    Q_EMIT copied();
}

bool CommandPreview::showsCopied() const
{
    return m_copiedTimer.isActive();
}

void CommandPreview::render()
{
    core::DockerRunWriter::Options options;
    options.style = isMultiLine() ? core::DockerRunWriter::Style::MultiLine : core::DockerRunWriter::Style::SingleLine;
    options.imageHasBash = m_hasBash;
    const QString line = core::DockerRunWriter::write(m_spec, options);
    if (m_view->toPlainText() != line)
        m_view->setPlainText(line);
    const bool broken = !m_problem.isEmpty();
    m_copy->setEnabled(!broken);
    m_problemLabel->setVisible(broken);
    if (broken) {
        QPalette palette = m_problemLabel->palette();
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
        m_problemLabel->setPalette(palette);
        m_problemLabel->setText(tr("Not a whole command yet: %1").arg(m_problem));
    }
    // A frame in the error colour, so the line is not mistaken for one that can be copied.
    m_view->setStyleSheet(broken ? QStringLiteral("QPlainTextEdit { border: 1px solid #b02020; }") : QString());
    // Tall enough for the whole command in either form (a long line wraps to about three rows), within reason.
    const int lines = isMultiLine() ? qBound(3, int(line.count(QLatin1Char('\n'))) + 2, 14) : 3;
    m_view->setFixedHeight(m_view->fontMetrics().lineSpacing() * lines + 2 * m_view->frameWidth() + 8);
}

void CommandPreview::retranslate()
{
    m_title->setText(tr("Equivalent docker run command"));
    m_multiLine->setText(tr("One option per line"));
    m_multiLine->setToolTip(tr("Write the command over several lines joined with \\"));
    if (!m_problem.isEmpty())
        m_problemLabel->setText(tr("Not a whole command yet: %1").arg(m_problem));
    m_copy->setText(m_copiedTimer.isActive() ? tr("Copied ✓") : tr("Copy"));
    // The button keeps its width when its text changes to "Copied", so nothing beside it moves.
    m_copy->setMinimumWidth(qMax(m_copy->fontMetrics().horizontalAdvance(tr("Copied ✓")),
                                 m_copy->fontMetrics().horizontalAdvance(tr("Copy"))) +
                            32);
}

void CommandPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace berth::ui
