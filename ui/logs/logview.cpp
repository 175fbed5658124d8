// SPDX-License-Identifier: Apache-2.0
#include "logview.h"

#include "common/childsignals.h"
#include "common/textcells.h"
#include "logs/logmatcher.h"
#include "logs/logtimestamp.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>

namespace berth::ui {

using core::LogChannel;
using core::LogColor;
using core::LogLine;
using core::LogStyle;
using core::LogStyleRun;

namespace {

constexpr int MarkWidth = 5;               // the stderr / notice bar at the left
constexpr int TextPadding = 4;             // between the gutter and the text
constexpr int WholeLineDecode = 64 * 1024; // longer lines are decoded only where they are on screen
constexpr int RowCacheLimit = 8192;

// Palettes for the 16 basic colours, readable on a light and on a dark background.
const QRgb LightPalette[16] = {0x000000, 0xc01c28, 0x1a7f37, 0x9a6700, 0x1a5fb4, 0x8f3f9f, 0x1b7c83, 0x7a7a7a,
                               0x5e5c64, 0xe01b24, 0x26a269, 0xb07d00, 0x3584e4, 0xc061cb, 0x0e8a96, 0x5a5a5a};
const QRgb DarkPalette[16] = {0x4c4c4c, 0xf66151, 0x57e389, 0xf8e45c, 0x62a0ea, 0xdc8add, 0x5bc8d1, 0xd0d0d0,
                              0x808080, 0xff7b72, 0x8ff0a4, 0xfff07a, 0x99c1f1, 0xf0a6f5, 0x93ddde, 0xffffff};
const QRgb BackgroundPalette[16] = {0x000000, 0xc01c28, 0x26a269, 0xe5a50a, 0x1a5fb4, 0xa347ba, 0x2aa1b3, 0xd0d0d0,
                                    0x5e5c64, 0xf66151, 0x33d17a, 0xf8e45c, 0x62a0ea, 0xc061cb, 0x33c7de, 0xffffff};

} // namespace

LogView::LogView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAutoFillBackground(false);
    m_font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_font.setStyleHint(QFont::Monospace);
    updateMetrics();
    // Output can arrive thousands of times a second; the screen needs it at most 60 times.
    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(16);
    connect(&m_updateTimer, &QTimer::timeout, this, &LogView::refresh);
}

LogView::~LogView()
{
    disconnectChildSignals(this);
}

void LogView::setStore(core::LogStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_rowCache.clear();
    m_selection.clear();
    m_topLine = 0;
    m_topSub = 0;
    if (store)
        connect(store, &core::LogStore::changed, this, &LogView::onStoreChanged);
    if (m_following)
        moveToBottom();
    refresh();
}

void LogView::setFilter(const QList<qint64> *ids)
{
    // Keep the line at the top in view across the switch when it is still shown.
    const Shown top = shownAt(qMax(0, m_topLine));
    m_filter = ids;
    filterChanged();
    if (!m_following && top.valid) {
        const int index = displayIndexOf(top.id);
        m_topLine = index >= 0 ? index : 0;
        m_topSub = 0;
    }
    if (m_following)
        moveToBottom();
    refresh();
}

void LogView::filterChanged()
{
    m_filterOpen.clear();
    if (m_filter && m_store && m_matcher) {
        for (qsizetype i = m_store->committedCount(); i < m_store->size(); ++i) {
            if (m_matcher->matches(m_store->line(i).text))
                m_filterOpen.append(int(i));
        }
    }
    m_topLine = qMin(m_topLine, qMax(0, displayCount() - 1));
    if (m_following)
        moveToBottom();
    scheduleUpdate();
}

void LogView::setMatcher(const core::LogMatcher *matcher)
{
    m_matcher = matcher;
    viewport()->update();
}

void LogView::setCurrentMatch(qint64 lineId, int occurrence)
{
    m_currentMatchId = lineId;
    m_currentOccurrence = occurrence;
    ensureCurrentMatchVisible();
    viewport()->update();
}

void LogView::clearCurrentMatch()
{
    m_currentMatchId = -1;
    viewport()->update();
}

void LogView::setTimestampsVisible(bool visible)
{
    if (m_timestamps == visible)
        return;
    m_timestamps = visible;
    updateMetrics();
    refresh();
}

void LogView::setFontPointSize(qreal size)
{
    size = qBound<qreal>(5, size, 48);
    if (qFuzzyCompare(m_font.pointSizeF(), size))
        return;
    m_font.setPointSizeF(size);
    updateMetrics();
    refresh();
}

