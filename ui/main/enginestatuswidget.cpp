// SPDX-License-Identifier: Apache-2.0
#include "enginestatuswidget.h"

#include "common/errortext.h"
#include "common/plaintext.h"
#include "engine/containermonitor.h"
#include "engine/engineclient.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace berth::ui {

EngineStatusWidget::EngineStatusWidget(core::EngineClient *client, core::ContainerMonitor *monitor, QWidget *parent)
    : QWidget(parent), m_client(client), m_monitor(monitor), m_dot(new QLabel(this)), m_label(new QLabel(this)),
      m_retry(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_dot);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // An unreachable engine's message says what to do; it wraps rather than being cut off.
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // the version string and errors are the engine's words
    m_label->setMinimumWidth(200);
    m_retry->hide();
    connect(m_retry, &QToolButton::clicked, this, [this] {
        m_monitor->refresh();
        refresh();
    });
    connect(m_monitor, &core::ContainerMonitor::connectionChanged, this,
            [this](bool connected, const core::EngineError &error) {
                m_error = error;
                if (connected && m_version.isEmpty())
                    refresh();
                else
                    show(connected);
            });
    connect(m_client, &core::EngineClient::endpointChanged, this, [this] {
        m_version.clear();
        m_known = false;
        m_dot->setText(QStringLiteral("<span style='color:#9aa0a6'>●</span>"));
        m_label->setText(tr("Connecting to %1…").arg(serverText()));
        refresh();
    });
    refresh();
}

QString EngineStatusWidget::serverText() const
{
    const core::Endpoint &e = m_client->endpoint();
    if (e.contextName() == QLatin1String("default"))
        return e.host();
    return tr("%1 (%2)", "context name (engine address)").arg(e.contextName(), e.host());
}

void EngineStatusWidget::refresh()
{
    m_client->version(this, [this](const core::Result<core::VersionInfo> &r) {
        if (r.ok()) {
            m_version = r->version;
            m_error = {};
        } else {
            m_error = r.error();
        }
        show(r.ok());
    });
}

void EngineStatusWidget::show(bool reachable)
{
    m_reachable = reachable;
    m_known = true;
    const QString host = m_client->endpoint().host();
    if (reachable) {
        m_dot->setText(QStringLiteral("<span style='color:#1e8e3e'>●</span>"));
        QString line = tr("Docker Engine %1 · API %2 · %3").arg(m_version, m_client->apiVersion(), serverText());
        if (m_client->endpoint().isUnencrypted())
            line += QStringLiteral(" · ") + tr("NOT ENCRYPTED: anyone who reaches this port controls the engine");
        m_label->setText(line);
        m_label->setToolTip({});
        m_retry->hide();
    } else {
        const ErrorText::Text text = ErrorText::describe(m_error, host);
        m_dot->setText(QStringLiteral("<span style='color:#d93025'>●</span>"));
        m_label->setText(text.title + QLatin1Char(' ') + text.advice);
        m_label->setToolTip(PlainText::toolTip(text.detail));
        m_retry->setText(tr("Retry"));
        m_retry->show();
    }
}

QString EngineStatusWidget::text() const
{
    return m_label->text();
}

void EngineStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_known)
        show(m_reachable);
    QWidget::changeEvent(event);
}

} // namespace berth::ui
