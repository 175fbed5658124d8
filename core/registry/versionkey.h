// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <compare>

namespace berth::core {

// A sortable reading of the version at the start of a tag: 2.10.0 > 2.9.1, 2.15.0 > 2.15.0rc1 > 2.15.0rc0 > …dev,
// "nightly" > "latest" > any number, and tags that start with no version below them all. 16 bytes, so ten thousand
// tags sort without allocating.
class VersionKey
{
public:
    enum class Rank : quint8 { None, Version, Latest, Nightly };
    enum class Pre : quint8 { Dev, Alpha, Beta, Rc, Final };

    // Reads a leading version ("v2.3", "2.15.0rc1", "1.2", "latest"); *consumed gets the length read (0 if none).
    static VersionKey parse(QStringView text, qsizetype *consumed = nullptr);

    Rank rank() const { return m_rank; }
    bool isVersion() const { return m_rank == Rank::Version; }
    int partCount() const { return m_count; }
    int part(int i) const { return i < m_count ? m_parts[i] : 0; }
    int major() const { return part(0); }
    int minor() const { return part(1); }
    Pre pre() const { return m_pre; }
    bool isPreRelease() const { return m_rank == Rank::Version && m_pre != Pre::Final; }
    quint32 preNumber() const { return m_preNumber; }
    QString toString() const; // normalised, e.g. "2.15.0rc1"; empty for Rank::None

    std::strong_ordering operator<=>(const VersionKey &other) const;
    bool operator==(const VersionKey &other) const { return (*this <=> other) == 0; }

private:
    std::array<quint16, 4> m_parts{};
    quint32 m_preNumber = 0;
    quint8 m_count = 0;
    Pre m_pre = Pre::Final;
    Rank m_rank = Rank::None;
};

} // namespace berth::core
