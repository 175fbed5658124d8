// SPDX-License-Identifier: Apache-2.0
#include "cellpainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace berth::ui {

void CellPainter::setFont(const QFont &font, const QPaintDevice *device)
{
    m_device = device;
    m_fonts[Regular] = font;
    m_fonts[Regular].setKerning(false);
    m_fonts[Bold] = m_fonts[Regular];
    m_fonts[Bold].setBold(true);
    m_fonts[Italic] = m_fonts[Regular];
    m_fonts[Italic].setItalic(true);
    m_fonts[BoldItalic] = m_fonts[Bold];
    m_fonts[BoldItalic].setItalic(true);
    m_glyphs.clear();
    const QFontMetricsF fm(m_fonts[Regular], const_cast<QPaintDevice *>(device));
    m_cellWidth = std::max<qreal>(1, fm.horizontalAdvance(QLatin1Char('M')));
    m_rowHeight = std::max(1, int(std::ceil(fm.height())));
    m_ascent = int(std::round(fm.ascent()));
    m_lineWidth = std::max<qreal>(1, fm.lineWidth());
    m_underlinePos = std::max<qreal>(1, fm.underlinePos());
    m_strikeOutPos = fm.strikeOutPos();
}

const QFont &CellPainter::font(int style) const
{
    return m_fonts[std::clamp(style, 0, 3)];
}

const CellPainter::Glyph &CellPainter::glyph(char32_t ch, char32_t combining, int style)
{
    // Code points fit in 21 bits: character, one combining mark and the style make the key.
    const quint64 key = quint64(ch) | (quint64(combining) << 21) | (quint64(style) << 42);
    auto it = m_glyphs.constFind(key);
    if (it != m_glyphs.constEnd())
        return *it;
    if (m_glyphs.size() > 8192)
        m_glyphs.clear();
    QString text = QString::fromUcs4(&ch, 1);
    if (combining)
        text += QString::fromUcs4(&combining, 1);
    Glyph g;
    QTextLayout layout(text, font(style), const_cast<QPaintDevice *>(m_device));
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setPosition(QPointF(0, 0));
    layout.endLayout();
    g.ascent = line.ascent();
    g.width = line.naturalTextWidth();
    // Shaped once, with the fallback font chosen for the character; drawing the runs does no text layout.
    g.runs = layout.glyphRuns();
    return *m_glyphs.insert(key, g);
}

void CellPainter::add(QPainter &painter, const QRectF &cells, qreal baseline, char32_t ch, char32_t combining,
                      int style, QRgb colour)
{
    const Glyph &g = glyph(ch, combining, style);
    // Centred in its cells: a glyph from a fallback font (Hangul, symbols) rarely has the grid's exact width.
    const QPointF origin(cells.left() + (cells.width() - g.width) / 2, baseline - g.ascent);
    for (const QGlyphRun &run : g.runs) {
        if (!m_indexes.isEmpty() && (m_batchColour != colour || m_batchFont != run.rawFont()))
            flush(painter);
        if (m_indexes.isEmpty()) {
            m_batchFont = run.rawFont();
            m_batchColour = colour;
        }
        m_indexes += run.glyphIndexes();
        for (const QPointF &pos : run.positions())
            m_positions.append(pos + origin);
    }
}

void CellPainter::flush(QPainter &painter)
{
    if (m_indexes.isEmpty())
        return;
    QGlyphRun run;
    run.setRawFont(m_batchFont);
    run.setGlyphIndexes(m_indexes);
    run.setPositions(m_positions);
    const QPen pen = painter.pen();
    painter.setPen(QColor::fromRgba(m_batchColour));
    painter.drawGlyphRun(QPointF(0, 0), run);
    painter.setPen(pen);
    m_indexes.clear();
    m_positions.clear();
}

} // namespace berth::ui
