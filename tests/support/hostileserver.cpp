// SPDX-License-Identifier: Apache-2.0
#include "hostileserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <zlib.h>

namespace berth::test {

namespace {
constexpr qint64 HugeLength = 10'000'000'000;
constexpr qsizetype StreamChunk = 64 * 1024;

// The part of the path that names the repository, and whether it is a Hub route.
bool parseRoute(const QByteArray &target, QString *repository, bool *hub)
{
    const QStringList parts = QUrl::fromEncoded(target).path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() >= 4 && parts[0] == QLatin1String("v2") && parts.last() == QLatin1String("list") &&
        parts[parts.size() - 2] == QLatin1String("tags")) {
        *repository = parts.mid(1, parts.size() - 3).join(QLatin1Char('/'));
        *hub = false;
        return true;
    }
    if (parts.size() == 6 && parts[1] == QLatin1String("namespaces")) {
        *repository = parts[2] + QLatin1Char('/') + parts[4];
        *hub = true;
        return true;
    }
    if (parts.size() == 5 && parts[1] == QLatin1String("repositories")) {
        *repository = parts[2] + QLatin1Char('/') + parts[3];
        *hub = true;
        return true;
    }
    return false;
}
} // namespace

HostileServer::HostileServer(QObject *parent) : QObject(parent), m_tcp(new QTcpServer(this))
{
    connect(m_tcp, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_tcp->nextPendingConnection())
            accept(socket);
    });
}

HostileServer::~HostileServer() = default;

bool HostileServer::listen(quint16 port)
{
    return m_tcp->listen(QHostAddress::LocalHost, port);
}

bool HostileServer::listenLocal(const QString &socketPath)
{
    QLocalServer::removeServer(socketPath);
    m_local = new QLocalServer(this);
    connect(m_local, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_local->nextPendingConnection())
            accept(socket);
    });
    return m_local->listen(socketPath);
}

QUrl HostileServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_tcp->serverPort()));
}

void HostileServer::setMode(Mode mode, const QUrl &target)
{
    m_mode = mode;
    m_target = target;
    m_pageCounter = 0;
}

void HostileServer::requireBasic(const QByteArray &user, const QByteArray &password)
{
    m_basic = "Basic " + QByteArray(user + ':' + password).toBase64();
}

QList<QByteArray> HostileServer::authorizationsReceived() const
{
    QList<QByteArray> out;
    for (const Received &r : m_received) {
        if (!r.authorization.isEmpty())
            out << r.authorization;
    }
    return out;
}

QStringList HostileServer::controlTagNames()
{
    return validControlTagNames() + QStringList{QStringLiteral("\x1b[2J\x1b[31mpwned"),
                                                QStringLiteral("evil\r\nX-Injected: yes"),
                                                QStringLiteral("../../etc/passwd"),
                                                QStringLiteral("bell\x07"),
                                                QStringLiteral(".hidden"),
                                                QString(200, QLatin1Char('a'))};
}

QStringList HostileServer::validControlTagNames()
{
    return {QStringLiteral("1.0"), QStringLiteral("2.0-gpu"), QStringLiteral("latest")};
}

void HostileServer::accept(QIODevice *socket)
{
    connect(socket, &QIODevice::readyRead, this, [this, socket] { onReadyRead(socket); });
    if (auto *tcp = qobject_cast<QTcpSocket *>(socket))
        connect(tcp, &QTcpSocket::disconnected, tcp, &QObject::deleteLater);
    else if (auto *local = qobject_cast<QLocalSocket *>(socket))
        connect(local, &QLocalSocket::disconnected, local, &QObject::deleteLater);
}

void HostileServer::closeSocket(QIODevice *socket)
{
    if (auto *tcp = qobject_cast<QTcpSocket *>(socket))
        tcp->disconnectFromHost();
    else if (auto *local = qobject_cast<QLocalSocket *>(socket))
        local->disconnectFromServer();
}

void HostileServer::onReadyRead(QIODevice *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    socket->setProperty("buffer", QByteArray());
    disconnect(socket, &QIODevice::readyRead, this, nullptr);
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    QByteArray auth;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0 && lines[i].left(colon).trimmed().toLower() == "authorization")
            auth = lines[i].mid(colon + 1).trimmed();
    }
    m_received.append({first.value(0), first.value(1), auth});
    handle(socket, first.value(0), first.value(1), auth);
}

