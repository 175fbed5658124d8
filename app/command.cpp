// SPDX-License-Identifier: Apache-2.0
#include "command.h"

#include <algorithm>
#include <vector>

namespace berth::app {

namespace {
std::vector<Command> &registry()
{
    static std::vector<Command> commands;
    return commands;
}
} // namespace

void CommandRegistry::add(const Command &command)
{
    registry().push_back(command);
}

const Command *CommandRegistry::find(const QString &name)
{
    auto it = std::find_if(registry().begin(), registry().end(),
                           [&](const Command &c) { return name == QLatin1String(c.name); });
    return it == registry().end() ? nullptr : &*it;
}

QList<Command> CommandRegistry::all()
{
    QList<Command> list(registry().begin(), registry().end());
    std::sort(list.begin(), list.end(), [](const Command &a, const Command &b) { return qstrcmp(a.name, b.name) < 0; });
    return list;
}

} // namespace berth::app
