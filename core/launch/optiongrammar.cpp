// SPDX-License-Identifier: Apache-2.0
#include "optiongrammar.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>

namespace berth::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::OptionGrammar)
};

template<typename T> std::optional<T> refuse(QString *why, const QString &text)
{
    if (why)
        *why = text;
    return std::nullopt;
}

// nat.ParsePortRange: N or A-B, 0-65535, A <= B.
bool portRange(const QString &text, quint32 *start = nullptr, quint32 *end = nullptr)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,5})(?:-([0-9]{1,5}))?$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    const quint32 a = m.captured(1).toUInt();
    const quint32 b = m.captured(2).isEmpty() ? a : m.captured(2).toUInt();
    if (a > 65535 || b > 65535 || b < a)
        return false;
    if (start)
        *start = a;
    if (end)
        *end = b;
    return true;
}

bool isIpv4(const QString &text)
{
    // net.ParseIP: exactly four decimal parts; Qt would also take "127.1" and friends.
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    for (int i = 1; i <= 4; ++i) {
        if (m.captured(i).toUInt() > 255)
            return false;
    }
    return true;
}

const QStringList &capabilityNames()
{
    static const QStringList list{QStringLiteral("CAP_CHOWN"),
                                  QStringLiteral("CAP_DAC_OVERRIDE"),
                                  QStringLiteral("CAP_DAC_READ_SEARCH"),
                                  QStringLiteral("CAP_FOWNER"),
                                  QStringLiteral("CAP_FSETID"),
                                  QStringLiteral("CAP_KILL"),
                                  QStringLiteral("CAP_SETGID"),
                                  QStringLiteral("CAP_SETUID"),
                                  QStringLiteral("CAP_SETPCAP"),
                                  QStringLiteral("CAP_LINUX_IMMUTABLE"),
                                  QStringLiteral("CAP_NET_BIND_SERVICE"),
                                  QStringLiteral("CAP_NET_BROADCAST"),
                                  QStringLiteral("CAP_NET_ADMIN"),
                                  QStringLiteral("CAP_NET_RAW"),
                                  QStringLiteral("CAP_IPC_LOCK"),
                                  QStringLiteral("CAP_IPC_OWNER"),
                                  QStringLiteral("CAP_SYS_MODULE"),
                                  QStringLiteral("CAP_SYS_RAWIO"),
                                  QStringLiteral("CAP_SYS_CHROOT"),
                                  QStringLiteral("CAP_SYS_PTRACE"),
                                  QStringLiteral("CAP_SYS_PACCT"),
                                  QStringLiteral("CAP_SYS_ADMIN"),
                                  QStringLiteral("CAP_SYS_BOOT"),
                                  QStringLiteral("CAP_SYS_NICE"),
                                  QStringLiteral("CAP_SYS_RESOURCE"),
                                  QStringLiteral("CAP_SYS_TIME"),
                                  QStringLiteral("CAP_SYS_TTY_CONFIG"),
                                  QStringLiteral("CAP_MKNOD"),
                                  QStringLiteral("CAP_LEASE"),
                                  QStringLiteral("CAP_AUDIT_WRITE"),
                                  QStringLiteral("CAP_AUDIT_CONTROL"),
                                  QStringLiteral("CAP_SETFCAP"),
                                  QStringLiteral("CAP_MAC_OVERRIDE"),
                                  QStringLiteral("CAP_MAC_ADMIN"),
                                  QStringLiteral("CAP_SYSLOG"),
                                  QStringLiteral("CAP_WAKE_ALARM"),
                                  QStringLiteral("CAP_BLOCK_SUSPEND"),
                                  QStringLiteral("CAP_AUDIT_READ"),
                                  QStringLiteral("CAP_PERFMON"),
                                  QStringLiteral("CAP_BPF"),
                                  QStringLiteral("CAP_CHECKPOINT_RESTORE")};
    return list;
}