QByteArray HostileServer::page(bool hub, const QString &repository, const QStringList &names, const QString &next) const
{
    if (!hub) {
        return QJsonDocument(QJsonObject{{QStringLiteral("name"), repository},
                                         {QStringLiteral("tags"), QJsonArray::fromStringList(names)}})
            .toJson(QJsonDocument::Compact);
    }
    QJsonArray results;
    for (const QString &name : names)
        results.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("full_size"), 1000}});
    return QJsonDocument(QJsonObject{{QStringLiteral("count"), int(names.size())},
                                     {QStringLiteral("next"), next.isEmpty() ? QJsonValue() : QJsonValue(next)},
                                     {QStringLiteral("previous"), QJsonValue()},
                                     {QStringLiteral("results"), results}})
        .toJson(QJsonDocument::Compact);
}

void HostileServer::handle(QIODevice *socket, const QByteArray &method, const QByteArray &target,
                           const QByteArray &auth)
{
    Q_UNUSED(method)
    const QString path = QUrl::fromEncoded(target).path();
    // The engine routes of the fake socket: a ping that works, then whatever the mode says.
    if (path == QLatin1String("/_ping")) {
        respond(socket, 200, "OK", {"Api-Version: 1.41", "Content-Type: text/plain"});
        return;
    }
    if (path.endsWith(QLatin1String("/version")) && m_mode == Mode::Normal) {
        const QByteArray body = R"({"Version":")" + m_engineVersion +
                                R"(","ApiVersion":"1.41","MinAPIVersion":"1.12","Os":"linux","Arch":"amd64"})";
        respond(socket, 200, body, {"Api-Version: 1.41"});
        return;
    }
    // Enough of an engine for a main window to call it connected: no containers, an event stream that stays quiet.
    if (m_mode == Mode::Normal && path.endsWith(QLatin1String("/containers/json"))) {
        respond(socket, 200, "[]", {"Api-Version: 1.41"});
        return;
    }
    if (m_mode == Mode::Normal && path.endsWith(QLatin1String("/events"))) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        return;
    }
    QString repository;
    bool hub = false;
    const bool known = parseRoute(target, &repository, &hub);
    if (!m_basic.isEmpty() && !hub && auth != m_basic) {
        respond(socket, 401, R"({"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]})",
                {"WWW-Authenticate: Basic realm=\"hostile\""});
        return;
    }
    const QStringList names{QStringLiteral("1.0"), QStringLiteral("2.0")};
    switch (m_mode) {
    case Mode::Normal:
        if (!known && !path.endsWith(QLatin1String("/version"))) {
            respond(socket, 404, R"({"message":"not found"})");
            return;
        }
        respond(socket, 200, page(hub, repository, names, {}));
        return;
    case Mode::EndlessBody:
        streamForever(socket, true);
        return;
    case Mode::HugeLength:
        streamForever(socket, false);
        return;
    case Mode::SlowLoris:
        // Leading blanks are valid JSON and make the page long enough to outlast any deadline at 1 byte/s.
        dribble(socket, QByteArray(300, ' ') + page(hub, repository, names, {}));
        return;
    case Mode::EndlessPages: {
        const int n = ++m_pageCounter;
        const QString tag = QStringLiteral("p%1").arg(n);
        if (hub) {
            const QString next = baseUrl().toString() + path + QStringLiteral("?page=%1").arg(n + 1);
            respond(socket, 200, page(true, repository, {tag}, next));
        } else {
            respond(socket, 200, page(false, repository, {tag}, {}),
                    {"Link: <" + path.toUtf8() + "?n=1&last=" + tag.toUtf8() + ">; rel=\"next\""});
        }
        return;
    }
    case Mode::RedirectLoop:
        respond(socket, 302, {}, {"Location: " + target});
        return;
    case Mode::RedirectTo:
        respond(socket, 307, {}, {"Location: " + m_target.toEncoded()});
        return;
    case Mode::NextLinkTo:
        if (hub)
            respond(socket, 200, page(true, repository, names, m_target.toString()));
        else
            respond(socket, 200, page(false, repository, names, {}),
                    {"Link: <" + m_target.toEncoded() + ">; rel=\"next\""});
        return;
    case Mode::ControlTags:
        respond(socket, 200, page(hub, repository, controlTagNames(), {}));
        return;
    case Mode::GzipBomb:
        respond(socket, 200, gzipBomb(), {"Content-Encoding: gzip"});
        return;
    case Mode::BearerRealmAt:
        respond(socket, 401, R"({"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]})",
                {"WWW-Authenticate: Bearer realm=\"" + m_target.toEncoded() + "\",service=\"hostile\""});
        return;
    }
}

