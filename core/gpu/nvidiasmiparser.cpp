// SPDX-License-Identifier: Apache-2.0
#include "nvidiasmiparser.h"

#include <QSet>

#include <algorithm>
#include <cstdlib>

namespace berth::core {

namespace {

constexpr int FieldCount = 7;
constexpr qint64 MaxMemoryMiB = qint64(1) << 40; // a petabyte per GPU: anything above is garbage

// nvidia-smi writes "[N/A]", "[Not Supported]", "[Unknown Error]", "[GPU is lost]" … for values it cannot read.
bool isUnavailable(const QString &value)
{
    return value.isEmpty() || (value.startsWith(QLatin1Char('[')) && value.endsWith(QLatin1Char(']'))) ||
           value == QLatin1String("N/A");
}

// Keeps printable text only, so a hostile or broken tool cannot put control characters into the UI.
QString cleanText(QByteArrayView bytes)
{
    QString text =
        QString::fromUtf8(bytes.first(std::min<qsizetype>(bytes.size(), 4 * NvidiaSmiParser::MaxFieldLength)));
    QString out;
    out.reserve(text.size());
    for (QChar c : std::as_const(text)) {
        if (c.isPrint() || c == QLatin1Char(' '))
            out += c;
        else if (c.isSpace())
            out += QLatin1Char(' ');
    }
    out = out.trimmed();
    if (out.size() > NvidiaSmiParser::MaxFieldLength)
        out.truncate(NvidiaSmiParser::MaxFieldLength);
    return out;
}

qint64 parseMiB(const QString &value)
{
    if (isUnavailable(value))
        return -1;
    bool ok = false;
    // With nounits memory is an integer in MiB; some drivers print a fraction. Units may slip in without nounits.
    QString number = value;
    if (number.endsWith(QLatin1String("MiB")))
        number = number.chopped(3).trimmed();
    const double mib = number.toDouble(&ok);
    if (!ok || !(mib >= 0) || mib > double(MaxMemoryMiB))
        return -1;
    return qint64(mib + 0.5);
}

int parsePercent(const QString &value)
{
    if (isUnavailable(value))
        return -1;
    QString number = value;
    if (number.endsWith(QLatin1Char('%')))
        number = number.chopped(1).trimmed();
    bool ok = false;
    const double percent = number.toDouble(&ok);
    if (!ok || !(percent >= 0) || percent > 100)
        return -1;
    return int(percent + 0.5);
}

} // namespace

QStringList NvidiaSmiParser::queryArguments()
{
    return {QStringLiteral("--query-gpu=index,uuid,name,memory.total,memory.used,utilization.gpu,driver_version"),
            QStringLiteral("--format=csv,noheader,nounits")};
}

NvidiaSmiParser::Report NvidiaSmiParser::parse(QByteArrayView output)
{
    Report report;
    QSet<int> seen;
    qsizetype start = 0;
    const qsizetype size = output.size();
    while (start < size && report.gpus.size() < MaxGpus) {
        qsizetype end = start;
        while (end < size && output[end] != '\n')
            ++end;
        QByteArrayView line = output.sliced(start, end - start);
        start = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        const QString text = cleanText(line);
        if (text.isEmpty())
            continue;

        auto skip = [&report, &text] {
            if (report.skippedLines.size() < MaxSkippedLines)
                report.skippedLines << text;
        };

        QList<QByteArrayView> fields;
        qsizetype fieldStart = 0;
        for (qsizetype i = 0; i <= line.size(); ++i) {
            if (i == line.size() || line[i] == ',') {
                fields << line.sliced(fieldStart, i - fieldStart);
                fieldStart = i + 1;
            }
            if (fields.size() > 64)
                break;
        }
        if (fields.size() < FieldCount || fields.size() > 64) {
            skip();
            continue;
        }
        // A GPU name could contain a comma; the other six fields cannot, so the name is whatever lies between.
        const qsizetype nameFields = fields.size() - (FieldCount - 1);
        QByteArrayView nameBytes(fields[2].data(), fields[2 + nameFields - 1].data() +
                                                       fields[2 + nameFields - 1].size() - fields[2].data());
        const QString indexText = cleanText(fields[0]);
        bool ok = false;
        const int index = indexText.toInt(&ok);
        if (!ok || index < 0 || index >= MaxGpus || seen.contains(index)) {
            skip();
            continue;
        }
        GpuInfo gpu;
        gpu.index = index;
        const QString uuid = cleanText(fields[1]);
        gpu.uuid = isUnavailable(uuid) ? QString() : uuid;
        gpu.name = cleanText(nameBytes);
        if (isUnavailable(gpu.name))
            gpu.name.clear();
        gpu.memoryTotalMiB = parseMiB(cleanText(fields[2 + nameFields]));
        gpu.memoryUsedMiB = parseMiB(cleanText(fields[3 + nameFields]));
        if (gpu.memoryTotalMiB >= 0 && gpu.memoryUsedMiB > gpu.memoryTotalMiB)
            gpu.memoryUsedMiB = gpu.memoryTotalMiB;
        gpu.utilizationPercent = parsePercent(cleanText(fields[4 + nameFields]));
        const QString driver = cleanText(fields[5 + nameFields]);
        gpu.driverVersion = isUnavailable(driver) ? QString() : driver;
        if (report.driverVersion.isEmpty())
            report.driverVersion = gpu.driverVersion;
        seen.insert(index);
        report.gpus << gpu;
    }
    std::sort(report.gpus.begin(), report.gpus.end(),
              [](const GpuInfo &a, const GpuInfo &b) { return a.index < b.index; });
    return report;
}

int NvidiaSmiParser::fuzzOne(const std::uint8_t *data, std::size_t size)
{
    const Report report = parse(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    int previous = -1;
    for (const GpuInfo &gpu : report.gpus) {
        if (gpu.index <= previous || gpu.index >= MaxGpus)
            std::abort();
        previous = gpu.index;
        if (gpu.utilizationPercent < -1 || gpu.utilizationPercent > 100)
            std::abort();
        if (gpu.memoryTotalMiB < -1 || gpu.memoryUsedMiB < -1 || gpu.memoryTotalMiB > MaxMemoryMiB)
            std::abort();
        if (gpu.memoryTotalMiB >= 0 && gpu.memoryUsedMiB > gpu.memoryTotalMiB)
            std::abort();
        if (gpu.name.size() > MaxFieldLength || gpu.uuid.size() > MaxFieldLength)
            std::abort();
    }
    if (report.skippedLines.size() > MaxSkippedLines)
        std::abort();
    return 0;
}

} // namespace berth::core
