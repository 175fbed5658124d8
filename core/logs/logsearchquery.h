// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace berth::core {

// What the user typed in the console's search field and how to match it.
struct LogSearchQuery
{
    QString text;
    bool caseSensitive = false;
    bool regex = false;

    bool isEmpty() const { return text.isEmpty(); }
    friend bool operator==(const LogSearchQuery &a, const LogSearchQuery &b)
    {
        return a.text == b.text && a.caseSensitive == b.caseSensitive && a.regex == b.regex;
    }
};

} // namespace berth::core
