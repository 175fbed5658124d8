// SPDX-License-Identifier: Apache-2.0
#include "terminalemulator.h"

#include "common/textcells.h"

#include <algorithm>
#include <vterm.h>

namespace berth::ui {

namespace {

constexpr uint32_t WideTailMarker = 0xFFFFFFFFu; // libvterm's chars[0] for the right half of a wide character

VTermModifier toVTermModifiers(Qt::KeyboardModifiers modifiers)
{
    int mod = VTERM_MOD_NONE;
    if (modifiers & Qt::ShiftModifier)
        mod |= VTERM_MOD_SHIFT;
    if (modifiers & Qt::AltModifier)
        mod |= VTERM_MOD_ALT;
    if (modifiers & Qt::ControlModifier)
        mod |= VTERM_MOD_CTRL;
    return VTermModifier(mod);
}

VTermKey toVTermKey(int key, Qt::KeyboardModifiers modifiers)
{
    switch (key) {
    case Qt::Key_Return:
        return VTERM_KEY_ENTER;
    case Qt::Key_Enter:
        return (modifiers & Qt::KeypadModifier) ? VTERM_KEY_KP_ENTER : VTERM_KEY_ENTER;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return VTERM_KEY_TAB;
    case Qt::Key_Backspace:
        return VTERM_KEY_BACKSPACE;
    case Qt::Key_Escape:
        return VTERM_KEY_ESCAPE;
    case Qt::Key_Up:
        return VTERM_KEY_UP;
    case Qt::Key_Down:
        return VTERM_KEY_DOWN;
    case Qt::Key_Left:
        return VTERM_KEY_LEFT;
    case Qt::Key_Right:
        return VTERM_KEY_RIGHT;
    case Qt::Key_Insert:
        return VTERM_KEY_INS;
    case Qt::Key_Delete:
        return VTERM_KEY_DEL;
    case Qt::Key_Home:
        return VTERM_KEY_HOME;
    case Qt::Key_End:
        return VTERM_KEY_END;
    case Qt::Key_PageUp:
        return VTERM_KEY_PAGEUP;
    case Qt::Key_PageDown:
        return VTERM_KEY_PAGEDOWN;
    default:
        break;
    }
    if (key >= Qt::Key_F1 && key <= Qt::Key_F35)
        return VTermKey(VTERM_KEY_FUNCTION(key - Qt::Key_F1 + 1));
    return VTERM_KEY_NONE;
}

// The byte Ctrl+key produces on a VT keyboard, or -1. Platforms differ in what text they attach to Ctrl+key
// (X11 gives "\x03" for Ctrl+C, others "c" or nothing), so the key code decides.
int controlByte(int key)
{
    if (key >= Qt::Key_A && key <= Qt::Key_Z)
        return key - Qt::Key_A + 1;
    switch (key) {
    case Qt::Key_At:
    case Qt::Key_Space:
    case Qt::Key_2:
        return 0;
    case Qt::Key_BracketLeft:
    case Qt::Key_3:
        return 0x1b;
    case Qt::Key_Backslash:
    case Qt::Key_4:
        return 0x1c;
    case Qt::Key_BracketRight:
    case Qt::Key_5:
        return 0x1d;
    case Qt::Key_AsciiCircum:
    case Qt::Key_6:
        return 0x1e;
    case Qt::Key_Underscore:
    case Qt::Key_Minus:
    case Qt::Key_Slash:
    case Qt::Key_7:
        return 0x1f;
    case Qt::Key_Question:
    case Qt::Key_8:
        return 0x7f;
    default:
        return -1;
    }
}

VTermColor toVTermColor(const QColor &color)
{
    VTermColor c;
    vterm_color_rgb(&c, uint8_t(color.red()), uint8_t(color.green()), uint8_t(color.blue()));
    return c;
}

} // namespace

struct TerminalEmulator::Callbacks
{
    static TerminalEmulator *self(void *user) { return static_cast<TerminalEmulator *>(user); }

