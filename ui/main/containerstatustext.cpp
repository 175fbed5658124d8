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

QString ContainerStatusText::humanDuration(qint64 msecs)
{
    const qint64 seconds = msecs / 1000;
    if (seconds < 1)
        return tr("less than a second");
    if (seconds < 60)
        return tr("%n second(s)", nullptr, int(seconds));
    const qint64 minutes = seconds / 60;
    if (minutes == 1)
        return tr("about a minute");
    if (minutes < 60)
        return tr("%n minute(s)", nullptr, int(minutes));
    const qint64 hours = (msecs + 1800 * 1000) / (3600 * 1000); // rounded, as the engine does
    if (hours == 1)
        return tr("about an hour");
    if (hours < 48)
        return tr("%n hour(s)", nullptr, int(hours));
    if (hours < 24 * 7 * 2)
        return tr("%n day(s)", nullptr, int(hours / 24));
    if (hours < 24 * 30 * 2)
        return tr("%n week(s)", nullptr, int(hours / 24 / 7));
    if (hours < 24 * 365 * 2)
        return tr("%n month(s)", nullptr, int(hours / 24 / 30));
    return tr("%n year(s)", nullptr, int(seconds / 3600 / 24 / 365));
}

QString ContainerStatusText::describe(const core::ContainerStatus &status, const QDateTime &now)
{
    using Kind = core::ContainerStatus::Kind;
    using Health = core::ContainerStatus::Health;
    const bool timed = status.kind == Kind::Up || status.kind == Kind::Exited || status.kind == Kind::Restarting;
    if (timed && !status.since.isValid())
        return translate(status.engineText);
    // A clock set back must not show negative durations.
    const QString duration = timed ? humanDuration(qMax<qint64>(0, status.since.msecsTo(now))) : QString();
    switch (status.kind) {
    case Kind::Created:
        return tr("Created", "container status");
    case Kind::Dead:
        return tr("Dead", "container status");
    case Kind::Removing:
        return tr("Being removed");
    case Kind::Up:
        if (status.paused)
            return tr("Up %1, paused").arg(duration);
        switch (status.health) {
        case Health::Healthy:
            return tr("Up %1, healthy").arg(duration);
        case Health::Unhealthy:
            return tr("Up %1, unhealthy").arg(duration);
        case Health::Starting:
            return tr("Up %1, health check starting").arg(duration);
        case Health::None:
            break;
        }
        return tr("Up %1").arg(duration);
    case Kind::Exited:
        return tr("Exited (%1) %2 ago").arg(QString::number(status.exitCode), duration);
    case Kind::Restarting:
        return tr("Restarting (%1) %2 ago").arg(QString::number(status.exitCode), duration);
    case Kind::Unknown:
        break;
    }
    return translate(status.engineText);
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
