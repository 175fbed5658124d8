// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace berth::core {

struct HttpResponseHead
{
    int status = 0;
    int minorVersion = 1;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers; // names as received; look up with header()

    // Case-insensitive; the last value when a header repeats. Null when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

// Incremental HTTP/1.1 response parser. Bytes may arrive split anywhere; the body is handed out as views into the
// fed data (no copies), valid only during the callback. Interim 1xx responses are skipped, 101 stops parsing so the
// caller can take the raw connection.
class HttpResponseParser
{
public:
    enum class Result { NeedMore, Complete, Upgraded, Error };

    static constexpr qsizetype MaxHeadBytes = 64 * 1024;
    static constexpr int MaxHeaders = 128;

    std::function<void(const HttpResponseHead &)> onHead; // the final head (or the 101 head)
    std::function<void(QByteArrayView)> onBody;

    // headRequest: the response to HEAD has no body whatever its headers say.
    void reset(bool headRequest = false);
    // Consumes bytes. On Complete or Upgraded, *consumed says how many bytes of data belonged to this response;
    // the rest belongs to the next response or to the raw stream. On NeedMore all of data was consumed.
    Result feed(QByteArrayView data, qsizetype *consumed = nullptr);
    // The peer closed the connection: completes a close-delimited body, otherwise an error (truncated response).
    Result finishEof();

    const HttpResponseHead &head() const { return m_head; }
    const QString &errorString() const { return m_error; }
    bool headReceived() const { return m_headDone; }
    bool isCloseDelimited() const { return m_state == State::BodyUntilClose; }
    bool keepAlive() const; // may the connection carry another request after this response

private:
    enum class State {
        StatusLine,
        HeaderLines,
        BodyLength,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        BodyUntilClose,
        Complete,
        Upgraded,
        Error
    };
    Result fail(QString message);
    // Collects one line (without CR LF). Returns false when more bytes are needed.
    bool takeLine(QByteArrayView data, qsizetype &pos, QByteArray &line, bool &tooLong);
    bool parseStatusLine(const QByteArray &line);
    bool parseHeaderLine(const QByteArray &line);
    Result headComplete();

    State m_state = State::StatusLine;
    HttpResponseHead m_head;
    QByteArray m_line;
    qsizetype m_headBytes = 0;
    qint64 m_remaining = 0;
    bool m_headRequest = false;
    bool m_headDone = false;
    QString m_error;
};

} // namespace berth::core
