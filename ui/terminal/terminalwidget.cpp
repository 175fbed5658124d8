// SPDX-License-Identifier: Apache-2.0
#include "terminalwidget.h"

#include "common/childsignals.h"
#include "terminalemulator.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QStyleHints>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace berth::ui {

namespace {

constexpr int BlinkIntervalMs = 600;
constexpr int WheelLines = 3;

// Characters that belong to a "word" for double-click selection: paths, URLs and image references stay whole.
int fontStyle(const TerminalCell &cell)
{
    return (cell.has(TerminalCell::Bold) ? CellPainter::Bold : 0) |
           (cell.has(TerminalCell::Italic) ? CellPainter::Italic : 0);
}

} // namespace

TerminalWidget::TerminalWidget(QWidget *parent)
    : QAbstractScrollArea(parent), m_emulator(new TerminalEmulator(24, 80, this))
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled, true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent, true);
    verticalScrollBar()->setSingleStep(1);

    connect(m_emulator, &TerminalEmulator::output, this, &TerminalWidget::sendBytes);
    connect(m_emulator, &TerminalEmulator::screenChanged, this, &TerminalWidget::onScreenChanged);
    connect(m_emulator, &TerminalEmulator::titleChanged, this, &TerminalWidget::titleChanged);
    connect(m_emulator, &TerminalEmulator::bell, this, [] { QApplication::beep(); });

    m_blinkTimer.setInterval(BlinkIntervalMs);
    connect(&m_blinkTimer, &QTimer::timeout, this, [this] {
        m_blinkOn = !m_blinkOn;
        viewport()->update(cellRect(m_emulator->cursor().y() + scrollOffset(), m_emulator->cursor().x(), 2));
    });

    setTerminalFont(defaultFont());
}

TerminalWidget::~TerminalWidget()
{
    disconnectChildSignals(this);
}

QFont TerminalWidget::defaultFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Hangul and other wide scripts come from a CJK monospace font whose full-width glyphs fill two cells.
    font.setFamilies({font.family(), QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans Mono CJK KR"),
                      QStringLiteral("Noto Sans CJK KR")});
    font.setStyleHint(QFont::TypeWriter);
    font.setFixedPitch(true);
    font.setKerning(false);
    if (font.pointSizeF() < 10)
        font.setPointSizeF(10);
    return font;
}

void TerminalWidget::feed(const QByteArray &bytes)
{
    m_emulator->feed(bytes);
}

int TerminalWidget::rows() const
{
    return m_emulator->rows();
}

int TerminalWidget::cols() const
{
    return m_emulator->cols();
}

void TerminalWidget::setTerminalFont(const QFont &font)
{
    m_cells.setFont(font, viewport());
    updateGeometry();
    updateTerminalSize();
    viewport()->update();
}

void TerminalWidget::setScrollbackLines(int lines)
{
    m_emulator->setScrollbackLimit(lines);
    updateScrollBar();
}

void TerminalWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly) {
        m_preedit.clear();
        m_blinkTimer.stop();
        m_blinkOn = true;
    }
    viewport()->update();
}

QSize TerminalWidget::sizeForCells(int rows, int cols) const
{
    const int w = int(std::ceil(cols * m_cells.cellWidth())) + 2 * m_margin + verticalScrollBar()->sizeHint().width() +
                  2 * frameWidth();
    const int h = rows * m_cells.rowHeight() + 2 * m_margin + 2 * frameWidth();
    return {w, h};
}

QSize TerminalWidget::sizeHint() const
{
    return sizeForCells(24, 80);
}

QSize TerminalWidget::minimumSizeHint() const
{
    return sizeForCells(4, 20);
}

void TerminalWidget::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateTerminalSize();
}

void TerminalWidget::updateTerminalSize()
{
    const QSize area = viewport()->size() - QSize(2 * m_margin, 2 * m_margin);
    const int cols = std::max(2, int(area.width() / m_cells.cellWidth()));
    const int rows = std::max(1, area.height() / m_cells.rowHeight());
    if (rows == m_emulator->rows() && cols == m_emulator->cols())
        return;
    m_emulator->resize(rows, cols);
    updateScrollBar();
    Q_EMIT terminalSizeChanged(rows, cols);
}

