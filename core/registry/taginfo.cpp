// SPDX-License-Identifier: Apache-2.0
#include "taginfo.h"

#include <QStringList>

namespace berth::core {

QString TagImage::intern(const QString &value)
{
    static const QStringList common = {QStringLiteral("amd64"),   QStringLiteral("arm64"),   QStringLiteral("arm"),
                                       QStringLiteral("386"),     QStringLiteral("ppc64le"), QStringLiteral("s390x"),
                                       QStringLiteral("riscv64"), QStringLiteral("linux"),   QStringLiteral("windows"),
                                       QStringLiteral("v5"),      QStringLiteral("v6"),      QStringLiteral("v7"),
                                       QStringLiteral("v8"),      QStringLiteral("unknown")};
    for (const QString &c : common) {
        if (c == value)
            return c;
    }
    return value;
}

QString TagInfo::architectures() const
{
    QStringList list;
    for (const TagImage &image : images) {
        QString a =
            image.variant.isEmpty() ? image.architecture : image.architecture + QLatin1Char('/') + image.variant;
        if (!a.isEmpty() && !list.contains(a))
            list << a;
    }
    return list.join(QStringLiteral(", "));
}

} // namespace berth::core
