// SPDX-License-Identifier: Apache-2.0
#include "jsonpullreader.h"

#include <QByteArray>

namespace berth::core {

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
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

bool JsonPullReader::fail(const char *message)
{
    if (m_error.isEmpty()) {
        m_error = QString::fromLatin1(message);
        m_errorOffset = m_pos;
    }
    return false;
}

void JsonPullReader::skipWhitespace()
{
    while (m_pos < m_data.size()) {
        const char c = m_data[m_pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_pos;
    }
}

bool JsonPullReader::expect(char c)
{
    skipWhitespace();
    if (m_pos < m_data.size() && m_data[m_pos] == c) {
        ++m_pos;
        return true;
    }
    return fail(m_pos < m_data.size() ? "unexpected character" : "unexpected end of the data");
}

JsonPullReader::Type JsonPullReader::peek()
{
    if (failed())
        return Type::Invalid;
    skipWhitespace();
    if (m_pos >= m_data.size()) {
        fail("unexpected end of the data");
        return Type::Invalid;
    }
    switch (m_data[m_pos]) {
    case '{':
        return Type::Object;
    case '[':
        return Type::Array;
    case '"':
        return Type::String;
    case 't':
    case 'f':
        return Type::Bool;
    case 'n':
        return Type::Null;
    default:
        if (m_data[m_pos] == '-' || isDigit(m_data[m_pos]))
            return Type::Number;
    }
    fail("not a JSON value");
    return Type::Invalid;
}

bool JsonPullReader::enter(char open)
{
    if (m_open.size() >= MaxDepth)
        return fail("nested too deeply");
    if (!expect(open))
        return false;
    m_open.append(Open{open == '{', true});
    return true;
}

bool JsonPullReader::enterObject()
{
    return enter('{');
}

bool JsonPullReader::enterArray()
{
    return enter('[');
}

bool JsonPullReader::next(char close)
{
    if (failed() || m_open.isEmpty() || m_open.last().object != (close == '}'))
        return fail("reader used out of order");
    skipWhitespace();
    if (m_pos >= m_data.size())
        return fail("unexpected end of the data");
    if (m_data[m_pos] == close) {
        ++m_pos;
        m_open.removeLast();
        return false;
    }
    if (!m_open.last().first && !expect(','))
        return false;
    m_open.last().first = false;
    return true;
}

bool JsonPullReader::nextKey(QString *key)
{
    if (!next('}'))
        return false;
    skipWhitespace();
    if (m_pos >= m_data.size() || m_data[m_pos] != '"')
        return fail("expected a key");
    return readString(key) && expect(':');
}

bool JsonPullReader::nextElement()
{
    return next(']');
}

bool JsonPullReader::readString(QString *out)
{
    if (!expect('"'))
        return false;
    const qsizetype start = m_pos;
    // Fast path: no escapes, one UTF-8 decode of the span.
    while (m_pos < m_data.size()) {
        const char c = m_data[m_pos];
        if (c == '"') {
            if (out)
                *out = QString::fromUtf8(m_data.sliced(start, m_pos - start));
            ++m_pos;
            return true;
        }
        if (c == '\\')
            break;
        if (static_cast<unsigned char>(c) < 0x20)
            return fail("control character in a string");
        ++m_pos;
    }
    QByteArray bytes(m_data.sliced(start, m_pos - start).toByteArray());
    while (m_pos < m_data.size()) {
        const char c = m_data[m_pos++];
        if (c == '"') {
            if (out)
                *out = QString::fromUtf8(bytes);
            return true;
        }
        if (static_cast<unsigned char>(c) < 0x20)
            return fail("control character in a string");
        if (c != '\\') {
            bytes += c;
            continue;
        }
        if (m_pos >= m_data.size())
            break;
        const char e = m_data[m_pos++];
        switch (e) {
        case '"':
        case '\\':
        case '/':
            bytes += e;
            break;
        case 'b':
            bytes += '\b';
            break;
        case 'f':
            bytes += '\f';
            break;
        case 'n':
            bytes += '\n';
            break;
        case 'r':
            bytes += '\r';
            break;
        case 't':
            bytes += '\t';
            break;
        case 'u': {
            auto hex4 = [this](char32_t *v) {
                if (m_pos + 4 > m_data.size())
                    return false;
                char32_t value = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = hexValue(m_data[m_pos + i]);
                    if (h < 0)
                        return false;
                    value = value * 16 + char32_t(h);
                }
                m_pos += 4;
                *v = value;
                return true;
            };
            char32_t cp = 0;
            if (!hex4(&cp))
                return fail("bad \\u escape");
            if (cp >= 0xd800 && cp <= 0xdbff && m_pos + 1 < m_data.size() && m_data[m_pos] == '\\' &&
                m_data[m_pos + 1] == 'u') {
                m_pos += 2;
                char32_t low = 0;
                if (!hex4(&low))
                    return fail("bad \\u escape");
                if (low >= 0xdc00 && low <= 0xdfff)
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                else
                    cp = 0xfffd;
            } else if (cp >= 0xd800 && cp <= 0xdfff) {
                cp = 0xfffd; // a lone surrogate
            }
            bytes += QString::fromUcs4(&cp, 1).toUtf8();
            break;
        }
        default:
            return fail("bad escape");
        }
    }
    return fail("unterminated string");
}

bool JsonPullReader::readNumber(double *out)
{
    skipWhitespace();
    const qsizetype start = m_pos;
    if (m_pos < m_data.size() && m_data[m_pos] == '-')
        ++m_pos;
    if (m_pos >= m_data.size() || !isDigit(m_data[m_pos]))
        return fail("bad number");
    if (m_data[m_pos] == '0')
        ++m_pos;
    else
        while (m_pos < m_data.size() && isDigit(m_data[m_pos]))
            ++m_pos;
    if (m_pos < m_data.size() && m_data[m_pos] == '.') {
        ++m_pos;
        if (m_pos >= m_data.size() || !isDigit(m_data[m_pos]))
            return fail("bad number");
        while (m_pos < m_data.size() && isDigit(m_data[m_pos]))
            ++m_pos;
    }
    if (m_pos < m_data.size() && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < m_data.size() && (m_data[m_pos] == '+' || m_data[m_pos] == '-'))
            ++m_pos;
        if (m_pos >= m_data.size() || !isDigit(m_data[m_pos]))
            return fail("bad number");
        while (m_pos < m_data.size() && isDigit(m_data[m_pos]))
            ++m_pos;
    }
    if (m_pos - start > 64)
        return fail("number too long");
    bool ok = false;
    const double value = m_data.sliced(start, m_pos - start).toByteArray().toDouble(&ok);
    if (out)
        *out = ok ? value : 0;
    return true;
}

