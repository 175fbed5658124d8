// SPDX-License-Identifier: Apache-2.0
#include "mountgrammar.h"

#include "engine/csvrecord.h"
#include "mounts/sizeparser.h"

namespace berth::core {

namespace {

const QStringList &propagations()
{
    static const QStringList list{QStringLiteral("private"), QStringLiteral("rprivate"), QStringLiteral("shared"),
                                  QStringLiteral("rshared"), QStringLiteral("slave"),    QStringLiteral("rslave")};
    return list;
}

// A refusal keeps what was read before it (the options already left out).
MountGrammar::Reading refused(MountGrammar::Reading reading, const QString &why)
{
    reading.mount.reset();
    reading.why = why;
    return reading;
}

MountGrammar::Reading unsupported(MountGrammar::Reading reading, const QString &subject, const QString &why)
{
    reading = refused(std::move(reading), why);
    reading.code = LaunchProblem::Code::UnsupportedOption;
    reading.subject = subject;
    return reading;
}

bool isDesktopOnly(const QString &option)
{
    return option == QLatin1String("cached") || option == QLatin1String("delegated") ||
           option == QLatin1String("consistent");
}

} // namespace

MountGrammar::Reading MountGrammar::volume(const QString &value)
{
    if (value.isEmpty())
        return refused({}, tr("the volume is empty"));
    const QStringList parts = value.split(QLatin1Char(':'));
    for (const QString &part : parts) {
        if (part.isEmpty())
            return refused({}, tr("an empty part between colons"));
    }
    if (parts.size() > 3)
        return refused({}, tr("too many colons: a path with ':' cannot be written with -v, use --mount instead"));
    MountSpec m;
    m.syntax = MountSpec::Syntax::Volume;
    Reading reading;
    if (parts.size() == 1) {
        m.type = MountSpec::Type::Volume;
        m.target = parts.at(0);
        reading.mount = m;
        return reading;
    }
    const QString &source = parts.at(0);
    m.source = source;
    m.target = parts.at(1);
    m.type = (source.startsWith(QLatin1Char('/')) || source.startsWith(QLatin1Char('.')) ||
              source.startsWith(QLatin1Char('~')))
                 ? MountSpec::Type::Bind
                 : MountSpec::Type::Volume;
    if (parts.size() == 3) {
        for (const QString &o : parts.at(2).split(QLatin1Char(','))) {
            if (o == QLatin1String("ro")) {
                m.readOnly = true;
            } else if (o == QLatin1String("rw")) {
                m.readOnly = false;
                m.explicitReadWrite = true;
            } else if (o == QLatin1String("z") || o == QLatin1String("Z")) {
                m.selinuxLabel = o;
            } else if (o == QLatin1String("nocopy")) {
                m.noCopy = true;
            } else if (propagations().contains(o)) {
                m.propagation = o;
            } else if (isDesktopOnly(o)) {
                reading.ignored << o;
            } else {
                return refused(reading, tr("unknown mount option \"%1\"").arg(o));
            }
        }
    }
    reading.mount = m;
    return reading;
}

MountGrammar::Reading MountGrammar::mount(const QString &value)
{
    const std::optional<QStringList> fields = CsvRecord::read(value.trimmed());
    if (!fields || value.trimmed().isEmpty())
        return refused({}, tr("expected comma-separated key=value fields"));
    MountSpec m;
    m.type = MountSpec::Type::Volume; // the CLI's default
    m.syntax = MountSpec::Syntax::Mount;
    Reading reading;
    bool hasBindOptions = false;
    bool hasVolumeOptions = false;
    bool hasTmpfsOptions = false;
    for (const QString &field : *fields) {
        const qsizetype eq = field.indexOf(QLatin1Char('='));
        const QString key = (eq < 0 ? field : field.left(eq)).toLower();
        const QString val = eq < 0 ? QString() : field.mid(eq + 1);
        if (eq >= 0 && val.trimmed().isEmpty())
            return refused(reading, tr("%1 has an empty value").arg(key));
        // A key alone means true, as in the CLI.
        const auto boolValue = [&](bool *target) {
            if (eq < 0 || val == QLatin1String("1") || val == QLatin1String("true"))
                *target = true;
            else if (val == QLatin1String("0") || val == QLatin1String("false"))
                *target = false;
            else
                return false;
            return true;
        };
        if (key == QLatin1String("type")) {
            bool typeOk = true;
            m.type = MountSpec::typeFromName(val.toLower(), &typeOk);
            if (!typeOk) {
                return unsupported(reading, QStringLiteral("--mount type=") + val,
                                   tr("Mounts of type %1 are not supported: use bind, volume or tmpfs").arg(val));
            }
        } else if (key == QLatin1String("source") || key == QLatin1String("src")) {
            m.source = val;
        } else if (key == QLatin1String("target") || key == QLatin1String("dst") ||
                   key == QLatin1String("destination")) {
            m.target = val;
        } else if (key == QLatin1String("readonly") || key == QLatin1String("ro")) {
            if (!boolValue(&m.readOnly))
                return refused(reading, tr("%1 must be true or false").arg(key));
        } else if (key == QLatin1String("bind-propagation")) {
            m.propagation = val.toLower();
            hasBindOptions = true;
        } else if (key == QLatin1String("volume-nocopy")) {
            if (!boolValue(&m.noCopy))
                return refused(reading, tr("%1 must be true or false").arg(key));
            hasVolumeOptions = true;
        } else if (key == QLatin1String("volume-opt")) {
            m.volumeOptions << val;
            hasVolumeOptions = true;
        } else if (key == QLatin1String("tmpfs-size")) {
            const std::optional<qint64> bytes = SizeParser::parse(val);
            if (!bytes)
                return refused(reading, tr("tmpfs-size must be a size such as 64m"));
            m.tmpfsSizeBytes = *bytes;
            hasTmpfsOptions = true;
        } else if (key == QLatin1String("tmpfs-mode")) {
            bool ok = false;
            m.tmpfsMode = int(val.toUInt(&ok, 8));
            if (!ok)
                return refused(reading, tr("tmpfs-mode must be an octal mode such as 1777"));
            hasTmpfsOptions = true;
        } else if (key == QLatin1String("consistency")) {
            reading.ignored << key;
        } else {
            return unsupported(reading, QStringLiteral("--mount ") + key,
                               tr("The mount option %1 is not supported yet").arg(key));
        }
    }
    if ((hasBindOptions && m.type != MountSpec::Type::Bind) ||
        (hasVolumeOptions && m.type != MountSpec::Type::Volume) ||
        (hasTmpfsOptions && m.type != MountSpec::Type::Tmpfs)) {
        return refused(
            reading,
            tr("options of another mount type used with type=%1").arg(QLatin1String(MountSpec::typeName(m.type))));
    }
    reading.mount = m;
    return reading;
}

MountSpec MountGrammar::tmpfs(const QString &value)
{
    MountSpec m;
    m.type = MountSpec::Type::Tmpfs;
    m.syntax = MountSpec::Syntax::Tmpfs;
    const qsizetype colon = value.indexOf(QLatin1Char(':'));
    m.target = colon < 0 ? value : value.left(colon);
    m.tmpfsOptions = colon < 0 ? QString() : value.mid(colon + 1);
    return m;
}

QString MountGrammar::text(const MountSpec &mount)
{
    switch (mount.syntax) {
    case MountSpec::Syntax::Volume:
        return volumeText(mount);
    case MountSpec::Syntax::Mount:
        return mountText(mount);
    case MountSpec::Syntax::Tmpfs:
        return tmpfsText(mount);
    }
    return volumeText(mount);
}

QString MountGrammar::volumeText(const MountSpec &m)
{
    if (m.source.isEmpty())
        return m.target;
    QString value = m.source + QLatin1Char(':') + m.target;
    QStringList opts;
    if (m.readOnly)
        opts << QStringLiteral("ro");
    else if (m.explicitReadWrite)
        opts << QStringLiteral("rw");
    if (!m.selinuxLabel.isEmpty())
        opts << m.selinuxLabel;
    if (m.noCopy)
        opts << QStringLiteral("nocopy");
    if (!m.propagation.isEmpty())
        opts << m.propagation;
    if (!opts.isEmpty())
        value += QLatin1Char(':') + opts.join(QLatin1Char(','));
    return value;
}

QString MountGrammar::mountText(const MountSpec &m)
{
    QStringList fields;
    fields << QStringLiteral("type=") + QLatin1String(MountSpec::typeName(m.type));
    if (!m.source.isEmpty())
        fields << QStringLiteral("source=") + m.source;
    fields << QStringLiteral("target=") + m.target;
    if (m.readOnly)
        fields << QStringLiteral("readonly");
    if (!m.propagation.isEmpty())
        fields << QStringLiteral("bind-propagation=") + m.propagation;
    if (m.noCopy)
        fields << QStringLiteral("volume-nocopy");
    for (const QString &opt : m.volumeOptions)
        fields << QStringLiteral("volume-opt=") + opt;
    if (m.tmpfsSizeBytes > 0)
        fields << QStringLiteral("tmpfs-size=") + QString::number(m.tmpfsSizeBytes);
    if (m.tmpfsMode > 0)
        fields << QStringLiteral("tmpfs-mode=") + QString::number(m.tmpfsMode, 8);
    return CsvRecord::write(fields);
}

QString MountGrammar::tmpfsText(const MountSpec &m)
{
    return m.tmpfsOptions.isEmpty() ? m.target : m.target + QLatin1Char(':') + m.tmpfsOptions;
}

} // namespace berth::core
