// SPDX-License-Identifier: Apache-2.0
#include "gpurequest.h"

#include "engine/csvrecord.h"

#include <QCoreApplication>

namespace berth::core {

namespace {
// The context is declared rather than passed to QCoreApplication::translate() in a helper: lupdate reads it
// from Q_DECLARE_TR_FUNCTIONS, but files a helper's texts under whatever class encloses each call.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::GpuRequest)
};

// A record encoding/csv refuses (a stray quote) is read as a plain split, so the grammar below can say what is
// wrong with its fields.
QStringList csvFields(const QString &text)
{
    return CsvRecord::read(text).value_or(text.split(QLatin1Char(',')));
}
} // namespace

GpuRequest GpuRequest::parse(const QString &rawValue, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return GpuRequest();
    };
    GpuRequest request;
    QString value = rawValue.trimmed();
    // The shell leaves the inner quotes of '"device=0,1"' in the value; the CLI strips them as a CSV field.
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')) &&
        !value.mid(1, value.size() - 2).contains(QLatin1Char('"')))
        value = value.mid(1, value.size() - 2);
    if (value.isEmpty())
        return fail(Tr::tr("--gpus needs a value: all, a number, or device=IDS"));
    bool countSeen = false;
    // parseCount(): "all" or an integer; -1 is all.
    auto setCount = [&](const QString &text) {
        countSeen = true;
        if (text == QLatin1String("all")) {
            request.mode = Mode::All;
            return true;
        }
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok || n < -1)
            return false;
        request.mode = n == -1 ? Mode::All : Mode::Count;
        request.count = n == -1 ? 0 : n;
        return true;
    };
    const QStringList fields = csvFields(value);
    QStringList seen;
    QString lastKey;
    for (const QString &rawField : fields) {
        const QString field = rawField.trimmed();
        const qsizetype eq = field.indexOf(QLatin1Char('='));
        if (eq < 0) {
            // Unquoted device=0,1 and capabilities=a,b: the bare field continues the list (Berth's reading).
            if (lastKey == QLatin1String("device")) {
                request.deviceIds << field;
                continue;
            }
            if (lastKey == QLatin1String("capabilities")) {
                request.capabilities << field;
                continue;
            }
            if (seen.contains(field))
                return fail(Tr::tr("--gpus %1: %2 can be given only once").arg(rawValue, field));
            seen << field;
            if (!setCount(field))
                return fail(Tr::tr("GPU count must be a number (0 or more, -1 for all) or all: %1").arg(field));
            continue;
        }
        const QString key = field.left(eq);
        const QString val = field.mid(eq + 1);
        if (seen.contains(key) || (key == QLatin1String("count") && countSeen))
            return fail(Tr::tr("--gpus %1: %2 can be given only once").arg(rawValue, key));
        seen << key;
        lastKey = key;
        if (key == QLatin1String("device")) {
            request.deviceIds << val.split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (key == QLatin1String("count")) {
            if (!setCount(val))
                return fail(Tr::tr("GPU count must be a number (0 or more, -1 for all) or all: %1").arg(val));
        } else if (key == QLatin1String("free")) {
            // Berth's own: N GPUs nobody uses, named at Run time (FreeGpuChooser).
            bool ok = false;
            const int n = val.toInt(&ok);
            if (!ok || n <= 0)
                return fail(Tr::tr("free= needs a positive number of GPUs: %1").arg(val));
            request.mode = Mode::Count;
            request.count = n;
            request.freeOnly = true;
        } else if (key == QLatin1String("driver")) {
            request.driver = val;
        } else if (key == QLatin1String("capabilities")) {
            request.capabilities << val.split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (key == QLatin1String("options")) {
            // ConvertKVStringsToMap over one CSV record: k=v, or a bare k with an empty value.
            for (const QString &kv : csvFields(val)) {
                const qsizetype at = kv.indexOf(QLatin1Char('='));
                request.options.insert(at < 0 ? kv : kv.left(at), at < 0 ? QString() : kv.mid(at + 1));
            }
        } else {
            return fail(Tr::tr("Unknown GPU option \"%1\" in --gpus %2").arg(key, rawValue));
        }
    }
    if (!request.deviceIds.isEmpty()) {
        // With a count too, the engine refuses it: the validator says so, next to the GPU field.
        request.mode = Mode::Devices;
    } else if (seen.contains(QStringLiteral("device"))) {
        return fail(Tr::tr("device= needs at least one GPU index or UUID"));
    }
    // The CLI asks for one GPU when neither a count nor devices are given (driver=…,capabilities=… alone).
    if (request.mode == Mode::None) {
        request.mode = Mode::Count;
        request.count = 1;
    }
    return request;
}

QStringList GpuRequest::fields() const
{
    QStringList fields;
    const bool extras = !driver.isEmpty() || !capabilities.isEmpty() || !options.isEmpty();
    switch (mode) {
    case Mode::None:
        return {};
    case Mode::All:
        fields << (extras ? QStringLiteral("count=all") : QStringLiteral("all"));
        break;
    case Mode::Count:
        // free=N is Berth's own and is resolved to device= before anything runs; shown as the wish until then.
        fields << (freeOnly ? QStringLiteral("free=")
                   : extras ? QStringLiteral("count=")
                            : QString()) +
                      QString::number(count);
        break;
    case Mode::Devices:
        fields << QStringLiteral("device=") + deviceIds.join(QLatin1Char(','));
        break;
    }
    if (!driver.isEmpty())
        fields << QStringLiteral("driver=") + driver;
    if (!capabilities.isEmpty())
        fields << QStringLiteral("capabilities=") + capabilities.join(QLatin1Char(','));
    if (!options.isEmpty()) {
        // The options value is a CSV record of its own, inside the --gpus record.
        QStringList pairs;
        for (auto it = options.cbegin(); it != options.cend(); ++it)
            pairs << (it.value().isEmpty() ? it.key() : it.key() + QLatin1Char('=') + it.value());
        fields << QStringLiteral("options=") + CsvRecord::write(pairs);
    }
    return fields;
}

QString GpuRequest::toArgument() const
{
    return CsvRecord::write(fields());
}

QString GpuRequest::toCliValue() const
{
    return fields().join(QLatin1Char(','));
}

} // namespace berth::core
