// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launchspec.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace berth::core {

// The value grammars of docker run options, each with its reader and its writer, as the docker CLI reads them
// (cli/opts, go-connections/nat, go-units). The parser, the writer and the form all call these, so a value typed in
// the form, pasted in a line or written back out is read one way. Readers return nothing and set *why (translated,
// without the option name) when the CLI or the engine would refuse the value.
class OptionGrammar final
{
public:
    OptionGrammar() = delete;

    // -p [ip:][hostPort:]containerPort[/proto]; ports 0-65535, ranges a-b; also published=…,target=…,protocol=….
    static std::optional<LaunchSpec::Port> port(const QString &value, QString *why = nullptr);
    static QString portText(const LaunchSpec::Port &port);
    // How many container ports a mapping publishes (a range counts each port).
    static qint64 portCount(const LaunchSpec::Port &port);
    // The most ports one launch may publish: each costs the engine a proxy and a JSON entry, and a few repeated
    // 1-65535 ranges would take gigabytes to build.
    static constexpr qint64 MaxPublishedPorts = 4096;

    // --expose port[/proto] or a range; the ports as the engine's ExposedPorts keys ("80/tcp").
    static std::optional<QStringList> exposedPorts(const QString &value, QString *why = nullptr);

    // --ulimit name=soft[:hard]; -1 unlimited.
    static std::optional<LaunchSpec::Ulimit> ulimit(const QString &value, QString *why = nullptr);
    static QString ulimitText(const LaunchSpec::Ulimit &ulimit);

    // --add-host host:ip or host=ip (brackets around IPv6 allowed); the engine's "host:ip" form.
    static std::optional<QString> addHost(const QString &value, QString *why = nullptr);

    // --dns: an IPv4 or IPv6 address.
    static bool isIpAddress(const QString &value);

    // --cpuset-cpus / --cpuset-mems: 0-3,5 (numbers and ascending ranges).
    static bool isCpuList(const QString &value);

    // --pid: "", host, or container:NAME.
    static bool isPidMode(const QString &value);
    // --network container:NAME needs the name.
    static bool isNetworkMode(const QString &value);
    // --security-opt: key=value, key:value or no-new-privileges.
    static bool isSecurityOpt(const QString &value);

    // --cap-add/--cap-drop: the CLI's NormalizeCapability (upper case, CAP_ prefix; ALL and RESET as they are).
    static QString normalizeCapability(const QString &name);
    // A capability the Linux kernel (and so the engine) knows, or ALL/RESET.
    static bool isKnownCapability(const QString &name);
    // The CLI's EffectiveCapAddCapDrop: normalized, de-duplicated, sorted; ALL trumps the rest of its list; a
    // capability both added and dropped is only added.
    static void effectiveCapabilities(const QStringList &add, const QStringList &drop, QStringList *capAdd,
                                      QStringList *capDrop);

    // --device vendor.com/class=name: a CDI device, sent as a device request, not a device mapping.
    static bool isCdiDeviceName(const QString &value);
};

} // namespace berth::core
