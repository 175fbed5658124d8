// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tagsource.h"

namespace berth::core {

// Docker Hub's tags API: GET {hub}/v2/namespaces/NS/repositories/REPO/tags?page_size=N, following "next"; when that
// route answers 404 the older /v2/repositories/NS/REPO/tags is tried. Reports sizes, digests, platforms and dates.
class HubTagSource final : public TagSource
{
    Q_OBJECT
public:
    HubTagSource(QNetworkAccessManager *network, const QUrl &hubBaseUrl, const ImageReference &reference,
                 QObject *parent = nullptr);

    void setPageSize(int size) { m_pageSize = qBound(1, size, 100); }
    QUrl firstPageUrl(bool legacyRoute) const;

protected:
    void begin() override;

private:
    void fetch(const QUrl &url);

    QUrl m_base;
    int m_pageSize = 100;
    bool m_legacy = false;
    bool m_firstPage = true;
};

} // namespace berth::core
