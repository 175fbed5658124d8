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
    void setReceivedTags(int count) { m_receivedTags = count; }

    static const char *kindName(Kind kind);
    QString toString() const; // for logs: "kind (HTTP n): message"

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_message;
    QDateTime m_retryAt;
    int m_receivedTags = -1;
};

} // namespace berth::core

Q_DECLARE_METATYPE(berth::core::RegistryError)
