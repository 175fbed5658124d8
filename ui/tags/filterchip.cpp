// SPDX-License-Identifier: Apache-2.0
#include "filterchip.h"

namespace berth::ui {

FilterChip::FilterChip(QWidget *parent) : QToolButton(parent)
{
    setCheckable(true);
    setAutoRaise(false);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setStyleSheet(QStringLiteral(
        "berth--ui--FilterChip { border: 1px solid palette(mid); border-radius: 11px; padding: 3px 11px;"
        " background: palette(base); }"
        "berth--ui--FilterChip:hover { border-color: palette(highlight); }"
        "berth--ui--FilterChip:checked { background: palette(highlight); color: palette(highlighted-text);"
        " border-color: palette(highlight); }"));
}

} // namespace berth::ui
