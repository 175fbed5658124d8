// SPDX-License-Identifier: Apache-2.0
#include "systemterminal.h"

#include "terminalsession.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace berth::core {

QStringList SystemTerminal::knownTerminals()
{
    return {QStringLiteral("x-terminal-emulator"), QStringLiteral("gnome-terminal"), QStringLiteral("konsole"),
            QStringLiteral("xterm")};
}

static QString dockerOrDefault(const QString &dockerProgram)
{
    if (!dockerProgram.isEmpty())
        return dockerProgram;
    const QString found = QStandardPaths::findExecutable(QStringLiteral("docker"));
    return found.isEmpty() ? QStringLiteral("docker") : found;
}

QStringList SystemTerminal::execCommand(const QString &host, const QString &containerId, const QString &dockerProgram)
{
    QStringList command{dockerOrDefault(dockerProgram)};
    if (!host.isEmpty())
        command << QStringLiteral("-H") << host;
    command << QStringLiteral("exec") << QStringLiteral("-it") << containerId;
    return command + TerminalSession::shellCommand();
}

QStringList SystemTerminal::attachCommand(const QString &host, const QString &containerId, const QString &dockerProgram)
{
    QStringList command{dockerOrDefault(dockerProgram)};
    if (!host.isEmpty())
        command << QStringLiteral("-H") << host;
    command << QStringLiteral("attach") << containerId;
    return command;
}

QString SystemTerminal::shellQuote(const QStringList &arguments)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    QStringList quoted;
    for (const QString &a : arguments) {
        if (!a.isEmpty() && safe.match(a).hasMatch())
            quoted << a;
        else
            quoted << QLatin1Char('\'') + QString(a).replace(QLatin1String("'"), QLatin1String("'\\''")) +
                          QLatin1Char('\'');
    }
    return quoted.join(QLatin1Char(' '));
}

SystemTerminal::Launch SystemTerminal::plan(const QStringList &command, const QString &configured,
                                            const QStringList &searchPaths)
{
    Launch launch;
    const QString setting = configured.trimmed();
    if (!setting.isEmpty()) {
        QStringList parts = QProcess::splitCommand(setting);
        if (parts.isEmpty()) {
            launch.error = tr("The terminal command in the settings is empty or malformed: %1").arg(setting);
            return launch;
        }
        const QString program = parts.takeFirst();
        const QString resolved =
            program.contains(QLatin1Char('/')) ? program : QStandardPaths::findExecutable(program, searchPaths);
        if (resolved.isEmpty()) {
            launch.error = tr("The terminal program \"%1\" from the settings was not found.").arg(program);
            return launch;
        }
        launch.program = resolved;
        const qsizetype placeholder = parts.indexOf(QStringLiteral("{}"));
        if (placeholder >= 0) {
            parts[placeholder] = shellQuote(command);
            launch.arguments = parts;
        } else {
            launch.arguments = parts + command;
        }
        launch.ok = true;
        return launch;
    }
    for (const QString &name : knownTerminals()) {
        const QString path = QStandardPaths::findExecutable(name, searchPaths);
        if (path.isEmpty())
            continue;
        launch.program = path;
        // gnome-terminal's -e takes a single string; "--" passes the command's arguments through untouched.
        launch.arguments = (name == QLatin1String("gnome-terminal") ? QStringList{QStringLiteral("--")}
                                                                    : QStringList{QStringLiteral("-e")}) +
                           command;
        launch.ok = true;
        return launch;
    }
    launch.error = tr("No terminal program was found (tried %1). Install one, or set the terminal command in the "
                      "settings.")
                       .arg(knownTerminals().join(QLatin1String(", ")));
    return launch;
}

SystemTerminal::Launch SystemTerminal::launch(const QStringList &command, const QString &configured,
                                              const QStringList &searchPaths)
{
    Launch launch = plan(command, configured, searchPaths);
    if (!launch.ok)
        return launch;
    if (!QProcess::startDetached(launch.program, launch.arguments, QString(), &launch.pid)) {
        launch.ok = false;
        launch.error = tr("Could not start the terminal program %1.").arg(launch.program);
    }
    return launch;
}

} // namespace berth::core