void LogView::setTopNotice(const QString &text)
{
    if (m_topNotice == text)
        return;
    const int before = headerRows();
    m_topNotice = text;
    // Keep the content where it is when a header row comes or goes above it.
    if (m_topLine >= 0 || headerRows() < before)
        m_topLine = qMax(m_topLine, -headerRows());
    scheduleUpdate();
}

void LogView::setFollowing(bool follow)
{
    if (follow)
        moveToBottom();
    if (m_following != follow) {
        m_following = follow;
        Q_EMIT followingChanged(follow);
    }
    refresh();
}

void LogView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        viewport()->update();
}

void LogView::updateMetrics()
{
    m_cells.setFont(m_font, viewport());
    const int textWidth = viewport()->width() - gutterWidth() - TextPadding;
    const int columns = qMax(10, int(textWidth / m_cells.cellWidth()));
    if (columns != m_columns)
        m_rowCache.clear();
    m_columns = columns;
    verticalScrollBar()->setSingleStep(1);
}

int LogView::gutterWidth() const
{
    // "05-01 12:00:00.123 "
    return MarkWidth + (m_timestamps ? qCeil(19 * m_cells.cellWidth()) : 0);
}

int LogView::headerRows() const
{
    return ((m_store && m_store->droppedCount() > 0) ? 1 : 0) + (m_topNotice.isEmpty() ? 0 : 1);
}

int LogView::displayCount() const
{
    if (!m_store)
        return 0;
    if (m_filter)
        return int(m_filter->size() + m_filterOpen.size());
    return int(m_store->size());
}

LogView::Shown LogView::shownAt(int displayIndex) const
{
    Shown shown;
    if (!m_store || displayIndex < 0)
        return shown;
    qsizetype storeIndex = -1;
    if (m_filter) {
        if (displayIndex < m_filter->size())
            storeIndex = m_store->indexOf(m_filter->at(displayIndex));
        else if (displayIndex - m_filter->size() < m_filterOpen.size())
            storeIndex = m_filterOpen.at(displayIndex - m_filter->size());
    } else if (displayIndex < m_store->size()) {
        storeIndex = displayIndex;
    }
    if (storeIndex < 0 || storeIndex >= m_store->size())
        return shown;
    shown.line = m_store->line(storeIndex);
    shown.id = m_store->idAt(storeIndex);
    shown.valid = true;
    return shown;
}

int LogView::displayIndexOf(qint64 id) const
{
    if (!m_store)
        return -1;
    if (!m_filter) {
        const qint64 index = id - m_store->firstId();
        return (index >= 0 && index < m_store->size()) ? int(index) : -1;
    }
    auto it = std::lower_bound(m_filter->cbegin(), m_filter->cend(), id);
    if (it != m_filter->cend() && *it == id)
        return int(it - m_filter->cbegin());
    for (int i = 0; i < m_filterOpen.size(); ++i) {
        if (m_store->idAt(m_filterOpen[i]) == id)
            return int(m_filter->size()) + i;
    }
    return -1;
}

qint64 LogView::topLineId() const
{
    const Shown shown = shownAt(qMax(0, m_topLine));
    return shown.valid ? shown.id : -1;
}

QString LogView::lineTextAt(int displayIndex) const
{
    const Shown shown = shownAt(displayIndex);
    return shown.valid ? QString::fromUtf8(shown.line.text) : QString();
}

QPoint LogView::cellCenter(int displayIndex, int column) const
{
    const int rowHeight = m_cells.rowHeight();
    int y = m_topLine < 0 ? -m_topLine * rowHeight : 0;
    for (int line = qMax(0, m_topLine); line < displayIndex; ++line)
        y += (line == m_topLine ? rowsOf(line) - m_topSub : rowsOf(line)) * rowHeight;
    return QPoint(gutterWidth() + TextPadding + int((column + 0.5) * m_cells.cellWidth()), y + rowHeight / 2);
}

const std::vector<int> &LogView::rowStarts(const Shown &shown) const
{
    if (!shown.line.open) {
        auto it = m_rowCache.constFind(shown.id);
        if (it != m_rowCache.constEnd())
            return *it;
    }
    std::vector<int> starts{0};
    const char *const begin = shown.line.text.data();
    const char *const end = begin + shown.line.text.size();
    const char *p = begin;
    int col = 0;
    while (p < end) {
        const unsigned char c = static_cast<unsigned char>(*p);
        int width, length;
        if (c < 0x80) {
            length = 1;
            width = c == '\t' ? 8 - col % 8 : 1;
        } else {
            const TextCells::Decoded d = TextCells::decodeUtf8(p, end);
            length = d.length;
            width = TextCells::width(d.cp);
        }
        if (col + width > m_columns && col > 0) {
            starts.push_back(int(p - begin));
            col = 0;
            if (c == '\t')
                width = 8;
        }
        col += width;
        p += length;
    }
    if (shown.line.open) {
        m_scratchRows = std::move(starts);
        return m_scratchRows;
    }
    if (m_rowCache.size() > RowCacheLimit)
        m_rowCache.clear();
    return *m_rowCache.insert(shown.id, std::move(starts));
}

