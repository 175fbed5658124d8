// SPDX-License-Identifier: Apache-2.0
#include "engine/containermonitor.h"
#include "engine/engineclient.h"
#include "launch/launchpanel.h"
#include "launch/launchspec.h"
#include "logs/logtabs.h"
#include "main/containerspage.h"
#include "main/containertablemodel.h"
#include "main/enginestatuswidget.h"
#include "main/mainwindow.h"
#include "settings/settings.h"
#include "terminal/terminalemulator.h"
#include "terminal/terminalpane.h"
#include "terminal/terminalwidget.h"
#include "testenv.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace berth;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void containerList_showsStartedContainer_andUpdatesWhenItExits();
    void removingSomeoneElsesContainer_asksAndNamesOwner();
    void unreachableEngine_saysSoWithAdvice();
    void interactiveLaunchWithoutCommand_opensTerminalAtItsShell();
    void launchWithoutTerminal_opensItsLogs();
    void cleanupTestCase();

private:
    int rowState(ui::ContainerTableModel *model, const QString &id, QString *state);
    QTemporaryDir m_config;
    QStringList m_names;
};

void TestMainWindow::initTestCase()
{
    BERTH_REQUIRE_ENGINE();
    qputenv("BERTH_CONFIG_DIR", m_config.path().toUtf8());
}

void TestMainWindow::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_names))
        test::docker({QStringLiteral("rm"), QStringLiteral("-f"), name});
}

int TestMainWindow::rowState(ui::ContainerTableModel *model, const QString &id, QString *state)
{
    const int row = model->rowOf(id);
    if (row >= 0)
        *state = model->containerAt(row).state;
    return row;
}

void TestMainWindow::containerList_showsStartedContainer_andUpdatesWhenItExits()
{
    core::EngineClient client(core::Endpoint::fromHost(test::dockerHost()));
    ui::MainWindow window(&client);
    window.show();
    ui::ContainerTableModel *model = window.containersPage()->model();
    QTRY_VERIFY_WITH_TIMEOUT(window.engineStatus()->isReachable(), 10000);
    QVERIFY(window.engineStatus()->text().contains(QLatin1String("API 1.4")));

    const QString name = QStringLiteral("berth-ui-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    m_names << name;
    // Started outside Berth, by the docker CLI: the list learns of it from the events stream.
    const QString id = QString::fromLatin1(
        test::docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name, test::busyboxImage(),
                      QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("sleep 2")})
            .trimmed());
    QVERIFY(!id.isEmpty());
    QString state;
    QTRY_VERIFY_WITH_TIMEOUT(rowState(model, id, &state) >= 0 && state == QLatin1String("running"), 10000);
    QCOMPARE(model->containerAt(model->rowOf(id)).name, name);
    QTRY_VERIFY_WITH_TIMEOUT(rowState(model, id, &state) >= 0 && state == QLatin1String("exited"), 30000);
    QVERIFY(model->data(model->index(model->rowOf(id), ui::ContainerTableModel::Status), Qt::DisplayRole)
                .toString()
                .contains(QLatin1String("Exited (0)")));

    test::docker({QStringLiteral("rm"), name});
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(id) < 0, 10000);
}

void TestMainWindow::removingSomeoneElsesContainer_asksAndNamesOwner()
{
    core::EngineClient client(core::Endpoint::fromHost(test::dockerHost()));
    ui::MainWindow window(&client);
    window.show();
    const QString name = QStringLiteral("berth-foreign-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    m_names << name;
    const QString id = QString::fromLatin1(
        test::docker({QStringLiteral("create"), QStringLiteral("--name"), name, QStringLiteral("--label"),
                      QStringLiteral("berth.owner=someone-else"), test::busyboxImage(), QStringLiteral("true")})
            .trimmed());
    ui::ContainerTableModel *model = window.containersPage()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(id) >= 0, 10000);
    window.containersPage()->selectContainer(id);
    QCOMPARE(window.containersPage()->selectedId(), id);

    QString question;
    QTimer::singleShot(200, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            question = box->text();
            box->button(QMessageBox::Cancel)->click();
        }
    });
    window.containersPage()->removeSelected();
    QVERIFY2(question.contains(QLatin1String("someone-else")), qPrintable(question));
    QTest::qWait(300);
    QVERIFY(model->rowOf(id) >= 0); // cancelled: still there
}

void TestMainWindow::unreachableEngine_saysSoWithAdvice()
{
    core::EngineClient client(core::Endpoint::fromHost(QStringLiteral("unix:///tmp/berth-absent/docker.sock")));
    ui::MainWindow window(&client);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.engineStatus()->text().contains(QLatin1String("Cannot reach")), 10000);
    QVERIFY(window.engineStatus()->text().contains(QLatin1String("Docker is running")));
}

void TestMainWindow::interactiveLaunchWithoutCommand_opensTerminalAtItsShell()
{
    core::EngineClient client(core::Endpoint::fromHost(test::dockerHost()));
    ui::MainWindow window(&client);
    window.show();
    const QString name = QStringLiteral("berth-it-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    m_names << name;
    core::LaunchSpec spec;
    spec.setImageReference(test::busyboxImage());
    spec.name = name;
    spec.interactive = true;
    spec.tty = true;
    spec.autoRemove = true;
    window.showPage(ui::MainWindow::Launch);
    window.launchPanel()->setSpec(spec, false);
    window.launchPanel()->run();

    // The terminal tab attaches before the container starts, then the image's CMD (sh) answers in it.
    ui::TerminalPane *pane = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((pane = qobject_cast<ui::TerminalPane *>(window.sessionTabs()->currentWidget())), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(pane->isActive(), 30000);
    window.activateWindow();
    pane->terminal()->setFocus();
    QTRY_VERIFY(pane->terminal()->emulator()->screenText().contains(QLatin1String("/ #")));
    QTest::keyClicks(pane->terminal(), QStringLiteral("echo berth-$((6*7))"));
    QTest::keyClick(pane->terminal(), Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(
        pane->terminal()->emulator()->screenText().contains(QLatin1String("berth-42")),
        qPrintable(pane->statusText() + QLatin1Char('\n') + pane->terminal()->emulator()->screenText().trimmed()),
        20000);
    QTest::keyClicks(pane->terminal(), QStringLiteral("exit 4"));
    QTest::keyClick(pane->terminal(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!pane->isActive(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(pane->statusText().contains(QLatin1String("4")), 10000);
}

void TestMainWindow::launchWithoutTerminal_opensItsLogs()
{
    core::EngineClient client(core::Endpoint::fromHost(test::dockerHost()));
    ui::MainWindow window(&client);
    window.show();
    const QString name = QStringLiteral("berth-logs-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    m_names << name;
    core::LaunchSpec spec;
    spec.setImageReference(test::busyboxImage());
    spec.name = name;
    spec.command = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo trained; exit 0")};
    window.launchPanel()->setSpec(spec, false);
    window.launchPanel()->run();
    QTRY_VERIFY_WITH_TIMEOUT(window.sessionTabs()->count() == 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(window.sessionTabs()->tabText(0), name, 10000);
    QVERIFY(window.sessionTabs()->containerIds().size() == 1);
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
