// SPDX-License-Identifier: Apache-2.0
#include "textselection.h"

#include <QChar>
#include <QGuiApplication>
#include <QStyleHints>

#include <algorithm>

namespace berth::ui {

void TextSelection::press(const Span &at, Unit unit)
{
    m_anchor = at;
    m_cursor = at;
    m_unit = unit;
    m_dragging = true;
}

void TextSelection::select(Position from, Position to)
{
    m_anchor = Span{from, from};
    m_cursor = Span{to, to};
    m_unit = Unit::Character;
    m_dragging = false;
}

void TextSelection::clear()
{
    m_anchor = m_cursor = Span{};
    m_unit = Unit::Character;
    m_dragging = false;
}

bool TextSelection::takeTripleClick()
{
    const bool triple =
        m_doubleClick.isValid() && m_doubleClick.elapsed() < QGuiApplication::styleHints()->mouseDoubleClickInterval();
    m_doubleClick.invalidate();
    return triple;
}

TextSelection::Position TextSelection::start() const
{
    return std::min(m_anchor.from, m_cursor.from);
}

TextSelection::Position TextSelection::end() const
{
    return std::max(m_anchor.to, m_cursor.to);
}

std::optional<std::pair<int, int>> TextSelection::columnsOn(qint64 row) const
{
    if (isEmpty())
        return std::nullopt;
    const Position first = start();
    const Position last = end();
    if (row < first.row || row > last.row || (row == last.row && last.column == 0 && first.row < row))
        return std::nullopt;
    return std::pair{row == first.row ? first.column : 0, row == last.row ? last.column : RestOfRow};
}

bool TextSelection::isWordCharacter(char32_t ch)
{
    if (ch < 0x80)
        return QChar::isLetterOrNumber(ch) || QStringView(u"-_./~:@%+=#?&").contains(QChar(char16_t(ch)));
    return QChar::isLetterOrNumber(ch);
}

} // namespace berth::ui
