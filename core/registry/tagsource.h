// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/imagereference.h"
#include "registryerror.h"
#include "retrypolicy.h"
#include "tagpageparser.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QTimer;

namespace berth::core {

// Lists a repository's tags page by page. Each page is parsed on a worker thread and handed out with page() as soon
// as it arrives; timeouts, network errors and 5xx are retried with backoff, a 429 is waited out when the server's
// retry time is near enough. finished() comes exactly once per start().
class TagSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagSource)
public:
    ~TagSource() override;

    const ImageReference &reference() const { return m_reference; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }

    void start();
    void cancel(); // finishes with Cancelled when running
    bool isRunning() const { return m_running; }
    int requestCount() const { return m_requests; }
    int pageCount() const { return m_pages; }
    // Tag names that broke the reference grammar (escape sequences, "../", over 128 characters) and were left out.
    int droppedTagCount() const { return m_dropped; }

    // Same scheme, host and port: the only place credentials obtained for one URL may be sent.
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    static bool isLoopbackHost(const QString &host);

Q_SIGNALS:
    void page(const QList<berth::core::TagInfo> &tags, int expectedTotal);
    void rateLimited(const QDateTime &until);
    void retrying(int attempt, int delayMs, const berth::core::RegistryError &reason);
    void finished(const berth::core::RegistryError &error);

protected:
    TagSource(QNetworkAccessManager *network, const ImageReference &reference, QObject *parent);

    struct Response
    {
        int status = 0;
        QByteArray body;
        QUrl url;
        QList<QNetworkReply::RawHeaderPair> headers;
        QByteArray header(const QByteArray &name) const;
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Handler = std::function<void(const Response &)>;

    virtual void begin() = 0;
    // One HTTP request, retried as the policy says. handle() gets the final response (any status but 429/5xx);
    // when the retries run out the source finishes with the error instead. A cancel drops the callback.
    void request(const QByteArray &verb, const QUrl &url, const Headers &headers, const QByteArray &body,
                 Handler handle);
    void get(const QUrl &url, const Headers &headers, Handler handle) { request("GET", url, headers, {}, handle); }
    // Runs parse() on a worker thread; then() runs back on this object's thread unless the source was cancelled.
    void parseAsync(std::function<TagPage()> parse, std::function<void(TagPage)> then);
    void emitPage(const TagPage &page, int expectedTotal);
    // Every page URL fetched, so that a listing pointing back to one of them ends instead of looping.
    void markVisited(const QUrl &url) { m_visited.insert(url); }
    // Whether to fetch the next page a listing from origin points to. It is not fetched, and the source finishes,
    // when there is none or it was read already (the end of the list), when it is on another server (its pages
    // would carry our credentials there and its tags into this list: CrossOrigin), or past the page limit
    // (TooManyPages).
    bool mayFollow(const QUrl &next, const QUrl &origin);
    void finish(RegistryError error);
    QNetworkAccessManager *network() const { return m_network; }
    static RegistryError errorForStatus(const Response &response);

private:
    struct Call;
    void send(const std::shared_ptr<Call> &call);
    void retryLater(const std::shared_ptr<Call> &call, const RegistryError &reason);
    QDateTime rateLimitUntil(const Response &response) const;
    bool mayFetchAnotherPage();
    int backoffMs(int attempt) const;

    QNetworkAccessManager *m_network;
    ImageReference m_reference;
    RetryPolicy m_policy;
    QPointer<QNetworkReply> m_reply;
    QSet<QUrl> m_visited;
    QTimer *m_retryTimer;
    quint64 m_generation = 0;
    bool m_running = false;
    int m_requests = 0;
    int m_rateLimitWaits = 0;
    int m_pages = 0;
    int m_tagsEmitted = 0;
    int m_dropped = 0;
};

} // namespace berth::core
