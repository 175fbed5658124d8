// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

// The one stand-in the tests allow: a loopback HTTP server replaying Docker Hub. It serves
//   /v2/namespaces/NS/repositories/REPO/tags?page=&page_size=   (and the older /v2/repositories/NS/REPO/tags)
//   /v2/NAME/tags/list?n=&last=  with Link paging, as registry-1.docker.io does, optionally behind Bearer tokens
//   /token?service=&scope=       the token endpoint (auth.docker.io), optionally checking Basic credentials
// and injects the failures Hub really produces: 429 with X-Retry-After, 500, slow pages, malformed JSON.
namespace berth::test {

class HubReplayServer final : public QObject
{
    Q_OBJECT
public:
    enum class Fault { None, RateLimit, ServerError, Slow, Malformed, NotFound };

    explicit HubReplayServer(QObject *parent = nullptr);
    ~HubReplayServer() override;

    bool listen(); // 127.0.0.1 on a free port
    QUrl baseUrl() const;

    // Serves these Hub records (hubTagObject) for "ns/repo"; without records, the realistic fixture names.
    void addRepository(const QString &repository, const QList<QJsonObject> &tags);
    void addRepository(const QString &repository);
    // The first `times` requests for page `page` (1-based; for /tags/list the page-th request) of a repository get
    // the fault. param: seconds until X-Retry-After for RateLimit, delay in ms for Slow.
    void setFault(const QString &repository, int page, Fault fault, int times = 1, int param = 0);
    void clearFaults();
    void setLegacyRouteOnly(bool legacyOnly) { m_legacyOnly = legacyOnly; }
    // /v2/NAME/tags/list answers 401 + WWW-Authenticate: Bearer until a token from /token is sent; /token checks
    // Basic user:password when user is not empty.
    void setRequireToken(bool require, const QString &user = {}, const QString &password = {});

    int requestCount() const { return m_requests.size(); }
    QStringList requests() const { return m_requests; } // "GET /path?query"
    int tokenRequests() const { return m_tokenRequests; }
    QByteArray lastTokenAuthorization() const { return m_lastTokenAuthorization; }

Q_SIGNALS:
    void requestServed(const QString &request);

private:
    struct FaultSpec
    {
        Fault fault = Fault::None;
        int remaining = 0;
        int param = 0;
    };
    struct Request
    {
        QByteArray method;
        QUrl url;
        QHash<QByteArray, QByteArray> headers; // lower-case names
    };
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &request);
    void respond(QTcpSocket *socket, int status, const QByteArray &body, const QList<QByteArray> &extraHeaders = {});
    FaultSpec takeFault(const QString &repository, int page);
    bool applyFault(QTcpSocket *socket, const FaultSpec &fault, const std::function<void()> &serve);
    void serveHubPage(QTcpSocket *socket, const QString &repository, const QString &route, const QUrl &url);
    void serveRegistryList(QTcpSocket *socket, const QString &repository, const Request &request);
    void serveToken(QTcpSocket *socket, const Request &request);

    QTcpServer *m_server;
    QHash<QString, QList<QJsonObject>> m_repositories;
    QHash<QString, FaultSpec> m_faults; // "repo#page"
    QHash<QString, int> m_listRequests;
    QStringList m_requests;
    bool m_legacyOnly = false;
    bool m_requireToken = false;
    QString m_tokenUser;
    QString m_tokenPassword;
    QSet<QByteArray> m_tokens;
    int m_tokenRequests = 0;
    QByteArray m_lastTokenAuthorization;
};

} // namespace berth::test
