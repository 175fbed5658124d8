// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/cellpainter.h"
#include "common/textselection.h"

#include <QAbstractScrollArea>
#include <QFont>
#include <QHash>
#include <QList>
#include <QTimer>

namespace berth::ui {

class TerminalEmulator;
struct TerminalCell;

// A terminal on screen: draws a TerminalEmulator cell by cell (colours, bold/italic/underline/reverse, wide
// characters over two cells, cursor shapes and blinking), scrolls back through its history (wheel, Shift+PageUp/
// PageDown), selects with the mouse (double-click a word, triple-click a line) and copies and pastes (Ctrl+Shift+C/V,
// middle click, Shift+Insert). Keys and input-method text become bytes on sendData(); program output goes in
// through feed(). The size in cells follows the widget and is announced with terminalSizeChanged().
class TerminalWidget final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalWidget)
public:
    explicit TerminalWidget(QWidget *parent = nullptr);
    ~TerminalWidget() override;

    TerminalEmulator *emulator() const { return m_emulator; }
    void feed(const QByteArray &bytes);

    int rows() const;
    int cols() const;
    QSizeF cellSize() const { return {m_cells.cellWidth(), qreal(m_cells.rowHeight())}; }
    // The widget size that shows exactly rows x cols cells (plus the scroll bar and frame).
    QSize sizeForCells(int rows, int cols) const;

    QFont terminalFont() const { return m_cells.font(); }
    void setTerminalFont(const QFont &font);
    static QFont defaultFont();
    void setScrollbackLines(int lines);

    // Read-only: output still shows, keys no longer reach the program (a finished session).
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

    bool hasSelection() const { return !m_selection.isEmpty(); }
    QString selectedText() const;
    void clearSelection();
    void selectAll();
    void copy();
    void paste();          // the clipboard
    void pasteSelection(); // the X11 primary selection where there is one, else the clipboard

    int scrollOffset() const; // lines scrolled back from the bottom
    void scrollToBottom();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;

Q_SIGNALS:
    void sendData(const QByteArray &bytes);
    void terminalSizeChanged(int rows, int cols);
    void titleChanged(const QString &title);

protected:
    bool event(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    using Position = TextSelection::Position;
    using Span = TextSelection::Span;

    void updateTerminalSize();
    void onScreenChanged();
    void updateScrollBar();
    Position cellAt(const QPoint &viewportPos) const;
    Span spanAt(const Position &cell, TextSelection::Unit unit) const; // the cell, or its word or line
    QPoint viewportCell(const QPoint &viewportPos) const;              // column, viewport row, clamped
    QRect cellRect(int viewportRow, int col, int width = 1) const;
    void selectionFinished();
    bool mouseReporting(const QMouseEvent *event) const;
    void restartBlink();
    void sendBytes(const QByteArray &bytes);

    TerminalEmulator *m_emulator;
    CellPainter m_cells; // fonts, cell metrics and shaped glyphs
    int m_margin = 4;
    qint64 m_lastScrolledOut = 0;
    bool m_readOnly = false;

    TextSelection m_selection;
    QPoint m_pressPos;

    QString m_preedit;
    QTimer m_blinkTimer;
    bool m_blinkOn = true;
};

} // namespace berth::ui
