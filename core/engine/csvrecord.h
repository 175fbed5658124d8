// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace berth::core {

// One record of Go's encoding/csv, which is how the docker CLI reads --mount and --gpus values: fields are split on
// commas, a field in double quotes may hold commas, and "" inside quotes stands for one quote. The launch parser,
// the GPU request grammar and the docker run writer all read and write through here.
class CsvRecord final
{
public:
    CsvRecord() = delete;

    // Nothing for what encoding/csv refuses: a quote inside an unquoted field, text after a closing quote, or a
    // quote left open.
    static std::optional<QStringList> read(const QString &text);
    // A field written so that read() gives it back: in quotes when it holds a comma or a quote.
    static QString field(const QString &text);
    static QString write(const QStringList &fields);
};

} // namespace berth::core
