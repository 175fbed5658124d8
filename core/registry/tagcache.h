#pragma once

#include "imagereference.h"
#include "taginfo.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace berth::core {

// The last complete listing of each repository, one CBOR file per repository under <dataDir>/tags-cache, so a second
// open is instant and works offline. read() and write() do file I/O: call them from a worker thread.
class TagCache
{
public:
    struct Entry
    {
        bool valid = false;
        QDateTime fetchedAt; // UTC
        QList<TagInfo> tags;
    };

    explicit TagCache(QString directory) : m_directory(std::move(directory)) {}

    QString directory() const { return m_directory; }
    QString fileFor(const ImageReference &reference) const;

    // A missing, truncated or foreign file reads as an invalid entry, never as a crash.
    static Entry read(const QString &file, TagFacts::Grammar grammar);
    static bool write(const QString &file, const QDateTime &fetchedAt, const QList<TagInfo> &tags);

private:
    QString m_directory;
};

} // namespace berth::core
