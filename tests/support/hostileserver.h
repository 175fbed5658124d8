// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUrl>

class QIODevice;
class QLocalServer;
class QTcpServer;

// A loopback server that misbehaves on purpose, for the hardening tests and the figures in bench notes. It answers
// the registry v2 route (/v2/NAME/tags/list), the Docker Hub route (/v2/namespaces/NS/repositories/REPO/tags and
// /v2/repositories/NS/REPO/tags) and, on a unix socket, the engine's /_ping and /vX/version, in one chosen way:
// endless bodies, a huge Content-Length, one byte at a time, endless next pages, redirect loops, redirects and next
// links to another origin, token realms anywhere, tag names with control characters, gzip bombs. It records the
// Authorization header of every request, so a test can prove that credentials never reached it.
namespace berth::test {

class HostileServer final : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Normal,        // one valid page of tags
        EndlessBody,   // 200, chunked, bytes for ever
        HugeLength,    // Content-Length: 10 GB, bytes until the client leaves
        SlowLoris,     // a valid page, one byte per interval
        EndlessPages,  // every page names a fresh next page
        RedirectLoop,  // 302 back to the same URL, for ever
        RedirectTo,    // 307 to target()
        NextLinkTo,    // a valid page whose next link (Link header or Hub "next") is target()
        ControlTags,   // names with ESC, CR/LF, "../" and 200 characters among valid ones
        GzipBomb,      // Content-Encoding: gzip that expands to bombBytes()
        BearerRealmAt, // 401 with a Bearer challenge whose realm is target()
    };
    Q_ENUM(Mode)

    struct Received
    {
        QByteArray method;
        QByteArray target;
        QByteArray authorization; // empty when none was sent
    };

    explicit HostileServer(QObject *parent = nullptr);
    ~HostileServer() override;

    bool listen(quint16 port = 0); // 127.0.0.1
    bool listenLocal(const QString &socketPath);
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QString authority() const { return baseUrl().authority(); }

    void setMode(Mode mode, const QUrl &target = {});
    Mode mode() const { return m_mode; }
    // Valid requests must carry Basic user:password, else 401 with a Basic challenge (registry route only).
    void requireBasic(const QByteArray &user, const QByteArray &password);
    void setSlowIntervalMs(int ms) { m_slowIntervalMs = ms; }
    void setBombBytes(qint64 bytes) { m_bombBytes = bytes; }
    qint64 bombBytes() const { return m_bombBytes; }
    // What the fake engine's /version reports as its Version (rich text, control characters …).
    void setEngineVersion(const QByteArray &version) { m_engineVersion = version; }

    const QList<Received> &received() const { return m_received; }
    QList<QByteArray> authorizationsReceived() const;
    int requestCount() const { return int(m_received.size()); }
    qint64 bytesSent() const { return m_bytesSent; }

    // The names ControlTags serves, valid ones included.
    static QStringList controlTagNames();
    static QStringList validControlTagNames();

private:
    void accept(QIODevice *socket);
    void onReadyRead(QIODevice *socket);
    void handle(QIODevice *socket, const QByteArray &method, const QByteArray &target, const QByteArray &auth);
    void respond(QIODevice *socket, int status, const QByteArray &body, const QList<QByteArray> &headers = {});
    void streamForever(QIODevice *socket, bool chunked);
    void dribble(QIODevice *socket, const QByteArray &bytes);
    QByteArray page(bool hub, const QString &repository, const QStringList &names, const QString &next) const;
    QByteArray gzipBomb();
    static void closeSocket(QIODevice *socket);

    QTcpServer *m_tcp;
    QLocalServer *m_local = nullptr;
    Mode m_mode = Mode::Normal;
    QUrl m_target;
    QByteArray m_basic;
    QByteArray m_engineVersion = "20.10.24";
    QByteArray m_bomb;
    qint64 m_bombBytes = 256 * 1024 * 1024;
    int m_slowIntervalMs = 100;
    int m_pageCounter = 0;
    qint64 m_bytesSent = 0;
    QList<Received> m_received;
};

} // namespace berth::test
