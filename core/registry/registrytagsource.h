// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "authchallenge.h"
#include "dockercredentials.h"
#include "tagsource.h"

namespace berth::core {

// Any OCI distribution v2 registry: GET /v2/NAME/tags/list?n=N, following Link rel="next". On 401 it answers the
// challenge: Bearer (token from the realm, with Basic credentials when there are any) or Basic, with credentials
// from DockerCredentials. Registries report names only. Credentials and tokens go to the registry's own origin (and
// Basic credentials to the token realm it names, over https); a next link to another origin is refused.
class RegistryTagSource final : public TagSource
{
    Q_OBJECT
public:
    RegistryTagSource(QNetworkAccessManager *network, DockerCredentials *credentials, const ImageReference &reference,
                      QObject *parent = nullptr);

    void setPageSize(int n) { m_pageSize = n; } // 0: let the registry choose
    // Where to send requests instead of reference().registryBaseUrl() (tests, mirrors).
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    // A registry the user runs without TLS: its token realm may then be plain http (loopback realms always may).
    void setInsecure(bool insecure) { m_insecure = insecure; }
    QUrl firstPageUrl() const;

    // The next-page URL from a Link header (`</v2/x/tags/list?n=2&last=b>; rel="next"`), resolved; empty if none.
    static QUrl nextFromLink(const QByteArray &link, const QUrl &base);

protected:
    void begin() override;

private:
    void fetch(const QUrl &url, bool freshAuth);
    void answerChallenge(const AuthChallenge &challenge, std::function<void()> retry);
    void withCredential(std::function<void()> then);
    void requestToken(const AuthChallenge &challenge, std::function<void()> retry);

    DockerCredentials *m_credentials;
    QUrl m_baseUrl;
    int m_pageSize = 1000;
    QByteArray m_authorization; // Authorization header value; never logged
    RegistryCredential m_credential;
    bool m_credentialLooked = false;
    bool m_insecure = false;
    QUrl m_origin; // where the listing started: the only place the Authorization header goes
};

} // namespace berth::core
