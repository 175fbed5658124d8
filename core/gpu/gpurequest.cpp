#include "gpurequest.h"

#include <QCoreApplication>

namespace berth::core {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("berth::core::GpuRequest", text);
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
            *error = tr("--gpus needs a value: all, a number, or device=IDS");
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
                *error = tr("GPU count must be positive: %1").arg(value);
            return {};
        }
        request.mode = n == -1 ? Mode::All : Mode::Count;
        request.count = n == -1 ? 0 : n;
        if (n == 0)
            request.mode = Mode::None;
        return request;
    }
    // CSV of key=value; "device=" values may themselves contain commas (device=0,1), so a bare field continues it.
    const QStringList fields = value.split(QLatin1Char(','));
    QString lastKey;
    for (const QString &field : fields) {
        int eq = field.indexOf(QLatin1Char('='));
        if (eq < 0) {
            if (lastKey == QLatin1String("device")) {
                request.deviceIds << field.trimmed();
                continue;
            }
            if (field.trimmed() == QLatin1String("all")) {
                request.mode = Mode::All;
                continue;
            }
            if (error)
                *error = tr("Unexpected GPU option \"%1\" in --gpus %2").arg(field, rawValue);
            return {};
        }
        const QString key = field.left(eq).trimmed();
        const QString val = field.mid(eq + 1).trimmed();
        lastKey = key;
        if (key == QLatin1String("device")) {
            request.mode = Mode::Devices;
            if (!val.isEmpty())
                request.deviceIds << val;
        } else if (key == QLatin1String("count")) {
            if (val == QLatin1String("all")) {
                request.mode = Mode::All;
            } else {
                bool ok = false;
                request.count = val.toInt(&ok);
                if (!ok || request.count <= 0) {
                    if (error)
                        *error = tr("GPU count must be a positive number or all: %1").arg(val);
                    return {};
                }
                request.mode = Mode::Count;
            }
        } else if (key == QLatin1String("driver")) {
            request.driver = val;
        } else if (key == QLatin1String("capabilities")) {
            request.capabilities << val;
        } else {
            if (error)
                *error = tr("Unknown GPU option \"%1\" in --gpus %2").arg(key, rawValue);
            return {};
        }
    }
    if (request.mode == Mode::Devices && request.deviceIds.isEmpty()) {
        if (error)
            *error = tr("device= needs at least one GPU index or UUID");
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
