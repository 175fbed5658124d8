// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QToolButton>

namespace berth::ui {

// A checkable rounded "chip" for the tag filters.
class FilterChip final : public QToolButton
{
    Q_OBJECT
public:
    explicit FilterChip(QWidget *parent = nullptr);
};

} // namespace berth::ui
