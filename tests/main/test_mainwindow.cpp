// SPDX-License-Identifier: Apache-2.0
#include "engine/berthlabels.h"
#include "engine/containermonitor.h"
#include "engine/engineclient.h"
#include "gpu/ownerpolicy.h"
#include "i18n/languagemanager.h"
#include "launch/launchform.h"
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
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUuid>

using namespace berth;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void containerList_showsStartedContainer_andUpdatesWhenItExits();
    void removingSomeoneElsesContainer_asksAndNamesOwner();
    void selection_followsContainerById_andEmptiesWhenItGoes();
    void removingOwnRunningContainer_asksFirst();
    void status_countsOnEverySecond_withoutAskingTheEngine();
    void stop_showsStopping_andExplains137AsKilledAfterTimeout();
    void emptyList_offersToLaunchOne();
    void unreachableEngine_saysSoWithAdvice();
    void interactiveLaunchWithoutCommand_opensTerminalAtItsShell();
    void launchWithoutTerminal_opensItsLogs();
    void interactiveLaunchThatCannotStart_terminalSaysWhyNotAnExitCode();
    void windowLayoutAndTypedForm_surviveARestart();
    void cleanupTestCase();

private:
    // The window as it is now, in English and in Korean (BERTH_SCREENSHOT_DIR, else the temp folder).
    void shoot(QWidget *window, const QString &name);
    QString createContainer(const QString &prefix, const QStringList &extra, const QStringList &command);
    static void launchInteractive(ui::MainWindow &window, const QString &name, const QStringList &command,
                                  bool autoRemove);
    int rowState(ui::ContainerTableModel *model, const QString &id, QString *state);
    QTemporaryDir m_config;
    QStringList m_names;
};

void TestMainWindow::initTestCase()
{
    BERTH_REQUIRE_ENGINE();
    qputenv("BERTH_CONFIG_DIR", m_config.path().toUtf8());
    ui::LanguageManager::instance().apply(QStringLiteral("en"));
}

void TestMainWindow::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_names))
        test::docker({QStringLiteral("rm"), QStringLiteral("-f"), name});
}

// An -it launch from the form, as a user starts one.
void TestMainWindow::launchInteractive(ui::MainWindow &window, const QString &name, const QStringList &command,
                                       bool autoRemove)
{
    core::LaunchSpec spec;
    spec.setImageReference(test::busyboxImage());
    spec.name = name;
    spec.interactive = true;
    spec.tty = true;
    spec.autoRemove = autoRemove;
    spec.command = command;
    window.showPage(ui::MainWindow::Launch);
    window.launchPanel()->setSpec(spec, false);
    window.launchPanel()->run();
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
    const QString id =
        QString::fromLatin1(test::docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name,
                                          test::busyboxImage(), QStringLiteral("sh"), QStringLiteral("-c"),
                                          QStringLiteral("until [ -e /tmp/go ]; do sleep 0.1; done")})
                                .trimmed());
    QVERIFY(!id.isEmpty());
    QString state;
    QTRY_VERIFY_WITH_TIMEOUT(rowState(model, id, &state) >= 0 && state == QLatin1String("running"), 10000);
    QCOMPARE(model->containerAt(model->rowOf(id)).name, name);
    // It exits only when told, so a slow machine cannot miss the running state.
    test::docker({QStringLiteral("exec"), name, QStringLiteral("touch"), QStringLiteral("/tmp/go")});
    QTRY_VERIFY_WITH_TIMEOUT(rowState(model, id, &state) >= 0 && state == QLatin1String("exited"), 60000);
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
                      QLatin1String(core::BerthLabels::Owner) + QStringLiteral("=someone-else"), test::busyboxImage(),
                      QStringLiteral("true")})
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

void TestMainWindow::shoot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR", QDir::tempPath());
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ko")}) {
        ui::LanguageManager::instance().apply(language);
        QTest::qWait(100); // the language change, then the layouts it asks for
        QVERIFY(
            window->grab().save(dir + QLatin1Char('/') + name + QLatin1Char('-') + language + QStringLiteral(".png")));
    }
    ui::LanguageManager::instance().apply(QStringLiteral("en"));
}

