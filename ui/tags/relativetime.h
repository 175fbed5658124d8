// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace berth::ui {

// "just now", "5 minutes ago", "3 days ago": how old cached tags are, and when a tag was pushed.
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(berth::ui::RelativeTime)
public:
    static QString describe(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace berth::ui
