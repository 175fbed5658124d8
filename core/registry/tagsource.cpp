#include "tagsource.h"

#include "registrylogging.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace berth::core {

struct TagSource::Call
{
    QByteArray verb;
    QUrl url;
    Headers headers;
    QByteArray body;
    Handler handle;
    int attempt = 0;
    quint64 generation = 0;
};

QByteArray TagSource::Response::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

TagSource::TagSource(QNetworkAccessManager *network, const ImageReference &reference, QObject *parent)
    : QObject(parent), m_network(network), m_reference(reference), m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
}

TagSource::~TagSource()
{
    ++m_generation;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void TagSource::start()
{
    cancel();
    ++m_generation;
    m_running = true;
    m_rateLimitWaits = 0;
    begin();
}

void TagSource::cancel()
{
    if (!m_running)
        return;
    finish(RegistryError(RegistryError::Kind::Cancelled, {}));
}

void TagSource::finish(const RegistryError &error)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation; // outstanding replies, timers and parses now drop their results
    m_retryTimer->stop();
    m_retryTimer->disconnect(this);
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->abort();
    }
    if (error)
        qCInfo(lcHub) << m_reference.familiarName() << "tag listing ended:" << error.toString();
    Q_EMIT finished(error);
}

void TagSource::request(const QByteArray &verb, const QUrl &url, const Headers &headers, const QByteArray &body,
                        Handler handle)
{
    auto call = std::make_shared<Call>();
    call->verb = verb;
    call->url = url;
    call->headers = headers;
    call->body = body;
    call->handle = std::move(handle);
    call->generation = m_generation;
    send(call);
}

void TagSource::send(const std::shared_ptr<Call> &call)
{
    if (call->generation != m_generation)
        return;
    ++call->attempt;
    ++m_requests;
    QNetworkRequest req(call->url);
    req.setHeader(QNetworkRequest::UserAgentHeader,
                  QStringLiteral("Berth/%1")
                      .arg(QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral("0.1")
                                                                            : QCoreApplication::applicationVersion()));
    req.setRawHeader("Accept", "application/json");
    for (const auto &h : call->headers)
        req.setRawHeader(h.first, h.second);
    // Our own inactivity timer rather than setTransferTimeout(): it says "timeout" unambiguously across Qt versions.
    QNetworkReply *reply = m_network->sendCustomRequest(req, call->verb, call->body);
    m_reply = reply;
    qCDebug(lcHub).noquote() << call->verb << call->url.toDisplayString(QUrl::RemoveUserInfo) << "attempt"
                             << call->attempt;

    auto *timeout = new QTimer(reply);
    timeout->setSingleShot(true);
    timeout->start(m_policy.requestTimeoutMs);
    auto timedOut = std::make_shared<bool>(false);
    connect(timeout, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::downloadProgress, timeout,
            [timeout, this] { timeout->start(m_policy.requestTimeoutMs); });
    connect(reply, &QNetworkReply::finished, this, [this, reply, call, timedOut] {
        reply->deleteLater();
        if (m_reply == reply)
            m_reply = nullptr;
        if (call->generation != m_generation)
            return;
        if (*timedOut) {
            retryLater(call,
                       RegistryError(RegistryError::Kind::Timeout, QStringLiteral("no answer from %1 within %2 ms")
                                                                       .arg(call->url.host())
                                                                       .arg(m_policy.requestTimeoutMs)));
            return;
        }
        const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!statusAttr.isValid()) {
            retryLater(call, RegistryError(RegistryError::Kind::Network, reply->errorString()));
            return;
        }
        Response response;
        response.status = statusAttr.toInt();
        response.url = reply->url();
        response.headers = reply->rawHeaderPairs();
        response.body = reply->readAll();
        if (response.status == 429) {
            const QDateTime until = rateLimitUntil(response);
            const qint64 waitMs = QDateTime::currentDateTimeUtc().msecsTo(until);
            if (waitMs > qint64(m_policy.maxRateLimitWaitSecs) * 1000 ||
                m_rateLimitWaits >= m_policy.maxRateLimitWaits) {
                RegistryError error(RegistryError::Kind::RateLimited, QString::fromUtf8(response.body.left(300)), 429);
                error.setRetryAt(until);
                finish(error);
                return;
            }
            ++m_rateLimitWaits;
            qCInfo(lcHub) << "rate limited until" << until.toString(Qt::ISODate);
            Q_EMIT rateLimited(until);
            m_retryTimer->disconnect(this);
            connect(m_retryTimer, &QTimer::timeout, this, [this, call] {
                --call->attempt; // waiting out a rate limit is not a failed attempt
                send(call);
            });
            m_retryTimer->start(int(qMax<qint64>(0, waitMs)));
            return;
        }
        if (response.status >= 500) {
            retryLater(call, errorForStatus(response));
            return;
        }
        call->handle(response);
    });
}