bool JsonPullReader::readBool(bool *out)
{
    skipWhitespace();
    if (m_data.sliced(m_pos).startsWith("true")) {
        m_pos += 4;
        if (out)
            *out = true;
        return true;
    }
    if (m_data.sliced(m_pos).startsWith("false")) {
        m_pos += 5;
        if (out)
            *out = false;
        return true;
    }
    return fail("bad literal");
}

bool JsonPullReader::readNull()
{
    skipWhitespace();
    if (m_data.sliced(m_pos).startsWith("null")) {
        m_pos += 4;
        return true;
    }
    return fail("bad literal");
}

bool JsonPullReader::skipValue()
{
    // Iterative, so that deep nesting costs no stack; the depth limit still applies.
    const qsizetype base = m_open.size();
    for (;;) {
        bool ok = false;
        switch (peek()) {
        case Type::Object:
            ok = enterObject();
            break;
        case Type::Array:
            ok = enterArray();
            break;
        case Type::String:
            ok = readString(nullptr);
            break;
        case Type::Number:
            ok = readNumber(nullptr);
            break;
        case Type::Bool:
            ok = readBool(nullptr);
            break;
        case Type::Null:
            ok = readNull();
            break;
        case Type::Invalid:
            return false;
        }
        if (!ok)
            return false;
        // Step to the next value inside what is still open, closing every container that ends here.
        for (;;) {
            if (m_open.size() == base)
                return true;
            const bool more = m_open.last().object ? nextKey(nullptr) : nextElement();
            if (failed())
                return false;
            if (more)
                break;
        }
    }
}

bool JsonPullReader::atEnd()
{
    skipWhitespace();
    return !failed() && m_pos == m_data.size();
}

} // namespace berth::core
