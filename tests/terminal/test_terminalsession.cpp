// SPDX-License-Identifier: Apache-2.0
#include "engine/endpoint.h"
#include "engine/engineclient.h"
#include "terminal/terminalemulator.h"
#include "terminal/terminalpane.h"
#include "terminal/terminalsession.h"
#include "terminal/terminalwidget.h"
#include "testenv.h"

#include <QDir>
#include <QInputMethodEvent>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using berth::core::Endpoint;
using berth::core::EngineClient;
using berth::core::TerminalSession;
using berth::ui::TerminalPane;
using berth::ui::TerminalWidget;
namespace t = berth::test;

// Interactive sessions against the real engine, driven through the terminal widget's own key handling.
class TestTerminalSession : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineClient> m_client;
    QStringList m_containers;

    QString uniqueName(const char *what)
    {
        return QStringLiteral("berth-term-%1-%2")
            .arg(QLatin1String(what), QUuid::createUuid().toString(QUuid::Id128).left(8));
    }

    // A running busybox container that just sleeps.
    QString startSleeper()
    {
        const QString name = uniqueName("sleep");
        const QByteArray id = t::docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name,
                                         t::busyboxImage(), QStringLiteral("sleep"), QStringLiteral("300")})
                                  .trimmed();
        m_containers << name;
        return QString::fromLatin1(id);
    }

    static QString screen(TerminalPane &pane) { return pane.terminal()->emulator()->screenText(); }

    static void type(QWidget *w, const QString &text) { QTest::keyClicks(w, text); }
    static void commitInputMethod(QWidget *w, const QString &text)
    {
        QInputMethodEvent preedit(text.left(1), {}); // composing first, as a Korean IME does
        QApplication::sendEvent(w, &preedit);
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(w, &commit);
    }
    static void enter(QWidget *w) { QTest::keyClick(w, Qt::Key_Return); }

    bool waitForPrompt(TerminalPane &pane)
    {
        return QTest::qWaitFor([&] { return screen(pane).contains(QLatin1String("/ #")); }, 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        BERTH_REQUIRE_ENGINE();
        m_client = std::make_unique<EngineClient>(Endpoint::fromHost(t::dockerHost()));
    }

    void cleanupTestCase()
    {
        for (const QString &name : std::as_const(m_containers)) {
            int code = 0;
            QByteArray err;
            t::docker({QStringLiteral("rm"), QStringLiteral("-f"), name}, &code, &err);
        }
    }

    void openShell_typedKoreanAndArithmetic_showsResult()
    {
        const QString id = startSleeper();
        TerminalPane pane(m_client.get());
        pane.resize(900, 500);
        pane.show();
        pane.openShell(id, QStringLiteral("sleeper"));
        QTRY_COMPARE_WITH_TIMEOUT(pane.session()->state(), TerminalSession::State::Running, 15000);
        QVERIFY2(waitForPrompt(pane), qPrintable(screen(pane)));

        TerminalWidget *term = pane.terminal();
        type(term, QStringLiteral("echo "));
        commitInputMethod(term, QString::fromUtf8("\xec\x95\x88\xeb\x85\x95")); // 안녕
        type(term, QStringLiteral(" $((6*7))"));
        enter(term);
        QTRY_VERIFY2_WITH_TIMEOUT(screen(pane).contains(QString::fromUtf8("\xec\x95\x88\xeb\x85\x95 42")),
                                  qPrintable(screen(pane)), 10000);
        // The answer is on a line of its own, under the echoed command.
        bool ownLine = false;
        for (int row = 0; row < term->rows(); ++row)
            ownLine = ownLine || term->emulator()->lineText(row) == QString::fromUtf8("\xec\x95\x88\xeb\x85\x95 42");
        QVERIFY2(ownLine, qPrintable(screen(pane)));
        pane.session()->close();
    }

    void resize_sttyReportsTheNewSize()
    {
        const QString id = startSleeper();
        TerminalPane pane(m_client.get());
        pane.resize(700, 400);
        pane.show();
        pane.openShell(id);
        QTRY_COMPARE_WITH_TIMEOUT(pane.session()->state(), TerminalSession::State::Running, 15000);
        QVERIFY2(waitForPrompt(pane), qPrintable(screen(pane)));
        TerminalWidget *term = pane.terminal();
        QTRY_COMPARE_WITH_TIMEOUT(pane.session()->appliedRows(), term->rows(), 5000);

        const int oldRows = term->rows();
        const int oldCols = term->cols();
        // A window being dragged larger: many sizes in quick succession make one or two resize calls, not ten.
        QSignalSpy applied(pane.session(), &TerminalSession::ttyResized);
        for (int step = 1; step <= 10; ++step) {
            pane.resize(700 + 30 * step, 400 + 16 * step);
            QTest::qWait(10);
        }
        QTRY_VERIFY(term->rows() != oldRows && term->cols() != oldCols);
        const int rows = term->rows();
        const int cols = term->cols();
        QTRY_COMPARE_WITH_TIMEOUT(pane.session()->appliedRows(), rows, 5000);
        QCOMPARE(pane.session()->appliedCols(), cols);
        QVERIFY2(applied.count() <= 3, qPrintable(QString::number(applied.count())));

        type(term, QStringLiteral("clear; stty size"));
        enter(term);
        const QString expected = QStringLiteral("%1 %2").arg(rows).arg(cols);
        QTRY_VERIFY2_WITH_TIMEOUT(screen(pane).split(QLatin1Char('\n')).contains(expected),
                                  qPrintable(expected + QLatin1String(" not in:\n") + screen(pane)), 10000);
        pane.session()->close();
    }

    void exitWithStatus_sessionReportsTheExitCode()
    {
        const QString id = startSleeper();
        TerminalPane pane(m_client.get());
        pane.resize(700, 400);
        pane.show();
        QSignalSpy ended(&pane, &TerminalPane::sessionEnded);
        pane.openShell(id);
        QTRY_COMPARE_WITH_TIMEOUT(pane.session()->state(), TerminalSession::State::Running, 15000);
        QVERIFY2(waitForPrompt(pane), qPrintable(screen(pane)));
        type(pane.terminal(), QStringLiteral("exit 5"));
        enter(pane.terminal());
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 10000);
        QCOMPARE(pane.session()->ending(), TerminalSession::Ending::Exited);
        QCOMPARE(pane.session()->exitCode(), 5);
        QVERIFY2(pane.statusText().contains(QLatin1String("5")), qPrintable(pane.statusText()));
        QVERIFY(pane.terminal()->isReadOnly());
        // The container itself is untouched.
        QCOMPARE(t::docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Running}}"), id})
                     .trimmed(),
                 QByteArray("true"));
    }

    void containerKilledMidSession_saysTheContainerStopped()
    {
        const QString id = startSleeper();
        TerminalPane pane(m_client.get());
        pane.show();
        pane.openShell(id);
        QTRY_COMPARE_WITH_TIMEOUT(pane.session()->state(), TerminalSession::State::Running, 15000);
        QVERIFY2(waitForPrompt(pane), qPrintable(screen(pane)));
        t::docker({QStringLiteral("kill"), id});
        QTRY_COMPARE_WITH_TIMEOUT(pane.session()->state(), TerminalSession::State::Ended, 15000);
        QCOMPARE(pane.session()->ending(), TerminalSession::Ending::ContainerStopped);
        QCOMPARE(pane.session()->exitCode(), 137);
        QVERIFY2(pane.statusText().contains(QLatin1String("container stopped")), qPrintable(pane.statusText()));
    }

    void openShell_onStoppedContainer_failsWithAMessage()
    {
        const QString name = uniqueName("created");
        const QString id = QString::fromLatin1(
            t::docker({QStringLiteral("create"), QStringLiteral("--name"), name, t::busyboxImage()}).trimmed());
        m_containers << name;
        TerminalPane pane(m_client.get());
        pane.openShell(id);
        QTRY_COMPARE_WITH_TIMEOUT(pane.session()->state(), TerminalSession::State::Ended, 15000);
        QCOMPARE(pane.session()->ending(), TerminalSession::Ending::Failed);
        QVERIFY2(pane.statusText().contains(QLatin1String("not running")), qPrintable(pane.statusText()));
    }

    void attach_itContainerWithoutCommand_opensAtItsShell()
    {
        // As launched with -it and no command: Tty + OpenStdin, the image's CMD (sh). Attach first, then start,
        // so the very first prompt is seen (what `docker run -it` does).
        const QString name = uniqueName("it");
        const QString id = QString::fromLatin1(t::docker({QStringLiteral("create"), QStringLiteral("-it"),
                                                          QStringLiteral("--name"), name, t::busyboxImage()})
                                                   .trimmed());
        m_containers << name;
        TerminalPane pane(m_client.get());
        pane.resize(800, 450);
        pane.show();
        pane.attach(id, name);
        QTRY_COMPARE_WITH_TIMEOUT(pane.session()->state(), TerminalSession::State::Running, 15000);
        QVERIFY(pane.session()->hasTty());
        t::docker({QStringLiteral("start"), id});
        QVERIFY2(waitForPrompt(pane), qPrintable(screen(pane)));
        TerminalWidget *term = pane.terminal();
        type(term, QStringLiteral("echo attached $((2+3))"));
        enter(term);
        QTRY_VERIFY2_WITH_TIMEOUT(screen(pane).split(QLatin1Char('\n')).contains(QLatin1String("attached 5")),
                                  qPrintable(screen(pane)), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(pane.session()->appliedCols(), term->cols(), 5000);

        // Ctrl-P Ctrl-Q: the engine detaches and the container keeps running.
        QTest::keyClick(term, Qt::Key_P, Qt::ControlModifier);
        QTest::keyClick(term, Qt::Key_Q, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(pane.session()->state(), TerminalSession::State::Ended, 10000);
        QCOMPARE(pane.session()->ending(), TerminalSession::Ending::Detached);
        QCOMPARE(t::docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Running}}"), id})
                     .trimmed(),
                 QByteArray("true"));

        // Attach again to the running container and end its shell: the container exits with that status.
        TerminalPane again(m_client.get());
        again.resize(800, 450);
        again.show();
        again.attach(id, name);
        QTRY_COMPARE_WITH_TIMEOUT(again.session()->state(), TerminalSession::State::Running, 15000);
        // The shell redraws its prompt for a second attach too (a resize forces SIGWINCH, as docker attach does).
        QVERIFY2(waitForPrompt(again), qPrintable(screen(again)));
        type(again.terminal(), QStringLiteral("exit 3"));
        enter(again.terminal());
        QTRY_COMPARE_WITH_TIMEOUT(again.session()->state(), TerminalSession::State::Ended, 15000);
        QCOMPARE(again.session()->ending(), TerminalSession::Ending::ContainerExited);
        QCOMPARE(again.session()->exitCode(), 3);
        QVERIFY2(again.statusText().contains(QLatin1String("3")), qPrintable(again.statusText()));
    }

    void attach_withoutTty_echoesAndSendsWholeLines()
    {
        // Started with -i but not -t: no TTY, output arrives framed, and the session edits lines itself.
        const QString name = uniqueName("notty");
        const QString id =
            QString::fromLatin1(t::docker({QStringLiteral("create"), QStringLiteral("-i"), QStringLiteral("--name"),
                                           name, t::busyboxImage(), QStringLiteral("sh")})
                                    .trimmed());
        m_containers << name;
        TerminalPane pane(m_client.get());
        pane.resize(800, 450);
        pane.show();
        pane.attach(id, name);
        QTRY_COMPARE_WITH_TIMEOUT(pane.session()->state(), TerminalSession::State::Running, 15000);
        QVERIFY(!pane.session()->hasTty());
        QVERIFY2(pane.statusText().contains(QLatin1String("-t")), qPrintable(pane.statusText()));
        t::docker({QStringLiteral("start"), id});
        TerminalWidget *term = pane.terminal();
        type(term, QStringLiteral("echo no tty $((1+2))x"));
        QTest::keyClick(term, Qt::Key_Backspace);
        enter(term);
        QTRY_VERIFY2_WITH_TIMEOUT(screen(pane).split(QLatin1Char('\n')).contains(QLatin1String("no tty 3")),
                                  qPrintable(screen(pane)), 10000);
        QVERIFY(screen(pane).contains(QLatin1String("echo no tty $((1+2))"))); // the echo of what was typed
        type(term, QStringLiteral("echo oops"));
        QTest::keyClick(term, Qt::Key_D, Qt::ControlModifier); // sends the partial line, like a TTY would
        QTest::keyClick(term, Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(screen(pane).split(QLatin1Char('\n')).contains(QLatin1String("oops")),
                                  qPrintable(screen(pane)), 10000);
        QTest::keyClick(term, Qt::Key_D, Qt::ControlModifier); // on an empty line: end of input, sh exits
        QTRY_COMPARE_WITH_TIMEOUT(pane.session()->state(), TerminalSession::State::Ended, 15000);
        QCOMPARE(pane.session()->ending(), TerminalSession::Ending::ContainerExited);
        QCOMPARE(pane.session()->exitCode(), 0);
    }

    void attach_removedOnExit_stillReportsTheExitCode()
    {
        const QString name = uniqueName("rm");
        const QString id =
            QString::fromLatin1(t::docker({QStringLiteral("create"), QStringLiteral("-it"), QStringLiteral("--rm"),
                                           QStringLiteral("--name"), name, t::busyboxImage()})
                                    .trimmed());
        m_containers << name;
        TerminalPane pane(m_client.get());
        pane.show();
        pane.attach(id, name);
        QTRY_COMPARE_WITH_TIMEOUT(pane.session()->state(), TerminalSession::State::Running, 15000);
        t::docker({QStringLiteral("start"), id});
        QVERIFY2(waitForPrompt(pane), qPrintable(screen(pane)));
        type(pane.terminal(), QStringLiteral("exit 7"));
        enter(pane.terminal());
        QTRY_COMPARE_WITH_TIMEOUT(pane.session()->state(), TerminalSession::State::Ended, 15000);
        QCOMPARE(pane.session()->ending(), TerminalSession::Ending::ContainerExited);
        QCOMPARE(pane.session()->exitCode(), 7);
    }

    void fullScreenProgram_viRunsOnTheAlternateScreen()
    {
        const QString id = startSleeper();
        TerminalPane pane(m_client.get());
        pane.resize(800, 450);
        pane.show();
        pane.openShell(id);
        QTRY_COMPARE_WITH_TIMEOUT(pane.session()->state(), TerminalSession::State::Running, 15000);
        QVERIFY2(waitForPrompt(pane), qPrintable(screen(pane)));
        TerminalWidget *term = pane.terminal();
        QTRY_COMPARE_WITH_TIMEOUT(pane.session()->appliedRows(), term->rows(), 5000);
        type(term, QStringLiteral("echo before vi"));
        enter(term);
        type(term, QStringLiteral("vi /tmp/notes.txt"));
        enter(term);
        QTRY_VERIFY_WITH_TIMEOUT(term->emulator()->altScreen(), 10000);
        // vi fills the screen it was told about: "~" rows down to the status line on the last row.
        QTRY_VERIFY2_WITH_TIMEOUT(term->emulator()->lineText(term->rows() - 1).contains(QLatin1String("notes.txt")),
                                  qPrintable(screen(pane)), 10000);
        QCOMPARE(term->emulator()->lineText(term->rows() - 2), QStringLiteral("~"));
        type(term, QStringLiteral("iHello"));
        QTest::keyClick(term, Qt::Key_Escape);
        QTest::qWait(300); // vi tells a lone Escape from an escape sequence by timing
        type(term, QStringLiteral(":wq"));
        enter(term);
        QTRY_VERIFY_WITH_TIMEOUT(!term->emulator()->altScreen(), 10000);
        // Back on the primary screen, with what was there before vi.
        QVERIFY2(screen(pane).contains(QLatin1String("before vi")), qPrintable(screen(pane)));
        type(term, QStringLiteral("cat /tmp/notes.txt"));
        enter(term);
        QTRY_VERIFY2_WITH_TIMEOUT(screen(pane).split(QLatin1Char('\n')).contains(QLatin1String("Hello")),
                                  qPrintable(screen(pane)), 10000);
        pane.session()->close();
    }

    void screenshot_colouredKoreanSession()
    {
        const QString id = startSleeper();
        TerminalPane pane(m_client.get());
        pane.resize(sizeHintForScreenshot());
        pane.show();
        pane.openShell(id, QStringLiteral("pytorch-train"));
        QTRY_COMPARE_WITH_TIMEOUT(pane.session()->state(), TerminalSession::State::Running, 15000);
        QVERIFY2(waitForPrompt(pane), qPrintable(screen(pane)));
        TerminalWidget *term = pane.terminal();
        QTRY_COMPARE_WITH_TIMEOUT(pane.session()->appliedCols(), term->cols(), 5000);
        const QString script = QStringLiteral(
            "clear; printf '\\033[1;32mEpoch 3/10\\033[0m  loss \\033[33m0.4127\\033[0m  acc "
            "\\033[1;36m91.2%%\\033[0m\\n'"
            "; printf '\\033[31merror\\033[0m \\033[7m reverse \\033[0m \\033[4munderline\\033[0m \\033[1mbold\\033[0m"
            " \\033[38;2;255;128;0mtruecolour\\033[0m\\n'"
            "; for i in 0 1 2 3 4 5 6 7; do printf \"\\033[4${i}m  \"; done; printf '\\033[0m '"
            "; for i in 0 1 2 3 4 5 6 7; do printf \"\\033[10${i}m  \"; done; printf '\\033[0m '"
            "; for i in 196 202 208 214 220 226 190 154 118 82 46 47 48 49 50 51 45 39 33 27 21 57 93 129 165 201;"
            " do printf \"\\033[48;5;${i}m \"; done; printf '\\033[0m\\n'; ls -l /");
        type(term, script);
        enter(term);
        QTRY_VERIFY_WITH_TIMEOUT(screen(pane).contains(QLatin1String("Epoch 3/10")), 10000);
        type(term, QStringLiteral("echo "));
        commitInputMethod(term, QString::fromUtf8("\xec\x95\x88\xeb\x85\x95\xed\x95\x98\xec\x84\xb8\xec\x9a\x94, "
                                                  "\xed\x84\xb0\xeb\xaf\xb8\xeb\x84\x90"));
        type(term, QStringLiteral(" $((6*7))"));
        enter(term);
        QTRY_VERIFY_WITH_TIMEOUT(screen(pane).contains(QString::fromUtf8("\xed\x84\xb0\xeb\xaf\xb8\xeb\x84\x90 42")),
                                 10000);
        QTest::qWait(200);
        term->setFocus();
        QApplication::processEvents();
        const QImage image = pane.grab().toImage();
        QVERIFY(!image.isNull());
        const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR", QDir::tempPath());
        const QString path = QDir(dir).filePath(QStringLiteral("terminal-en.png"));
        QVERIFY2(image.save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
        pane.session()->close();
    }

private:
    static QSize sizeHintForScreenshot() { return {860, 420}; }
};

QTEST_MAIN(TestTerminalSession)
#include "test_terminalsession.moc"
