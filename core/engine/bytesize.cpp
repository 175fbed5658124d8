// SPDX-License-Identifier: Apache-2.0
#include "bytesize.h"

namespace berth::core {

QString ByteSize::format(qint64 bytes, Units units, int precision, const QLocale &locale)
{
    const QLocale::DataSizeFormats formats = units == Units::Decimal       ? QLocale::DataSizeSIFormat
                                             : units == Units::Traditional ? QLocale::DataSizeTraditionalFormat
                                                                           : QLocale::DataSizeIecFormat;
    return locale.formattedDataSize(qMax<qint64>(0, bytes), precision, formats);
}

} // namespace berth::core