const QStringList &ulimitNames()
{
    static const QStringList list{QStringLiteral("core"),     QStringLiteral("cpu"),        QStringLiteral("data"),
                                  QStringLiteral("fsize"),    QStringLiteral("locks"),      QStringLiteral("memlock"),
                                  QStringLiteral("msgqueue"), QStringLiteral("nice"),       QStringLiteral("nofile"),
                                  QStringLiteral("nproc"),    QStringLiteral("rss"),        QStringLiteral("rtprio"),
                                  QStringLiteral("rttime"),   QStringLiteral("sigpending"), QStringLiteral("stack")};
    return list;
}

} // namespace

std::optional<LaunchSpec::Port> OptionGrammar::port(const QString &rawValue, QString *why)
{
    QString value = rawValue;
    if (value.contains(QLatin1Char('='))) {
        // Long syntax: published=8080,target=80,protocol=udp
        QHash<QString, QString> params{{QStringLiteral("protocol"), QStringLiteral("tcp")}};
        const QStringList items = value.split(QLatin1Char(','));
        for (const QString &item : items) {
            const qsizetype eq = item.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return refuse<LaunchSpec::Port>(why, Tr::tr("expected name=value fields"));
            params.insert(item.left(eq), item.mid(eq + 1));
        }
        value = params.value(QStringLiteral("published")) + QLatin1Char(':') + params.value(QStringLiteral("target")) +
                QLatin1Char('/') + params.value(QStringLiteral("protocol"));
    }
    LaunchSpec::Port port;
    const QStringList parts = value.split(QLatin1Char(':'));
    const qsizetype n = parts.size();
    QString containerPart = parts.at(n - 1);
    if (n == 2) {
        port.hostPort = parts.at(0);
    } else if (n >= 3) {
        port.hostPort = parts.at(n - 2);
        port.hostIp = QStringList(parts.mid(0, n - 2)).join(QLatin1Char(':'));
    }
    const qsizetype slash = containerPart.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        port.protocol = containerPart.mid(slash + 1).toLower();
        containerPart.truncate(slash);
    }
    port.containerPort = containerPart;
    if (port.hostIp.startsWith(QLatin1Char('[')) && port.hostIp.endsWith(QLatin1Char(']')))
        port.hostIp = port.hostIp.mid(1, port.hostIp.size() - 2);
    if (!port.hostIp.isEmpty() && !isIpAddress(port.hostIp))
        return refuse<LaunchSpec::Port>(why, Tr::tr("%1 is not an IP address").arg(port.hostIp));
    quint32 cStart = 0, cEnd = 0, hStart = 0, hEnd = 0;
    if (!portRange(port.containerPort, &cStart, &cEnd) ||
        (!port.hostPort.isEmpty() && !portRange(port.hostPort, &hStart, &hEnd)))
        return refuse<LaunchSpec::Port>(why,
                                        Tr::tr("ports must be numbers from 0 to 65535, or ranges such as 8000-8010"));
    // Ranges of different lengths are the validator's to report, on the port row.
    Q_UNUSED(hStart)
    Q_UNUSED(hEnd)
    if (port.protocol != QLatin1String("tcp") && port.protocol != QLatin1String("udp") &&
        port.protocol != QLatin1String("sctp"))
        return refuse<LaunchSpec::Port>(why, Tr::tr("the protocol must be tcp, udp or sctp"));
    return port;
}

QString OptionGrammar::portText(const LaunchSpec::Port &port)
{
    QString value;
    if (!port.hostIp.isEmpty())
        value =
            (port.hostIp.contains(QLatin1Char(':')) ? QLatin1Char('[') + port.hostIp + QLatin1Char(']') : port.hostIp) +
            QLatin1Char(':');
    if (!port.hostPort.isEmpty() || !port.hostIp.isEmpty())
        value += port.hostPort + QLatin1Char(':');
    value += port.containerPort;
    if (port.protocol != QLatin1String("tcp"))
        value += QLatin1Char('/') + port.protocol;
    return value;
}

