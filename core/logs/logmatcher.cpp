// SPDX-License-Identifier: Apache-2.0
#include "logmatcher.h"

#include <cstring>

namespace berth::core {

namespace {
inline char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

bool isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// Case-insensitive search of an ASCII needle in UTF-8 bytes: bytes >= 0x80 never fold to ASCII, so this is exact.
bool containsAsciiNoCase(QByteArrayView haystack, const QByteArray &lowerNeedle)
{
    const qsizetype n = lowerNeedle.size();
    if (n == 0)
        return true;
    if (haystack.size() < n)
        return false;
    const char first = lowerNeedle[0];
    const char firstUpper = (first >= 'a' && first <= 'z') ? char(first - 32) : first;
    const char *p = haystack.data();
    const char *const last = p + haystack.size() - n;
    while (p <= last) {
        const void *a = std::memchr(p, first, size_t(last - p + 1));
        const void *b = first == firstUpper ? nullptr : std::memchr(p, firstUpper, size_t(last - p + 1));
        const char *hit = static_cast<const char *>(a);
        if (!hit || (b && static_cast<const char *>(b) < hit))
            hit = static_cast<const char *>(b);
        if (!hit)
            return false;
        qsizetype i = 1;
        while (i < n && lowerAscii(hit[i]) == lowerNeedle[i])
            ++i;
        if (i == n)
            return true;
        p = hit + 1;
    }
    return false;
}
} // namespace

LogMatcher::LogMatcher(const LogSearchQuery &query) : m_query(query)
{
    if (query.text.isEmpty())
        return;
    if (query.regex) {
        m_regex = QRegularExpression(query.text, query.caseSensitive ? QRegularExpression::NoPatternOption
                                                                     : QRegularExpression::CaseInsensitiveOption);
        if (!m_regex.isValid()) {
            m_mode = Mode::Invalid;
            m_error = m_regex.errorString();
            return;
        }
        m_mode = Mode::Regex;
        return;
    }
    m_needle = query.text.toUtf8();
    if (query.caseSensitive) {
        m_mode = Mode::Bytes;
        m_matcher.setPattern(m_needle);
    } else if (isAscii(query.text)) {
        m_mode = Mode::AsciiNoCase;
        m_needleLower = m_needle.toLower();
    } else {
        m_mode = Mode::Unicode;
    }
}

bool LogMatcher::matches(QByteArrayView utf8) const
{
    switch (m_mode) {
    case Mode::Empty:
    case Mode::Invalid:
        return false;
    case Mode::Bytes:
        return m_matcher.indexIn(utf8) >= 0;
    case Mode::AsciiNoCase:
        return containsAsciiNoCase(utf8, m_needleLower);
    case Mode::Unicode:
        return QString::fromUtf8(utf8).contains(m_query.text, Qt::CaseInsensitive);
    case Mode::Regex:
        return m_regex.match(QString::fromUtf8(utf8)).hasMatch();
    }
    return false;
}

QList<std::pair<qsizetype, qsizetype>> LogMatcher::find(QStringView text) const
{
    QList<std::pair<qsizetype, qsizetype>> found;
    if (m_mode == Mode::Empty || m_mode == Mode::Invalid)
        return found;
    if (m_mode == Mode::Regex) {
        auto it = m_regex.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength() > 0)
                found.append({match.capturedStart(), match.capturedLength()});
            if (found.size() > 10000)
                break;
        }
        return found;
    }
    const Qt::CaseSensitivity cs = m_query.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    qsizetype from = 0;
    while ((from = text.indexOf(m_query.text, from, cs)) >= 0) {
        found.append({from, m_query.text.size()});
        from += m_query.text.size();
        if (found.size() > 10000)
            break;
    }
    return found;
}

} // namespace berth::core
