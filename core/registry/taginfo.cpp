#include "taginfo.h"

#include <QStringList>

namespace berth::core {

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
