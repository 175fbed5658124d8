// SPDX-License-Identifier: Apache-2.0
#include "engine/bytesize.h"

#include <QTest>

using namespace berth::core;
using namespace Qt::StringLiterals;

class TestByteSize : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void format_data();
    void format();
    void format_negativeIsNothing();
    void format_defaultIsBinaryInTheUiLocale();
};

void TestByteSize::format_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<ByteSize::Units>("units");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QString>("text");
    QTest::newRow("volume size, binary") << qint64(1536) << ByteSize::Units::Binary << 2 << u"1.50 KiB"_s;
    QTest::newRow("image size, binary") << qint64(3) * 1024 * 1024 * 1024 << ByteSize::Units::Binary << 2
                                        << u"3.00 GiB"_s;
    QTest::newRow("registry size, decimal") << qint64(1'500'000) << ByteSize::Units::Decimal << 1 << u"1.5 MB"_s;
    QTest::newRow("pull speed, decimal") << qint64(999) << ByteSize::Units::Decimal << 1 << u"999 bytes"_s;
    QTest::newRow("plot, traditional") << qint64(1536) * 1024 << ByteSize::Units::Traditional << 1 << u"1.5 MB"_s;
    QTest::newRow("fetch cap, whole numbers")
        << qint64(64) * 1024 * 1024 << ByteSize::Units::Binary << 0 << u"64 MiB"_s;
}

void TestByteSize::format()
{
    QFETCH(qint64, bytes);
    QFETCH(ByteSize::Units, units);
    QFETCH(int, precision);
    QFETCH(QString, text);
    QCOMPARE(ByteSize::format(bytes, units, precision, QLocale::c()), text);
}

void TestByteSize::format_negativeIsNothing()
{
    // A pull's total is -1 until the registry says it; the progress line must not read "-1 bytes".
    QCOMPARE(ByteSize::format(-1, ByteSize::Units::Decimal, 1, QLocale::c()), u"0 bytes"_s);
}

void TestByteSize::format_defaultIsBinaryInTheUiLocale()
{
    // Every page that shows sizes without saying how uses this default; their tests compare against it.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    QCOMPARE(ByteSize::format(123'456'789), QLocale().formattedDataSize(123'456'789));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(ByteSize::format(123'456'789), u"117,74 MiB"_s);
    QLocale::setDefault(previous);
}

QTEST_GUILESS_MAIN(TestByteSize)
#include "test_bytesize.moc"
