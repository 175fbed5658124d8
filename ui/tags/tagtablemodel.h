// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "registry/tagcatalog.h"
#include "registry/tagfilter.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace berth::ui {

// The filtered, sorted rows of a TagCatalog for a QTableView. Filtering is one pass over the catalog's pre-sorted
// index (a few milliseconds for ten thousand tags), so it runs on every keystroke.
class TagTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagTableModel)
public:
    enum Column { TagColumn, CudaColumn, VariantColumn, SizeColumn, PushedColumn, ColumnCount };
    enum Role { TagNameRole = Qt::UserRole + 1, IndexRowRole };

    explicit TagTableModel(const core::TagCatalog *catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const core::TagFilter &filter);
    const core::TagFilter &filter() const { return m_filter; }
    void setSort(core::TagSort sort, Qt::SortOrder order);
    core::TagSort sortKey() const { return m_sort; }
    Qt::SortOrder sortOrder() const { return m_order; }

    const core::TagInfo *tagAt(int row) const;
    int rowOf(const QString &tagName) const; // -1 when filtered out
    void refresh();                          // the catalog changed: filter again
    void localImagesChanged();               // only the "on this engine" marks changed
    void retranslate();                      // the UI language changed: headers and words in cells

    static core::TagSort sortForColumn(int column);

private:
    const core::TagCatalog *m_catalog;
    core::TagFilter m_filter;
    core::TagSort m_sort = core::TagSort::Version;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QList<int> m_rows;
    QIcon m_localIcon;
};

} // namespace berth::ui
