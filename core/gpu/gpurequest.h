// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace berth::core {

// Which GPUs a launch asks for: what --gpus says, and what the GPU picker edits.
// Maps to one HostConfig.DeviceRequests entry (docker CLI opts/gpus.go).
struct GpuRequest
{
    enum class Mode { None, All, Count, Devices };

    Mode mode = Mode::None;
    int count = 0;                  // Mode::Count
    QStringList deviceIds;          // Mode::Devices: indexes ("0") or UUIDs ("GPU-…")
    QStringList capabilities;       // extra capabilities besides "gpu" (e.g. "utility", "compute"); usually empty
    QString driver;                 // usually empty (the engine picks nvidia)
    QMap<QString, QString> options; // options=k=v driver options; usually empty
    // Berth only ("--gpus free=N"): Mode::Count, but resolved at Run time to N free GPUs by name
    // (FreeGpuChooser). Never sent to the engine as it is.
    bool freeOnly = false;

    bool operator==(const GpuRequest &other) const = default;

    // Parses a --gpus value as the CLI does (opts/gpus.go): all | N | device=0,1 | "device=0,1" |
    // driver=…,count=…,capabilities=…,options=…; each key once; N may be 0, and -1 means all. Unlike the CLI, an
    // unquoted device=0,1 means both GPUs (the CLI reads "device 0, count 1", which the engine refuses).
    // Berth's own free=N asks for N GPUs nobody holds, resolved at Run time.
    // On failure returns Mode::None and sets *error (translated).
    static GpuRequest parse(const QString &value, QString *error = nullptr);
    // The value's fields in the order the CLI documents them (all | N | device=… | count=…, driver=…,
    // capabilities=…, options=…), unquoted. Empty for Mode::None.
    QStringList fields() const;
    // The --gpus argument for a docker run line: the fields as one CSV record, so device=0,1 is quoted and reads
    // back as both GPUs. parse(toArgument()) gives this request back.
    QString toArgument() const;
    // The value as people read it (all, 2, device=0,1, free=2): the fields joined, without the quoting.
    QString toCliValue() const;
};

} // namespace berth::core

Q_DECLARE_METATYPE(berth::core::GpuRequest)
