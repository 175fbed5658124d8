// SPDX-License-Identifier: Apache-2.0
#include "httpresponseparser.h"

#include <QCoreApplication>

#include <cstring>

namespace berth::core {

namespace {
// The context is declared rather than passed to QCoreApplication::translate() in a helper: lupdate reads it
// from Q_DECLARE_TR_FUNCTIONS, but files a helper's texts under whatever class encloses each call.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::HttpResponseParser)
};

bool isToken(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

QByteArray HttpResponseHead::header(QByteArrayView name) const
{
    for (auto it = headers.crbegin(); it != headers.crend(); ++it) {
        if (QByteArrayView(it->first).compare(name, Qt::CaseInsensitive) == 0)
            return it->second.isNull() ? QByteArray("") : it->second;
    }
    return {};
}

bool HttpResponseHead::hasHeader(QByteArrayView name) const
{
    return !header(name).isNull();
}

void HttpResponseParser::reset(bool headRequest)
{
    m_state = State::StatusLine;
    m_head = {};
    m_line.clear();
    m_headBytes = 0;
    m_remaining = 0;
    m_headRequest = headRequest;
    m_headDone = false;
    m_error.clear();
}

HttpResponseParser::Result HttpResponseParser::fail(QString message)
{
    m_state = State::Error;
    m_error = std::move(message);
    return Result::Error;
}

bool HttpResponseParser::keepAlive() const
{
    if (m_state != State::Complete)
        return false;
    const QByteArray connection = m_head.header("Connection").toLower();
    if (m_head.minorVersion == 0)
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

bool HttpResponseParser::takeLine(QByteArrayView data, qsizetype &pos, QByteArray &line, bool &tooLong)
{
    const qsizetype lf = data.indexOf('\n', pos);
    const qsizetype end = lf < 0 ? data.size() : lf;
    const qsizetype take = end - pos;
    m_headBytes += take + (lf < 0 ? 0 : 1);
    if (m_headBytes > MaxHeadBytes) {
        tooLong = true;
        return false;
    }
    line.append(data.data() + pos, take);
    pos = lf < 0 ? data.size() : lf + 1;
    if (lf < 0)
        return false;
    if (line.endsWith('\r'))
        line.chop(1);
    return true;
}

bool HttpResponseParser::parseStatusLine(const QByteArray &line)
{
    // HTTP/1.x SP 3DIGIT SP reason
    if (line.size() < 12 || !line.startsWith("HTTP/1.") || line[8] != ' ')
        return false;
    if (line[7] != '0' && line[7] != '1')
        return false;
    m_head.minorVersion = line[7] - '0';
    int status = 0;
    for (int i = 9; i < 12; ++i) {
        if (line[i] < '0' || line[i] > '9')
            return false;
        status = status * 10 + (line[i] - '0');
    }
    if (status < 100)
        return false;
    if (line.size() > 12 && line[12] != ' ')
        return false;
    m_head.status = status;
    m_head.reason = line.mid(13);
    return true;
}

bool HttpResponseParser::parseHeaderLine(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    for (qsizetype i = 0; i < colon; ++i) {
        if (!isToken(line[i]))
            return false;
    }
    if (m_head.headers.size() >= MaxHeaders)
        return false;
    m_head.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    return true;
}

HttpResponseParser::Result HttpResponseParser::headComplete()
{
    const int status = m_head.status;
    if (status == 101) {
        m_headDone = true;
        m_state = State::Upgraded;
        if (onHead)
            onHead(m_head);
        return Result::Upgraded;
    }
    if (status >= 100 && status < 200) {
        // Interim response (100 Continue, 102, 103): skip it and read the next head.
        m_head = {};
        m_state = State::StatusLine;
        return Result::NeedMore;
    }
    m_headDone = true;
    const QByteArray te = m_head.header("Transfer-Encoding");
    const QByteArray cl = m_head.header("Content-Length");
    bool noBody = m_headRequest || status == 204 || status == 304;
    if (noBody) {
        m_state = State::Complete;
    } else if (!te.isNull()) {
        // The final coding decides the framing (RFC 9112 §6.3); Content-Length is ignored when both are present.
        const QList<QByteArray> codings = te.toLower().split(',');
        if (codings.last().trimmed() == "chunked")
            m_state = State::ChunkSize;
        else
            m_state = State::BodyUntilClose;
    } else if (!cl.isNull()) {
        // Repeated Content-Length headers must agree.
        QByteArray value;
        for (const auto &h : m_head.headers) {
            if (h.first.compare("Content-Length", Qt::CaseInsensitive) != 0)
                continue;
            for (const QByteArray &part : h.second.split(',')) {
                const QByteArray v = part.trimmed();
                if (!value.isNull() && v != value)
                    return fail(Tr::tr("The engine sent conflicting Content-Length headers."));
                value = v;
            }
        }
        if (value.isEmpty() || value.size() > 18)
            return fail(Tr::tr("The engine sent an invalid Content-Length."));
        qint64 length = 0;
        for (char c : value) {
            if (c < '0' || c > '9')
                return fail(Tr::tr("The engine sent an invalid Content-Length."));
            length = length * 10 + (c - '0');
        }
        m_remaining = length;
        m_state = length == 0 ? State::Complete : State::BodyLength;
    } else {
        m_state = State::BodyUntilClose;
    }
    if (onHead)
        onHead(m_head);
    return m_state == State::Complete ? Result::Complete : Result::NeedMore;
}

HttpResponseParser::Result HttpResponseParser::feed(QByteArrayView data, qsizetype *consumed)
{
    qsizetype pos = 0;
    auto done = [&](Result r) {
        if (consumed)
            *consumed = pos;
        return r;
    };
    while (pos < data.size()) {
        switch (m_state) {
        case State::StatusLine:
        case State::HeaderLines:
        case State::Trailers: {
            bool tooLong = false;
            if (!takeLine(data, pos, m_line, tooLong)) {
                if (tooLong)
                    return done(fail(Tr::tr("The engine's response headers are too large.")));
                return done(Result::NeedMore);
            }
            QByteArray line;
            line.swap(m_line);
            if (m_state == State::StatusLine) {
                if (line.isEmpty() && m_head.status == 0 && m_headBytes <= 2)
                    continue; // tolerate a stray CRLF before the status line
                if (!parseStatusLine(line))
                    return done(fail(Tr::tr("The engine sent a malformed status line.")));
                m_state = State::HeaderLines;
            } else if (m_state == State::HeaderLines) {
                if (line.isEmpty()) {
                    m_headBytes = 0;
                    Result r = headComplete();
                    if (r != Result::NeedMore)
                        return done(r);
                } else if (line[0] == ' ' || line[0] == '\t') {
                    return done(fail(Tr::tr("The engine sent a folded header line, which HTTP/1.1 forbids.")));
                } else if (!parseHeaderLine(line)) {
                    return done(fail(Tr::tr("The engine sent a malformed header line.")));
                }
            } else { // trailers: read and dropped
                if (line.isEmpty()) {
                    m_state = State::Complete;
                    return done(Result::Complete);
                }
                if (line[0] == ' ' || line[0] == '\t' || !parseHeaderLine(line))
                    return done(fail(Tr::tr("The engine sent a malformed trailer line.")));
            }
            break;
        }
        case State::BodyLength: {
            const qsizetype take = qMin<qint64>(m_remaining, data.size() - pos);
            if (onBody)
                onBody(data.sliced(pos, take));
            pos += take;
            m_remaining -= take;
            if (m_remaining == 0) {
                m_state = State::Complete;
                return done(Result::Complete);
            }
            break;
        }
        case State::ChunkSize: {
            bool tooLong = false;
            if (!takeLine(data, pos, m_line, tooLong)) {
                if (tooLong)
                    return done(fail(Tr::tr("The engine sent an overlong chunk header.")));
                return done(Result::NeedMore);
            }
            m_headBytes = 0;
            QByteArray line;
            line.swap(m_line);
            qint64 size = 0;
            qsizetype i = 0;
            for (; i < line.size(); ++i) {
                const int v = hexValue(line[i]);
                if (v < 0)
                    break;
                if (size > (Q_INT64_C(1) << 40))
                    return done(fail(Tr::tr("The engine sent an impossibly large chunk.")));
                size = size * 16 + v;
            }
            if (i == 0)
                return done(fail(Tr::tr("The engine sent a malformed chunk size.")));
            // Allow whitespace then ";extension" after the size; nothing else.
            while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
                ++i;
            if (i < line.size() && line[i] != ';')
                return done(fail(Tr::tr("The engine sent a malformed chunk size.")));
            if (size == 0) {
                m_state = State::Trailers;
            } else {
                m_remaining = size;
                m_state = State::ChunkData;
            }
            break;
        }
        case State::ChunkData: {
            const qsizetype take = qMin<qint64>(m_remaining, data.size() - pos);
            if (onBody)
                onBody(data.sliced(pos, take));
            pos += take;
            m_remaining -= take;
            if (m_remaining == 0) {
                m_state = State::ChunkDataEnd;
                m_remaining = 0;
            }
            break;
        }
        case State::ChunkDataEnd: {
            // Expect CRLF (a bare LF is tolerated).
            const char c = data[pos];
            if (m_remaining == 0 && c == '\r') {
                m_remaining = 1;
                ++pos;
            } else if (c == '\n') {
                ++pos;
                m_remaining = 0;
                m_state = State::ChunkSize;
            } else {
                return done(fail(Tr::tr("The engine sent chunk data longer than its declared size.")));
            }
            break;
        }
        case State::BodyUntilClose:
            if (onBody)
                onBody(data.sliced(pos));
            pos = data.size();
            break;
        case State::Complete:
        case State::Upgraded:
            return done(m_state == State::Complete ? Result::Complete : Result::Upgraded);
        case State::Error:
            return done(Result::Error);
        }
    }
    switch (m_state) {
    case State::Complete:
        return done(Result::Complete);
    case State::Error:
        return done(Result::Error);
    case State::Upgraded:
        return done(Result::Upgraded);
    default:
        return done(Result::NeedMore);
    }
}

HttpResponseParser::Result HttpResponseParser::finishEof()
{
    switch (m_state) {
    case State::BodyUntilClose:
        m_state = State::Complete;
        return Result::Complete;
    case State::Complete:
        return Result::Complete;
    case State::Upgraded:
        return Result::Upgraded;
    case State::Error:
        return Result::Error;
    case State::StatusLine:
        if (m_headBytes == 0 && m_line.isEmpty())
            return fail(Tr::tr("The engine closed the connection without answering."));
        [[fallthrough]];
    default:
        return fail(Tr::tr("The engine closed the connection in the middle of a response."));
    }
}

} // namespace berth::core
