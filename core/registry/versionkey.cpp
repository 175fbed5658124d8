// SPDX-License-Identifier: Apache-2.0
#include "versionkey.h"

namespace berth::core {

namespace {
bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

bool isBoundary(QStringView s, qsizetype i)
{
    return i >= s.size() || s[i] == QLatin1Char('-') || s[i] == QLatin1Char('.') || s[i] == QLatin1Char('_');
}

bool startsWithWord(QStringView s, QLatin1StringView word)
{
    return s.startsWith(word) && isBoundary(s, word.size());
}

quint32 readNumber(QStringView s, qsizetype &i)
{
    quint64 v = 0;
    while (i < s.size() && isDigit(s[i])) {
        if (v < 0xFFFFFFFFull)
            v = v * 10 + (s[i].unicode() - '0');
        ++i;
    }
    return v > 0xFFFFFFFFull ? 0xFFFFFFFFu : quint32(v);
}
} // namespace

VersionKey VersionKey::parse(QStringView s, qsizetype *consumed)
{
    VersionKey key;
    if (consumed)
        *consumed = 0;
    if (startsWithWord(s, QLatin1StringView("latest"))) {
        key.m_rank = Rank::Latest;
        if (consumed)
            *consumed = 6;
        return key;
    }
    if (startsWithWord(s, QLatin1StringView("nightly"))) {
        key.m_rank = Rank::Nightly;
        if (consumed)
            *consumed = 7;
        return key;
    }
    qsizetype i = 0;
    if (s.size() > 1 && (s[0] == QLatin1Char('v') || s[0] == QLatin1Char('V')) && isDigit(s[1]))
        i = 1;
    if (i >= s.size() || !isDigit(s[i]))
        return key;
    for (;;) {
        const quint32 n = readNumber(s, i);
        if (key.m_count < key.m_parts.size())
            key.m_parts[key.m_count++] = quint16(qMin<quint32>(n, 0xFFFF));
        if (i + 1 < s.size() && s[i] == QLatin1Char('.') && isDigit(s[i + 1]))
            ++i;
        else
            break;
    }
    key.m_rank = Rank::Version;

    // Pre-release: 2.15.0rc1, 2.0.0-beta1, 2.0.0a0, 2.3.0.dev20240101. "a"/"b" need a number so that
    // "-base" or "-alpine" are not read as one.
    qsizetype j = i;
    if (j < s.size() && (s[j] == QLatin1Char('-') || s[j] == QLatin1Char('.')))
        ++j;
    struct Word
    {
        QLatin1StringView text;
        Pre pre;
        bool needsNumber;
    };
    static constexpr Word words[] = {
        {QLatin1StringView("alpha"), Pre::Alpha, false}, {QLatin1StringView("beta"), Pre::Beta, false},
        {QLatin1StringView("dev"), Pre::Dev, false},     {QLatin1StringView("rc"), Pre::Rc, false},
        {QLatin1StringView("a"), Pre::Alpha, true},      {QLatin1StringView("b"), Pre::Beta, true},
    };
    for (const Word &w : words) {
        QStringView rest = s.mid(j);
        if (!rest.startsWith(w.text))
            continue;
        qsizetype k = j + w.text.size();
        if (k < s.size() && s[k] == QLatin1Char('.') && k + 1 < s.size() && isDigit(s[k + 1]))
            ++k;
        const bool hasNumber = k < s.size() && isDigit(s[k]);
        if (w.needsNumber && !hasNumber)
            continue;
        quint32 number = hasNumber ? readNumber(s, k) : 0;
        if (!isBoundary(s, k))
            continue;
        key.m_pre = w.pre;
        key.m_preNumber = number;
        i = k;
        break;
    }
    if (consumed)
        *consumed = i;
    return key;
}

QString VersionKey::toString() const
{
    switch (m_rank) {
    case Rank::None:
        return {};
    case Rank::Latest:
        return QStringLiteral("latest");
    case Rank::Nightly:
        return QStringLiteral("nightly");
    case Rank::Version:
        break;
    }
    QString s;
    for (int i = 0; i < m_count; ++i) {
        if (i)
            s += QLatin1Char('.');
        s += QString::number(m_parts[i]);
    }
    switch (m_pre) {
    case Pre::Dev:
        s += QLatin1String(".dev") + QString::number(m_preNumber);
        break;
    case Pre::Alpha:
        s += QLatin1Char('a') + QString::number(m_preNumber);
        break;
    case Pre::Beta:
        s += QLatin1Char('b') + QString::number(m_preNumber);
        break;
    case Pre::Rc:
        s += QLatin1String("rc") + QString::number(m_preNumber);
        break;
    case Pre::Final:
        break;
    }
    return s;
}

std::strong_ordering VersionKey::operator<=>(const VersionKey &o) const
{
    if (auto c = m_rank <=> o.m_rank; c != 0)
        return c;
    if (m_rank != Rank::Version)
        return std::strong_ordering::equal;
    // Missing parts count as 0, so 1.2 == 1.2.0 here; callers break the tie by name.
    for (size_t i = 0; i < m_parts.size(); ++i) {
        if (auto c = m_parts[i] <=> o.m_parts[i]; c != 0)
            return c;
    }
    if (auto c = m_pre <=> o.m_pre; c != 0)
        return c;
    return m_preNumber <=> o.m_preNumber;
}

} // namespace berth::core
