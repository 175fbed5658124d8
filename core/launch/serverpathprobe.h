// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "mounts/serverpaths.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace berth::core {

class Endpoint;

// Asks a remote engine's server what the launch's host paths are (folder, file, missing), so the launch form and
// mount editor check them where the container will see them, not on this workstation.
class ServerPathProbe final
{
public:
    ServerPathProbe() = delete;

    // done gets nullopt for a local engine (the validators stat the paths themselves). An ssh engine is asked with
    // one command over its shared session; a tcp engine cannot be asked (canCheck false, every path Unknown), nor
    // can a server whose ssh fails (every path Unknown: nothing is reported missing on a guess).
    // A server slower than this, or one that never answers, leaves every path unknown.
    static constexpr int TimeoutMs = 15000;

    static void probe(const Endpoint &endpoint, const QStringList &paths, QObject *context,
                      std::function<void(const std::optional<ServerPaths> &)> done);

    // The answer to the probe's command, one line per path in order: d(irectory), f(ile), o(ther), m(issing).
    static ServerPaths parseAnswer(const QString &server, const QStringList &paths, const QByteArray &output);
};

} // namespace berth::core
