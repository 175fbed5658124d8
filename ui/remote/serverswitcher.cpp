// SPDX-License-Identifier: Apache-2.0
#include "serverswitcher.h"

#include "engine/contextstore.h"
#include "engine/engineclient.h"
#include "serversdialog.h"

#include <QEvent>
#include <QMenu>

namespace berth::ui {

ServerSwitcher::ServerSwitcher(core::EngineClient *client, const QString &configuredHost, QWidget *parent)
    : QToolButton(parent), m_client(client), m_configuredHost(configuredHost)
{
    setObjectName(QStringLiteral("serverSwitcher"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAutoRaise(true);
    auto *menu = new QMenu(this);
    setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &ServerSwitcher::fillMenu);
    connect(m_client, &core::EngineClient::endpointChanged, this, &ServerSwitcher::retranslate);
    retranslate();
}

QString ServerSwitcher::defaultHost() const
{
    const QString env = qEnvironmentVariable("DOCKER_HOST");
    if (!env.isEmpty())
        return env;
    return m_configuredHost.isEmpty() ? QLatin1String(core::Endpoint::DefaultHost) : m_configuredHost;
}

QString ServerSwitcher::currentName() const
{
    return m_client->endpoint().contextName();
}

void ServerSwitcher::fillMenu()
{
    QMenu *m = menu();
    m->clear();
    const core::ContextStore store;
    for (const core::DockerContext &c : store.list(defaultHost())) {
        QAction *a = m->addAction(c.isDefault ? tr("default (%1)").arg(c.host) : c.name);
        a->setCheckable(true);
        a->setChecked(c.name == currentName());
        a->setToolTip(c.host);
        const QString name = c.name;
        connect(a, &QAction::triggered, this, [this, name] { switchTo(name); });
    }
    m->addSeparator();
    m->addAction(tr("Servers…"), this, &ServerSwitcher::openServersDialog);
}

void ServerSwitcher::switchTo(const QString &contextName)
{
    core::ContextStore store;
    core::Endpoint endpoint;
    if (contextName.isEmpty() || contextName == QLatin1String("default")) {
        endpoint = core::Endpoint::fromHost(defaultHost());
    } else {
        const auto context = store.find(contextName);
        if (!context) {
            Q_EMIT problem(tr("There is no server named %1 any more.").arg(contextName));
            return;
        }
        endpoint = core::Endpoint::fromContext(*context);
    }
    if (endpoint.host() == m_client->endpoint().host() && endpoint.contextName() == currentName())
        return;
    m_client->setEndpoint(endpoint);
    QString error;
    if (!store.setCurrentContext(contextName, &error))
        Q_EMIT problem(tr("Switched, but the docker CLI's current context could not be saved: %1").arg(error));
    Q_EMIT switched(endpoint);
}

void ServerSwitcher::openServersDialog()
{
    ServersDialog dialog(defaultHost(), currentName() == QLatin1String("default") ? QString() : currentName(),
                         window());
    connect(&dialog, &ServersDialog::useRequested, this, &ServerSwitcher::switchTo);
    dialog.exec();
}

void ServerSwitcher::retranslate()
{
    const core::Endpoint &e = m_client->endpoint();
    const QString server = e.serverName().isEmpty() ? tr("this computer") : e.serverName();
    setText(tr("Server: %1 (%2) ▾").arg(currentName(), server));
    setToolTip(e.host());
}

void ServerSwitcher::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolButton::changeEvent(event);
}

} // namespace berth::ui