    static void output(const char *s, size_t len, void *user) { self(user)->m_pendingOutput.append(s, qsizetype(len)); }
    static int damage(VTermRect, void *user)
    {
        self(user)->m_damaged = true;
        return 1;
    }
    static int moveCursor(VTermPos pos, VTermPos, int visible, void *user)
    {
        auto *t = self(user);
        t->m_cursor = QPoint(pos.col, pos.row);
        t->m_cursorVisible = visible != 0;
        t->m_damaged = true;
        return 1;
    }
    static int setTermProp(VTermProp prop, VTermValue *val, void *user)
    {
        auto *t = self(user);
        switch (prop) {
        case VTERM_PROP_CURSORVISIBLE:
            t->m_cursorVisible = val->boolean != 0;
            break;
        case VTERM_PROP_CURSORBLINK:
            t->m_cursorBlink = val->boolean != 0;
            break;
        case VTERM_PROP_ALTSCREEN:
            t->m_altScreen = val->boolean != 0;
            break;
        case VTERM_PROP_TITLE: {
            QString title = QString::fromUtf8(val->string ? val->string : "");
            if (title != t->m_title) {
                t->m_title = title;
                Q_EMIT t->titleChanged(title);
            }
            break;
        }
        case VTERM_PROP_REVERSE:
            t->m_reverseVideo = val->boolean != 0;
            break;
        case VTERM_PROP_CURSORSHAPE:
            t->m_cursorShape = val->number == VTERM_PROP_CURSORSHAPE_UNDERLINE  ? CursorShape::Underline
                               : val->number == VTERM_PROP_CURSORSHAPE_BAR_LEFT ? CursorShape::Bar
                                                                                : CursorShape::Block;
            break;
        case VTERM_PROP_MOUSE:
            t->m_mouseMode = val->number == VTERM_PROP_MOUSE_CLICK  ? MouseMode::Click
                             : val->number == VTERM_PROP_MOUSE_DRAG ? MouseMode::Drag
                             : val->number == VTERM_PROP_MOUSE_MOVE ? MouseMode::Move
                                                                    : MouseMode::None;
            break;
        default:
            break;
        }
        t->m_damaged = true;
        return 1;
    }
    static int bell(void *user)
    {
        Q_EMIT self(user)->bell();
        return 1;
    }
    static int pushLine(int cols, const VTermScreenCell *cells, void *user)
    {
        self(user)->pushLine(cols, cells);
        return 1;
    }
    static int popLine(int cols, VTermScreenCell *cells, void *user)
    {
        return self(user)->popLine(cols, cells) ? 1 : 0;
    }