void TerminalWidget::onScreenChanged()
{
    const qint64 scrolledOut = m_emulator->scrolledOut();
    const qint64 pushed = scrolledOut - m_lastScrolledOut;
    m_lastScrolledOut = scrolledOut;
    QScrollBar *bar = verticalScrollBar();
    const int offset = scrollOffset();
    // Someone reading the history keeps seeing the same lines while output arrives; at the bottom it follows.
    const int newOffset = offset == 0 ? 0 : int(std::min<qint64>(offset + pushed, m_emulator->scrollbackCount()));
    const QSignalBlocker block(bar);
    bar->setRange(0, m_emulator->scrollbackCount());
    bar->setPageStep(m_emulator->rows());
    bar->setValue(bar->maximum() - newOffset);
    viewport()->update();
    updateMicroFocus();
}

void TerminalWidget::updateScrollBar()
{
    QScrollBar *bar = verticalScrollBar();
    const int offset = scrollOffset();
    const QSignalBlocker block(bar);
    bar->setRange(0, m_emulator->scrollbackCount());
    bar->setPageStep(m_emulator->rows());
    bar->setValue(bar->maximum() - std::min(offset, bar->maximum()));
    viewport()->update();
}

int TerminalWidget::scrollOffset() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->maximum() - bar->value();
}

void TerminalWidget::scrollToBottom()
{
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void TerminalWidget::scrollContentsBy(int, int)
{
    viewport()->update();
}

QRect TerminalWidget::cellRect(int viewportRow, int col, int width) const
{
    const int x0 = m_margin + int(std::floor(col * m_cells.cellWidth()));
    const int x1 = m_margin + int(std::floor((col + width) * m_cells.cellWidth()));
    return {x0, m_margin + viewportRow * m_cells.rowHeight(), x1 - x0, m_cells.rowHeight()};
}

QPoint TerminalWidget::viewportCell(const QPoint &pos) const
{
    const int col = std::clamp(int((pos.x() - m_margin) / m_cells.cellWidth()), 0, m_emulator->cols() - 1);
    const int row = std::clamp((pos.y() - m_margin) / m_cells.rowHeight(), 0, m_emulator->rows() - 1);
    return {col, row};
}

TerminalWidget::Position TerminalWidget::cellAt(const QPoint &pos) const
{
    // Dragging above or below the view reaches one line beyond it, so a selection can scroll.
    const int rawRow = int(std::floor(double(pos.y() - m_margin) / m_cells.rowHeight()));
    const int row = std::clamp(rawRow, -1, m_emulator->rows());
    const int col = std::clamp(int(std::floor((pos.x() - m_margin) / m_cells.cellWidth())), 0, m_emulator->cols() - 1);
    const int emulatorRow = std::clamp(row - scrollOffset(), -m_emulator->scrollbackCount(), m_emulator->rows() - 1);
    return {m_emulator->scrolledOut() + emulatorRow, col};
}

TerminalWidget::Span TerminalWidget::spanAt(const Position &cell, TextSelection::Unit unit) const
{
    switch (unit) {
    case TextSelection::Unit::Character:
        break;
    case TextSelection::Unit::Word: {
        const int row = int(cell.row - m_emulator->scrolledOut());
        const auto [first, last] = TextSelection::wordAround(cell.column, m_emulator->cols(), [this, row](int col) {
            // The second half of a wide character belongs to it.
            while (col > 0 && m_emulator->cell(row, col).has(TerminalCell::WideTail))
                --col;
            return m_emulator->cell(row, col).ch;
        });
        return {{cell.row, first}, {cell.row, last}};
    }
    case TextSelection::Unit::Line:
        return {{cell.row, 0}, {cell.row, m_emulator->cols()}};
    }
    return {cell, {cell.row, cell.column + 1}};
}

QString TerminalWidget::selectedText() const
{
    if (m_selection.isEmpty())
        return {};
    const Position from = m_selection.start();
    Position to = m_selection.end(); // exclusive; the emulator takes the last cell
    if (to.column == 0)
        to = {to.row - 1, m_emulator->cols() - 1};
    else
        --to.column;
    const qint64 base = m_emulator->scrolledOut();
    return m_emulator->text(QPoint(from.column, int(from.row - base)), QPoint(to.column, int(to.row - base)));
}

void TerminalWidget::clearSelection()
{
    if (m_selection.isEmpty())
        return;
    m_selection.clear();
    viewport()->update();
}

void TerminalWidget::selectAll()
{
    const qint64 base = m_emulator->scrolledOut();
    m_selection.select({base - m_emulator->scrollbackCount(), 0}, {base + m_emulator->rows() - 1, m_emulator->cols()});
    selectionFinished();
    viewport()->update();
}

void TerminalWidget::copy()
{
    if (hasSelection())
        QGuiApplication::clipboard()->setText(selectedText(), QClipboard::Clipboard);
}

void TerminalWidget::paste()
{
    if (m_readOnly)
        return;
    scrollToBottom();
    m_emulator->paste(QGuiApplication::clipboard()->text(QClipboard::Clipboard));
}

void TerminalWidget::pasteSelection()
{
    if (m_readOnly)
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    const QString text = clipboard->supportsSelection() ? clipboard->text(QClipboard::Selection)
                                                        : clipboard->text(QClipboard::Clipboard);
    scrollToBottom();
    m_emulator->paste(text);
}

void TerminalWidget::selectionFinished()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (hasSelection() && clipboard->supportsSelection())
        clipboard->setText(selectedText(), QClipboard::Selection);
}