int LogView::rowsOf(int displayIndex) const
{
    if (displayIndex < 0)
        return 1;
    const Shown shown = shownAt(displayIndex);
    if (!shown.valid)
        return 1;
    // Short lines cannot wrap: skip the layout.
    if (shown.line.text.size() <= m_columns && !shown.line.text.contains('\t'))
        return 1;
    return int(rowStarts(shown).size());
}

void LogView::cellsOfRow(const LogLine &line, int from, int to, std::vector<Cell> &cells) const
{
    cells.clear();
    const char *const begin = line.text.data();
    const char *const end = begin + to;
    const char *p = begin + from;
    int col = 0;
    while (p < end) {
        const unsigned char c = static_cast<unsigned char>(*p);
        Cell cell{int(p - begin), col, 1, c};
        int length = 1;
        if (c < 0x80) {
            if (c == '\t')
                cell.width = 8 - col % 8;
        } else {
            const TextCells::Decoded d = TextCells::decodeUtf8(p, begin + line.text.size());
            cell.cp = d.cp;
            cell.width = TextCells::width(d.cp);
            length = d.length;
        }
        cells.push_back(cell);
        col += cell.width;
        p += length;
    }
}

int LogView::rowsVisible() const
{
    return qMax(1, viewport()->height() / m_cells.rowHeight());
}

void LogView::moveToBottom()
{
    const int visible = rowsVisible();
    int rows = 0;
    int line = displayCount() - 1;
    const int header = headerRows();
    while (line >= -header) {
        const int r = rowsOf(line);
        if (rows + r >= visible) {
            m_topLine = line;
            m_topSub = rows + r - visible;
            return;
        }
        rows += r;
        --line;
    }
    m_topLine = -header;
    m_topSub = 0;
}

bool LogView::atBottom() const
{
    const int topLine = m_topLine, topSub = m_topSub;
    auto *self = const_cast<LogView *>(this);
    self->moveToBottom();
    const bool bottom = topLine > m_topLine || (topLine == m_topLine && topSub >= m_topSub);
    self->m_topLine = topLine;
    self->m_topSub = topSub;
    return bottom;
}

void LogView::scrollByRows(int rows)
{
    const int header = headerRows();
    if (rows > 0) {
        const int topLine = m_topLine, topSub = m_topSub;
        moveToBottom();
        const int bottomLine = m_topLine, bottomSub = m_topSub;
        m_topLine = topLine;
        m_topSub = topSub;
        while (rows-- > 0) {
            if (m_topLine > bottomLine || (m_topLine == bottomLine && m_topSub >= bottomSub))
                break;
            if (m_topSub + 1 < rowsOf(m_topLine)) {
                ++m_topSub;
            } else {
                ++m_topLine;
                m_topSub = 0;
            }
        }
        if (m_topLine > bottomLine || (m_topLine == bottomLine && m_topSub >= bottomSub)) {
            setFollowing(true);
            return;
        }
    } else if (rows < 0) {
        if (m_topLine <= -header && m_topSub == 0) {
            Q_EMIT topReached();
            return;
        }
        while (rows++ < 0 && !(m_topLine <= -header && m_topSub == 0)) {
            if (m_topSub > 0) {
                --m_topSub;
            } else {
                --m_topLine;
                m_topSub = m_topLine < 0 ? 0 : rowsOf(m_topLine) - 1;
            }
        }
        if (m_following) {
            m_following = false;
            Q_EMIT followingChanged(false);
        }
    }
    refresh();
}

void LogView::scrollToLine(qint64 id)
{
    const int index = displayIndexOf(id);
    if (index < 0)
        return;
    if (m_following) {
        m_following = false;
        Q_EMIT followingChanged(false);
    }
    m_topLine = qMax(-headerRows(), index - rowsVisible() / 3);
    m_topSub = 0;
    // Do not scroll past the end.
    if (atBottom())
        moveToBottom();
    refresh();
}

void LogView::ensureCurrentMatchVisible()
{
    const int index = displayIndexOf(m_currentMatchId);
    if (index < 0)
        return;
    // Visible already?
    int rows = 0;
    for (int line = m_topLine; line < displayCount() && rows < rowsVisible(); ++line) {
        if (line == index && rows + 1 < rowsVisible())
            return;
        rows += (line == m_topLine) ? rowsOf(line) - m_topSub : rowsOf(line);
    }
    scrollToLine(m_currentMatchId);
}

