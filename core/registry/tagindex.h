// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tagfilter.h"
#include "taginfo.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <array>
#include <vector>

namespace berth::core {

// The tags of one repository, ready to filter on every keystroke: lower-cased names and a sorted order per sort key
// are kept, so a filter is one pass over an already-sorted array. Not thread-safe; lives on the UI thread.
class TagIndex final
{
public:
    TagIndex() = default;

    int size() const { return int(m_tags.size()); }
    bool isEmpty() const { return m_tags.isEmpty(); }
    const TagInfo &at(int row) const { return m_tags.at(row); }
    const QList<TagInfo> &tags() const { return m_tags; }
    int indexOf(const QString &name) const { return m_byName.value(name, -1); }
    QStringList names() const;

    void clear();
    void replaceAll(QList<TagInfo> tags);
    // Adds tags, replacing any with the same name in place (rows of existing tags do not move); returns new ones.
    int upsert(QList<TagInfo> tags);
    // Drops every tag whose name is not in keep (tags deleted on the server since the cache was written).
    int retainOnly(const QSet<QString> &keep);

    // Rows (indexes for at()) that match, in the order asked for.
    QList<int> filter(const TagFilter &filter, TagSort sort = TagSort::Version,
                      Qt::SortOrder order = Qt::DescendingOrder) const;
    bool matches(int row, const TagFilter &filter, const QStringList &words) const;
    static QStringList filterWords(const QString &text);

    // Distinct CUDA majors among the tags, ascending (for the browser's chips).
    QList<int> cudaMajors() const;
    // Whether any tag is a runtime or devel build (PyTorch, nvidia/cuda): other images have no such choice.
    bool hasVariants() const;
    // Whether any tag carries TensorFlow's old -py3 suffix.
    bool hasPython3Tags() const;

private:
    void add(TagInfo &&tag);
    void invalidateOrders();
    const std::vector<int> &order(TagSort sort) const;

    QList<TagInfo> m_tags;
    QList<QString> m_lower; // shares the name's data when it is already lower case (most tags)
    QHash<QString, int> m_byName;
    mutable std::array<std::vector<int>, 4> m_orders;
    mutable std::array<bool, 4> m_orderValid{};
};

} // namespace berth::core
