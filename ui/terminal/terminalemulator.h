// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "terminalcell.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QColor>
#include <QList>
#include <QObject>
#include <QPoint>
#include <QString>

#include <array>
#include <deque>

struct VTerm;
struct VTermScreen;
struct VTermState;

namespace berth::ui {

// The terminal state machine: libvterm's screen plus a bounded scrollback, without any drawing.
// Bytes from the container go in through feed(); keys, text and mouse go in through the input calls and come out
// as output() bytes to send to the container (together with replies to queries such as the cursor position report).
// Rows are numbered from the top of the screen; negative rows are scrollback, -1 the newest line scrolled out.
class TerminalEmulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalEmulator)
public:
    enum class CursorShape { Block, Underline, Bar };
    enum class MouseMode { None, Click, Drag, Move }; // what the program inside asked to receive

    static constexpr int DefaultScrollbackLines = 5000;

    explicit TerminalEmulator(int rows = 24, int cols = 80, QObject *parent = nullptr);
    ~TerminalEmulator() override;

    int rows() const { return m_rows; }
    int cols() const { return m_cols; }
    void resize(int rows, int cols);

    // Output of the program running in the terminal.
    void feed(QByteArrayView bytes);

    // Input. Each returns after output() was emitted for what it produced.
    // keyPress takes a Qt key, its modifiers and the text the platform gave it; false when it produced nothing.
    bool keyPress(int key, Qt::KeyboardModifiers modifiers, const QString &text);
    void sendText(const QString &text); // committed text (input method), sent as UTF-8
    void paste(const QString &text);    // bracketed when the program enabled it; newlines become CR
    void mouseMove(int row, int col, Qt::KeyboardModifiers modifiers);
    void mouseButton(int button, bool pressed, Qt::KeyboardModifiers modifiers); // 1 left 2 middle 3 right 4/5 wheel
    void focusChanged(bool focused);

    // Screen and scrollback.
    int scrollbackCount() const { return int(m_scrollback.size()); }
    int scrollbackLimit() const { return m_scrollbackLimit; }
    void setScrollbackLimit(int lines);
    void clearScrollback();
    // Lines that have left the screen over the terminal's life: a row's absolute number is scrolledOut() + row,
    // which stays put while output scrolls (selections are kept in these numbers).
    qint64 scrolledOut() const { return m_scrolledOut; }
    TerminalCell cell(int row, int col) const;
    QList<TerminalCell> line(int row) const; // cols() cells
    QString lineText(int row) const;         // trailing blanks removed, wide characters once
    QString screenText() const;              // the visible screen, lines joined by '\n'
    // Text from (row, col) to (row, col) inclusive, in reading order; rows may be negative.
    QString text(QPoint fromColRow, QPoint toColRow) const;

    QPoint cursor() const { return m_cursor; } // x = column, y = row
    bool cursorVisible() const { return m_cursorVisible; }
    bool cursorBlinking() const { return m_cursorBlink; }
    CursorShape cursorShape() const { return m_cursorShape; }
    bool altScreen() const { return m_altScreen; }
    bool reverseVideo() const { return m_reverseVideo; }
    MouseMode mouseMode() const { return m_mouseMode; }
    QString title() const { return m_title; }

    QColor defaultForeground() const { return m_defaultFg; }
    QColor defaultBackground() const { return m_defaultBg; }
    void setDefaultColors(const QColor &foreground, const QColor &background);
    QColor paletteColor(int index) const;

Q_SIGNALS:
    void output(const QByteArray &bytes);
    void screenChanged(); // after a feed or resize that changed what is shown
    void titleChanged(const QString &title);
    void bell();

private:
    struct Callbacks;
    friend struct Callbacks;

    void flushOutput();
    void installPalette();
    QRgb toRgb(const void *vtermColor) const;
    TerminalCell convert(const void *vtermCell) const;
    void pushLine(int cols, const void *cells);
    bool popLine(int cols, void *cells);

    VTerm *m_vt = nullptr;
    VTermScreen *m_screen = nullptr;
    VTermState *m_state = nullptr;
    int m_rows;
    int m_cols;
    std::deque<QList<TerminalCell>> m_scrollback; // front: oldest
    int m_scrollbackLimit = DefaultScrollbackLines;
    qint64 m_scrolledOut = 0;
    QByteArray m_pendingOutput;
    bool m_damaged = false;

    QPoint m_cursor;
    bool m_cursorVisible = true;
    bool m_cursorBlink = true;
    CursorShape m_cursorShape = CursorShape::Block;
    bool m_altScreen = false;
    bool m_reverseVideo = false;
    MouseMode m_mouseMode = MouseMode::None;
    QString m_title;
    std::array<QRgb, 256> m_palette{};
    QColor m_defaultFg;
    QColor m_defaultBg;
    QRgb m_defaultFgRgb = 0; // the same two, for the per-cell conversion
    QRgb m_defaultBgRgb = 0;
};

} // namespace berth::ui
