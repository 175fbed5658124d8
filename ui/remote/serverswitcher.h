// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/endpoint.h"

#include <QToolButton>

namespace berth::core {
class EngineClient;
}

namespace berth::ui {

// The status bar's server button: names the context Berth is on; its menu switches to another in one click (the
// same EngineClient moves over, so every page and typed form stays as it is) and opens the Servers dialog.
// Switching also makes it the docker CLI's current context, as `docker context use` does.
class ServerSwitcher final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSwitcher)
public:
    // configuredHost: Berth's engine setting (the default context's address when DOCKER_HOST is not set).
    ServerSwitcher(core::EngineClient *client, const QString &configuredHost, QWidget *parent = nullptr);

    void switchTo(const QString &contextName);
    void openServersDialog();
    QString currentName() const;

Q_SIGNALS:
    void switched(const berth::core::Endpoint &endpoint);
    // Switching worked but the CLI's current context could not be written (the reason, for the status bar).
    void problem(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillMenu();
    void retranslate();
    QString defaultHost() const;

    core::EngineClient *m_client;
    QString m_configuredHost;
};

} // namespace berth::ui
