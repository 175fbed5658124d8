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
    if (!m_base.isValid() || m_base.scheme().isEmpty()) {
        finish(RegistryError(RegistryError::Kind::Network,
                             QStringLiteral("invalid Docker Hub URL \"%1\"").arg(m_base.toString())));
        return;
    }
    fetch(firstPageUrl(false));
}

void HubTagSource::fetch(const QUrl &url)
{
    markVisited(url);
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
        parseAsync([body, grammar] { return TagPageParser::parseHub(body, grammar); },
                   [this, url](const TagPage &page) {
                       if (!page.error.isEmpty()) {
                           finish(RegistryError(RegistryError::Kind::Malformed, page.error, 200));
                           return;
                       }
                       m_firstPage = false;
                       emitPage(page, page.count);
                       if (!isRunning())
                           return; // a receiver cancelled
                       const QUrl next = page.next.isEmpty() ? QUrl() : url.resolved(QUrl(page.next));
                       if (!mayFollow(next, m_base))
                           return;
                       fetch(next);
                   });
    });
}

} // namespace berth::core
