// SPDX-License-Identifier: Apache-2.0
#include "engine/endpoint.h"
#include "engine/engineclient.h"
#include "launch/launchpanel.h"
#include "main/mainwindow.h"
#include "runs/resourcemonitor.h"
#include "runs/runspage.h"
#include "runs/runtablemodel.h"
#include "runs/runtracking.h"
#include "testenv.h"

#include <QApplication>
#include <QDir>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using namespace berth::core;

// A launch from the form, end to end: the main window records it, and the Runs page shows how it ended and what
// it printed, after --rm removed the container.
class TestRunTrackingEngine : public QObject
{
    Q_OBJECT
    QTemporaryDir m_data;
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        BERTH_REQUIRE_ENGINE();
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
        qputenv("BERTH_CONFIG_DIR", m_config.path().toUtf8());
    }

    void formLaunch_isRecordedWithExitCodeAndOutput()
    {
        EngineClient client(Endpoint::fromHost(test::dockerHost()));
        ui::MainWindow window(&client);
        window.show();
        LaunchSpec spec;
        spec.setImageReference(test::busyboxImage());
        spec.command = QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                   QStringLiteral("echo from-the-form; echo second line; exit 3")};
        spec.autoRemove = true;
        window.launchPanel()->setSpec(spec);
        QTest::qWait(200);
        window.launchPanel()->run();
        ui::RunsPage *page = window.runsPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() == 1 && page->model()->run(0).outcome == RunOutcome::Exited,
                                 60000);
        const RunRecord listed = page->model()->run(0);
        QCOMPARE(listed.exitCode.value_or(-1), 3);
        QVERIFY(listed.dockerRun.contains(QStringLiteral("--rm")));
        QVERIFY(listed.imageDigest.startsWith(QStringLiteral("sha256:")));
        window.showPage(ui::MainWindow::Runs);
        page->showRun(listed.id);
        QTRY_VERIFY(page->currentRun().has_value());
        QCOMPARE(page->currentRun()->logTail,
                 (QStringList{QStringLiteral("from-the-form"), QStringLiteral("second line")}));
        QVERIFY(page->logView()->toPlainText().contains(QStringLiteral("from-the-form")));
    }

    void runningContainersOnScreen_getSparklines()
    {
        EngineClient client(Endpoint::fromHost(test::dockerHost()));
        ui::MainWindow window(&client);
        window.resize(1280, 800);
        window.show();
        const QString id =
            QString::fromLatin1(
                test::docker({QStringLiteral("run"), QStringLiteral("-d"), test::busyboxImage(), QStringLiteral("sh"),
                              QStringLiteral("-c"), QStringLiteral("while :; do :; done")}))
                .trimmed();
        QVERIFY(!id.isEmpty());
        window.showPage(ui::MainWindow::Containers);
        ResourceMonitor *monitor = window.runTracking()->monitor();
        QTRY_VERIFY_WITH_TIMEOUT(monitor->isWatching(id), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(monitor->history(id) && monitor->history(id)->size() >= 3, 20000);
        QVERIFY(monitor->history(id)->last().cpuPercent > 5);
        const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR", QDir::tempPath());
        QVERIFY(window.grab().save(dir + QStringLiteral("/containers-sparklines-en.png")));
        test::docker({QStringLiteral("rm"), QStringLiteral("-f"), id});
        // Gone from the list: its stream is closed.
        QTRY_VERIFY_WITH_TIMEOUT(!monitor->isWatching(id), 20000);
    }
};

QTEST_MAIN(TestRunTrackingEngine)
#include "test_runtracking_engine.moc"
