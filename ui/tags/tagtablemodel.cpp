// SPDX-License-Identifier: Apache-2.0
#include "tagtablemodel.h"

#include "engine/bytesize.h"
#include "registry/pullprogressmodel.h"

#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace berth::ui {

namespace {
QIcon localMarker()
{
    // A small filled dot: "this engine already has the image"
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x2e, 0x9d, 0x4f));
    p.drawEllipse(QRectF(4, 4, 8, 8));
    return QIcon(pixmap);
}
} // namespace

TagTableModel::TagTableModel(const core::TagCatalog *catalog, QObject *parent)
    : QAbstractTableModel(parent), m_catalog(catalog), m_localIcon(localMarker())
{
    refresh();
}

int TagTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TagTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const core::TagInfo *TagTableModel::tagAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    const int indexRow = m_rows.at(row);
    return indexRow < m_catalog->index().size() ? &m_catalog->index().at(indexRow) : nullptr;
}

int TagTableModel::rowOf(const QString &tagName) const
{
    const int indexRow = m_catalog->index().indexOf(tagName);
    return indexRow < 0 ? -1 : int(m_rows.indexOf(indexRow));
}

QVariant TagTableModel::data(const QModelIndex &index, int role) const
{
    const core::TagInfo *tag = tagAt(index.row());
    if (!tag)
        return {};
    const core::TagFacts &f = tag->facts;
    switch (role) {
    case TagNameRole:
        return tag->name;
    case IndexRowRole:
        return m_rows.at(index.row());
    case Qt::DisplayRole:
        switch (index.column()) {
        case TagColumn:
            return tag->name;
        case CudaColumn:
            if (f.hasCuda())
                return f.cudaVersion();
            if (f.gpu == core::TagFacts::Gpu::No)
                return tr("CPU");
            if (f.gpu == core::TagFacts::Gpu::Yes)
                return tr("GPU");
            return QString();
        case VariantColumn:
            return f.variantName();
        case SizeColumn:
            return tag->fullSize >= 0 ? core::ByteSize::format(tag->fullSize, core::ByteSize::Units::Decimal, 1)
                                      : QString();
        case PushedColumn:
            return tag->lastPushedMs > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(tag->lastPushedMs).date(),
                                                              QLocale::ShortFormat)
                                         : QString();
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == TagColumn && m_catalog->isPresentLocally(tag->name))
            return m_localIcon;
        break;
    case Qt::ToolTipRole:
        if (index.column() == TagColumn) {
            QString tip = f.summary();
            if (m_catalog->isPresentLocally(tag->name))
                tip += QLatin1Char('\n') + tr("Already on this engine");
            return tip;
        }
        if (index.column() == CudaColumn && f.cudaFromTable)
            return tr("From TensorFlow's tested build configurations; the tag itself does not name CUDA.");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant TagTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TagColumn:
        return tr("Tag");
    case CudaColumn:
        return tr("CUDA");
    case VariantColumn:
        return tr("Variant");
    case SizeColumn:
        return tr("Size");
    case PushedColumn:
        return tr("Pushed");
    }
    return {};
}

core::TagSort TagTableModel::sortForColumn(int column)
{
    switch (column) {
    case SizeColumn:
        return core::TagSort::Size;
    case PushedColumn:
        return core::TagSort::LastPushed;
    default:
        return core::TagSort::Version;
    }
}

void TagTableModel::sort(int column, Qt::SortOrder order)
{
    setSort(sortForColumn(column), order);
}

void TagTableModel::setFilter(const core::TagFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void TagTableModel::setSort(core::TagSort sort, Qt::SortOrder order)
{
    if (sort == m_sort && order == m_order)
        return;
    m_sort = sort;
    m_order = order;
    refresh();
}

void TagTableModel::refresh()
{
    beginResetModel();
    m_rows = m_catalog->index().filter(m_filter, m_sort, m_order);
    endResetModel();
}

} // namespace berth::ui

namespace berth::ui {

void TagTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void TagTableModel::localImagesChanged()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TagColumn), index(int(m_rows.size()) - 1, TagColumn),
                           {Qt::DecorationRole, Qt::ToolTipRole});
}

} // namespace berth::ui
