// SPDX-License-Identifier: Apache-2.0
#include "hubtagsource.h"

#include "registrylogging.h"

#include <QUrlQuery>

namespace berth::core {

HubTagSource::HubTagSource(QNetworkAccessManager *network, const QUrl &hubBaseUrl, const ImageReference &reference,
                           QObject *parent)
    : TagSource(network, reference, parent), m_base(hubBaseUrl)
{
}

QUrl HubTagSource::firstPageUrl(bool legacyRoute) const
{
    QUrl url = m_base;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QString ns = QString::fromLatin1(QUrl::toPercentEncoding(reference().hubNamespace()));
    const QString repo = QString::fromLatin1(QUrl::toPercentEncoding(reference().hubName()));
    path += legacyRoute ? QStringLiteral("/v2/repositories/%1/%2/tags").arg(ns, repo)
                        : QStringLiteral("/v2/namespaces/%1/repositories/%2/tags").arg(ns, repo);
    url.setPath(path, QUrl::StrictMode);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page_size"), QString::number(m_pageSize));
    url.setQuery(query);
    return url;
}

void HubTagSource::begin()
{
    m_legacy = false;
    m_firstPage = true;
    m_visited.clear();
    if (!m_base.isValid() || m_base.scheme().isEmpty()) {
        finish(RegistryError(RegistryError::Kind::Network,
                             QStringLiteral("invalid Docker Hub URL \"%1\"").arg(m_base.toString())));
        return;
    }
    fetch(firstPageUrl(false));
}

void HubTagSource::fetch(const QUrl &url)
{
    m_visited.insert(url);
    get(url, {}, [this, url](const Response &response) {
        if (response.status == 404 && m_firstPage && !m_legacy) {
            qCInfo(lcHub) << "namespaces route not found; trying /v2/repositories";
            m_legacy = true;
            fetch(firstPageUrl(true));
            return;
        }
        if (response.status != 200) {
            finish(errorForStatus(response));
            return;
        }
        const TagFacts::Grammar grammar = TagFacts::grammarFor(reference().repository());
        const QByteArray body = response.body;
        parseAsync(
            [body, grammar] { return TagPageParser::parseHub(body, grammar); },
            [this, url](const TagPage &page) {
                if (!page.error.isEmpty()) {
                    finish(RegistryError(RegistryError::Kind::Malformed, page.error, 200));
                    return;
                }
                m_firstPage = false;
                emitPage(page, page.count);
                if (!isRunning())
                    return; // a receiver cancelled
                if (page.next.isEmpty()) {
                    finish({});
                    return;
                }
                const QUrl next = url.resolved(QUrl(page.next));
                if (!next.isValid() || m_visited.contains(next)) {
                    // a server that points back to a page already read would loop for ever
                    finish({});
                    return;
                }
                if (!sameOrigin(next, m_base)) {
                    finish(RegistryError(
                        RegistryError::Kind::CrossOrigin,
                        tr("a next page at %1 for a listing from %2")
                            .arg(next.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery),
                                 m_base.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery))));
                    return;
                }
                if (!mayFetchAnotherPage())
                    return;
                fetch(next);
            });
    });
}

} // namespace berth::core