void TagSource::retryLater(const std::shared_ptr<Call> &call, const RegistryError &reason)
{
    if (call->attempt >= m_policy.maxAttempts) {
        finish(reason);
        return;
    }
    const int delay = backoffMs(call->attempt);
    qCInfo(lcHub) << "retrying in" << delay << "ms after" << reason.toString();
    Q_EMIT retrying(call->attempt, delay, reason);
    if (call->generation != m_generation)
        return; // a slot cancelled us
    m_retryTimer->disconnect(this);
    connect(m_retryTimer, &QTimer::timeout, this, [this, call] { send(call); });
    m_retryTimer->start(delay);
}

int TagSource::backoffMs(int attempt) const
{
    qint64 d = qint64(m_policy.initialBackoffMs) << qMin(attempt - 1, 16);
    d = qMin<qint64>(d, m_policy.maxBackoffMs);
    // a little jitter so that many clients do not come back in step
    return int(d + QRandomGenerator::global()->bounded(int(d / 5) + 1));
}

QDateTime TagSource::rateLimitUntil(const Response &response) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool ok = false;
    // Docker Hub: X-Retry-After is a unix time; standard Retry-After is seconds or an HTTP date.
    const qint64 xRetry = response.header("X-Retry-After").trimmed().toLongLong(&ok);
    if (ok && xRetry > 0)
        return QDateTime::fromSecsSinceEpoch(xRetry, Qt::UTC);
    const QByteArray retryAfter = response.header("Retry-After").trimmed();
    const qint64 secs = retryAfter.toLongLong(&ok);
    if (ok && secs >= 0)
        return now.addSecs(secs);
    if (!retryAfter.isEmpty()) {
        const QDateTime date = QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
        if (date.isValid())
            return date.toUTC();
    }
    const qint64 reset = response.header("X-RateLimit-Reset").trimmed().toLongLong(&ok);
    if (ok && reset > 0)
        return QDateTime::fromSecsSinceEpoch(reset, Qt::UTC);
    return now.addSecs(60);
}

void TagSource::parseAsync(std::function<TagPage()> parse, std::function<void(TagPage)> then)
{
    auto *watcher = new QFutureWatcher<TagPage>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcher<TagPage>::finished, this, [this, watcher, generation, then] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        then(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(parse)));
}

RegistryError TagSource::errorForStatus(const Response &response)
{
    const QString text = QString::fromUtf8(response.body.left(300)).trimmed();
    switch (response.status) {
    case 401:
    case 403:
        return RegistryError(RegistryError::Kind::Unauthorized, text, response.status);
    case 404:
        return RegistryError(RegistryError::Kind::NotFound, text, response.status);
    case 429:
        return RegistryError(RegistryError::Kind::RateLimited, text, response.status);
    default:
        return RegistryError(RegistryError::Kind::ServerError, text, response.status);
    }
}

} // namespace berth::core
