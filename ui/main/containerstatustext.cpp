// SPDX-License-Identifier: Apache-2.0
#include "containerstatustext.h"

#include <QRegularExpression>

namespace berth::ui {

QString ContainerStatusText::translateDuration(const QString &duration)
{
    if (duration == QLatin1String("Less than a second"))
        return tr("less than a second");
    if (duration == QLatin1String("About a minute"))
        return tr("about a minute");
    if (duration == QLatin1String("About an hour"))
        return tr("about an hour");
    static const QRegularExpression counted(QStringLiteral("^(\\d+) (second|minute|hour|day|week|month|year)s?$"));
    const QRegularExpressionMatch m = counted.match(duration);
    if (!m.hasMatch())
        return {};
    const int n = m.captured(1).toInt();
    const QString unit = m.captured(2);
    if (unit == QLatin1String("second"))
        return tr("%n second(s)", nullptr, n);
    if (unit == QLatin1String("minute"))
        return tr("%n minute(s)", nullptr, n);
    if (unit == QLatin1String("hour"))
        return tr("%n hour(s)", nullptr, n);
    if (unit == QLatin1String("day"))
        return tr("%n day(s)", nullptr, n);
    if (unit == QLatin1String("week"))
        return tr("%n week(s)", nullptr, n);
    if (unit == QLatin1String("month"))
        return tr("%n month(s)", nullptr, n);
    return tr("%n year(s)", nullptr, n);
}

QString ContainerStatusText::translate(const QString &engineText)
{
    static const QRegularExpression up(
        QStringLiteral("^Up (.+?)( \\((Paused|healthy|unhealthy|health: starting)\\))?$"));
    static const QRegularExpression exited(QStringLiteral("^Exited \\((-?\\d+)\\) (.+) ago$"));
    static const QRegularExpression restarting(QStringLiteral("^Restarting \\((-?\\d+)\\) (.+) ago$"));
    if (engineText == QLatin1String("Created"))
        return tr("Created", "container status");
    if (engineText == QLatin1String("Dead"))
        return tr("Dead", "container status");
    if (engineText == QLatin1String("Removal In Progress"))
        return tr("Being removed");
    QRegularExpressionMatch m = up.match(engineText);
    if (m.hasMatch()) {
        const QString duration = translateDuration(m.captured(1));
        if (duration.isEmpty())
            return engineText;
        const QString extra = m.captured(3);
        if (extra == QLatin1String("Paused"))
            return tr("Up %1, paused").arg(duration);
        if (extra == QLatin1String("healthy"))
            return tr("Up %1, healthy").arg(duration);
        if (extra == QLatin1String("unhealthy"))
            return tr("Up %1, unhealthy").arg(duration);
        if (extra == QLatin1String("health: starting"))
            return tr("Up %1, health check starting").arg(duration);
        return tr("Up %1").arg(duration);
    }
    m = exited.match(engineText);
    if (m.hasMatch()) {
        const QString duration = translateDuration(m.captured(2));
        return duration.isEmpty() ? engineText : tr("Exited (%1) %2 ago").arg(m.captured(1), duration);
    }
    m = restarting.match(engineText);
    if (m.hasMatch()) {
        const QString duration = translateDuration(m.captured(2));
        return duration.isEmpty() ? engineText : tr("Restarting (%1) %2 ago").arg(m.captured(1), duration);
    }
    return engineText;
}

} // namespace berth::ui
