// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFont>
#include <QGlyphRun>
#include <QHash>
#include <QList>
#include <QRawFont>
#include <QRgb>

class QPainter;
class QPaintDevice;

namespace berth::ui {

// Draws text on a grid of character cells, as the log view and the terminal do: one monospace font in four styles,
// the cell metrics, and a cache of shaped glyphs. Each character is shaped once (with the fallback font chosen for
// it) and then drawn centred in its cells from the cache, glyphs of one font and colour in one call: laying out
// each cell's text on every paint costs ten times more.
class CellPainter
{
public:
    enum Style { Regular = 0, Bold = 1, Italic = 2, BoldItalic = 3 };

    // The font for the grid; device (may be null) is what the text is drawn on, for its resolution.
    void setFont(const QFont &font, const QPaintDevice *device = nullptr);
    const QFont &font(int style = Regular) const;

    qreal cellWidth() const { return m_cellWidth; }
    int rowHeight() const { return m_rowHeight; }
    int ascent() const { return m_ascent; }
    qreal lineWidth() const { return m_lineWidth; }
    qreal underlinePos() const { return m_underlinePos; }
    qreal strikeOutPos() const { return m_strikeOutPos; }

    // Queues ch (and one combining mark, 0 for none) centred in cells, on baseline, in a style and colour (alpha
    // kept). What is queued is drawn by flush(), or when a glyph of another font or colour comes.
    void add(QPainter &painter, const QRectF &cells, qreal baseline, char32_t ch, char32_t combining, int style,
             QRgb colour);
    // Draws what was queued (the painter's pen is left as it was).
    void flush(QPainter &painter);

private:
    struct Glyph
    {
        QList<QGlyphRun> runs; // positioned with the line's top at 0
        qreal ascent = 0;
        qreal width = 0;
    };
    const Glyph &glyph(char32_t ch, char32_t combining, int style);

    QFont m_fonts[4];
    const QPaintDevice *m_device = nullptr;
    qreal m_cellWidth = 8;
    int m_rowHeight = 16;
    int m_ascent = 12;
    qreal m_lineWidth = 1;
    qreal m_underlinePos = 1;
    qreal m_strikeOutPos = 4;
    QHash<quint64, Glyph> m_glyphs; // key: character, combining mark, style

    // The batch being collected: one font and colour.
    QRawFont m_batchFont;
    QRgb m_batchColour = 0;
    QList<quint32> m_indexes;
    QList<QPointF> m_positions;
};

} // namespace berth::ui
