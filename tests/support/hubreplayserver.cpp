// SPDX-License-Identifier: Apache-2.0
#include "hubreplayserver.h"

#include "hubfixtures.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace berth::test {

HubReplayServer::HubReplayServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

HubReplayServer::~HubReplayServer() = default;

bool HubReplayServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl HubReplayServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
}

void HubReplayServer::addRepository(const QString &repository, const QList<QJsonObject> &tags)
{
    m_repositories.insert(repository, tags);
}

void HubReplayServer::addRepository(const QString &repository)
{
    addRepository(repository, hubTagObjects(repository, tagNamesFor(repository)));
}

void HubReplayServer::setFault(const QString &repository, int page, Fault fault, int times, int param)
{
    m_faults.insert(repository + QLatin1Char('#') + QString::number(page), FaultSpec{fault, times, param});
}

void HubReplayServer::clearFaults()
{
    m_faults.clear();
}

void HubReplayServer::setRequireToken(bool require, const QString &user, const QString &password)
{
    m_requireToken = require;
    m_tokenUser = user;
    m_tokenPassword = password;
}

HubReplayServer::FaultSpec HubReplayServer::takeFault(const QString &repository, int page)
{
    auto it = m_faults.find(repository + QLatin1Char('#') + QString::number(page));
    if (it == m_faults.end() || it->remaining <= 0)
        return {};
    --it->remaining;
    return *it;
}

void HubReplayServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    Request request;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.url = QUrl::fromEncoded(first.value(1));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (buffer.size() < end + 4 + length) {
        socket->setProperty("buffer", buffer);
        return;
    }
    socket->setProperty("buffer", QByteArray());
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    m_requests << QString::fromLatin1(request.method + ' ' + request.url.toEncoded());
    handle(socket, request);
}

void HubReplayServer::respond(QTcpSocket *socket, int status, const QByteArray &body,
                              const QList<QByteArray> &extraHeaders)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    static const QHash<int, QByteArray> reasons{{200, "OK"},
                                                {401, "Unauthorized"},
                                                {404, "Not Found"},
                                                {429, "Too Many Requests"},
                                                {500, "Internal Server Error"}};
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasons.value(status, "Status") + "\r\n";
    head += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Connection: close\r\n";
    for (const QByteArray &h : extraHeaders)
        head += h + "\r\n";
    socket->write(head + "\r\n" + body);
    socket->disconnectFromHost();
    Q_EMIT requestServed(QString::number(status));
}

bool HubReplayServer::applyFault(QTcpSocket *socket, const FaultSpec &fault, const std::function<void()> &serve)
{
    switch (fault.fault) {
    case Fault::None:
        return false;
    case Fault::RateLimit: {
        const qint64 until = QDateTime::currentSecsSinceEpoch() + fault.param;
        respond(socket, 429, R"({"message":"Too Many Requests","errinfo":{}})",
                {"X-Retry-After: " + QByteArray::number(until), "X-RateLimit-Limit: 180", "X-RateLimit-Remaining: 0",
                 "X-RateLimit-Reset: " + QByteArray::number(until)});
        return true;
    }
    case Fault::ServerError:
        respond(socket, 500, R"({"message":"internal server error"})");
        return true;
    case Fault::NotFound:
        respond(socket, 404, R"({"message":"object not found","errinfo":{}})");
        return true;
    case Fault::Malformed:
        respond(socket, 200, R"({"count": 12, "next": null, "results": [{"name": "2.15.0", "images": [{"archit)");
        return true;
    case Fault::Slow: {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(fault.param, this, [guard, serve] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                serve();
        });
        return true;
    }
    }
    return false;
}

void HubReplayServer::handle(QTcpSocket *socket, const Request &request)
{
    const QStringList parts = request.url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // /v2/namespaces/NS/repositories/REPO/tags
    if (parts.size() == 6 && parts[0] == QLatin1String("v2") && parts[1] == QLatin1String("namespaces") &&
        parts[3] == QLatin1String("repositories") && parts[5] == QLatin1String("tags")) {
        if (m_legacyOnly) {
            respond(socket, 404, R"({"message":"not found"})");
            return;
        }
        serveHubPage(socket, parts[2] + QLatin1Char('/') + parts[4], request.url.path(), request.url);
        return;
    }
    // /v2/repositories/NS/REPO/tags
    if (parts.size() == 5 && parts[0] == QLatin1String("v2") && parts[1] == QLatin1String("repositories") &&
        parts[4] == QLatin1String("tags")) {
        serveHubPage(socket, parts[2] + QLatin1Char('/') + parts[3], request.url.path(), request.url);
        return;
    }
    // /v2/NAME.../tags/list
    if (parts.size() >= 4 && parts[0] == QLatin1String("v2") && parts.last() == QLatin1String("list") &&
        parts[parts.size() - 2] == QLatin1String("tags")) {
        serveRegistryList(socket, parts.mid(1, parts.size() - 3).join(QLatin1Char('/')), request);
        return;
    }
    if (parts.size() == 1 && parts[0] == QLatin1String("token")) {
        serveToken(socket, request);
        return;
    }
    respond(socket, 404, R"({"message":"not found"})");
}

