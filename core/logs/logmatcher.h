// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logsearchquery.h"

#include <QByteArray>
#include <QByteArrayMatcher>
#include <QByteArrayView>
#include <QList>
#include <QRegularExpression>
#include <QStringView>

#include <utility>

namespace berth::core {

// Matches a search query against log lines. Plain searches run on the stored UTF-8 bytes without decoding them
// (case-insensitive too, when the needle is ASCII); regular expressions and non-ASCII case folding decode the line.
// Use one matcher per thread.
class LogMatcher final
{
public:
    explicit LogMatcher(const LogSearchQuery &query = {});

    bool isEmpty() const { return m_mode == Mode::Empty; }
    bool isValid() const { return m_mode != Mode::Invalid; }
    QString errorString() const { return m_error; } // the regular expression's problem, for the search field
    const LogSearchQuery &query() const { return m_query; }

    bool matches(QByteArrayView utf8) const;
    // Every match in a decoded line as (start, length) in UTF-16 units; empty matches are skipped.
    QList<std::pair<qsizetype, qsizetype>> find(QStringView text) const;

private:
    enum class Mode { Empty, Invalid, Bytes, AsciiNoCase, Unicode, Regex };
    LogSearchQuery m_query;
    Mode m_mode = Mode::Empty;
    QByteArray m_needle;
    QByteArray m_needleLower;
    QByteArrayMatcher m_matcher;
    QRegularExpression m_regex;
    QString m_error;
};

} // namespace berth::core
