// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tagfacts.h"

#include <QString>

namespace berth::core {

enum class TagSort : quint8 { Version, LastPushed, Size, Name };

// What the browser's chips and text box ask for. Defaults match everything.
struct TagFilter
{
    QString text; // whitespace-separated words, all must occur in the name (case-insensitive)
    bool gpuOnly = false;
    TagFacts::Variant variant = TagFacts::Variant::Unspecified; // Runtime or Devel narrows; Unspecified = any
    int cudaMajor = -1;                                         // -1 = any
    bool python3Only = false;                                   // TensorFlow's -py3 tags only

    bool operator==(const TagFilter &other) const = default;
    bool isEmpty() const { return *this == TagFilter{}; }
};

} // namespace berth::core