void HostileServer::respond(QIODevice *socket, int status, const QByteArray &body, const QList<QByteArray> &headers)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " Hostile\r\n";
    bool typed = false;
    for (const QByteArray &h : headers)
        typed = typed || h.toLower().startsWith("content-type:");
    if (!typed)
        head += "Content-Type: application/json\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n";
    for (const QByteArray &h : headers)
        head += h + "\r\n";
    const QByteArray bytes = head + "\r\n" + body;
    m_bytesSent += bytes.size();
    socket->write(bytes);
    closeSocket(socket);
}

void HostileServer::streamForever(QIODevice *socket, bool chunked)
{
    QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
    head += chunked ? QByteArray("Transfer-Encoding: chunked\r\n")
                    : "Content-Length: " + QByteArray::number(HugeLength) + "\r\n";
    socket->write(head + "\r\n");
    // Valid JSON for as long as it lasts: an array that never closes.
    QByteArray piece = R"({"name":"x","tags":[)";
    QByteArray filler;
    while (filler.size() < StreamChunk)
        filler += R"("0123456789abcdef",)";
    auto wrap = [chunked](const QByteArray &data) {
        return chunked ? QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n" : data;
    };
    socket->write(wrap(piece));
    QPointer<QIODevice> guard(socket);
    auto refill = [this, guard, filler, wrap] {
        // Keep a few chunks queued; the client's reading speed sets the pace.
        while (guard && guard->isOpen() && guard->bytesToWrite() < 4 * StreamChunk) {
            const QByteArray data = wrap(filler);
            m_bytesSent += data.size();
            if (guard->write(data) < 0)
                return;
        }
    };
    connect(socket, &QIODevice::bytesWritten, this, refill);
    refill();
}

void HostileServer::dribble(QIODevice *socket, const QByteArray &body)
{
    // The head at once, then the body a byte at a time: every byte restarts an inactivity timer.
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n");
    const QByteArray bytes = body;
    auto *timer = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(0);
    QPointer<QIODevice> guard(socket);
    connect(timer, &QTimer::timeout, this, [this, guard, timer, bytes, sent] {
        if (!guard || !guard->isOpen()) {
            timer->stop();
            return;
        }
        guard->write(bytes.mid(*sent, 1));
        ++m_bytesSent;
        if (++*sent >= bytes.size()) {
            timer->stop();
            closeSocket(guard);
        }
    });
    timer->start(m_slowIntervalMs);
}

QByteArray HostileServer::gzipBomb()
{
    if (!m_bomb.isEmpty())
        return m_bomb;
    // {"name":"x","tags":[ then spaces: well-formed as far as it goes, and about a thousand to one.
    z_stream z{};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(1024 * 1024, Qt::Uninitialized);
    qsizetype used = 0;
    auto pump = [&](const QByteArray &in, int flush) {
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
        z.avail_in = uInt(in.size());
        do {
            if (out.size() - used < 64 * 1024)
                out.resize(out.size() * 2);
            z.next_out = reinterpret_cast<Bytef *>(out.data() + used);
            z.avail_out = uInt(out.size() - used);
            deflate(&z, flush);
            used = out.size() - z.avail_out;
        } while (z.avail_in > 0 || (flush == Z_FINISH && z.avail_out == 0));
    };
    pump(R"({"name":"x","tags":[)", Z_NO_FLUSH);
    const QByteArray spaces(1024 * 1024, ' ');
    for (qint64 done = 0; done < m_bombBytes; done += spaces.size())
        pump(spaces, Z_NO_FLUSH);
    pump(QByteArray("]}"), Z_FINISH);
    deflateEnd(&z);
    out.truncate(used);
    m_bomb = out;
    return m_bomb;
}

} // namespace berth::test