void LogView::onStoreChanged(const core::LogStoreChange &change)
{
    if (change.cleared) {
        m_rowCache.clear();
        m_selection.clear();
        m_topLine = 0;
        m_topSub = 0;
    }
    if (!m_filter && !m_following) {
        // Keep the same lines on screen while lines come and go at the front.
        m_topLine += int(change.prepended) - int(change.droppedFront);
        if (m_topLine < -headerRows()) {
            m_topLine = -headerRows();
            m_topSub = 0;
        }
    }
    if (m_filter && change.openLinesChanged)
        filterChanged();
    if (change.droppedFront > 0 && m_rowCache.size() > RowCacheLimit / 2)
        m_rowCache.clear();
    scheduleUpdate();
}

void LogView::scheduleUpdate()
{
    if (!m_updateTimer.isActive())
        m_updateTimer.start();
}

void LogView::refresh()
{
    m_updateTimer.stop();
    if (m_following)
        moveToBottom();
    updateScrollBar();
    viewport()->update();
}

void LogView::updateScrollBar()
{
    const int topLine = m_topLine, topSub = m_topSub;
    moveToBottom();
    const int maximum = m_topLine + headerRows();
    m_topLine = topLine;
    m_topSub = topSub;
    m_settingScrollBar = true;
    QScrollBar *bar = verticalScrollBar();
    bar->setRange(0, qMax(0, maximum));
    bar->setPageStep(rowsVisible());
    bar->setValue(m_topLine + headerRows());
    m_settingScrollBar = false;
}

void LogView::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dx);
    Q_UNUSED(dy);
    if (m_settingScrollBar)
        return;
    QScrollBar *bar = verticalScrollBar();
    const int value = bar->value();
    if (value >= bar->maximum()) {
        setFollowing(true);
        return;
    }
    m_topLine = value - headerRows();
    m_topSub = 0;
    if (m_following) {
        m_following = false;
        Q_EMIT followingChanged(false);
    }
    if (value == 0)
        Q_EMIT topReached();
    viewport()->update();
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateMetrics();
    refresh();
}

void LogView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps)
            setFontPointSize(fontPointSize() + steps);
        Q_EMIT fontPointSizeChanged(fontPointSize());
        event->accept();
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return;
    const int rows = -delta * QApplication::wheelScrollLines() / 120;
    scrollByRows(rows != 0 ? rows : (delta > 0 ? -1 : 1));
    event->accept();
}

void LogView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copy();
    } else if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
    } else if (event->key() == Qt::Key_PageUp) {
        scrollByRows(-rowsVisible() + 1);
    } else if (event->key() == Qt::Key_PageDown) {
        scrollByRows(rowsVisible() - 1);
    } else if (event->key() == Qt::Key_Up) {
        scrollByRows(-1);
    } else if (event->key() == Qt::Key_Down) {
        scrollByRows(1);
    } else if (event->key() == Qt::Key_Home && (event->modifiers() & Qt::ControlModifier)) {
        m_topLine = -headerRows();
        m_topSub = 0;
        if (m_following) {
            m_following = false;
            Q_EMIT followingChanged(false);
        }
        refresh();
        Q_EMIT topReached();
    } else if (event->key() == Qt::Key_End && (event->modifiers() & Qt::ControlModifier)) {
        setFollowing(true);
    } else {
        QAbstractScrollArea::keyPressEvent(event);
    }
}

