// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace berth::core {

// A WWW-Authenticate header: `Bearer realm="https://auth.docker.io/token",service="registry.docker.io",
// scope="repository:library/ubuntu:pull"` or `Basic realm="registry"`.
struct AuthChallenge
{
    QString scheme;                // lower case: bearer, basic; empty when the header could not be read
    QMap<QString, QString> params; // keys lower case

    static AuthChallenge parse(const QByteArray &header);
    bool isBearer() const { return scheme == QLatin1String("bearer"); }
    bool isBasic() const { return scheme == QLatin1String("basic"); }
    QString realm() const { return params.value(QStringLiteral("realm")); }
    QString service() const { return params.value(QStringLiteral("service")); }
    QString scope() const { return params.value(QStringLiteral("scope")); }
};

} // namespace berth::core