void HubReplayServer::serveHubPage(QTcpSocket *socket, const QString &repository, const QString &route, const QUrl &url)
{
    const QUrlQuery query(url);
    const int page = qMax(1, query.queryItemValue(QStringLiteral("page")).toInt());
    int pageSize = query.queryItemValue(QStringLiteral("page_size")).toInt();
    pageSize = pageSize <= 0 ? 10 : qMin(pageSize, 100);
    auto serve = [this, socket, repository, route, page, pageSize] {
        auto it = m_repositories.constFind(repository);
        if (it == m_repositories.constEnd()) {
            respond(socket, 404, R"({"message":"object not found","errinfo":{}})");
            return;
        }
        const QList<QJsonObject> &all = *it;
        const int from = (page - 1) * pageSize;
        if (from >= all.size() && !(page == 1 && all.isEmpty())) {
            respond(socket, 404, R"({"message":"page not found"})");
            return;
        }
        auto link = [&](int p) -> QString {
            return baseUrl().toString() + route + QStringLiteral("?page=%1&page_size=%2").arg(p).arg(pageSize);
        };
        const QString next = from + pageSize < all.size() ? link(page + 1) : QString();
        const QString previous = page > 1 ? link(page - 1) : QString();
        respond(socket, 200, hubPageJson(all.mid(from, pageSize), int(all.size()), next, previous));
    };
    if (!applyFault(socket, takeFault(repository, page), serve))
        serve();
}

void HubReplayServer::serveRegistryList(QTcpSocket *socket, const QString &repository, const Request &request)
{
    if (m_requireToken) {
        const QByteArray auth = request.headers.value("authorization");
        if (!auth.startsWith("Bearer ") || !m_tokens.contains(auth.mid(7))) {
            const QByteArray challenge =
                "WWW-Authenticate: Bearer realm=\"" + baseUrl().toEncoded() +
                "/token\",service=\"registry.docker.io\",scope=\"repository:" + repository.toUtf8() + ":pull\"";
            respond(socket, 401,
                    R"({"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":null}]})",
                    {challenge});
            return;
        }
    }
    const int page = ++m_listRequests[repository];
    const QUrlQuery query(request.url);
    auto serve = [this, socket, repository, query] {
        auto it = m_repositories.constFind(repository);
        if (it == m_repositories.constEnd()) {
            respond(socket, 404,
                    R"({"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known to registry"}]})");
            return;
        }
        QStringList names;
        for (const QJsonObject &o : *it)
            names << o.value(QLatin1String("name")).toString();
        std::sort(names.begin(), names.end());
        const QString last = query.queryItemValue(QStringLiteral("last"));
        const int n = query.queryItemValue(QStringLiteral("n")).toInt();
        qsizetype from = last.isEmpty() ? 0 : std::upper_bound(names.begin(), names.end(), last) - names.begin();
        const qsizetype count = n > 0 ? qMin<qsizetype>(n, names.size() - from) : names.size() - from;
        const QStringList slice = names.mid(from, count);
        QList<QByteArray> headers;
        if (n > 0 && from + count < names.size()) {
            headers << "Link: </v2/" + repository.toUtf8() +
                           "/tags/list?last=" + QUrl::toPercentEncoding(slice.last()) + "&n=" + QByteArray::number(n) +
                           ">; rel=\"next\"";
        }
        QJsonObject body{{QStringLiteral("name"), repository},
                         {QStringLiteral("tags"), QJsonArray::fromStringList(slice)}};
        respond(socket, 200, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    };
    if (!applyFault(socket, takeFault(repository, page), serve))
        serve();
}

void HubReplayServer::serveToken(QTcpSocket *socket, const Request &request)
{
    ++m_tokenRequests;
    m_lastTokenAuthorization = request.headers.value("authorization");
    if (!m_tokenUser.isEmpty()) {
        const QByteArray pair = m_tokenUser.toUtf8() + ':' + m_tokenPassword.toUtf8();
        const QByteArray expected = "Basic " + pair.toBase64();
        if (m_lastTokenAuthorization != expected) {
            respond(socket, 401, R"({"details":"incorrect username or password"})");
            return;
        }
    }
    const QByteArray token =
        "tok-" + QByteArray::number(m_tokenRequests) + '-' + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    m_tokens.insert(token);
    const QJsonObject body{{QStringLiteral("token"), QString::fromLatin1(token)},
                           {QStringLiteral("access_token"), QString::fromLatin1(token)},
                           {QStringLiteral("expires_in"), 300},
                           {QStringLiteral("issued_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    respond(socket, 200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace berth::test