bool LogView::positionAt(const QPoint &point, Position *position, bool under) const
{
    if (!m_store)
        return false;
    int y = 0;
    int line = m_topLine;
    int sub = m_topSub;
    const int count = displayCount();
    if (line < 0) {
        y += -line * m_cells.rowHeight();
        line = 0;
        sub = 0;
    }
    if (point.y() < y) {
        const Shown first = shownAt(0);
        if (!first.valid)
            return false;
        *position = Position{first.id, 0};
        return true;
    }
    std::vector<Cell> cells;
    while (line < count) {
        const Shown shown = shownAt(line);
        const int rows = rowsOf(line);
        const int rowsHere = rows - sub;
        if (point.y() < y + rowsHere * m_cells.rowHeight() || line == count - 1) {
            const int row = qMin(rows - 1, sub + qMax(0, (point.y() - y) / m_cells.rowHeight()));
            int from = 0, to = int(shown.line.text.size());
            if (rows > 1) {
                const std::vector<int> &starts = rowStarts(shown);
                from = starts[size_t(row)];
                to = size_t(row + 1) < starts.size() ? starts[size_t(row) + 1] : int(shown.line.text.size());
            }
            if (point.y() >= y + rowsHere * m_cells.rowHeight()) {
                *position = Position{shown.id, int(shown.line.text.size())};
                return true;
            }
            cellsOfRow(shown.line, from, to, cells);
            const qreal x = (point.x() - gutterWidth() - TextPadding) / m_cells.cellWidth();
            // Right of the last cell: the row's end, which on a wrapped row is the next row's first byte; for a word
            // or line (under) that would pick the next row's word, so the row's last character stands in.
            int byte = under && !cells.empty() && to < int(shown.line.text.size()) ? cells.back().byte : to;
            for (const Cell &cell : cells) {
                if (x < cell.col + (under ? cell.width : cell.width / 2.0)) {
                    byte = cell.byte;
                    break;
                }
            }
            *position = Position{shown.id, byte};
            return true;
        }
        y += rowsHere * m_cells.rowHeight();
        ++line;
        sub = 0;
    }
    return false;
}

LogView::Span LogView::spanAt(const Position &at, TextSelection::Unit unit) const
{
    if (unit == TextSelection::Unit::Character)
        return {at, at};
    const Shown shown = shownAt(displayIndexOf(at.row));
    const QByteArrayView text = shown.line.text;
    if (!shown.valid || unit == TextSelection::Unit::Line)
        return {{at.row, 0}, {at.row, int(text.size())}};
    // Words are found among characters, then given back as the bytes they take.
    std::vector<int> starts;
    std::vector<char32_t> chars;
    int index = -1;
    for (const char *p = text.constData(), *end = p + text.size(); p < end;) {
        const TextCells::Decoded d = TextCells::decodeUtf8(p, end);
        const int byte = int(p - text.constData());
        if (byte <= at.column)
            index = int(chars.size());
        starts.push_back(byte);
        chars.push_back(d.cp);
        p += d.length;
    }
    if (index < 0 || at.column >= text.size())
        return {at, at}; // past the end of the line
    const auto [first, last] =
        TextSelection::wordAround(index, int(chars.size()), [&chars](int i) { return chars[size_t(i)]; });
    const auto byteOf = [&](int i) { return i < int(starts.size()) ? starts[size_t(i)] : int(text.size()); };
    return {{at.row, byteOf(first)}, {at.row, byteOf(last)}};
}

void LogView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const bool triple = m_selection.takeTripleClick();
    const TextSelection::Unit unit =
        triple ? TextSelection::Unit::Line
               : (event->modifiers() & Qt::ShiftModifier ? m_selection.unit() : TextSelection::Unit::Character);
    Position position;
    if (!positionAt(event->position().toPoint(), &position, unit != TextSelection::Unit::Character))
        return;
    if (triple)
        m_selection.press(spanAt(position, TextSelection::Unit::Line), TextSelection::Unit::Line);
    else if (event->modifiers() & Qt::ShiftModifier && hasSelection())
        m_selection.pressExtending(spanAt(position, m_selection.unit()));
    else
        m_selection.press(spanAt(position, TextSelection::Unit::Character));
    viewport()->update();
    Q_EMIT selectionChanged();
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selection.isDragging())
        return;
    const QPoint point = event->position().toPoint();
    if (point.y() < 0)
        scrollByRows(-1);
    else if (point.y() > viewport()->height())
        scrollByRows(1);
    Position position;
    if (positionAt(point, &position, m_selection.unit() != TextSelection::Unit::Character)) {
        m_selection.extendTo(spanAt(position, m_selection.unit()));
        viewport()->update();
        Q_EMIT selectionChanged();
    }
}

void LogView::mouseReleaseEvent(QMouseEvent *event)
{
    Q_UNUSED(event);
    m_selection.release();
    if (hasSelection() && QApplication::clipboard()->supportsSelection())
        QApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
}

void LogView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    Position position;
    if (!positionAt(event->position().toPoint(), &position, true))
        return;
    m_selection.press(spanAt(position, TextSelection::Unit::Word), TextSelection::Unit::Word);
    m_selection.doubleClicked();
    viewport()->update();
    Q_EMIT selectionChanged();
}

void LogView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copyAction = menu.addAction(tr("&Copy"), this, &LogView::copy);
    copyAction->setEnabled(hasSelection());
    copyAction->setShortcut(QKeySequence::Copy);
    menu.addAction(tr("Select &All"), this, &LogView::selectAll)->setShortcut(QKeySequence::SelectAll);
    menu.exec(event->globalPos());
}

