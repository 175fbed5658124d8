// SPDX-License-Identifier: Apache-2.0
#include "runnotifier.h"

#include "runtext.h"
#include "settings/settings.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QStyle>
#include <QSystemTrayIcon>

namespace berth::ui {

namespace {
const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

RunNotifier::RunNotifier(core::Settings &settings, QObject *parent) : QObject(parent), m_settings(settings)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    m_dbusConnected = bus.isConnected();
    if (m_dbusConnected) {
        bus.connect(service, path, interface, QStringLiteral("ActionInvoked"), this,
                    SLOT(onActionInvoked(uint, QString)));
    }
}

RunNotifier::~RunNotifier() = default;

QString RunNotifier::title(const core::RunRecord &run)
{
    if (run.isFailure())
        return tr("Run failed: %1").arg(run.name);
    return tr("Run finished: %1").arg(run.name);
}

QString RunNotifier::body(const core::RunRecord &run)
{
    QStringList parts{RunText::outcome(run)};
    if (run.durationMsecs() >= 0)
        parts << tr("ran %1").arg(RunText::duration(run.durationMsecs()));
    if (!run.server.isEmpty())
        parts << tr("on %1").arg(run.server);
    return parts.join(QStringLiteral(" · "));
}

void RunNotifier::notifyFinished(const core::RunRecord &run)
{
    if (!m_settings.value(core::Settings::RunsNotify).toBool())
        return;
    const QString t = title(run), b = body(run);
    const bool failure = run.isFailure();
    const qint64 runId = run.id;
    if (!m_dbusConnected) {
        showInTray(runId, t, b, failure);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("Notify"));
    QVariantMap hints{{QStringLiteral("urgency"), QVariant::fromValue<uchar>(failure ? 2 : 1)},
                      {QStringLiteral("category"), QStringLiteral("transfer.complete")},
                      {QStringLiteral("desktop-entry"), QStringLiteral("berth")}};
    call << QStringLiteral("Berth") << uint(0) << (failure ? QStringLiteral("dialog-error") : QStringLiteral("berth"))
         << t << b << QStringList{QStringLiteral("default"), tr("Open run")} << hints << int(-1);
    // Asynchronous: a slow or absent notification service never stalls the window.
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, runId, t, b, failure] {
        watcher->deleteLater();
        QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            showInTray(runId, t, b, failure);
            return;
        }
        m_runOfNotification.insert(reply.value(), runId);
        m_lastChannel = Channel::DBus;
        Q_EMIT notified(Channel::DBus, t, b);
    });
}

void RunNotifier::notifyOtherEnded(const QString &name, const QString &owner, int exitCode)
{
    if (!m_settings.value(core::Settings::RunsNotify).toBool() ||
        !m_settings.value(core::Settings::RunsNotifyOthers).toBool())
        return;
    core::RunRecord run;
    run.name = name;
    run.owner = owner;
    run.outcome = core::RunOutcome::Exited;
    run.exitCode = exitCode;
    run.server = tr("%1's container").arg(owner);
    notifyFinished(run);
}

void RunNotifier::onActionInvoked(uint id, const QString &action)
{
    Q_UNUSED(action)
    const auto it = m_runOfNotification.constFind(id);
    if (it != m_runOfNotification.constEnd())
        Q_EMIT openRunRequested(*it);
}

void RunNotifier::showInTray(qint64 runId, const QString &title, const QString &body, bool failure)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        m_lastChannel = Channel::None;
        Q_EMIT notified(Channel::None, title, body);
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        if (m_tray->icon().isNull())
            m_tray->setIcon(QApplication::style()->standardIcon(QStyle::SP_ComputerIcon));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_trayRun)
                Q_EMIT openRunRequested(m_trayRun);
        });
    }
    m_tray->show();
    m_trayRun = runId;
    m_tray->showMessage(title, body, failure ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information, 10000);
    m_lastChannel = Channel::Tray;
    Q_EMIT notified(Channel::Tray, title, body);
}

} // namespace berth::ui