    static const VTermScreenCallbacks *table()
    {
        static const VTermScreenCallbacks callbacks = {
            &damage,
            nullptr, // moverect: libvterm then reports the moved area as damage
            &moveCursor, &setTermProp, &bell,
            nullptr, // resize
            &pushLine,   &popLine,
        };
        return &callbacks;
    }
};

TerminalEmulator::TerminalEmulator(int rows, int cols, QObject *parent)
    : QObject(parent), m_rows(std::max(rows, 1)), m_cols(std::max(cols, 1)), m_defaultFg(QColor(0xd0, 0xd0, 0xd0)),
      m_defaultBg(QColor(0x1e, 0x1f, 0x22))
{
    m_vt = vterm_new(m_rows, m_cols);
    vterm_set_utf8(m_vt, 1);
    vterm_output_set_callback(m_vt, &Callbacks::output, this);
    m_state = vterm_obtain_state(m_vt);
    m_screen = vterm_obtain_screen(m_vt);
    vterm_screen_set_callbacks(m_screen, Callbacks::table(), this);
    vterm_screen_set_damage_merge(m_screen, VTERM_DAMAGE_SCROLL);
    vterm_screen_enable_altscreen(m_screen, 1);
    vterm_screen_reset(m_screen, 1);
    // Bold text in one of the eight basic colours shows in its bright variant, as xterm and most terminals do.
    vterm_state_set_bold_highbright(m_state, 1);
    installPalette();
    setDefaultColors(m_defaultFg, m_defaultBg);
}

TerminalEmulator::~TerminalEmulator()
{
    vterm_free(m_vt);
}

void TerminalEmulator::resize(int rows, int cols)
{
    rows = std::max(rows, 1);
    cols = std::max(cols, 1);
    if (rows == m_rows && cols == m_cols)
        return;
    m_rows = rows;
    m_cols = cols;
    vterm_set_size(m_vt, rows, cols);
    vterm_screen_flush_damage(m_screen);
    VTermPos pos;
    vterm_state_get_cursorpos(m_state, &pos);
    m_cursor = QPoint(pos.col, pos.row);
    m_damaged = false;
    flushOutput();
    Q_EMIT screenChanged();
}

void TerminalEmulator::feed(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    vterm_input_write(m_vt, bytes.data(), size_t(bytes.size()));
    vterm_screen_flush_damage(m_screen);
    flushOutput(); // replies to queries (cursor position, device attributes)
    if (m_damaged) {
        m_damaged = false;
        Q_EMIT screenChanged();
    }
}

void TerminalEmulator::flushOutput()
{
    if (m_pendingOutput.isEmpty())
        return;
    QByteArray bytes;
    bytes.swap(m_pendingOutput);
    Q_EMIT output(bytes);
}

bool TerminalEmulator::keyPress(int key, Qt::KeyboardModifiers modifiers, const QString &text)
{
    const VTermModifier mod = toVTermModifiers(modifiers);
    const VTermKey vkey = toVTermKey(key, modifiers);
    if (vkey != VTERM_KEY_NONE) {
        // Shift+Tab arrives as Key_Backtab; libvterm sends CSI Z for Tab with Shift.
        const VTermModifier m = key == Qt::Key_Backtab ? VTermModifier(mod | VTERM_MOD_SHIFT) : mod;
        vterm_keyboard_key(m_vt, vkey, m);
        flushOutput();
        return true;
    }
    const bool alt = modifiers & Qt::AltModifier;
    if (modifiers & Qt::ControlModifier) {
        const int ctrl = controlByte(key);
        if (ctrl >= 0) {
            QByteArray bytes;
            if (alt)
                bytes += '\x1b';
            bytes += char(ctrl);
            m_pendingOutput += bytes;
            flushOutput();
            return true;
        }
    }
    if (text.isEmpty())
        return false;
    // Alt+key sends ESC first (meta sends escape), which readline and emacs read as Meta.
    if (alt)
        m_pendingOutput += '\x1b';
    m_pendingOutput += text.toUtf8();
    flushOutput();
    return true;
}

void TerminalEmulator::sendText(const QString &text)
{
    if (text.isEmpty())
        return;
    m_pendingOutput += text.toUtf8();
    flushOutput();
}

void TerminalEmulator::paste(const QString &text)
{
    if (text.isEmpty())
        return;
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\r"));
    normalized.replace(QLatin1Char('\n'), QLatin1Char('\r'));
    // A pasted end marker would let the rest of the paste run as typed commands.
    normalized.remove(QLatin1String("\x1b[201~"));
    vterm_keyboard_start_paste(m_vt);
    m_pendingOutput += normalized.toUtf8();
    vterm_keyboard_end_paste(m_vt);
    flushOutput();
}

void TerminalEmulator::mouseMove(int row, int col, Qt::KeyboardModifiers modifiers)
{
    vterm_mouse_move(m_vt, row, col, toVTermModifiers(modifiers));
    flushOutput();
}

void TerminalEmulator::mouseButton(int button, bool pressed, Qt::KeyboardModifiers modifiers)
{
    vterm_mouse_button(m_vt, button, pressed, toVTermModifiers(modifiers));
    flushOutput();
}

void TerminalEmulator::focusChanged(bool focused)
{
    if (focused)
        vterm_state_focus_in(m_state);
    else
        vterm_state_focus_out(m_state);
    flushOutput();
}

void TerminalEmulator::setScrollbackLimit(int lines)
{
    m_scrollbackLimit = std::max(lines, 0);
    while (int(m_scrollback.size()) > m_scrollbackLimit)
        m_scrollback.pop_front();
}

void TerminalEmulator::clearScrollback()
{
    m_scrollback.clear();
    Q_EMIT screenChanged();
}

TerminalCell TerminalEmulator::convert(const void *vtermCell) const
{
    const auto *c = static_cast<const VTermScreenCell *>(vtermCell);
    TerminalCell cell;
    cell.flags = 0;
    if (c->chars[0] == WideTailMarker) {
        cell.flags |= TerminalCell::WideTail;
    } else {
        cell.ch = c->chars[0];
        if (cell.ch && c->chars[1])
            cell.combining = c->chars[1];
        if (c->width == 2)
            cell.flags |= TerminalCell::Wide;
    }
    if (c->attrs.bold)
        cell.flags |= TerminalCell::Bold;
    if (c->attrs.italic)
        cell.flags |= TerminalCell::Italic;
    if (c->attrs.blink)
        cell.flags |= TerminalCell::Blink;
    if (c->attrs.reverse)
        cell.flags |= TerminalCell::Reverse;
    if (c->attrs.strike)
        cell.flags |= TerminalCell::Strike;
    cell.underline = quint8(c->attrs.underline);
    if (VTERM_COLOR_IS_DEFAULT_FG(&c->fg)) {
        cell.flags |= TerminalCell::DefaultFg;
        cell.fg = m_defaultFgRgb;
    } else {
        cell.fg = toRgb(&c->fg);
    }
    if (VTERM_COLOR_IS_DEFAULT_BG(&c->bg)) {
        cell.flags |= TerminalCell::DefaultBg;
        cell.bg = m_defaultBgRgb;
    } else {
        cell.bg = toRgb(&c->bg);
    }
    return cell;
}

void TerminalEmulator::pushLine(int cols, const void *cells)
{
    const auto *c = static_cast<const VTermScreenCell *>(cells);
    // Trailing blank cells on the default background are not stored: most lines are far shorter than the screen.
    int used = cols;
    while (used > 0 && (c[used - 1].chars[0] == 0 || c[used - 1].chars[0] == ' ') &&
           VTERM_COLOR_IS_DEFAULT_BG(&c[used - 1].bg) && !c[used - 1].attrs.reverse)
        --used;
    QList<TerminalCell> line;
    line.reserve(used);
    for (int i = 0; i < used; ++i)
        line.append(convert(&c[i]));
    ++m_scrolledOut;
    if (m_scrollbackLimit == 0)
        return;
    m_scrollback.push_back(std::move(line));
    while (int(m_scrollback.size()) > m_scrollbackLimit)
        m_scrollback.pop_front();
}

bool TerminalEmulator::popLine(int cols, void *cells)
{
    if (m_scrollback.empty())
        return false;
    auto *out = static_cast<VTermScreenCell *>(cells);
    const QList<TerminalCell> line = std::move(m_scrollback.back());
    m_scrollback.pop_back();
    --m_scrolledOut;
    for (int i = 0; i < cols; ++i) {
        VTermScreenCell &c = out[i];
        c = VTermScreenCell{};
        if (i >= line.size()) {
            vterm_state_get_default_colors(m_state, &c.fg, &c.bg);
            c.width = 1;
            continue;
        }
        const TerminalCell &t = line.at(i);
        c.chars[0] = t.has(TerminalCell::WideTail) ? WideTailMarker : uint32_t(t.ch);
        c.chars[1] = t.has(TerminalCell::WideTail) ? 0 : uint32_t(t.combining);
        c.width = char(t.has(TerminalCell::Wide) ? 2 : 1);
        c.attrs.bold = t.has(TerminalCell::Bold);
        c.attrs.italic = t.has(TerminalCell::Italic);
        c.attrs.blink = t.has(TerminalCell::Blink);
        c.attrs.reverse = t.has(TerminalCell::Reverse);
        c.attrs.strike = t.has(TerminalCell::Strike);
        c.attrs.underline = t.underline;
        vterm_color_rgb(&c.fg, uint8_t(qRed(t.fg)), uint8_t(qGreen(t.fg)), uint8_t(qBlue(t.fg)));
        vterm_color_rgb(&c.bg, uint8_t(qRed(t.bg)), uint8_t(qGreen(t.bg)), uint8_t(qBlue(t.bg)));
        if (t.has(TerminalCell::DefaultFg))
            c.fg.type |= VTERM_COLOR_DEFAULT_FG;
        if (t.has(TerminalCell::DefaultBg))
            c.bg.type |= VTERM_COLOR_DEFAULT_BG;
    }
    return true;
}

TerminalCell TerminalEmulator::cell(int row, int col) const
{
    if (col < 0 || col >= m_cols || row >= m_rows)
        return {};
    if (row < 0) {
        const int index = int(m_scrollback.size()) + row;
        if (index < 0)
            return {};
        const QList<TerminalCell> &line = m_scrollback[size_t(index)];
        if (col < line.size())
            return line.at(col);
        TerminalCell blank;
        blank.fg = m_defaultFgRgb;
        blank.bg = m_defaultBgRgb;
        return blank;
    }
    VTermScreenCell c;
    if (!vterm_screen_get_cell(m_screen, VTermPos{row, col}, &c))
        return {};
    return convert(&c);
}

QList<TerminalCell> TerminalEmulator::line(int row) const
{
    QList<TerminalCell> cells;
    cells.reserve(m_cols);
    for (int col = 0; col < m_cols; ++col)
        cells.append(cell(row, col));
    return cells;
}

QString TerminalEmulator::lineText(int row) const
{
    return text(QPoint(0, row), QPoint(m_cols - 1, row));
}

QString TerminalEmulator::screenText() const
{
    QStringList lines;
    for (int row = 0; row < m_rows; ++row)
        lines.append(lineText(row));
    return lines.join(QLatin1Char('\n'));
}

QString TerminalEmulator::text(QPoint from, QPoint to) const
{
    if (to.y() < from.y() || (to.y() == from.y() && to.x() < from.x()))
        std::swap(from, to);
    QString result;
    for (int row = from.y(); row <= to.y(); ++row) {
        const int first = row == from.y() ? from.x() : 0;
        const int last = row == to.y() ? to.x() : m_cols - 1;
        QString lineText;
        for (int col = std::max(first, 0); col <= std::min(last, m_cols - 1); ++col) {
            const TerminalCell c = cell(row, col);
            if (c.has(TerminalCell::WideTail))
                continue;
            lineText += c.ch ? c.text() : QString(QLatin1Char(' '));
        }
        // Lines ending before the selection's end lose their padding, as in every terminal's copy.
        while (lineText.endsWith(QLatin1Char(' ')))
            lineText.chop(1);
        if (row != from.y())
            result += QLatin1Char('\n');
        result += lineText;
    }
    return result;
}

void TerminalEmulator::setDefaultColors(const QColor &foreground, const QColor &background)
{
    m_defaultFg = foreground;
    m_defaultBg = background;
    m_defaultFgRgb = foreground.rgb();
    m_defaultBgRgb = background.rgb();
    const VTermColor fg = toVTermColor(foreground);
    const VTermColor bg = toVTermColor(background);
    vterm_state_set_default_colors(m_state, &fg, &bg);
    Q_EMIT screenChanged();
}

void TerminalEmulator::installPalette()
{
    // The sixteen base colours are tuned for a dark background (libvterm's own are pure 0xE0 primaries, hard to
    // read); 16-255 follow xterm exactly, since programs choose them by number expecting xterm's values.
    static const QRgb base[16] = {0x000000, 0xcd3131, 0x0dbc79, 0xe5e510, 0x2472c8, 0xbc3fbc, 0x11a8cd, 0xe5e5e5,
                                  0x767676, 0xf14c4c, 0x23d18b, 0xf5f543, 0x3b8eea, 0xd670d6, 0x29b8db, 0xffffff};
    // libvterm 0.1.4 only lets the first sixteen be changed and computes the rest with its own ramps, so indexed
    // colours are resolved here (toRgb) rather than by libvterm.
    auto set = [this](int index, int r, int g, int b) {
        m_palette[size_t(index)] = qRgb(r, g, b);
        if (index < 16) {
            VTermColor c;
            vterm_color_rgb(&c, uint8_t(r), uint8_t(g), uint8_t(b));
            vterm_state_set_palette_color(m_state, index, &c);
        }
    };
    for (int i = 0; i < 16; ++i)
        set(i, qRed(base[i]), qGreen(base[i]), qBlue(base[i]));
    for (int i = 16; i < 256; ++i) {
        const QRgb c = TextCells::xterm256(i);
        set(i, qRed(c), qGreen(c), qBlue(c));
    }
}

QColor TerminalEmulator::paletteColor(int index) const
{
    return QColor::fromRgb(m_palette[size_t(std::clamp(index, 0, 255))]);
}

QRgb TerminalEmulator::toRgb(const void *vtermColor) const
{
    const auto *c = static_cast<const VTermColor *>(vtermColor);
    if (VTERM_COLOR_IS_INDEXED(c))
        return m_palette[c->indexed.idx];
    return qRgb(c->rgb.red, c->rgb.green, c->rgb.blue);
}

} // namespace berth::ui
