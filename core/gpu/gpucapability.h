// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/endpoint.h"
#include "engine/engineerror.h"
#include "engine/models.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>

class QObject;

namespace berth::core {

class EngineClient;

// Whether the engine can give a container GPUs, decided before the user presses Run.
//  - "nvidia" among /info Runtimes: nvidia-container-runtime is configured.
//  - Engine 20.10 without that entry still serves --gpus through the NVIDIA device driver it registers when
//    nvidia-container-runtime-hook is on the daemon's PATH (moby daemon/nvidia_linux.go); the hook calls
//    nvidia-container-cli. /info does not show it, so for a local engine Berth looks for those programs itself.
//  - CDI: the engine reports CDISpecDirs (API >= 1.44); for a local engine Berth looks for NVIDIA specs in them.
// A remote engine's disk cannot be seen from here: without a runtime entry the answer is Unknown.
class GpuCapability final
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::GpuCapability)
public:
    enum class State { Unknown, Available, Unavailable };
    enum class Via { None, NvidiaRuntime, ToolkitHook, Cdi };

    // What Berth found on the engine's host, when it is this computer.
    struct HostFacts
    {
        bool engineIsLocal = false;
        QString hookPath;           // nvidia-container-runtime-hook
        QString cliPath;            // nvidia-container-cli
        QStringList nvidiaCdiSpecs; // spec files with "nvidia" in their name inside the engine's CDI dirs
    };

    GpuCapability() = default;
    GpuCapability(State state, Via via, QString reason) : m_state(state), m_via(via), m_reason(std::move(reason)) {}

    State state() const { return m_state; }
    Via via() const { return m_via; }
    const QString &reason() const { return m_reason; } // translated, one sentence or two
    bool isAvailable() const { return m_state == State::Available; }
    bool isUnavailable() const { return m_state == State::Unavailable; }

    // The decision itself, from facts; no I/O.
    static GpuCapability decide(const EngineInfo &info, const HostFacts &host);
    static GpuCapability fromError(const EngineError &error);
    // Looks at this computer's disk (PATH, standard bin dirs, CDI dirs): call it off the UI thread.
    static HostFacts probeHost(const Endpoint &endpoint, const QStringList &cdiSpecDirs);
    // Asks the engine for /info, probes the host on a worker thread, and calls done (bound to context).
    static void check(EngineClient *client, QObject *context, std::function<void(const GpuCapability &)> done);

    static constexpr const char *HookProgram = "nvidia-container-runtime-hook";
    static constexpr const char *CliProgram = "nvidia-container-cli";

private:
    State m_state = State::Unknown;
    Via m_via = Via::None;
    QString m_reason;
};

} // namespace berth::core

Q_DECLARE_METATYPE(berth::core::GpuCapability)
