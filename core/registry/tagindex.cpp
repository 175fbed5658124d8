// SPDX-License-Identifier: Apache-2.0
#include "tagindex.h"

#include <algorithm>

namespace berth::core {

QStringList TagIndex::names() const
{
    QStringList list;
    list.reserve(m_tags.size());
    for (const TagInfo &t : m_tags)
        list << t.name;
    return list;
}

void TagIndex::clear()
{
    m_tags.clear();
    m_lower.clear();
    m_byName.clear();
    invalidateOrders();
}

void TagIndex::add(TagInfo &&tag)
{
    QString lower = tag.name.toLower();
    m_byName.insert(tag.name, int(m_tags.size()));
    m_lower.append(lower == tag.name ? tag.name : lower);
    m_tags.append(std::move(tag));
}

void TagIndex::replaceAll(QList<TagInfo> tags)
{
    clear();
    m_tags.reserve(tags.size());
    m_lower.reserve(tags.size());
    m_byName.reserve(tags.size());
    for (TagInfo &t : tags) {
        if (!m_byName.contains(t.name))
            add(std::move(t));
    }
}

int TagIndex::upsert(QList<TagInfo> tags)
{
    int added = 0;
    for (TagInfo &t : tags) {
        auto it = m_byName.constFind(t.name);
        if (it != m_byName.constEnd()) {
            m_tags[*it] = std::move(t);
        } else {
            add(std::move(t));
            ++added;
        }
    }
    invalidateOrders();
    return added;
}

int TagIndex::retainOnly(const QSet<QString> &keep)
{
    const auto gone =
        std::count_if(m_tags.cbegin(), m_tags.cend(), [&](const TagInfo &t) { return !keep.contains(t.name); });
    if (gone == 0)
        return 0;
    QList<TagInfo> kept;
    kept.reserve(m_tags.size() - gone);
    for (TagInfo &t : m_tags) {
        if (keep.contains(t.name))
            kept.append(std::move(t));
    }
    replaceAll(std::move(kept));
    return int(gone);
}

void TagIndex::invalidateOrders()
{
    m_orderValid.fill(false);
}

const std::vector<int> &TagIndex::order(TagSort sort) const
{
    const auto k = size_t(sort);
    std::vector<int> &o = m_orders[k];
    if (m_orderValid[k] && o.size() == size_t(m_tags.size()))
        return o;
    o.resize(m_tags.size());
    for (int i = 0; i < int(o.size()); ++i)
        o[i] = i;
    const TagInfo *tags = m_tags.constData();
    // Ascending; ties fall back to version, then to the name in reverse so that the usual newest-first
    // (descending) listing shows 2.15.0 before 2.15.0-gpu before 2.15.0-gpu-jupyter.
    auto byVersion = [tags](int a, int b) {
        if (auto c = tags[a].facts.version <=> tags[b].facts.version; c != 0)
            return c < 0;
        return tags[b].name < tags[a].name;
    };
    switch (sort) {
    case TagSort::Version:
        std::sort(o.begin(), o.end(), byVersion);
        break;
    case TagSort::LastPushed:
        std::sort(o.begin(), o.end(), [&](int a, int b) {
            if (tags[a].lastPushedMs != tags[b].lastPushedMs)
                return tags[a].lastPushedMs < tags[b].lastPushedMs;
            return byVersion(a, b);
        });
        break;
    case TagSort::Size:
        std::sort(o.begin(), o.end(), [&](int a, int b) {
            if (tags[a].fullSize != tags[b].fullSize)
                return tags[a].fullSize < tags[b].fullSize;
            return byVersion(a, b);
        });
        break;
    case TagSort::Name:
        // Ascending is A to Z, as the header's ▲ says.
        std::sort(o.begin(), o.end(), [&](int a, int b) { return tags[a].name < tags[b].name; });
        break;
    }
    m_orderValid[k] = true;
    return o;
}

QStringList TagIndex::filterWords(const QString &text)
{
    return text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool TagIndex::matches(int row, const TagFilter &filter, const QStringList &words) const
{
    const TagFacts &f = m_tags.at(row).facts;
    if (filter.gpuOnly && f.gpu != TagFacts::Gpu::Yes)
        return false;
    if (filter.variant != TagFacts::Variant::Unspecified && f.variant != filter.variant)
        return false;
    if (filter.cudaMajor >= 0 && f.cudaMajor != filter.cudaMajor)
        return false;
    if (filter.python3Only && !f.python3)
        return false;
    const QString &name = m_lower.at(row);
    for (const QString &w : words) {
        if (!name.contains(w))
            return false;
    }
    return true;
}

QList<int> TagIndex::filter(const TagFilter &filter, TagSort sort, Qt::SortOrder sortOrder) const
{
    const std::vector<int> &o = order(sort);
    const QStringList words = filterWords(filter.text);
    QList<int> rows;
    rows.reserve(filter.isEmpty() ? qsizetype(o.size()) : qsizetype(o.size() / 4));
    if (sortOrder == Qt::AscendingOrder) {
        for (int row : o) {
            if (matches(row, filter, words))
                rows.append(row);
        }
    } else {
        for (auto it = o.rbegin(); it != o.rend(); ++it) {
            if (matches(*it, filter, words))
                rows.append(*it);
        }
    }
    return rows;
}

bool TagIndex::hasVariants() const
{
    return std::any_of(m_tags.cbegin(), m_tags.cend(), [](const TagInfo &t) {
        return t.facts.variant == TagFacts::Variant::Runtime || t.facts.variant == TagFacts::Variant::Devel;
    });
}

bool TagIndex::hasPython3Tags() const
{
    return std::any_of(m_tags.cbegin(), m_tags.cend(), [](const TagInfo &t) { return t.facts.python3; });
}

QList<int> TagIndex::cudaMajors() const
{
    std::array<bool, 128> seen{};
    for (const TagInfo &t : m_tags) {
        if (t.facts.cudaMajor >= 0)
            seen[size_t(t.facts.cudaMajor)] = true;
    }
    QList<int> majors;
    for (int i = 0; i < int(seen.size()); ++i) {
        if (seen[size_t(i)])
            majors << i;
    }
    return majors;
}

} // namespace berth::core
