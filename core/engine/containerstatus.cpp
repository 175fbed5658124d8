// SPDX-License-Identifier: Apache-2.0
#include "containerstatus.h"

#include <QRegularExpression>

namespace berth::core {

qint64 ContainerStatus::parseDuration(const QString &text, qint64 *unitSeconds)
{
    qint64 unit = 1;
    qint64 seconds = -1;
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("Less than a second"), Qt::CaseInsensitive) == 0) {
        seconds = 0;
    } else if (t.compare(QLatin1String("About a minute"), Qt::CaseInsensitive) == 0) {
        seconds = 60;
        unit = 60;
    } else if (t.compare(QLatin1String("About an hour"), Qt::CaseInsensitive) == 0) {
        seconds = 3600;
        unit = 3600;
    } else {
        static const QRegularExpression counted(QStringLiteral("^(\\d+) (second|minute|hour|day|week|month|year)s?$"),
                                                QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = counted.match(t);
        if (!m.hasMatch())
            return -1;
        const QString name = m.captured(2).toLower();
        if (name == QLatin1String("second"))
            unit = 1;
        else if (name == QLatin1String("minute"))
            unit = 60;
        else if (name == QLatin1String("hour"))
            unit = 3600;
        else if (name == QLatin1String("day"))
            unit = 86400;
        else if (name == QLatin1String("week"))
            unit = 7 * 86400;
        else if (name == QLatin1String("month"))
            unit = 30 * 86400;
        else
            unit = 365 * 86400;
        seconds = m.captured(1).toLongLong() * unit;
    }
    if (unitSeconds)
        *unitSeconds = unit;
    return seconds;
}

ContainerStatus ContainerStatus::parse(const QString &engineText, const QDateTime &receivedAt)
{
    static const QRegularExpression up(
        QStringLiteral("^Up (.+?)( \\((Paused|healthy|unhealthy|health: starting)\\))?$"));
    static const QRegularExpression ended(QStringLiteral("^(Exited|Restarting) \\((-?\\d+)\\) (.+) ago$"));

    ContainerStatus s;
    s.engineText = engineText;
    auto setSince = [&](const QString &duration) {
        qint64 unit = 1;
        const qint64 seconds = parseDuration(duration, &unit);
        if (seconds < 0)
            return false;
        // The engine floors seconds, minutes and days-and-longer ("5 minutes" is [5, 6) minutes) but rounds hours
        // ("3 hours" is [2.5, 3.5) hours): aim for the middle of that range.
        const qint64 ms = seconds * 1000 + (seconds == 0 || unit == 3600 ? 0 : unit * 500);
        s.since = receivedAt.addMSecs(-ms);
        return true;
    };
    if (engineText == QLatin1String("Created")) {
        s.kind = Kind::Created;
        return s;
    }
    if (engineText == QLatin1String("Dead")) {
        s.kind = Kind::Dead;
        return s;
    }
    if (engineText == QLatin1String("Removal In Progress")) {
        s.kind = Kind::Removing;
        return s;
    }
    QRegularExpressionMatch m = up.match(engineText);
    if (m.hasMatch() && setSince(m.captured(1))) {
        s.kind = Kind::Up;
        const QString extra = m.captured(3);
        if (extra == QLatin1String("Paused"))
            s.paused = true;
        else if (extra == QLatin1String("healthy"))
            s.health = Health::Healthy;
        else if (extra == QLatin1String("unhealthy"))
            s.health = Health::Unhealthy;
        else if (extra == QLatin1String("health: starting"))
            s.health = Health::Starting;
        return s;
    }
    m = ended.match(engineText);
    if (m.hasMatch() && setSince(m.captured(3))) {
        s.kind = m.captured(1) == QLatin1String("Exited") ? Kind::Exited : Kind::Restarting;
        s.exitCode = m.captured(2).toInt();
        return s;
    }
    s.since = {};
    return s;
}

} // namespace berth::core
