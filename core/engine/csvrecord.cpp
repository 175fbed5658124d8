// SPDX-License-Identifier: Apache-2.0
#include "csvrecord.h"

namespace berth::core {

std::optional<QStringList> CsvRecord::read(const QString &text)
{
    QStringList fields;
    qsizetype i = 0;
    const qsizetype n = text.size();
    for (;;) {
        QString field;
        if (i < n && text.at(i) == QLatin1Char('"')) {
            ++i;
            for (;;) {
                if (i >= n)
                    return std::nullopt;
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
            if (i < n && text.at(i) != QLatin1Char(','))
                return std::nullopt;
        } else {
            while (i < n && text.at(i) != QLatin1Char(',')) {
                if (text.at(i) == QLatin1Char('"'))
                    return std::nullopt;
                field += text.at(i++);
            }
        }
        fields << field;
        if (i >= n)
            break;
        ++i; // the comma
    }
    return fields;
}

QString CsvRecord::field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvRecord::write(const QStringList &fields)
{
    QStringList written;
    written.reserve(fields.size());
    for (const QString &f : fields)
        written << field(f);
    return written.join(QLatin1Char(','));
}

} // namespace berth::core
