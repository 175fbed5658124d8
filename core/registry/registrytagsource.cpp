// SPDX-License-Identifier: Apache-2.0
#include "registrytagsource.h"

#include "registrylogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace berth::core {

RegistryTagSource::RegistryTagSource(QNetworkAccessManager *network, DockerCredentials *credentials,
                                     const ImageReference &reference, QObject *parent)
    : TagSource(network, reference, parent), m_credentials(credentials)
{
}

QUrl RegistryTagSource::firstPageUrl() const
{
    QUrl url = m_baseUrl.isValid() ? m_baseUrl : QUrl(reference().registryBaseUrl());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/v2/") + reference().repository() + QStringLiteral("/tags/list"));
    if (m_pageSize > 0) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("n"), QString::number(m_pageSize));
        url.setQuery(query);
    }
    return url;
}

QUrl RegistryTagSource::nextFromLink(const QByteArray &link, const QUrl &base)
{
    // Several links may be comma-separated; take the one with rel="next".
    for (const QByteArray &part : link.split(',')) {
        const qsizetype open = part.indexOf('<');
        const qsizetype close = part.indexOf('>', open + 1);
        if (open < 0 || close < 0)
            continue;
        const QByteArray params = part.mid(close + 1).toLower().replace(' ', "");
        if (!params.contains("rel=\"next\"") && !params.contains("rel=next"))
            continue;
        const QUrl target = QUrl::fromEncoded(part.mid(open + 1, close - open - 1).trimmed());
        return target.isValid() ? base.resolved(target) : QUrl();
    }
    return {};
}

void RegistryTagSource::begin()
{
    m_origin = firstPageUrl();
    fetch(m_origin, false);
}

void RegistryTagSource::fetch(const QUrl &url, bool freshAuth)
{
    markVisited(url);
    Headers headers;
    if (!m_authorization.isEmpty() && sameOrigin(url, m_origin))
        headers.append({"Authorization", m_authorization});
    get(url, headers, [this, url, freshAuth](const Response &response) {
        if (response.status == 401) {
            if (freshAuth) {
                // credentials or token just obtained were refused
                finish(errorForStatus(response));
                return;
            }
            const AuthChallenge challenge = AuthChallenge::parse(response.header("WWW-Authenticate"));
            answerChallenge(challenge, [this, url] { fetch(url, true); });
            return;
        }
        if (response.status != 200) {
            finish(errorForStatus(response));
            return;
        }
        const TagFacts::Grammar grammar = TagFacts::grammarFor(reference().repository());
        const QByteArray body = response.body;
        const QUrl next = nextFromLink(response.header("Link"), response.url);
        parseAsync([body, grammar] { return TagPageParser::parseRegistry(body, grammar); },
                   [this, next](const TagPage &page) {
                       if (!page.error.isEmpty()) {
                           finish(RegistryError(RegistryError::Kind::Malformed, page.error, 200));
                           return;
                       }
                       emitPage(page, -1);
                       if (!isRunning())
                           return;
                       if (!mayFollow(next, m_origin))
                           return;
                       fetch(next, false);
                   });
    });
}

void RegistryTagSource::withCredential(std::function<void()> then)
{
    if (m_credentialLooked || !m_credentials) {
        then();
        return;
    }
    m_credentials->lookup(reference().credentialKey(), this, [this, then](const RegistryCredential &c) {
        m_credentialLooked = true;
        m_credential = c;
        if (isRunning())
            then();
    });
}

void RegistryTagSource::answerChallenge(const AuthChallenge &challenge, std::function<void()> retry)
{
    if (challenge.isBasic()) {
        withCredential([this, retry] {
            const QByteArray basic = m_credential.basicAuthorization();
            if (basic.isEmpty()) {
                finish(RegistryError(
                    RegistryError::Kind::Unauthorized,
                    QStringLiteral("%1 needs a login and there are no credentials for it").arg(reference().registry()),
                    401));
                return;
            }
            qCDebug(lcRegistry) << "using Basic credentials for" << reference().registry();
            m_authorization = basic;
            retry();
        });
        return;
    }
    if (challenge.isBearer() && !challenge.realm().isEmpty()) {
        withCredential([this, challenge, retry] { requestToken(challenge, retry); });
        return;
    }
    finish(RegistryError(RegistryError::Kind::Unauthorized,
                         QStringLiteral("unsupported authentication challenge \"%1\"").arg(challenge.scheme), 401));
}

void RegistryTagSource::requestToken(const AuthChallenge &challenge, std::function<void()> retry)
{
    QUrl realm(challenge.realm());
    if (!realm.isValid() || (realm.scheme() != QLatin1String("https") && realm.scheme() != QLatin1String("http"))) {
        finish(RegistryError(RegistryError::Kind::Unauthorized, QStringLiteral("invalid token realm"), 401));
        return;
    }
    // The realm gets the user's password (Basic) and hands out the token: never in clear text across a network,
    // unless the user runs this registry without TLS on purpose.
    if (realm.scheme() == QLatin1String("http") && !isLoopbackHost(realm.host()) && !m_insecure) {
        finish(RegistryError(RegistryError::Kind::InsecureRealm,
                             realm.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), 401));
        return;
    }
    const QString scope = challenge.scope().isEmpty()
                              ? QStringLiteral("repository:%1:pull").arg(reference().repository())
                              : challenge.scope();
    auto onToken = [this, retry](const Response &response) {
        if (response.status != 200) {
            finish(errorForStatus(response));
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(response.body).object();
        QString token = o.value(QLatin1String("token")).toString();
        if (token.isEmpty())
            token = o.value(QLatin1String("access_token")).toString();
        if (token.isEmpty()) {
            finish(RegistryError(RegistryError::Kind::Malformed, QStringLiteral("token response without a token"),
                                 response.status));
            return;
        }
        qCDebug(lcRegistry) << "obtained a bearer token for" << reference().repository();
        m_authorization = "Bearer " + token.toUtf8();
        retry();
    };

    if (!m_credential.identityToken.isEmpty()) {
        // OAuth refresh-token grant, as the docker CLI does with an identity token
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), m_credential.identityToken);
        form.addQueryItem(QStringLiteral("service"), challenge.service());
        form.addQueryItem(QStringLiteral("scope"), scope);
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("berth"));
        request("POST", realm, {{"Content-Type", "application/x-www-form-urlencoded"}},
                form.toString(QUrl::FullyEncoded).toUtf8(), onToken);
        return;
    }
    QUrlQuery query(realm);
    if (!challenge.service().isEmpty())
        query.addQueryItem(QStringLiteral("service"), challenge.service());
    query.addQueryItem(QStringLiteral("scope"), scope);
    realm.setQuery(query);
    Headers headers;
    const QByteArray basic = m_credential.basicAuthorization();
    if (!basic.isEmpty())
        headers.append({"Authorization", basic});
    get(realm, headers, onToken);
}

} // namespace berth::core
