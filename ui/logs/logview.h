// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/cellpainter.h"
#include "common/textselection.h"
#include "logs/logline.h"
#include "logs/logstore.h"

#include <QAbstractScrollArea>
#include <QFont>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <vector>

namespace berth::core {
class LogMatcher;
}

namespace berth::ui {

// Paints a LogStore: only the lines on screen are read, decoded and laid out, so a store of a million lines costs
// nothing to show. Long lines wrap at the viewport's width in character cells (wide CJK characters take two); a
// line of megabytes is wrapped once and only its visible rows are decoded. The vertical scroll bar moves by lines,
// the wheel by rows. Follows the end while scrolled to the bottom; scrolling up pauses that (followingChanged).
// stderr lines get a red mark and tint, Berth's own notices a grey one. Selection and copy work on the stored text.
class LogView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)
public:
    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    void setStore(core::LogStore *store);
    core::LogStore *store() const { return m_store; }

    // Shows only the lines whose ids are in *ids (sorted), or every line for nullptr. The list belongs to the
    // caller, who calls filterChanged() after changing it.
    void setFilter(const QList<qint64> *ids);
    void filterChanged();
    bool isFiltered() const { return m_filter != nullptr; }

    // Highlights every match of the matcher (nullptr: none); the current one (line id, n-th match in that line)
    // stands out and is scrolled into view.
    void setMatcher(const core::LogMatcher *matcher);
    void setCurrentMatch(qint64 lineId, int occurrence);
    void clearCurrentMatch();

    void setTimestampsVisible(bool visible);
    bool timestampsVisible() const { return m_timestamps; }
    void setFontPointSize(qreal size);
    qreal fontPointSize() const { return m_font.pointSizeF(); }
    // A line above the first one ("Loading older lines…"); empty for none.
    void setTopNotice(const QString &text);

    bool isFollowing() const { return m_following; }
    void setFollowing(bool follow);
    void scrollToLine(qint64 id);

    bool hasSelection() const;
    QString selectedText() const;
    void selectAll();
    void clearSelection();
    void copy();

    int displayCount() const;                                    // lines shown (all, or those the filter lets through)
    qint64 topLineId() const;                                    // the first line on screen, -1 when none
    qint64 lastPaintedLineId() const { return m_lastPaintedId; } // for tests and benchmarks
    QString lineTextAt(int displayIndex) const;
    // The middle of a character cell on the first row of a line on screen, in viewport coordinates (for tests).
    QPoint cellCenter(int displayIndex, int column) const;
    // Cells per row as lines are wrapped now.
    int columns() const { return m_columns; }

Q_SIGNALS:
    void followingChanged(bool following);
    void topReached(); // the user scrolled up at the very top: time to load older lines
    void selectionChanged();
    void fontPointSizeChanged(qreal size); // the user zoomed with Ctrl+wheel
    void painted();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    struct Shown
    {
        core::LogLine line;
        qint64 id = -1;
        bool valid = false;
    };
    // A row is a line's id, a column a byte offset in its text.
    using Position = TextSelection::Position;
    using Span = TextSelection::Span;
    struct Cell
    {
        int byte;
        int col;
        int width;
        char32_t cp;
    };

    void onStoreChanged(const core::LogStoreChange &change);
    void scheduleUpdate();
    void refresh();
    void updateMetrics();
    void updateScrollBar();
    int headerRows() const;
    Shown shownAt(int displayIndex) const;
    int displayIndexOf(qint64 id) const;
    const std::vector<int> &rowStarts(const Shown &shown) const;
    int rowsOf(int displayIndex) const;
    void scrollByRows(int rows);
    void moveToBottom();
    bool atBottom() const;
    void cellsOfRow(const core::LogLine &line, int from, int to, std::vector<Cell> &cells) const;
    // The boundary between characters nearest to point, or with `under` the start of the character under it.
    bool positionAt(const QPoint &point, Position *position, bool under = false) const;
    Span spanAt(const Position &at, TextSelection::Unit unit) const; // the point, or its word or line
    int rowHeight() const { return m_cells.rowHeight(); }
    int rowsVisible() const;
    int gutterWidth() const;
    void paintRow(QPainter &painter, const Shown &shown, int from, int to, int y,
                  const QList<std::pair<int, int>> &matches, int currentMatch);
    QColor colorFor(core::LogColor color, bool foreground) const;
    void ensureCurrentMatchVisible();

    QPointer<core::LogStore> m_store;
    const QList<qint64> *m_filter = nullptr;
    QList<int> m_filterOpen; // store indexes of open lines that pass the filter
    const core::LogMatcher *m_matcher = nullptr;
    qint64 m_currentMatchId = -1;
    int m_currentOccurrence = 0;

    QFont m_font;
    CellPainter m_cells; // the font in its styles, cell metrics and shaped glyphs
    int m_columns = 80;
    bool m_timestamps = false;
    QString m_topNotice;

    // Scroll position: display line at the top (negative: the header rows) and the wrapped row within it.
    int m_topLine = 0;
    int m_topSub = 0;
    bool m_following = true;
    bool m_settingScrollBar = false;

    TextSelection m_selection;

    mutable QHash<qint64, std::vector<int>> m_rowCache;
    mutable std::vector<int> m_scratchRows;
    QTimer m_updateTimer;
    qint64 m_lastPaintedId = -1;
};

} // namespace berth::ui
