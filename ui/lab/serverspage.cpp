// SPDX-License-Identifier: Apache-2.0
#include "serverspage.h"

#include "lab/labmonitor.h"
#include "lab/serverprobe.h"
#include "servercard.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace berth::ui {

ServersPage::ServersPage(core::LabMonitor *monitor, QWidget *parent)
    : QWidget(parent), m_monitor(monitor), m_title(new QLabel(this)), m_note(new QLabel(this)),
      m_refresh(new QToolButton(this)), m_scroll(new QScrollArea(this)), m_host(new QWidget),
      m_grid(new QGridLayout(m_host))
{
    setObjectName(QStringLiteral("serversPage"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_note->setWordWrap(true);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(8);
    m_grid->setAlignment(Qt::AlignTop);
    m_scroll->setWidget(m_host);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_note, 1);
    header->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_scroll, 1);
    if (m_monitor) {
        connect(m_monitor, &core::LabMonitor::serverUpdated, this, &ServersPage::updateCard);
        connect(m_monitor, &core::LabMonitor::serversChanged, this, &ServersPage::rebuild);
        connect(m_refresh, &QToolButton::clicked, m_monitor, &core::LabMonitor::refresh);
    }
    retranslate();
    rebuild();
}

void ServersPage::setOwnerPolicy(const core::OwnerPolicy &owners)
{
    m_owners = owners;
    rebuild();
}

ServerCard *ServersPage::card(const QString &name) const
{
    for (ServerCard *c : m_cards) {
        if (c->status().name == name)
            return c;
    }
    return nullptr;
}

void ServersPage::rebuild()
{
    qDeleteAll(m_cards);
    m_cards.clear();
    if (!m_monitor)
        return;
    const QList<core::ServerProbe *> probes = m_monitor->probes();
    for (qsizetype i = 0; i < probes.size(); ++i) {
        auto *c = new ServerCard(m_host);
        c->setStatus(probes.at(i)->status(), m_owners);
        m_grid->addWidget(c, int(i / 2), int(i % 2));
        m_cards << c;
    }
    // Spare height goes below the last row instead of stretching the cards.
    const int rows = int((probes.size() + 1) / 2);
    for (int r = 0; r <= rows; ++r)
        m_grid->setRowStretch(r, r == rows ? 1 : 0);
}

void ServersPage::updateCard(const QString &name)
{
    if (!m_monitor)
        return;
    core::ServerProbe *probe = m_monitor->probe(name);
    ServerCard *c = card(name);
    if (!probe)
        return;
    if (!c) {
        rebuild();
        return;
    }
    c->setStatus(probe->status(), m_owners);
}

void ServersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_monitor)
        m_monitor->watch(this);
}

void ServersPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_monitor)
        m_monitor->unwatch(this);
}

void ServersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ServersPage::retranslate()
{
    m_title->setText(tr("Servers"));
    m_note->setText(tr("Every Docker context, asked in parallel every few seconds while this page is open."));
    m_refresh->setText(tr("Refresh"));
}

} // namespace berth::ui
