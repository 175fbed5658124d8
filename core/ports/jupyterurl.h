// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

namespace berth::core {

// The URL with a login token that Jupyter (Notebook, Lab, Server) prints when it starts, e.g.
//   http://3f2a1b0c9d8e:8888/lab?token=6c1e…   or   http://(3f2a1b0c9d8e or 127.0.0.1):8888/?token=…
// The host is the container's own name for itself; what matters is the port inside the container and the path with
// the token, which Berth rewrites onto the address that reaches the published port.
struct JupyterUrl
{
    QString scheme;       // http or https
    int port = 0;         // inside the container
    QString pathAndQuery; // "/lab?token=…"

    bool isValid() const { return port > 0; }
    // The same page through another address, e.g. 127.0.0.1 and the host port (or a forwarded local port).
    QUrl rewritten(const QString &host, int port) const;

    // The last token URL in the text (the newest server start wins); invalid when none.
    static JupyterUrl findLast(QStringView text);
    // The last one for this container port.
    static JupyterUrl findLast(QStringView text, int containerPort);
};

} // namespace berth::core
