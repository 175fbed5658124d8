// SPDX-License-Identifier: Apache-2.0
#include "tagsource.h"

#include "async/handback.h"
#include "registrylogging.h"

#include <QCoreApplication>
#include <QHostAddress>
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
    int redirects = 0;
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
    m_pages = 0;
    m_tagsEmitted = 0;
    m_dropped = 0;
    m_visited.clear();
    begin();
}

void TagSource::cancel()
{
    if (!m_running)
        return;
    finish(RegistryError(RegistryError::Kind::Cancelled, {}));
}

bool TagSource::sameOrigin(const QUrl &a, const QUrl &b)
{
    const QString scheme = a.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1;
    return scheme == b.scheme().toLower() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort) == b.port(defaultPort);
}

bool TagSource::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

void TagSource::emitPage(const TagPage &page, int expectedTotal)
{
    ++m_pages;
    m_tagsEmitted += int(page.tags.size());
    if (page.dropped > 0) {
        m_dropped += page.dropped;
        qCWarning(lcHub) << m_reference.familiarName() << "left out" << page.dropped << "invalid tag names";
    }
    Q_EMIT this->page(page.tags, expectedTotal);
}

bool TagSource::mayFollow(const QUrl &next, const QUrl &origin)
{
    if (next.isEmpty() || !next.isValid() || m_visited.contains(next)) {
        finish({});
        return false;
    }
    if (!sameOrigin(next, origin)) {
        finish(RegistryError::crossOrigin(
            origin.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery),
            next.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery), true));
        return false;
    }
    return mayFetchAnotherPage();
}

bool TagSource::mayFetchAnotherPage()
{
    if (m_pages < m_policy.maxPages)
        return true;
    finish(RegistryError::tooManyPages(m_pages, m_tagsEmitted));
    return false;
}

void TagSource::finish(RegistryError error)
{
    if (!m_running)
        return;
    if (error && error.receivedTags() < 0)
        error.setReceivedTags(m_tagsEmitted);
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
    // Redirects are ours to follow: Qt would carry the Authorization header to wherever a server points.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Qt's own gzip-bomb check answers with an unclear error; the body cap below counts decompressed bytes instead.
    req.setDecompressedSafetyCheckThreshold(-1);
    // Our own inactivity timer rather than setTransferTimeout(): it says "timeout" unambiguously across Qt versions.
    QNetworkReply *reply = m_network->sendCustomRequest(req, call->verb, call->body);
    m_reply = reply;
    qCDebug(lcHub).noquote() << call->verb << call->url.toDisplayString(QUrl::RemoveUserInfo) << "attempt"
                             << call->attempt;

    struct Progress
    {
        QByteArray body;
        bool timedOut = false;
        bool pastDeadline = false;
        bool tooLarge = false;
    };
    auto progress = std::make_shared<Progress>();
    auto *timeout = new QTimer(reply);
    timeout->setSingleShot(true);
    timeout->start(m_policy.requestTimeoutMs);
    connect(timeout, &QTimer::timeout, reply, [reply, progress] {
        progress->timedOut = true;
        reply->abort();
    });
    // The inactivity timer restarts on every byte; this one does not, so a 1 byte/s server cannot hold us for ever.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    deadline->start(m_policy.responseDeadlineMs);
    connect(deadline, &QTimer::timeout, reply, [reply, progress] {
        progress->pastDeadline = true;
        reply->abort();
    });
    const qint64 cap = m_policy.maxBodyBytes;
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, progress, cap] {
        bool ok = false;
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && announced > cap && !reply->hasRawHeader("Content-Encoding")) {
            progress->tooLarge = true;
            reply->abort();
        }
    });
    // Drained as it arrives so that Qt's own buffer stays small and the cap is checked on every read.
    connect(reply, &QNetworkReply::readyRead, reply, [reply, progress, cap] {
        if (progress->tooLarge)
            return;
        progress->body += reply->read(qMax<qint64>(0, cap + 1 - progress->body.size()));
        if (progress->body.size() > cap) {
            progress->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, timeout,
            [timeout, this] { timeout->start(m_policy.requestTimeoutMs); });
    connect(reply, &QNetworkReply::finished, this, [this, reply, call, progress, cap] {
        reply->deleteLater();
        if (m_reply == reply)
            m_reply = nullptr;
        if (call->generation != m_generation)
            return;
        const QString host = call->url.host();
        if (progress->tooLarge) {
            finish(RegistryError::tooLarge(host, cap, !reply->rawHeader("Content-Encoding").isEmpty()));
            return;
        }
        if (progress->pastDeadline) {
            finish(RegistryError::tooSlow(host, m_policy.responseDeadlineMs / 1000));
            return;
        }
        if (progress->timedOut) {
            retryLater(call,
                       RegistryError(
                           RegistryError::Kind::Timeout,
                           QStringLiteral("no answer from %1 within %2 ms").arg(host).arg(m_policy.requestTimeoutMs)));
            return;
        }
        const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QNetworkReply::NetworkError netError = reply->error();
        // Transport and protocol errors after a status line (a body cut short, a broken gzip stream) are failures
        // of the transfer, not a body to parse; the HTTP status errors (2xx–4xx ranges of the enum) are not.
        const bool transportError = netError != QNetworkReply::NoError &&
                                    (int(netError) < 200 || (int(netError) >= 300 && int(netError) < 400));
        if (!statusAttr.isValid() || transportError) {
            retryLater(call, RegistryError(RegistryError::Kind::Network, reply->errorString()));
            return;
        }
        Response response;
        response.status = statusAttr.toInt();
        response.url = reply->url();
        response.headers = reply->rawHeaderPairs();
        progress->body += reply->readAll();
        response.body = std::move(progress->body);
        if (response.status >= 300 && response.status < 400 && response.status != 304 &&
            !response.header("Location").isEmpty()) {
            const QUrl target = call->url.resolved(QUrl::fromEncoded(response.header("Location").trimmed()));
            if (++call->redirects > m_policy.maxRedirects) {
                finish(RegistryError::redirectLoop(call->redirects - 1,
                                                   target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                                                   response.status));
                return;
            }
            if (!target.isValid() || !sameOrigin(target, call->url)) {
                finish(RegistryError::crossOrigin(
                    call->url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery),
                    target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery), false,
                    response.status));
                return;
            }
            qCDebug(lcHub) << "redirected to" << target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
            call->url = target;
            if (response.status == 303) {
                call->verb = "GET";
                call->body.clear();
            }
            --call->attempt; // a redirect is not a failed attempt
            send(call);
            return;
        }
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
    handBack(QtConcurrent::run(std::move(parse)), this, [this, generation = m_generation, then](TagPage page) {
        if (generation == m_generation)
            then(std::move(page));
    });
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