bool LogView::hasSelection() const
{
    return !m_selection.isEmpty();
}

QString LogView::selectedText() const
{
    if (!hasSelection())
        return QString();
    const Position start = m_selection.start();
    const Position end = m_selection.end();
    int from = displayIndexOf(start.row);
    int to = displayIndexOf(end.row);
    if (from < 0)
        from = 0;
    if (to < 0)
        to = displayCount() - 1;
    QByteArray text;
    for (int i = from; i <= to; ++i) {
        const Shown shown = shownAt(i);
        if (!shown.valid)
            continue;
        QByteArrayView bytes = shown.line.text;
        const qsizetype a = shown.id == start.row ? qMin<qsizetype>(start.column, bytes.size()) : 0;
        const qsizetype b = shown.id == end.row ? qMin<qsizetype>(end.column, bytes.size()) : bytes.size();
        text.append(bytes.sliced(a, qMax<qsizetype>(0, b - a)));
        if (i < to)
            text.append('\n');
    }
    return QString::fromUtf8(text);
}

void LogView::selectAll()
{
    const int count = displayCount();
    if (count == 0)
        return;
    const Shown first = shownAt(0);
    const Shown last = shownAt(count - 1);
    m_selection.select({first.id, 0}, {last.id, int(last.line.text.size())});
    viewport()->update();
    Q_EMIT selectionChanged();
}

void LogView::clearSelection()
{
    m_selection.clear();
    viewport()->update();
    Q_EMIT selectionChanged();
}

void LogView::copy()
{
    if (hasSelection())
        QApplication::clipboard()->setText(selectedText());
}

QColor LogView::colorFor(LogColor color, bool foreground) const
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    switch (color.kind()) {
    case LogColor::Palette: {
        const int index = color.index();
        if (index < 16)
            return QColor(foreground ? (dark ? DarkPalette[index] : LightPalette[index]) : BackgroundPalette[index]);
        return QColor(TextCells::xterm256(index));
    }
    case LogColor::Rgb:
        return QColor(QRgb(color.rgbValue()));
    case LogColor::Default:
        break;
    }
    return palette().color(foreground ? QPalette::Text : QPalette::Base);
}

