// SPDX-License-Identifier: Apache-2.0
#include "serverfield.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace berth::ui {

ServerField::ServerField(QWidget *parent)
    : QWidget(parent), m_combo(new QComboBox(this)), m_best(new QPushButton(this)), m_finding(new QLabel(this))
{
    m_combo->setObjectName(QStringLiteral("serverCombo"));
    m_best->setObjectName(QStringLiteral("bestServerButton"));
    m_finding->setObjectName(QStringLiteral("bestServerFinding"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *row = new QHBoxLayout;
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumWidth(220);
    row->addWidget(m_combo);
    row->addWidget(m_best);
    row->addStretch(1);
    column->addLayout(row);
    m_finding->setWordWrap(true);
    m_finding->setTextFormat(Qt::PlainText); // server names come from the user's contexts
    m_finding->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_finding->hide();
    column->addWidget(m_finding);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        if (!m_filling)
            Q_EMIT serverChosen(m_combo->itemData(index).toString());
    });
    connect(m_best, &QPushButton::clicked, this, &ServerField::bestServerRequested);
    retranslate();
}

void ServerField::setServers(const QList<QPair<QString, QString>> &servers, const QString &current)
{
    m_filling = true;
    m_combo->clear();
    for (const auto &[name, address] : servers) {
        m_combo->addItem(address.isEmpty() ? name : QStringLiteral("%1 · %2").arg(name, address), name);
        m_combo->setItemData(m_combo->count() - 1, address, Qt::ToolTipRole);
    }
    const int at = m_combo->findData(current);
    if (at >= 0) {
        m_combo->setCurrentIndex(at);
    } else if (!current.isEmpty()) {
        m_combo->addItem(current, current);
        m_combo->setCurrentIndex(m_combo->count() - 1);
    }
    // One server: nothing to choose between.
    m_best->setEnabled(!m_asking && m_combo->count() > 1);
    m_filling = false;
}

QString ServerField::current() const
{
    return m_combo->currentData().toString();
}

void ServerField::setAsking(bool asking)
{
    m_asking = asking;
    m_best->setEnabled(!asking && m_combo->count() > 1);
    retranslate();
}

void ServerField::showFinding(const std::function<QString()> &text, bool found)
{
    m_findingText = text;
    QPalette p = palette();
    if (!found)
        p.setColor(QPalette::WindowText, palette().color(QPalette::Window).lightness() < 128
                                             ? QColor(0xfd, 0xd6, 0x63)
                                             : QColor(0x8a, 0x56, 0x00));
    m_finding->setPalette(p);
    m_finding->setVisible(bool(text));
    retranslate();
}

QString ServerField::finding() const
{
    return m_finding->isVisible() ? m_finding->text() : QString();
}

void ServerField::retranslate()
{
    m_best->setText(m_asking ? tr("Asking every server…") : tr("Best server"));
    m_best->setToolTip(tr("Ask every server now and choose the one with enough free GPUs for this launch (then the "
                          "most free GPU memory)"));
    m_combo->setToolTip(tr("The server this launch runs on. Choosing another switches Berth to it; what is typed "
                           "stays."));
    m_finding->setText(m_findingText ? m_findingText() : QString());
}

void ServerField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace berth::ui
