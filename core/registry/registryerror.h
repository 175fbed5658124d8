// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace berth::core {

// Why listing tags (Docker Hub or a registry) failed. core keeps the kind and the server's words; ui's ErrorText
// words it for people, with what to do.
class RegistryError
{
public:
    enum class Kind {
        None,
        Network,      // DNS, refused, reset: offline or a wrong address
        Timeout,      // no answer in time, after the retries
        RateLimited,  // 429; retryAt() says until when
        Unauthorized, // 401/403 without usable credentials
        NotFound,     // no such repository
        ServerError,  // 5xx after the retries, or an unexpected status
        Malformed,    // a body that is not the JSON expected
        InvalidReference,
        Cancelled,
        TooLarge,      // a reply past the size cap (after decompression: a gzip bomb lands here)
        TooManyPages,  // the server kept handing out next pages past the page limit
        RedirectLoop,  // more redirects than the limit, usually a loop
        CrossOrigin,   // a next link or redirect to another server (scheme, host or port): not followed
        InsecureRealm, // a token realm over plain http that is neither loopback nor a registry set as insecure
        TooSlow,       // a reply that kept trickling past the response deadline
    };

    // The facts behind a limit Berth enforced, for ui to word (TooLarge, TooManyPages, TooSlow, RedirectLoop,
    // CrossOrigin). message() then holds a plain English description for logs only.
    struct Limit
    {
        QString host;                    // the server that broke the limit; for CrossOrigin the one Berth asked
        QString target;                  // where a redirect or next page pointed (RedirectLoop, CrossOrigin)
        qint64 bytes = 0;                // TooLarge: the cap
        bool afterDecompression = false; // TooLarge: the cap was passed by the decompressed body
        bool nextPage = false;           // CrossOrigin: a next-page link rather than a redirect
        int count = 0;                   // TooManyPages: pages; RedirectLoop: redirects; TooSlow: seconds
        int tags = 0;                    // TooManyPages: tags received
    };

    static RegistryError tooLarge(const QString &host, qint64 bytes, bool afterDecompression);
    static RegistryError tooManyPages(int pages, int tags);
    static RegistryError tooSlow(const QString &host, int seconds);
    static RegistryError redirectLoop(int redirects, const QString &target, int httpStatus);
    static RegistryError crossOrigin(const QString &from, const QString &to, bool nextPage, int httpStatus = 0);

    RegistryError() = default;
    RegistryError(Kind kind, QString message, int httpStatus = 0)
        : m_kind(kind), m_httpStatus(httpStatus), m_message(std::move(message))
    {
    }

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    int httpStatus() const { return m_httpStatus; }
    const QString &message() const { return m_message; } // the server's or the system's words, verbatim
    QDateTime retryAt() const { return m_retryAt; }
    void setRetryAt(const QDateTime &at) { m_retryAt = at; }
    // Tags already handed out before the failure (-1: not known); the message only promises them when there are.
    int receivedTags() const { return m_receivedTags; }
    const Limit &limit() const { return m_limit; }
    void setReceivedTags(int count) { m_receivedTags = count; }

    static const char *kindName(Kind kind);
    QString toString() const; // for logs: "kind (HTTP n): message"

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_message;
    QDateTime m_retryAt;
    int m_receivedTags = -1;
    Limit m_limit;
};

} // namespace berth::core

Q_DECLARE_METATYPE(berth::core::RegistryError)