void LogView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(viewport());
    const QPalette &pal = palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    const QRect area = viewport()->rect();
    painter.fillRect(area, pal.color(QPalette::Base));
    painter.setFont(m_font);
    m_lastPaintedId = -1;
    if (!m_store) {
        Q_EMIT painted();
        return;
    }

    int y = 0;
    int line = m_topLine;
    int sub = m_topSub;
    // Header rows: the marker for dropped lines, then the notice (loading older lines…).
    QStringList headers;
    if (m_store->droppedCount() > 0)
        headers << tr("%n older line(s) dropped to stay within the limit of %1 lines.", "",
                      int(m_store->droppedCount()))
                       .arg(QLocale().toString(qlonglong(m_store->maxLines())));
    if (!m_topNotice.isEmpty())
        headers << m_topNotice;
    for (; line < 0 && y < area.height(); ++line) {
        const int index = headers.size() + line;
        if (index >= 0 && index < headers.size()) {
            const QRect band(0, y, area.width(), m_cells.rowHeight());
            painter.fillRect(band, dark ? QColor(0x33, 0x37, 0x3d) : QColor(0xee, 0xf1, 0xf5));
            QFont italic = m_font;
            italic.setItalic(true);
            painter.setFont(italic);
            painter.setPen(pal.color(QPalette::PlaceholderText));
            painter.drawText(band, Qt::AlignCenter, headers[index]);
            painter.setFont(m_font);
        }
        y += m_cells.rowHeight();
        sub = 0;
    }

    const int count = displayCount();
    const QColor stderrMark(0xd3, 0x2f, 0x2f);
    const QColor stderrTint = dark ? QColor(0x3d, 0x22, 0x24) : QColor(0xff, 0xf0, 0xf0);
    const QColor noticeTint = dark ? QColor(0x2b, 0x33, 0x40) : QColor(0xea, 0xf0, 0xf8);
    const QColor noticeMark(0x5b, 0x7d, 0xb1);
    for (; line < count && y < area.height(); ++line, sub = 0) {
        const Shown shown = shownAt(line);
        if (!shown.valid)
            continue;
        const qsizetype size = shown.line.text.size();
        const int rows = rowsOf(line);
        const int rowsHere = qMin(rows - sub, (area.height() - y + m_cells.rowHeight() - 1) / m_cells.rowHeight());
        const QRect band(0, y, area.width(), rowsHere * m_cells.rowHeight());
        if (shown.line.channel == LogChannel::Stderr) {
            painter.fillRect(band, stderrTint);
            painter.fillRect(QRect(0, y, 3, band.height()), stderrMark);
        } else if (shown.line.channel == LogChannel::Notice) {
            painter.fillRect(band, noticeTint);
            painter.fillRect(QRect(0, y, 3, band.height()), noticeMark);
        }
        if (m_timestamps && sub == 0 && shown.line.timestamp > 0) {
            painter.setPen(pal.color(QPalette::PlaceholderText));
            const QString stamp =
                core::LogTimestamp::toDateTime(shown.line.timestamp).toString(QStringLiteral("MM-dd HH:mm:ss.zzz"));
            painter.drawText(QPointF(MarkWidth, y + m_cells.ascent()), stamp);
        }

        // Which bytes to decode: the whole line, or for a huge one just the rows on screen.
        int rowFrom = sub, rowTo = sub + rowsHere;
        int decodeFrom = 0, decodeTo = int(size);
        const std::vector<int> *starts = nullptr;
        if (rows > 1) {
            starts = &rowStarts(shown);
            if (size > WholeLineDecode) {
                decodeFrom = (*starts)[size_t(rowFrom)];
                decodeTo = size_t(rowTo) < starts->size() ? (*starts)[size_t(rowTo)] : int(size);
            }
        }
        QString decoded;
        std::vector<int> unitBytes; // byte offset of each UTF-16 unit, plus one past the end
        decoded.reserve(decodeTo - decodeFrom);
        unitBytes.reserve(size_t(decodeTo - decodeFrom + 1));
        {
            const char *const begin = shown.line.text.data();
            const char *p = begin + decodeFrom;
            const char *const end = begin + decodeTo;
            while (p < end) {
                const TextCells::Decoded d = TextCells::decodeUtf8(p, begin + size);
                const int at = int(p - begin);
                if (d.cp >= 0x10000) {
                    decoded += QChar(QChar::highSurrogate(d.cp));
                    decoded += QChar(QChar::lowSurrogate(d.cp));
                    unitBytes.push_back(at);
                    unitBytes.push_back(at);
                } else {
                    decoded += QChar(char16_t(d.cp));
                    unitBytes.push_back(at);
                }
                p += d.length;
            }
            unitBytes.push_back(decodeTo);
        }
        QList<std::pair<int, int>> matches; // byte ranges
        int current = -1;
        if (m_matcher && !m_matcher->isEmpty()) {
            const auto found = m_matcher->find(decoded);
            for (const auto &[start, length] : found)
                matches.append({unitBytes[size_t(start)], unitBytes[size_t(start + length)]});
            if (shown.id == m_currentMatchId && m_currentOccurrence < matches.size())
                current = m_currentOccurrence;
        }
        for (int row = rowFrom; row < rowTo; ++row) {
            const int from = starts ? (*starts)[size_t(row)] : 0;
            const int to = (starts && size_t(row + 1) < starts->size()) ? (*starts)[size_t(row) + 1] : int(size);
            paintRow(painter, shown, from, to, y, matches, current);
            y += m_cells.rowHeight();
        }
        m_lastPaintedId = shown.id;
    }
    Q_EMIT painted();
}

