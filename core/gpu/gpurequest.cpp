// SPDX-License-Identifier: Apache-2.0
#include "gpurequest.h"

#include <QCoreApplication>

namespace berth::core {

namespace {
// The context is declared rather than passed to QCoreApplication::translate() in a helper: lupdate reads it
// from Q_DECLARE_TR_FUNCTIONS, but files a helper's texts under whatever class encloses each call.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::GpuRequest)
};

// Go's encoding/csv for one record; falls back to a plain split on text it would reject (a stray quote).
QStringList csvFields(const QString &text)
{
    QStringList fields;
    QString field;
    bool inQuotes = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            inQuotes = true;
            wasQuoted = true;
        } else if (c == QLatin1Char('"') || wasQuoted) {
            return text.split(QLatin1Char(','));
        } else {
            field += c;
        }
    }
    if (inQuotes)
        return text.split(QLatin1Char(','));
    fields << field;
    return fields;
}
} // namespace

GpuRequest GpuRequest::parse(const QString &rawValue, QString *error)
{
    GpuRequest request;
    QString value = rawValue.trimmed();
    // The shell leaves the inner quotes of '"device=0,1"' in the value; the CLI strips them as a CSV field.
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        value = value.mid(1, value.size() - 2);
    if (value.isEmpty()) {
        if (error)
            *error = Tr::tr("--gpus needs a value: all, a number, or device=IDS");
        return {};
    }
    if (value == QLatin1String("all")) {
        request.mode = Mode::All;
        return request;
    }
    bool isNumber = false;
    int n = value.toInt(&isNumber);
    if (isNumber) {
        if (n < 0 && n != -1) {
            if (error)
                *error = Tr::tr("GPU count must be positive: %1").arg(value);
            return {};
        }
        request.mode = n == -1 ? Mode::All : Mode::Count;
        request.count = n == -1 ? 0 : n;
        if (n == 0)
            request.mode = Mode::None;
        return request;
    }
    // CSV of key=value as the CLI reads it ("device=0,1",capabilities=utility); "device=" and "capabilities="
    // values may themselves contain commas (device=0,1 unquoted), so a bare field continues them.
    const QStringList fields = csvFields(value);
    QString lastKey;
    for (const QString &field : fields) {
        int eq = field.indexOf(QLatin1Char('='));
        if (eq < 0) {
            if (lastKey == QLatin1String("device")) {
                request.deviceIds << field.trimmed();
                continue;
            }
            if (lastKey == QLatin1String("capabilities")) {
                request.capabilities << field.trimmed();
                continue;
            }
            if (field.trimmed() == QLatin1String("all")) {
                request.mode = Mode::All;
                continue;
            }
            if (error)
                *error = Tr::tr("Unexpected GPU option \"%1\" in --gpus %2").arg(field, rawValue);
            return {};
        }
        const QString key = field.left(eq).trimmed();
        const QString val = field.mid(eq + 1).trimmed();
        lastKey = key;
        if (key == QLatin1String("device")) {
            request.mode = Mode::Devices;
            request.deviceIds << val.split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (key == QLatin1String("count")) {
            if (val == QLatin1String("all")) {
                request.mode = Mode::All;
            } else {
                bool ok = false;
                request.count = val.toInt(&ok);
                if (!ok || request.count <= 0) {
                    if (error)
                        *error = Tr::tr("GPU count must be a positive number or all: %1").arg(val);
                    return {};
                }
                request.mode = Mode::Count;
            }
        } else if (key == QLatin1String("driver")) {
            request.driver = val;
        } else if (key == QLatin1String("capabilities")) {
            request.capabilities << val.split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else {
            if (error)
                *error = Tr::tr("Unknown GPU option \"%1\" in --gpus %2").arg(key, rawValue);
            return {};
        }
    }
    // The CLI asks for one GPU when neither a count nor devices are given (driver=…,capabilities=… alone).
    if (request.mode == Mode::None) {
        request.mode = Mode::Count;
        request.count = 1;
    }
    if (request.mode == Mode::Devices && request.deviceIds.isEmpty()) {
        if (error)
            *error = Tr::tr("device= needs at least one GPU index or UUID");
        return {};
    }
    return request;
}

QString GpuRequest::toCliValue() const
{
    QString value;
    switch (mode) {
    case Mode::None:
        return {};
    case Mode::All:
        value = QStringLiteral("all");
        break;
    case Mode::Count:
        value = QString::number(count);
        break;
    case Mode::Devices:
        value = QStringLiteral("device=") + deviceIds.join(QLatin1Char(','));
        break;
    }
    if (!driver.isEmpty() || !capabilities.isEmpty()) {
        if (mode == Mode::All)
            value = QStringLiteral("count=all");
        else if (mode == Mode::Count)
            value = QStringLiteral("count=") + value;
        if (!driver.isEmpty())
            value += QStringLiteral(",driver=") + driver;
        for (const QString &cap : capabilities)
            value += QStringLiteral(",capabilities=") + cap;
    }
    return value;
}

} // namespace berth::core