void TerminalWidget::sendBytes(const QByteArray &bytes)
{
    if (!m_readOnly)
        Q_EMIT sendData(bytes);
}

void TerminalWidget::restartBlink()
{
    m_blinkOn = true;
    if (hasFocus() && m_emulator->cursorBlinking() && !m_readOnly)
        m_blinkTimer.start();
    else
        m_blinkTimer.stop();
}

bool TerminalWidget::event(QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        // Tab belongs to the shell (completion), not to focus navigation.
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            keyPressEvent(key);
            return true;
        }
    } else if (event->type() == QEvent::ShortcutOverride) {
        // The program in the terminal gets Ctrl/Alt keys before window shortcuts (Ctrl+W deletes a word in a
        // shell); Ctrl+Shift combinations stay with the application, except the terminal's own copy and paste.
        auto *key = static_cast<QKeyEvent *>(event);
        const auto mods = key->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
        const bool ctrlShift = mods == (Qt::ControlModifier | Qt::ShiftModifier);
        if (!ctrlShift || key->key() == Qt::Key_C || key->key() == Qt::Key_V) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

bool TerminalWidget::focusNextPrevChild(bool)
{
    return false;
}

void TerminalWidget::keyPressEvent(QKeyEvent *event)
{
    const auto mods = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier);
    const int key = event->key();
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier) && key == Qt::Key_C) {
        copy();
        return;
    }
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier) && key == Qt::Key_V) {
        paste();
        return;
    }
    if (mods == Qt::ShiftModifier) {
        QScrollBar *bar = verticalScrollBar();
        switch (key) {
        case Qt::Key_PageUp:
            bar->triggerAction(QAbstractSlider::SliderPageStepSub);
            return;
        case Qt::Key_PageDown:
            bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
            return;
        case Qt::Key_Home:
            bar->setValue(bar->minimum());
            return;
        case Qt::Key_End:
            bar->setValue(bar->maximum());
            return;
        case Qt::Key_Insert:
            pasteSelection();
            return;
        default:
            break;
        }
    }
    if (m_readOnly) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (m_emulator->keyPress(key, event->modifiers(), event->text())) {
        event->accept();
        scrollToBottom();
        restartBlink();
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TerminalWidget::inputMethodEvent(QInputMethodEvent *event)
{
    if (m_readOnly) {
        m_preedit.clear();
        event->accept();
        return;
    }
    if (!event->commitString().isEmpty()) {
        scrollToBottom();
        m_emulator->sendText(event->commitString());
    }
    m_preedit = event->preeditString();
    restartBlink();
    viewport()->update();
    event->accept();
}

QVariant TerminalWidget::inputMethodQuery(Qt::InputMethodQuery query) const
{
    const QPoint cursor = m_emulator->cursor();
    switch (query) {
    case Qt::ImEnabled:
        return !m_readOnly;
    case Qt::ImCursorRectangle: {
        QRect r = cellRect(cursor.y() + scrollOffset(), cursor.x());
        r.translate(viewport()->pos());
        return r;
    }
    case Qt::ImFont:
        return m_cells.font();
    case Qt::ImCursorPosition:
    case Qt::ImAnchorPosition:
        return int(m_preedit.size());
    case Qt::ImSurroundingText:
    case Qt::ImCurrentSelection:
        return QString();
    case Qt::ImHints:
        return int(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText | Qt::ImhMultiLine);
    case Qt::ImMaximumTextLength:
        return QVariant();
    default:
        return QAbstractScrollArea::inputMethodQuery(query);
    }
}

bool TerminalWidget::mouseReporting(const QMouseEvent *event) const
{
    // Shift lets the user select text even when a program (htop, vim with mouse=a) takes the mouse.
    return m_emulator->mouseMode() != TerminalEmulator::MouseMode::None && !(event->modifiers() & Qt::ShiftModifier) &&
           !m_readOnly;
}

namespace {
int vtermButton(Qt::MouseButton button)
{
    switch (button) {
    case Qt::LeftButton:
        return 1;
    case Qt::MiddleButton:
        return 2;
    case Qt::RightButton:
        return 3;
    default:
        return 0;
    }
}
} // namespace

void TerminalWidget::mousePressEvent(QMouseEvent *event)
{
    if (mouseReporting(event)) {
        const QPoint cell = viewportCell(event->position().toPoint());
        if (const int button = vtermButton(event->button())) {
            m_emulator->mouseMove(cell.y(), cell.x(), event->modifiers());
            m_emulator->mouseButton(button, true, event->modifiers());
        }
        return;
    }
    if (event->button() == Qt::MiddleButton) {
        pasteSelection();
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const Position cell = cellAt(event->position().toPoint());
    if (m_selection.takeTripleClick()) {
        m_selection.press(spanAt(cell, TextSelection::Unit::Line), TextSelection::Unit::Line); // a triple click
        selectionFinished();
        viewport()->update();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier && hasSelection()) {
        m_selection.pressExtending(spanAt(cell, m_selection.unit()));
    } else {
        m_selection.press({cell, cell}); // nothing selected until the mouse moves
    }
    m_pressPos = event->position().toPoint();
    viewport()->update();
}

void TerminalWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (mouseReporting(event)) {
        const QPoint cell = viewportCell(event->position().toPoint());
        m_emulator->mouseMove(cell.y(), cell.x(), event->modifiers());
        return;
    }
    if (!m_selection.isDragging())
        return;
    const QPoint p = event->position().toPoint();
    if (m_selection.isEmpty()) {
        if ((p - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        // The pressed cell (where the empty selection starts) counts.
        m_selection.press(spanAt(m_selection.start(), TextSelection::Unit::Character));
    }
    if (p.y() < 0)
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
    else if (p.y() > viewport()->height())
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    m_selection.extendTo(spanAt(cellAt(p), m_selection.unit()));
    viewport()->update();
}

void TerminalWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (mouseReporting(event)) {
        if (const int button = vtermButton(event->button()))
            m_emulator->mouseButton(button, false, event->modifiers());
        return;
    }
    if (event->button() == Qt::LeftButton && m_selection.isDragging()) {
        m_selection.release();
        selectionFinished();
    }
}

void TerminalWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (mouseReporting(event) || event->button() != Qt::LeftButton) {
        mousePressEvent(event);
        return;
    }
    m_selection.press(spanAt(cellAt(event->position().toPoint()), TextSelection::Unit::Word),
                      TextSelection::Unit::Word);
    selectionFinished();
    viewport()->update();
    m_selection.doubleClicked();
}

void TerminalWidget::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0) {
        event->accept();
        return;
    }
    if (m_emulator->mouseMode() != TerminalEmulator::MouseMode::None && !m_readOnly) {
        const QPoint cell = viewportCell(event->position().toPoint());
        m_emulator->mouseMove(cell.y(), cell.x(), event->modifiers());
        for (int i = 0; i < std::abs(steps); ++i) {
            m_emulator->mouseButton(steps > 0 ? 4 : 5, true, event->modifiers());
            m_emulator->mouseButton(steps > 0 ? 4 : 5, false, event->modifiers());
        }
        event->accept();
        return;
    }
    if (m_emulator->altScreen() && !m_readOnly) {
        // Full-screen programs without mouse support (less, man) have no scrollback here: scroll them with arrows.
        for (int i = 0; i < std::abs(steps) * WheelLines; ++i)
            m_emulator->keyPress(steps > 0 ? Qt::Key_Up : Qt::Key_Down, Qt::NoModifier, QString());
        event->accept();
        return;
    }
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() - steps * WheelLines);
    event->accept();
}