QString TestMainWindow::createContainer(const QString &prefix, const QStringList &extra, const QStringList &command)
{
    const QString name = prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
    m_names << name;
    return QString::fromLatin1(test::docker(QStringList{QStringLiteral("create"), QStringLiteral("--name"), name} +
                                            extra + QStringList{test::busyboxImage()} + command)
                                   .trimmed());
}

void TestMainWindow::selection_followsContainerById_andEmptiesWhenItGoes()
{
    core::EngineClient client(core::Endpoint::fromHost(test::dockerHost()));
    ui::MainWindow window(&client);
    window.show();
    ui::ContainersPage *page = window.containersPage();
    ui::ContainerTableModel *model = page->model();
    const QStringList sleep{QStringLiteral("sleep"), QStringLiteral("600")};
    const QString older = createContainer(QStringLiteral("berth-sel-a-"), {}, sleep);
    const QString chosen = createContainer(QStringLiteral("berth-sel-b-"), {}, sleep);
    const QString newer = createContainer(QStringLiteral("berth-sel-c-"), {}, sleep);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(older) >= 0 && model->rowOf(chosen) >= 0 && model->rowOf(newer) >= 0, 10000);
    page->selectContainer(chosen);
    QCOMPARE(page->selectedId(), chosen);

    // A neighbour going away (someone else's rm) leaves the selection where the user put it.
    test::docker({QStringLiteral("rm"), newer});
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(newer) < 0, 10000);
    QCOMPARE(page->selectedId(), chosen);
    const QModelIndexList selected = page->view()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(ui::ContainerTableModel::IdRole).toString(), chosen);

    // The selected one going away empties the selection instead of jumping to the next row…
    test::docker({QStringLiteral("rm"), chosen});
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(chosen) < 0, 10000);
    QVERIFY(page->selectedId().isEmpty());
    QVERIFY(page->view()->selectionModel()->selectedRows().isEmpty());
    QVERIFY(!page->removeButton()->isEnabled());
    QVERIFY(!page->stopButton()->isEnabled());
    // …so Remove acts on nothing, and the remaining container survives.
    page->removeSelected();
    QTest::qWait(500);
    QVERIFY(model->rowOf(older) >= 0);
}

void TestMainWindow::removingOwnRunningContainer_asksFirst()
{
    core::EngineClient client(core::Endpoint::fromHost(test::dockerHost()));
    ui::MainWindow window(&client);
    window.show();
    ui::ContainersPage *page = window.containersPage();
    ui::ContainerTableModel *model = page->model();
    const QString id =
        createContainer(QStringLiteral("berth-own-"),
                        {QStringLiteral("--label"), QLatin1String(core::BerthLabels::Owner) + QLatin1Char('=') +
                                                        core::OwnerPolicy::currentUserName()},
                        {QStringLiteral("sleep"), QStringLiteral("600")});
    test::docker({QStringLiteral("start"), id});
    QString state;
    QTRY_VERIFY_WITH_TIMEOUT(rowState(model, id, &state) >= 0 && state == QLatin1String("running"), 10000);
    page->selectContainer(id);

    QString question;
    QTimer::singleShot(300, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            question = box->text();
            box->button(QMessageBox::Cancel)->click();
        }
    });
    page->removeSelected();
    QVERIFY2(question.contains(QLatin1String("still running")), qPrintable(question));
    QTest::qWait(500);
    QVERIFY(rowState(model, id, &state) >= 0 && state == QLatin1String("running"));
}

