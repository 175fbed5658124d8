// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/engineerror.h"
#include "jupyterurl.h"
#include "publishedport.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace berth::core {

class EngineClient;

// Works out the address that opens a container's published port in a browser. For an engine on this computer that
// is http://127.0.0.1:PORT (or the bound address); for a tcp:// engine, the engine's host; for an ssh:// engine, a
// free local port forwarded over the server's ssh session (kept and reused for the same port). When the container's
// recent output shows a Jupyter URL with a token for that port, the token URL is used instead, rewritten onto the
// reachable address. One object per request; it deletes nothing itself.
class PortOpener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortOpener)
public:
    static constexpr int LogTailLines = 2000;

    PortOpener(EngineClient *client, QString containerId, PublishedPort port, QObject *parent = nullptr);

    // Where the port is reached from here, before any forward: host and port. Empty host when it cannot be reached
    // directly (an ssh:// engine: a forward is needed).
    static QString directHost(const EngineClient &client, const PublishedPort &port);

    // Resolves through a different local address (e.g. an ssh forward's local port) instead of the direct one.
    void setLocalAddress(const QString &host, int port);
    void start();

    QUrl url() const { return m_url; }
    bool foundJupyterToken() const { return m_jupyter.isValid(); }

Q_SIGNALS:
    void ready(const QUrl &url);
    void failed(const berth::core::EngineError &error);

private:
    void forwardOverSsh();
    void readLogs(bool tty);
    void finish();

    QPointer<EngineClient> m_client;
    QString m_containerId;
    PublishedPort m_port;
    QString m_localHost;
    int m_localPort = 0;
    QString m_text;
    JupyterUrl m_jupyter;
    QUrl m_url;
};

} // namespace berth::core
