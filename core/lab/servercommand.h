// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace berth::core {

// What a program run on a server (nvidia-smi, a path check) printed and how it ended.
struct CommandResult
{
    bool started = false;  // false: it never ran (not installed, no connection): see failure
    bool notFound = false; // the program is not on the server (exit 127 from a shell, or no such file here)
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    QString failure; // why it did not run or did not finish (timeout, ssh failure)
    bool ok() const { return started && exitCode == 0 && failure.isEmpty(); }
};

// Runs argv on one server and calls done once: locally through QProcess for the local engine, over the shared ssh
// session for ssh:// engines. The callback is dropped when context is destroyed first.
using CommandRunner =
    std::function<void(const QStringList &argv, QObject *context, std::function<void(const CommandResult &)> done)>;

class LocalCommand final
{
public:
    // A runner for this computer, with a time limit per run and a cap on what is kept of the output.
    static CommandRunner runner(int timeoutMs = 10000, qint64 maxOutputBytes = 1 << 20);
};

} // namespace berth::core
