// SPDX-License-Identifier: Apache-2.0
#include "jupyterurl.h"

#include <QRegularExpression>

namespace berth::core {

namespace {
const QRegularExpression &pattern()
{
    // A host (or Jupyter's "(a or b)" pair), a port, then a path whose query carries token=.
    static const QRegularExpression re(QStringLiteral(
        R"((https?)://(?:\([^)\s]*(?: or [^)\s]*)*\)|[A-Za-z0-9._\-\[\]:]+?):(\d{1,5})(/[^\s"'<>\x00-\x1f\x7f]*[?&]token=[0-9A-Za-z]+[^\s"'<>\x00-\x1f\x7f]*))"));
    return re;
}
} // namespace

QUrl JupyterUrl::rewritten(const QString &host, int hostPort) const
{
    const bool v6 = host.contains(QLatin1Char(':'));
    return QUrl(scheme + QLatin1String("://") + (v6 ? QLatin1Char('[') + host + QLatin1Char(']') : host) +
                QLatin1Char(':') + QString::number(hostPort) + pathAndQuery);
}

JupyterUrl JupyterUrl::findLast(QStringView text)
{
    return findLast(text, 0);
}

JupyterUrl JupyterUrl::findLast(QStringView text, int containerPort)
{
    JupyterUrl found;
    auto it = pattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const int port = m.capturedView(2).toInt();
        if (port <= 0 || port > 65535 || (containerPort > 0 && port != containerPort))
            continue;
        found.scheme = m.captured(1);
        found.port = port;
        found.pathAndQuery = m.captured(3);
    }
    return found;
}

} // namespace berth::core
