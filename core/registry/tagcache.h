// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/imagereference.h"
#include "taginfo.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace berth::core {

// The last complete listing of each repository, one CBOR file per repository under <cacheDir>/tags-cache, so a second
// open is instant and works offline. Files are named by a hash of the full reference (registry/repository) and hold
// that reference, so two repositories never share a file and a file is only ever read for its own repository.
// read() and write() do file I/O: call them from a worker thread.
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

    // registry/repository: what the file name hashes and the file records.
    static QString key(const ImageReference &reference);

    // A missing, truncated or foreign file (another repository's, an older format) reads as an invalid entry, never
    // as a crash.
    static Entry read(const QString &file, const QString &key, TagFacts::Grammar grammar);
    // False with *error when the file could not be written (full disk …); the previous file is kept then.
    static bool write(const QString &file, const QString &key, const QDateTime &fetchedAt, const QList<TagInfo> &tags,
                      QString *error = nullptr);

private:
    QString m_directory;
};

} // namespace berth::core
