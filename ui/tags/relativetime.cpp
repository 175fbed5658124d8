// SPDX-License-Identifier: Apache-2.0
#include "relativetime.h"

namespace berth::ui {

QString RelativeTime::describe(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 secs = qMax<qint64>(0, when.secsTo(now));
    if (secs < 60)
        return tr("just now");
    if (secs < 3600)
        return tr("%n minute(s) ago", nullptr, int(secs / 60));
    if (secs < 86400)
        return tr("%n hour(s) ago", nullptr, int(secs / 3600));
    if (secs < 86400 * 60)
        return tr("%n day(s) ago", nullptr, int(secs / 86400));
    if (secs < 86400 * 730)
        return tr("%n month(s) ago", nullptr, int(secs / (86400 * 30)));
    return tr("%n year(s) ago", nullptr, int(secs / (86400 * 365)));
}

} // namespace berth::ui