qint64 OptionGrammar::portCount(const LaunchSpec::Port &port)
{
    quint32 start = 0, end = 0;
    if (!portRange(port.containerPort, &start, &end))
        return 0;
    return qint64(end) - qint64(start) + 1;
}

std::optional<QStringList> OptionGrammar::exposedPorts(const QString &value, QString *why)
{
    if (value.contains(QLatin1Char(':')))
        return refuse<QStringList>(why, Tr::tr("expose takes container ports only, such as 8080 or 8000-8010/udp"));
    QString ports = value;
    QString protocol = QStringLiteral("tcp");
    const qsizetype slash = value.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        protocol = value.mid(slash + 1).toLower();
        ports = value.left(slash);
    }
    quint32 start = 0, end = 0;
    if (!portRange(ports, &start, &end))
        return refuse<QStringList>(why, Tr::tr("expected a port or a range such as 8000-8010, from 0 to 65535"));
    if (protocol != QLatin1String("tcp") && protocol != QLatin1String("udp") && protocol != QLatin1String("sctp"))
        return refuse<QStringList>(why, Tr::tr("the protocol must be tcp, udp or sctp"));
    if (qint64(end) - start + 1 > MaxPublishedPorts)
        return refuse<QStringList>(why, Tr::tr("more than %1 ports").arg(MaxPublishedPorts));
    QStringList keys;
    for (quint32 p = start; p <= end; ++p)
        keys << QString::number(p) + QLatin1Char('/') + protocol;
    return keys;
}

std::optional<LaunchSpec::Ulimit> OptionGrammar::ulimit(const QString &value, QString *why)
{
    const qsizetype eq = value.indexOf(QLatin1Char('='));
    const QString name = eq < 0 ? QString() : value.left(eq);
    if (eq < 0 || !ulimitNames().contains(name))
        return refuse<LaunchSpec::Ulimit>(
            why, Tr::tr("expected NAME=SOFT[:HARD] with a limit such as memlock, nofile or stack"));
    const QStringList limits = value.mid(eq + 1).split(QLatin1Char(':'));
    bool okSoft = false;
    bool okHard = true;
    LaunchSpec::Ulimit u;
    u.name = name;
    u.soft = limits.at(0).toLongLong(&okSoft);
    u.hard = limits.size() > 1 ? limits.at(1).toLongLong(&okHard) : u.soft;
    if (limits.size() > 2 || !okSoft || !okHard)
        return refuse<LaunchSpec::Ulimit>(why, Tr::tr("limits must be whole numbers, -1 for unlimited"));
    if (u.hard != -1 && u.soft > u.hard)
        return refuse<LaunchSpec::Ulimit>(why, Tr::tr("the soft limit is above the hard limit"));
    return u;
}

QString OptionGrammar::ulimitText(const LaunchSpec::Ulimit &u)
{
    return u.name + QLatin1Char('=') + QString::number(u.soft) +
           (u.hard == u.soft ? QString() : QLatin1Char(':') + QString::number(u.hard));
}

std::optional<QString> OptionGrammar::addHost(const QString &value, QString *why)
{
    qsizetype sep = value.indexOf(QLatin1Char('='));
    if (sep < 0)
        sep = value.indexOf(QLatin1Char(':'));
    const QString host = sep < 0 ? QString() : value.left(sep);
    QString ip = sep < 0 ? QString() : value.mid(sep + 1);
    if (ip.size() > 2 && ip.startsWith(QLatin1Char('[')) && ip.endsWith(QLatin1Char(']')))
        ip = ip.mid(1, ip.size() - 2);
    if (host.isEmpty() || host.contains(QLatin1Char(':')) || (ip != QLatin1String("host-gateway") && !isIpAddress(ip)))
        return refuse<QString>(why, Tr::tr("expected HOST:IP"));
    return host + QLatin1Char(':') + ip;
}

