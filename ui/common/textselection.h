// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

#include <compare>
#include <limits>
#include <optional>
#include <utility>

namespace berth::ui {

// The mouse selection the log view and the terminal share: press, drag, Shift+click to extend, double-click for a
// word and triple-click for a line, and a drag after either extends by words or lines.
//
// A position is a row that stays put while text scrolls (a log line's id; a terminal line counted from the first
// line ever scrolled out) and a column in it (a byte offset in a log line; a cell in a terminal line). The view
// turns the point under the mouse into a span of positions: an empty one between two characters (the log view), one
// cell (the terminal), or the word or line around it. The selection runs from the first of the anchor's and the
// cursor's spans to the last of them, end exclusive, so a press without a drag between characters selects nothing.
class TextSelection final
{
public:
    struct Position
    {
        qint64 row = -1;
        int column = 0;
        auto operator<=>(const Position &) const = default;
    };
    struct Span
    {
        Position from;
        Position to; // exclusive; equal to from for a point between two characters
    };
    // What the ends snap to while dragging: what the press that started it picked.
    enum class Unit { Character, Word, Line };

    // A press: `at` becomes the anchor, and a drag follows in `unit`s.
    void press(const Span &at, Unit unit = Unit::Character);
    // A Shift+press: the selection reaches to `at` from the same anchor, and the drag goes on from there.
    void pressExtending(const Span &at)
    {
        m_cursor = at;
        m_dragging = true;
    }
    void extendTo(const Span &at) { m_cursor = at; }
    void release() { m_dragging = false; }
    // A selection made at once (Select All): no drag follows.
    void select(Position from, Position to);
    void clear();

    // Qt reports presses and double-clicks; a press soon after a double-click is a triple click.
    void doubleClicked() { m_doubleClick.start(); }
    bool takeTripleClick();

    bool isEmpty() const { return m_anchor.from.row < 0 || start() == end(); }
    bool isDragging() const { return m_dragging; }
    Unit unit() const { return m_unit; }
    Position start() const;
    Position end() const;
    bool contains(Position at) const { return !isEmpty() && start() <= at && at < end(); }
    // The columns of `row` the selection covers, [first, second); second is RestOfRow when it goes on past this row.
    static constexpr int RestOfRow = std::numeric_limits<int>::max();
    std::optional<std::pair<int, int>> columnsOn(qint64 row) const;

    // Letters, digits and what paths, image references and URLs are made of: a double-click takes
    // "pytorch/pytorch:1.2-cuda10.0" or "/src/train.py" whole.
    static bool isWordCharacter(char32_t ch);
    // The columns [first, last) of the word at `column` in a row read through charAt(column) (columns 0..count-1;
    // a column that continues the character before it, such as the second cell of a wide character, reports
    // that character). A character that is not part of a word is a span of its own.
    template<typename CharAt> static std::pair<int, int> wordAround(int column, int count, CharAt charAt)
    {
        if (column < 0 || column >= count)
            return {column, column};
        if (!isWordCharacter(charAt(column)))
            return {column, column + 1};
        int first = column;
        int last = column + 1;
        while (first > 0 && isWordCharacter(charAt(first - 1)))
            --first;
        while (last < count && isWordCharacter(charAt(last)))
            ++last;
        return {first, last};
    }

private:
    Span m_anchor{};
    Span m_cursor{};
    Unit m_unit = Unit::Character;
    bool m_dragging = false;
    QElapsedTimer m_doubleClick;
};

} // namespace berth::ui
