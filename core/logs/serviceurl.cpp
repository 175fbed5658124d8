// SPDX-License-Identifier: Apache-2.0
#include "serviceurl.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace berth::core {

std::optional<ServiceUrl> ServiceUrl::find(QStringView line)
{
    if (!line.contains(QLatin1String("http")))
        return std::nullopt;
    // Jupyter Notebook, Lab and Server print the URL with its login token; TensorBoard prints
    // "TensorBoard 2.15.1 at http://host:6006/ (Press CTRL+C to quit)".
    static const QRegularExpression jupyter(QStringLiteral(R"((https?://[^\s/]+:\d+/[^\s]*[?&]token=[0-9a-zA-Z]+))"));
    static const QRegularExpression tensorboard(QStringLiteral(R"(TensorBoard \S+ at (https?://[^\s/]+:\d+/?\S*))"));
    ServiceUrl found;
    QRegularExpressionMatch m = jupyter.match(line);
    if (m.hasMatch()) {
        found.kind = Kind::Jupyter;
    } else {
        m = tensorboard.match(line);
        if (!m.hasMatch())
            return std::nullopt;
        found.kind = Kind::TensorBoard;
    }
    // "http://(abc123 or 127.0.0.1):8888/" is how older Jupyter prints several hosts: the address parts matter.
    QString text = m.captured(1);
    found.url = QUrl(text, QUrl::StrictMode);
    if (!found.url.isValid() || found.url.port() <= 0)
        return std::nullopt;
    found.containerPort = found.url.port();
    return found;
}

QUrl ServiceUrl::reachable(const ContainerDetails &container, const QString &host) const
{
    QUrl out = url;
    out.setHost(host);
    if (container.networkMode == QLatin1String("host"))
        return out;
    for (const PortBinding &b : container.ports) {
        if (b.containerPort == containerPort && b.protocol == QLatin1String("tcp") && b.hostPort > 0) {
            out.setPort(b.hostPort);
            return out;
        }
    }
    return {};
}

} // namespace berth::core