bool OptionGrammar::isIpAddress(const QString &value)
{
    if (isIpv4(value))
        return true;
    if (!value.contains(QLatin1Char(':')) || value.contains(QLatin1Char('%')))
        return false;
    const QHostAddress address(value);
    return !address.isNull() && address.protocol() == QAbstractSocket::IPv6Protocol;
}

bool OptionGrammar::isCpuList(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*$"));
    if (!re.match(value).hasMatch())
        return false;
    const QStringList items = value.split(QLatin1Char(','));
    for (const QString &item : items) {
        if (item.contains(QLatin1Char('-')) &&
            item.section(QLatin1Char('-'), 0, 0).toULongLong() > item.section(QLatin1Char('-'), 1).toULongLong())
            return false;
    }
    return true;
}

bool OptionGrammar::isPidMode(const QString &value)
{
    return value.isEmpty() || value == QLatin1String("host") ||
           (value.startsWith(QLatin1String("container:")) && value.size() > 10);
}

bool OptionGrammar::isNetworkMode(const QString &value)
{
    return !value.startsWith(QLatin1String("container:")) || value.size() > 10;
}

bool OptionGrammar::isSecurityOpt(const QString &value)
{
    if (value == QLatin1String("no-new-privileges"))
        return true;
    qsizetype sep = value.indexOf(QLatin1Char('='));
    if (sep < 0)
        sep = value.indexOf(QLatin1Char(':'));
    if (sep <= 0 || sep + 1 >= value.size())
        return false;
    // The keys the engine knows (daemon parseSecurityOpt).
    static const QStringList keys{QStringLiteral("label"),       QStringLiteral("apparmor"),
                                  QStringLiteral("seccomp"),     QStringLiteral("no-new-privileges"),
                                  QStringLiteral("systempaths"), QStringLiteral("writable-cgroups")};
    return keys.contains(value.left(sep));
}

QString OptionGrammar::normalizeCapability(const QString &name)
{
    QString cap = name.trimmed().toUpper();
    if (cap == QLatin1String("ALL") || cap == QLatin1String("RESET"))
        return cap;
    if (!cap.startsWith(QLatin1String("CAP_")))
        cap.prepend(QLatin1String("CAP_"));
    return cap;
}

bool OptionGrammar::isKnownCapability(const QString &name)
{
    const QString cap = normalizeCapability(name);
    return cap == QLatin1String("ALL") || cap == QLatin1String("RESET") || capabilityNames().contains(cap);
}

void OptionGrammar::effectiveCapabilities(const QStringList &add, const QStringList &drop, QStringList *capAdd,
                                          QStringList *capDrop)
{
    QStringList adds;
    QStringList drops;
    for (const QString &c : add)
        adds << normalizeCapability(c);
    for (const QString &c : drop)
        drops << normalizeCapability(c);
    adds.removeDuplicates();
    drops.removeDuplicates();
    if (adds.contains(QStringLiteral("ALL")))
        adds = {QStringLiteral("ALL")};
    if (drops.contains(QStringLiteral("ALL")))
        drops = {QStringLiteral("ALL")};
    QStringList outDrop;
    for (const QString &c : std::as_const(drops)) {
        if (!adds.contains(c) && c != QLatin1String("RESET"))
            outDrop << c;
    }
    QStringList outAdd;
    for (const QString &c : std::as_const(adds)) {
        if (c != QLatin1String("RESET"))
            outAdd << c;
    }
    std::sort(outAdd.begin(), outAdd.end());
    std::sort(outDrop.begin(), outDrop.end());
    *capAdd = outAdd;
    *capDrop = outDrop;
}

bool OptionGrammar::isCdiDeviceName(const QString &value)
{
    // cdi.IsQualifiedName: vendor/class=name, vendor a domain-like name.
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*=[A-Za-z0-9][A-Za-z0-9:._-]*$"));
    return re.match(value).hasMatch();
}

} // namespace berth::core
