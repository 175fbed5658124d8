// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace berth::app {

// A headless subcommand (`berth convert …`, `berth tags …`). Each lives in its own .cpp and registers itself with
// BERTH_COMMAND, so main.cpp never changes when one is added. run() gets the arguments after the command name and
// returns the process exit code; it runs inside a QCoreApplication (no display needed).
struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args);
};

class CommandRegistry
{
public:
    static void add(const Command &command);
    static const Command *find(const QString &name);
    static QList<Command> all();
};

struct CommandRegistrar
{
    explicit CommandRegistrar(const Command &command) { CommandRegistry::add(command); }
};

} // namespace berth::app

#define BERTH_COMMAND(ident, name, summary, fn)                                                                        \
    static const berth::app::CommandRegistrar berthCommand_##ident(berth::app::Command{name, summary, fn})