void TerminalWidget::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    m_emulator->focusChanged(true);
    restartBlink();
    viewport()->update();
}

void TerminalWidget::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    m_emulator->focusChanged(false);
    m_blinkTimer.stop();
    m_blinkOn = true;
    viewport()->update();
}

void TerminalWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copyAction = menu.addAction(tr("&Copy"), this, &TerminalWidget::copy);
    copyAction->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    copyAction->setEnabled(hasSelection());
    QAction *pasteAction = menu.addAction(tr("&Paste"), this, &TerminalWidget::paste);
    pasteAction->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
    pasteAction->setEnabled(!m_readOnly && !QGuiApplication::clipboard()->text().isEmpty());
    menu.addSeparator();
    menu.addAction(tr("Select &All"), this, &TerminalWidget::selectAll);
    menu.addAction(tr("C&lear Scrollback"), this, [this] {
        m_emulator->clearScrollback();
        clearSelection();
        updateScrollBar();
    });
    menu.exec(event->globalPos());
}

void TerminalWidget::paintEvent(QPaintEvent *event)
{
    QPainter p(viewport());
    const QColor defaultBg = m_emulator->defaultBackground();
    const QColor defaultFg = m_emulator->defaultForeground();
    p.fillRect(event->rect(), defaultBg);

    const int rows = m_emulator->rows();
    const int cols = m_emulator->cols();
    const int offset = scrollOffset();
    const bool reverseScreen = m_emulator->reverseVideo();
    const QColor selectionBg = palette().color(QPalette::Active, QPalette::Highlight);
    const QColor selectionFg = palette().color(QPalette::Active, QPalette::HighlightedText);
    const qint64 base = m_emulator->scrolledOut();
    const qreal lineWidth = m_cells.lineWidth();

    struct Style
    {
        QRgb fg;
        QRgb bg;
        bool defaultBg;
    };
    auto styleOf = [&](const TerminalCell &c, int row, int col) {
        Style s{c.fg, c.bg, c.has(TerminalCell::DefaultBg)};
        if (c.has(TerminalCell::Reverse) != reverseScreen) {
            std::swap(s.fg, s.bg);
            s.defaultBg = false;
        }
        if (m_selection.contains({base + row, col})) {
            s.fg = selectionFg.rgb();
            s.bg = selectionBg.rgb();
            s.defaultBg = false;
        }
        return s;
    };

    const int firstRow = std::max(0, (event->rect().top() - m_margin) / m_cells.rowHeight());
    const int lastRow = std::min(rows - 1, (event->rect().bottom() - m_margin) / m_cells.rowHeight());
    for (int vr = firstRow; vr <= lastRow; ++vr) {
        const int row = vr - offset;
        const QList<TerminalCell> line = m_emulator->line(row);
        const int y = m_margin + vr * m_cells.rowHeight();
        const int baseline = y + m_cells.ascent();

        // Backgrounds first, so a wide glyph or an italic overhang is not cut by the next cell's background.
        for (int col = 0; col < cols; ++col) {
            const TerminalCell &c = line.at(col);
            const Style s = styleOf(c, row, col);
            if (!s.defaultBg || reverseScreen)
                p.fillRect(cellRect(vr, col, std::max(1, c.width())), reverseScreen && s.defaultBg ? c.fg : s.bg);
        }

        // Text, cell by cell from cached shaped glyphs: every character sits on its own cell whatever font it
        // came from, and nothing is laid out again while painting.
        for (int col = 0; col < cols; ++col) {
            const TerminalCell &c = line.at(col);
            if (c.has(TerminalCell::WideTail) ||
                ((c.ch == 0 || c.ch == ' ') && !c.underline && !c.has(TerminalCell::Strike)))
                continue;
            const Style s = styleOf(c, row, col);
            const QRgb fg = reverseScreen && c.has(TerminalCell::DefaultBg) && !c.has(TerminalCell::Reverse)
                                ? defaultBg.rgb()
                                : s.fg;
            const QRect rect = cellRect(vr, col, std::max(1, c.width()));
            if (c.ch > ' ')
                m_cells.add(p, rect, baseline, c.ch, c.combining, fontStyle(c), fg);
            if (c.underline) {
                const qreal uy = baseline + m_cells.underlinePos();
                p.fillRect(QRectF(rect.left(), uy, rect.width(), lineWidth), QColor(fg));
                if (c.underline == 2)
                    p.fillRect(QRectF(rect.left(), uy + 2 * lineWidth, rect.width(), lineWidth), QColor(fg));
            }
            if (c.has(TerminalCell::Strike))
                p.fillRect(QRectF(rect.left(), baseline - m_cells.strikeOutPos(), rect.width(), lineWidth), QColor(fg));
        }
    }
    m_cells.flush(p);

    // Cursor and the input method's composing text.
    const QPoint cursor = m_emulator->cursor();
    const int cursorVr = cursor.y() + offset;
    if (cursorVr < 0 || cursorVr >= rows || m_readOnly)
        return;
    const TerminalCell under = m_emulator->cell(cursor.y(), cursor.x());
    if (!m_preedit.isEmpty()) {
        const QFontMetricsF fm(m_cells.font(), viewport());
        const int preeditCells = std::max(1, int(std::ceil(fm.horizontalAdvance(m_preedit) / m_cells.cellWidth())));
        const QRect r = cellRect(cursorVr, cursor.x(), preeditCells);
        p.fillRect(r, defaultBg);
        p.setFont(m_cells.font());
        p.setPen(defaultFg);
        p.drawText(QPointF(r.left(), r.top() + m_cells.ascent()), m_preedit);
        p.fillRect(QRectF(r.left(), r.top() + m_cells.ascent() + m_cells.underlinePos(), r.width(), lineWidth),
                   defaultFg);
        return;
    }
    if (!m_emulator->cursorVisible())
        return;
    const QRect r = cellRect(cursorVr, cursor.x(), std::max(1, under.width()));
    const QColor cursorColor = defaultFg;
    if (!hasFocus()) {
        p.setPen(cursorColor);
        p.setBrush(Qt::NoBrush);
        p.drawRect(r.adjusted(0, 0, -1, -1));
        return;
    }
    if (!m_blinkOn)
        return;
    switch (m_emulator->cursorShape()) {
    case TerminalEmulator::CursorShape::Block:
        p.fillRect(r, cursorColor);
        if (under.ch > ' ') {
            m_cells.add(p, r, r.top() + m_cells.ascent(), under.ch, under.combining, fontStyle(under), defaultBg.rgb());
            m_cells.flush(p);
        }
        break;
    case TerminalEmulator::CursorShape::Underline:
        p.fillRect(QRect(r.left(), r.bottom() - 1, r.width(), 2), cursorColor);
        break;
    case TerminalEmulator::CursorShape::Bar:
        p.fillRect(QRect(r.left(), r.top(), 2, r.height()), cursorColor);
        break;
    }
}

} // namespace berth::ui
