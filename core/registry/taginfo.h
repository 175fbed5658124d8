// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tagfacts.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace berth::core {

// One platform of a multi-arch tag as Docker Hub lists it.
struct TagImage
{
    QString architecture; // amd64, arm64 …
    QString variant;      // v8 …, usually empty
    QString os;           // linux
    QByteArray digest;    // sha256:… (Latin-1 keeps ten thousand tags small)
    qint64 size = -1;     // compressed bytes

    // amd64, linux, v8 …: returns a shared copy for the handful of values every tag repeats, so ten thousand tags
    // do not each allocate them (thread-safe).
    static QString intern(const QString &value);
};

// A tag with what its source reported and what its name says. Registry v2 sources report only the name.
struct TagInfo
{
    QString name;
    QByteArray digest;       // manifest-list digest, empty when unknown
    qint64 fullSize = -1;    // bytes, -1 when unknown
    qint64 lastPushedMs = 0; // ms since epoch (UTC), 0 when unknown
    QList<TagImage> images;
    TagFacts facts;

    QString architectures() const; // "amd64, arm64"
};

} // namespace berth::core

Q_DECLARE_METATYPE(berth::core::TagInfo)
