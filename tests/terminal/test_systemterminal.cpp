// SPDX-License-Identifier: Apache-2.0
#include "terminal/systemterminal.h"
#include "terminal/terminalsession.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using berth::core::SystemTerminal;
using berth::core::TerminalSession;

// "Open in system terminal": which terminal is picked, how the docker command is handed to it, and a real launch
// of a stand-in terminal program that records its arguments.
class TestSystemTerminal : public QObject
{
    Q_OBJECT

private:
    static QString makeExecutable(const QString &dir, const QString &name, const QByteArray &script = "#!/bin/sh\n")
    {
        const QString path = QDir(dir).filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(script);
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

private Q_SLOTS:
    void execCommand_runsTheShellThroughTheDockerCli()
    {
        const QStringList cmd = SystemTerminal::execCommand(QStringLiteral("unix:///run/x.sock"),
                                                            QStringLiteral("abc123"), QStringLiteral("docker"));
        QCOMPARE(cmd.mid(0, 6),
                 (QStringList{QStringLiteral("docker"), QStringLiteral("-H"), QStringLiteral("unix:///run/x.sock"),
                              QStringLiteral("exec"), QStringLiteral("-it"), QStringLiteral("abc123")}));
        QCOMPARE(cmd.mid(6), TerminalSession::shellCommand());
        QCOMPARE(SystemTerminal::attachCommand(QStringLiteral("unix:///run/x.sock"), QStringLiteral("abc123"),
                                               QStringLiteral("docker")),
                 (QStringList{QStringLiteral("docker"), QStringLiteral("-H"), QStringLiteral("unix:///run/x.sock"),
                              QStringLiteral("attach"), QStringLiteral("abc123")}));
    }

    void plan_picksTheFirstKnownTerminal_data()
    {
        QTest::addColumn<QStringList>("installed");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("separator");
        QTest::newRow("xterm only") << QStringList{QStringLiteral("xterm")} << "xterm"
                                    << "-e";
        QTest::newRow("konsole before xterm")
            << QStringList{QStringLiteral("xterm"), QStringLiteral("konsole")} << "konsole"
            << "-e";
        QTest::newRow("gnome-terminal takes the command after --")
            << QStringList{QStringLiteral("gnome-terminal"), QStringLiteral("xterm")} << "gnome-terminal"
            << "--";
        QTest::newRow("the Debian alternative first")
            << QStringList{QStringLiteral("gnome-terminal"), QStringLiteral("x-terminal-emulator")}
            << "x-terminal-emulator"
            << "-e";
    }

    void plan_picksTheFirstKnownTerminal()
    {
        QFETCH(QStringList, installed);
        QFETCH(QString, expected);
        QFETCH(QString, separator);
        QTemporaryDir dir;
        for (const QString &name : installed)
            makeExecutable(dir.path(), name);
        const QStringList command{QStringLiteral("docker"), QStringLiteral("attach"), QStringLiteral("c1")};
        const auto launch = SystemTerminal::plan(command, QString(), {dir.path()});
        QVERIFY(launch.ok);
        QCOMPARE(QFileInfo(launch.program).fileName(), expected);
        QCOMPARE(launch.arguments, QStringList{separator} + command);
    }

    void plan_withoutAnyTerminal_saysWhatToDo()
    {
        QTemporaryDir empty;
        const auto launch = SystemTerminal::plan({QStringLiteral("docker")}, QString(), {empty.path()});
        QVERIFY(!launch.ok);
        QVERIFY2(launch.error.contains(QLatin1String("No terminal program")), qPrintable(launch.error));
        QVERIFY(launch.error.contains(QLatin1String("xterm")));
        QVERIFY(launch.error.contains(QLatin1String("settings")));
    }

    void plan_configuredCommand_data()
    {
        QTest::addColumn<QString>("configured");
        QTest::addColumn<QStringList>("arguments");
        const QStringList command{QStringLiteral("docker"),
                                  QStringLiteral("exec"),
                                  QStringLiteral("-it"),
                                  QStringLiteral("c1"),
                                  QStringLiteral("sh"),
                                  QStringLiteral("-c"),
                                  QStringLiteral("echo 'hi there'")};
        QTest::newRow("arguments before the command")
            << "myterm --hold -e" << (QStringList{QStringLiteral("--hold"), QStringLiteral("-e")} + command);
        QTest::newRow("placeholder takes the command as one quoted string")
            << "myterm -x {} --end"
            << QStringList{QStringLiteral("-x"), QStringLiteral("docker exec -it c1 sh -c 'echo '\\''hi there'\\'''"),
                           QStringLiteral("--end")};
    }

    void plan_configuredCommand()
    {
        QFETCH(QString, configured);
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        makeExecutable(dir.path(), QStringLiteral("myterm"));
        const QStringList command{QStringLiteral("docker"),
                                  QStringLiteral("exec"),
                                  QStringLiteral("-it"),
                                  QStringLiteral("c1"),
                                  QStringLiteral("sh"),
                                  QStringLiteral("-c"),
                                  QStringLiteral("echo 'hi there'")};
        const auto launch = SystemTerminal::plan(command, configured, {dir.path()});
        QVERIFY2(launch.ok, qPrintable(launch.error));
        QCOMPARE(QFileInfo(launch.program).fileName(), QStringLiteral("myterm"));
        QCOMPARE(launch.arguments, arguments);
    }

    void plan_configuredProgramMissing_saysSo()
    {
        QTemporaryDir empty;
        const auto launch =
            SystemTerminal::plan({QStringLiteral("docker")}, QStringLiteral("nosuchterm -e"), {empty.path()});
        QVERIFY(!launch.ok);
        QVERIFY2(launch.error.contains(QLatin1String("nosuchterm")), qPrintable(launch.error));
    }

    void launch_startsTheTerminalDetached()
    {
        QTemporaryDir dir;
        const QString record = QDir(dir.path()).filePath(QStringLiteral("args.txt"));
        const QString term = makeExecutable(
            dir.path(), QStringLiteral("fake-terminal"),
            QStringLiteral(
                "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '%1.tmp' && mv '%1.tmp' '%1'\n")
                .arg(record)
                .toUtf8());
        const QStringList command = SystemTerminal::execCommand(QStringLiteral("unix:///tmp/d.sock"),
                                                                QStringLiteral("c1"), QStringLiteral("docker"));
        const auto launch = SystemTerminal::launch(command, term + QStringLiteral(" -e"));
        QVERIFY2(launch.ok, qPrintable(launch.error));
        QVERIFY(launch.pid > 0);
        QTRY_VERIFY(QFile::exists(record));
        QFile f(record);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList recorded = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(recorded, QStringList{QStringLiteral("-e")} + command);
    }
};

QTEST_GUILESS_MAIN(TestSystemTerminal)
#include "test_systemterminal.moc"
