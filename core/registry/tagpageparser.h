// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "taginfo.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace berth::core {

// One page of tags as it came off the wire, parsed (on a worker thread: these functions touch no shared state).
struct TagPage
{
    QList<TagInfo> tags;
    QString next;    // Hub: the "next" URL; empty on the last page
    int count = -1;  // Hub: total tags in the repository; -1 when not said
    int dropped = 0; // names that are not tags by the reference grammar (control characters, "../" …), left out
    QString error;   // non-empty: the body was not the JSON we expect (technical detail, for logs and messages)
};

class TagPageParser
{
public:
    // {count, next, previous, results:[{name, digest, full_size, last_updated, tag_last_pushed, images:[…]}]}
    static TagPage parseHub(const QByteArray &body, TagFacts::Grammar grammar);
    // {"name": "...", "tags": ["…"]}; "tags": null is an empty repository, not an error.
    static TagPage parseRegistry(const QByteArray &body, TagFacts::Grammar grammar);

    // "2024-03-08T01:58:22.123456Z" to ms since epoch without QDateTime's parser (which dominates otherwise); 0 if bad.
    static qint64 parseIsoTimestampMs(QStringView text);
};

} // namespace berth::core