void LogView::paintRow(QPainter &painter, const Shown &shown, int from, int to, int y,
                       const QList<std::pair<int, int>> &matches, int currentMatch)
{
    const LogLine &line = shown.line;
    std::vector<Cell> cells;
    cellsOfRow(line, from, to, cells);
    const qreal x0 = gutterWidth() + TextPadding;
    const QPalette &pal = palette();

    // Selection in this line, as bytes.
    int selFrom = -1, selTo = -1;
    bool selToEnd = false;
    if (const auto columns = m_selection.columnsOn(shown.id)) {
        selFrom = columns->first;
        selToEnd = columns->second == TextSelection::RestOfRow;
        selTo = selToEnd ? int(line.text.size()) : columns->second;
    }

    // Styles for each cell, from the runs.
    const auto &runs = line.runs;
    size_t runIndex = 0;
    LogStyle style;
    auto styleAt = [&](int byte) {
        while (runIndex < runs.size() && int(runs[runIndex].start) <= byte) {
            style = runs[runIndex].style;
            ++runIndex;
        }
        return style;
    };
    // Start from the style in force at the row's first byte.
    for (; runIndex < runs.size() && int(runs[runIndex].start) <= from; ++runIndex)
        style = runs[runIndex].style;

    const QColor matchColor(0xff, 0xe0, 0x66);
    const QColor currentColor(0xff, 0x96, 0x32);
    QColor selectionColor = pal.color(QPalette::Highlight);
    selectionColor.setAlpha(110);
    const QColor defaultFg =
        line.channel == LogChannel::Notice ? pal.color(QPalette::PlaceholderText) : pal.color(QPalette::Text);

    struct Painted
    {
        LogStyle style;
        QColor bg;
    };
    std::vector<Painted> looks(cells.size());
    for (size_t i = 0; i < cells.size(); ++i) {
        const Cell &cell = cells[i];
        const LogStyle s = styleAt(cell.byte);
        QColor bg;
        if (s.flags & LogStyle::Inverse)
            bg = s.fg.isDefault() ? defaultFg : colorFor(s.fg, true);
        else if (!s.bg.isDefault())
            bg = colorFor(s.bg, false);
        for (int m = 0; m < matches.size(); ++m) {
            if (cell.byte >= matches[m].first && cell.byte < matches[m].second) {
                bg = m == currentMatch ? currentColor : matchColor;
                break;
            }
        }
        looks[i] = Painted{s, bg};
    }

    // Backgrounds, merged into spans.
    for (size_t i = 0; i < cells.size();) {
        size_t j = i + 1;
        while (j < cells.size() && looks[j].bg == looks[i].bg)
            ++j;
        if (looks[i].bg.isValid()) {
            const int endCol = cells[j - 1].col + cells[j - 1].width;
            painter.fillRect(QRectF(x0 + cells[i].col * m_cells.cellWidth(), y,
                                    (endCol - cells[i].col) * m_cells.cellWidth(), m_cells.rowHeight()),
                             looks[i].bg);
        }
        i = j;
    }
    // Selection on top of the backgrounds.
    if (selFrom >= 0) {
        qreal left = -1, right = -1;
        for (const Cell &cell : cells) {
            if (cell.byte >= selFrom && cell.byte < selTo) {
                if (left < 0)
                    left = x0 + cell.col * m_cells.cellWidth();
                right = x0 + (cell.col + cell.width) * m_cells.cellWidth();
            }
        }
        const bool lastRow = to >= int(line.text.size());
        if (selToEnd && lastRow) {
            if (left < 0)
                left = cells.empty() ? x0 : x0 + (cells.back().col + cells.back().width) * m_cells.cellWidth();
            right = qMax(right, left + m_cells.cellWidth());
        }
        if (left >= 0)
            painter.fillRect(QRectF(left, y, right - left, m_cells.rowHeight()), selectionColor);
    }

    // Text, cell by cell from shaped glyphs kept by the cell painter (as the terminal draws): every character sits
    // on its own cells whatever font it came from, and nothing is laid out again while painting.
    const qreal baseline = y + m_cells.ascent();
    for (size_t i = 0; i < cells.size(); ++i) {
        const Cell &cell = cells[i];
        const LogStyle &s = looks[i].style;
        if (cell.width == 0 || cell.cp == '\t' || (s.flags & LogStyle::Hidden))
            continue;
        QColor fg = s.fg.isDefault() ? defaultFg : colorFor(s.fg, true);
        if (s.flags & LogStyle::Inverse)
            fg = s.bg.isDefault() ? pal.color(QPalette::Base) : colorFor(s.bg, false);
        if (s.flags & LogStyle::Dim)
            fg.setAlpha(150);
        const QRectF rect(x0 + cell.col * m_cells.cellWidth(), y, cell.width * m_cells.cellWidth(),
                          m_cells.rowHeight());
        if (cell.cp != ' ') {
            // A combining mark goes with the character before it (one is kept, as in the terminal).
            const char32_t mark = i + 1 < cells.size() && cells[i + 1].width == 0 ? cells[i + 1].cp : 0;
            const int style =
                ((s.flags & LogStyle::Bold) ? CellPainter::Bold : 0) |
                ((s.flags & LogStyle::Italic) || line.channel == LogChannel::Notice ? CellPainter::Italic : 0);
            m_cells.add(painter, rect, baseline, cell.cp, mark, style, fg.rgba());
        }
        if (s.flags & (LogStyle::Underline | LogStyle::Strike)) {
            painter.setPen(fg);
            if (s.flags & LogStyle::Underline)
                painter.drawLine(QPointF(rect.left(), baseline + 1.5), QPointF(rect.right(), baseline + 1.5));
            if (s.flags & LogStyle::Strike)
                painter.drawLine(QPointF(rect.left(), y + m_cells.rowHeight() / 2.0),
                                 QPointF(rect.right(), y + m_cells.rowHeight() / 2.0));
        }
    }
    m_cells.flush(painter);
    painter.setFont(m_font);
}

} // namespace berth::ui
