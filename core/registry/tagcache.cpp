// SPDX-License-Identifier: Apache-2.0
#include "tagcache.h"

#include "engine/imagereference.h"
#include "registrylogging.h"
#include "settings/storefile.h"
#include "tagpageparser.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace berth::core {

namespace {
constexpr int FormatVersion = 2; // 2: named by hash, with the reference inside
constexpr qint64 MaxCacheBytes = 256 * 1024 * 1024;

// Short keys: the file is read on every open of a repository with thousands of tags.
enum Key : int { KName = 0, KDigest, KSize, KPushed, KImages };
enum ImageKey : int { IArch = 0, IVariant, IOs, IDigest, ISize };
} // namespace

QString TagCache::key(const ImageReference &reference)
{
    return reference.registry() + QLatin1Char('/') + reference.repository();
}

QString TagCache::fileFor(const ImageReference &reference) const
{
    const QByteArray hash = QCryptographicHash::hash(key(reference).toUtf8(), QCryptographicHash::Sha256).toHex();
    return m_directory + QLatin1Char('/') + QString::fromLatin1(hash.left(32)) + QStringLiteral(".cbor");
}

TagCache::Entry TagCache::read(const QString &file, const QString &key, TagFacts::Grammar grammar)
{
    Entry entry;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly) || f.size() > MaxCacheBytes)
        return entry;
    QCborParserError error;
    const QCborValue root = QCborValue::fromCbor(f.readAll(), &error);
    if (error.error != QCborError::NoError || !root.isMap()) {
        qCWarning(lcRegistry) << "ignoring unreadable tag cache" << file;
        return entry;
    }
    const QCborMap map = root.toMap();
    if (map.value(QLatin1String("format")).toInteger() != FormatVersion)
        return entry;
    if (map.value(QLatin1String("reference")).toString() != key) {
        qCWarning(lcRegistry) << "tag cache" << file << "belongs to another repository";
        return entry;
    }
    entry.fetchedAt = QDateTime::fromMSecsSinceEpoch(map.value(QLatin1String("fetchedAt")).toInteger(), Qt::UTC);
    const QCborArray tags = map.value(QLatin1String("tags")).toArray();
    entry.tags.reserve(tags.size());
    for (const QCborValue &v : tags) {
        const QCborArray a = v.toArray();
        TagInfo t;
        t.name = a.at(KName).toString();
        if (!ImageReference::isValidTag(t.name))
            continue;
        t.digest = a.at(KDigest).toByteArray();
        t.fullSize = a.at(KSize).toInteger(-1);
        t.lastPushedMs = a.at(KPushed).toInteger(0);
        const QCborArray images = a.at(KImages).toArray();
        for (const QCborValue &iv : images) {
            const QCborArray ia = iv.toArray();
            TagImage image;
            image.architecture = TagImage::intern(ia.at(IArch).toString());
            image.variant = TagImage::intern(ia.at(IVariant).toString());
            image.os = TagImage::intern(ia.at(IOs).toString());
            image.digest = ia.at(IDigest).toByteArray();
            image.size = ia.at(ISize).toInteger(-1);
            t.images.append(std::move(image));
        }
        t.facts = TagFacts::parse(grammar, t.name);
        entry.tags.append(std::move(t));
    }
    entry.valid = entry.fetchedAt.isValid();
    return entry;
}

bool TagCache::write(const QString &file, const QString &key, const QDateTime &fetchedAt, const QList<TagInfo> &tags,
                     QString *error)
{
    QCborArray array;
    for (const TagInfo &t : tags) {
        QCborArray images;
        for (const TagImage &image : t.images) {
            images.append(QCborArray{image.architecture, image.variant, image.os, image.digest, image.size});
        }
        array.append(QCborArray{t.name, t.digest, t.fullSize, t.lastPushedMs, images});
    }
    QCborMap map;
    map.insert(QLatin1String("format"), FormatVersion);
    map.insert(QLatin1String("reference"), key);
    map.insert(QLatin1String("fetchedAt"), fetchedAt.toMSecsSinceEpoch());
    map.insert(QLatin1String("tags"), array);

    QString why;
    if (!StoreFile::write(file, QCborValue(map).toCbor(), &why)) {
        qCWarning(lcRegistry).noquote() << why;
        if (error)
            *error = why;
        return false;
    }
    return true;
}

} // namespace berth::core
