// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace berth::core {

// "Open in system terminal": runs a docker CLI command in the desktop's own terminal emulator, detached from Berth.
// The terminal is the configured one (Settings::TerminalCommand) or the first found of x-terminal-emulator,
// gnome-terminal, konsole, xterm.
class SystemTerminal final
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::SystemTerminal)
public:
    struct Launch
    {
        bool ok = false;
        QString program; // what was (or would be) started
        QStringList arguments;
        qint64 pid = 0;
        QString error; // translated, for the user, when !ok
    };

    static QStringList knownTerminals();

    // `docker -H HOST exec -it ID <shell>` (bash when the image has it, else sh) and `docker -H HOST attach ID`.
    // dockerProgram: the CLI to run, found on PATH when empty.
    static QStringList execCommand(const QString &host, const QString &containerId, const QString &dockerProgram = {});
    static QStringList attachCommand(const QString &host, const QString &containerId,
                                     const QString &dockerProgram = {});

    // The terminal program and arguments that run `command`. configured: the setting, program and leading
    // arguments (e.g. "gnome-terminal --" or "alacritty -e"); "{}" in it marks where the command goes (as one
    // shell-quoted string). searchPaths: where to look for the known terminals (empty: PATH).
    static Launch plan(const QStringList &command, const QString &configured, const QStringList &searchPaths = {});
    // plan(), then QProcess::startDetached; never waits for the terminal.
    static Launch launch(const QStringList &command, const QString &configured, const QStringList &searchPaths = {});

    static QString shellQuote(const QStringList &arguments);
};

} // namespace berth::core
