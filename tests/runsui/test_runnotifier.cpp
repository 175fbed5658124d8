// SPDX-License-Identifier: Apache-2.0
#include "runs/runnotifier.h"
#include "settings/settings.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using namespace berth::core;
using berth::ui::RunNotifier;

// Stands in for the desktop's notification daemon on the private bus: records what it was asked to show.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString appName, icon, summary, body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Call> calls;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(timeout)
        calls.append({appName, icon, summary, body, actions, hints});
        return uint(41 + calls.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
};

class TestRunNotifier : public QObject
{
    Q_OBJECT
    QProcess m_bus;
    QString m_address;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;

    static RunRecord failedRun()
    {
        RunRecord r;
        r.id = 7;
        r.name = QStringLiteral("resnet-train");
        r.server = QStringLiteral("ssh://gpu-lab");
        r.outcome = RunOutcome::Exited;
        r.exitCode = 3;
        r.startedAt = QDateTime::currentDateTimeUtc().addSecs(-125);
        r.finishedAt = QDateTime::currentDateTimeUtc();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A session bus of our own, so the test never talks to (or depends on) a desktop's.
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        QVERIFY2(m_bus.waitForStarted(), "dbus-daemon (package dbus) is needed");
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 10000);
        m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
        QVERIFY(!m_address.isEmpty());
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("berth.ini")));
    }
    void cleanupTestCase()
    {
        m_bus.terminate();
        m_bus.waitForFinished(5000);
    }

    void runEnding_isSentToTheNotificationServiceAndClickOpensIt()
    {
        QDBusConnection server = QDBusConnection::connectToBus(m_address, QStringLiteral("fake-notifications"));
        QVERIFY(server.isConnected());
        FakeNotifications fake;
        QVERIFY(server.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &fake,
                                      QDBusConnection::ExportAllSlots));
        QVERIFY(server.registerService(QStringLiteral("org.freedesktop.Notifications")));

        RunNotifier notifier(*m_settings);
        QSignalSpy notified(&notifier, &RunNotifier::notified);
        QSignalSpy open(&notifier, &RunNotifier::openRunRequested);
        notifier.notifyFinished(failedRun());
        QVERIFY(notified.wait(10000));
        QCOMPARE(notified.first().at(0).value<RunNotifier::Channel>(), RunNotifier::Channel::DBus);
        QCOMPARE(fake.calls.size(), 1);
        const FakeNotifications::Call &call = fake.calls.first();
        QCOMPARE(call.summary, QStringLiteral("Run failed: resnet-train"));
        QVERIFY2(call.body.contains(QStringLiteral("code 3")), qPrintable(call.body));
        QVERIFY(call.body.contains(QStringLiteral("2 min 5 s")));
        QVERIFY(call.body.contains(QStringLiteral("ssh://gpu-lab")));
        QVERIFY(call.actions.contains(QStringLiteral("default")));
        QCOMPARE(call.hints.value(QStringLiteral("urgency")).toInt(), 2); // failures are critical

        // The desktop reports a click on notification 42: the run opens.
        QDBusMessage click = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                        QStringLiteral("org.freedesktop.Notifications"),
                                                        QStringLiteral("ActionInvoked"));
        click << uint(42) << QStringLiteral("default");
        QVERIFY(server.send(click));
        QVERIFY(open.wait(10000));
        QCOMPARE(open.first().at(0).toLongLong(), qint64(7));

        server.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        server.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-notifications"));
    }

    void noNotificationService_fallsBackToTheTray()
    {
        RunNotifier notifier(*m_settings);
        QSignalSpy notified(&notifier, &RunNotifier::notified);
        RunRecord ok = failedRun();
        ok.exitCode = 0;
        notifier.notifyFinished(ok);
        QVERIFY(notified.wait(10000));
        // No service on the bus: the tray where there is one (none offscreen), else nothing but the signal.
        const auto channel = notified.first().at(0).value<RunNotifier::Channel>();
        QVERIFY(channel != RunNotifier::Channel::DBus);
        QCOMPARE(notified.first().at(1).toString(), QStringLiteral("Run finished: resnet-train"));
    }

    void settingOff_showsNothing()
    {
        m_settings->setValue(Settings::RunsNotify, false);
        RunNotifier notifier(*m_settings);
        QSignalSpy notified(&notifier, &RunNotifier::notified);
        notifier.notifyFinished(failedRun());
        QVERIFY(!notified.wait(1000));
        m_settings->setValue(Settings::RunsNotify, true);
    }
};

QTEST_MAIN(TestRunNotifier)
#include "test_runnotifier.moc"