void TestMainWindow::status_countsOnEverySecond_withoutAskingTheEngine()
{
    core::EngineClient client(core::Endpoint::fromHost(test::dockerHost()));
    ui::MainWindow window(&client);
    window.show();
    ui::ContainerTableModel *model = window.containersPage()->model();
    const QString id =
        createContainer(QStringLiteral("berth-clock-"), {}, {QStringLiteral("sleep"), QStringLiteral("600")});
    test::docker({QStringLiteral("start"), id});
    auto statusText = [&] {
        const int row = model->rowOf(id);
        return row < 0 ? QString()
                       : model->data(model->index(row, ui::ContainerTableModel::Status), Qt::DisplayRole).toString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(statusText().startsWith(QLatin1String("Up")), 10000);

    // No event happens now: the text must move on from the container's start time alone.
    QSignalSpy changes(window.monitor(), &core::ContainerMonitor::containerChanged);
    QSignalSpy repaints(model, &QAbstractItemModel::dataChanged);
    QTRY_VERIFY2_WITH_TIMEOUT(statusText() == QLatin1String("Up 3 seconds"), qPrintable(statusText()), 6000);
    QTRY_VERIFY2_WITH_TIMEOUT(statusText() == QLatin1String("Up 4 seconds"), qPrintable(statusText()), 2000);
    QCOMPARE(changes.count(), 0);
    QVERIFY(repaints.count() >= 2); // the view was told, so what is on screen moved on too

    test::docker({QStringLiteral("kill"), id});
    QTRY_VERIFY2_WITH_TIMEOUT(statusText().startsWith(QLatin1String("Exited (137) less than a second ago")) ||
                                  statusText().startsWith(QLatin1String("Exited (137) 1 second ago")),
                              qPrintable(statusText()), 10000);
    QTRY_VERIFY2_WITH_TIMEOUT(statusText() == QLatin1String("Exited (137) 2 seconds ago"), qPrintable(statusText()),
                              4000);
}

void TestMainWindow::stop_showsStopping_andExplains137AsKilledAfterTimeout()
{
    core::Settings::instance().setValue(core::Settings::StopTimeout, 2);
    core::EngineClient client(core::Endpoint::fromHost(test::dockerHost()));
    ui::MainWindow window(&client);
    window.show();
    ui::ContainersPage *page = window.containersPage();
    ui::ContainerTableModel *model = page->model();
    // sh as PID 1 has no SIGTERM handler, so the engine must kill it when the timeout runs out.
    const QString id =
        createContainer(QStringLiteral("berth-stop-"),
                        {QStringLiteral("--label"), QLatin1String(core::BerthLabels::Owner) + QLatin1Char('=') +
                                                        core::OwnerPolicy::currentUserName()},
                        {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("while true; do sleep 1; done")});
    test::docker({QStringLiteral("start"), id});
    QString state;
    QTRY_VERIFY_WITH_TIMEOUT(rowState(model, id, &state) >= 0 && state == QLatin1String("running"), 10000);
    page->selectContainer(id);
    page->stopSelected();
    auto cell = [&](int column) {
        const int row = model->rowOf(id);
        return row < 0 ? QString() : model->data(model->index(row, column), Qt::DisplayRole).toString();
    };
    QCOMPARE(cell(ui::ContainerTableModel::State), QStringLiteral("Stopping…"));
    QVERIFY2(cell(ui::ContainerTableModel::Status).contains(QLatin1String("killed in 2 seconds")),
             qPrintable(cell(ui::ContainerTableModel::Status)));
    QVERIFY(!page->stopButton()->isEnabled());
    shoot(&window, QStringLiteral("containers-stopping"));
    QTRY_VERIFY_WITH_TIMEOUT(rowState(model, id, &state) >= 0 && state == QLatin1String("exited"), 20000);
    QVERIFY2(cell(ui::ContainerTableModel::Status).startsWith(QLatin1String("Killed (137)")),
             qPrintable(cell(ui::ContainerTableModel::Status)));
    QVERIFY2(cell(ui::ContainerTableModel::Status).contains(QLatin1String("the stop timed out")),
             qPrintable(cell(ui::ContainerTableModel::Status)));
    const QString why =
        model->data(model->index(model->rowOf(id), ui::ContainerTableModel::Status), Qt::ToolTipRole).toString();
    QVERIFY2(why.contains(QLatin1String("2-second stop timeout")), qPrintable(why));
    QCOMPARE(cell(ui::ContainerTableModel::State), QStringLiteral("Exited"));
    page->selectContainer(id);
    shoot(&window, QStringLiteral("containers-killed"));
    core::Settings::instance().reset(core::Settings::StopTimeout);
}

void TestMainWindow::emptyList_offersToLaunchOne()
{
    core::EngineClient client(core::Endpoint::fromHost(test::dockerHost()));
    ui::MainWindow window(&client);
    window.show();
    ui::ContainersPage *page = window.containersPage();
    QTRY_VERIFY_WITH_TIMEOUT(window.engineStatus()->isReachable(), 10000);
    auto *filter = page->findChild<QLineEdit *>();
    QVERIFY(filter);
    filter->setText(QStringLiteral("no-such-container-") + QUuid::createUuid().toString(QUuid::Id128));
    QVERIFY(page->showsEmptyHint());
    QVERIFY2(page->emptyHintText().contains(QLatin1String("No container matches")), qPrintable(page->emptyHintText()));
    QVERIFY(page->launchButton()->isVisible());
    shoot(&window, QStringLiteral("containers-empty"));
    page->launchButton()->click();
    QCOMPARE(window.currentPage(), int(ui::MainWindow::Launch));
    window.showPage(ui::MainWindow::Containers);
    filter->clear();
    QVERIFY(!page->showsEmptyHint());
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
    launchInteractive(window, name, {}, true);

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
    // On a small screen with the log open, the form keeps a usable height and its header stays whole.
    window.showPage(ui::MainWindow::Launch);
    window.resize(1000, 700);
    QTest::qWait(200);
    ui::LaunchForm *form = window.launchPanel()->form();
    QTRY_VERIFY(form->requirementsWrapped());
    QVERIFY(form->findChild<QLineEdit *>(QStringLiteral("requirementsFileEdit"))->width() >= 110);
    QVERIFY(window.launchPanel()->height() >= 280);
    window.resize(1600, 900);
    QTRY_VERIFY(!form->requirementsWrapped());
    window.resize(1000, 700);
    QTest::qWait(200);
    if (qEnvironmentVariableIsSet("BERTH_SCREENSHOT_DIR"))
        window.grab().save(qEnvironmentVariable("BERTH_SCREENSHOT_DIR") + QStringLiteral("/small-with-logs.png"));
}

void TestMainWindow::interactiveLaunchThatCannotStart_terminalSaysWhyNotAnExitCode()
{
    core::EngineClient client(core::Endpoint::fromHost(test::dockerHost()));
    ui::MainWindow window(&client);
    window.show();
    const QString name = QStringLiteral("berth-nostart-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    m_names << name;
    launchInteractive(window, name, {QStringLiteral("/no/such/program")}, false);
    ui::TerminalPane *pane = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((pane = qobject_cast<ui::TerminalPane *>(window.sessionTabs()->currentWidget())), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(window.launchPanel()->statusText().contains(QLatin1String("Nothing was launched")), 30000);
    // The pane agrees with the form: the container never started (and was removed), not "exited with code 128".
    QTRY_VERIFY_WITH_TIMEOUT(pane->statusText().contains(QLatin1String("could not start")), 20000);
    QTest::qWait(500);
    QVERIFY2(!pane->statusText().contains(QLatin1String("exited with code")), qPrintable(pane->statusText()));
    QVERIFY(pane->statusText().contains(QLatin1String("did not start")));
}

void TestMainWindow::windowLayoutAndTypedForm_surviveARestart()
{
    core::EngineClient client(core::Endpoint::fromHost(test::dockerHost()));
    QList<int> launchSizes;
    {
        ui::MainWindow window(&client);
        window.show();
        window.resize(1111, 733);
        window.showPage(ui::MainWindow::Launch);
        auto *splitter = window.launchPanel()->findChild<QSplitter *>(QStringLiteral("launchSplitter"));
        QVERIFY(splitter);
        QTest::qWait(50);
        splitter->setSizes({300, splitter->width() - 300 - splitter->handleWidth()});
        launchSizes = splitter->sizes();
        window.launchPanel()->form()->imageEdit()->setText(QStringLiteral("typed/before-restart"));
        Q_EMIT window.launchPanel()->form()->changed();
    }
    // Berth started again: the window where it was, the panes as split, the form as typed.
    ui::MainWindow window(&client);
    window.show();
    window.showPage(ui::MainWindow::Launch);
    QTest::qWait(50);
    QCOMPARE(window.size(), QSize(1111, 733));
    QCOMPARE(window.launchPanel()->findChild<QSplitter *>(QStringLiteral("launchSplitter"))->sizes(), launchSizes);
    QCOMPARE(window.launchPanel()->form()->imageEdit()->text(), QStringLiteral("typed/before-restart"));
    window.resize(1280, 800);
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
