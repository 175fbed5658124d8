// SPDX-License-Identifier: Apache-2.0
#include "mounts/sizeparser.h"

#include <QTest>

using berth::core::SizeParser;

class TestSizeParser final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void toDockerString_data();
    void toDockerString();
    void toDockerString_roundTripsThroughParse();
    void tmpfsOptionSize_data();
    void tmpfsOptionSize();
    void withTmpfsOptionSize_data();
    void withTmpfsOptionSize();
};

void TestSizeParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("bytes");

    QTest::newRow("plainBytes") << QStringLiteral("512") << true << Q_INT64_C(512);
    QTest::newRow("bSuffixIsBytes") << QStringLiteral("512b") << true << Q_INT64_C(512);
    QTest::newRow("lowerK") << QStringLiteral("4k") << true << Q_INT64_C(4096);
    QTest::newRow("upperM") << QStringLiteral("64M") << true << Q_INT64_C(67108864);
    QTest::newRow("oneG") << QStringLiteral("1g") << true << Q_INT64_C(1073741824);
    QTest::newRow("gbIsBinaryToo") << QStringLiteral("1GB") << true << Q_INT64_C(1073741824);
    QTest::newRow("gibSuffix") << QStringLiteral("2GiB") << true << Q_INT64_C(2147483648);
    QTest::newRow("terabyte") << QStringLiteral("1t") << true << (Q_INT64_C(1) << 40);
    QTest::newRow("petabyte") << QStringLiteral("1p") << true << (Q_INT64_C(1) << 50);
    QTest::newRow("fractionTruncates") << QStringLiteral("1.5m") << true << Q_INT64_C(1572864);
    QTest::newRow("spaceBeforeUnit") << QStringLiteral("10 MB") << true << Q_INT64_C(10485760);
    QTest::newRow("zero") << QStringLiteral("0") << true << Q_INT64_C(0);
    QTest::newRow("empty") << QString() << false << Q_INT64_C(0);
    QTest::newRow("unitOnly") << QStringLiteral("g") << false << Q_INT64_C(0);
    QTest::newRow("negative") << QStringLiteral("-1g") << false << Q_INT64_C(0);
    QTest::newRow("unknownUnit") << QStringLiteral("10x") << false << Q_INT64_C(0);
    QTest::newRow("bThenMore") << QStringLiteral("10bb") << false << Q_INT64_C(0);
    QTest::newRow("unitWithWrongTail") << QStringLiteral("10mx") << false << Q_INT64_C(0);
    QTest::newRow("suffixTooLong") << QStringLiteral("10gibb") << false << Q_INT64_C(0);
    QTest::newRow("words") << QStringLiteral("big") << false << Q_INT64_C(0);
    QTest::newRow("percentIsNotAByteSize") << QStringLiteral("50%") << false << Q_INT64_C(0);
    QTest::newRow("overflow") << QStringLiteral("99999999p") << false << Q_INT64_C(0);
}

void TestSizeParser::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, bytes);
    const std::optional<qint64> parsed = SizeParser::parse(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, bytes);
}

void TestSizeParser::toDockerString_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << Q_INT64_C(0) << QStringLiteral("0");
    QTest::newRow("notAMultiple") << Q_INT64_C(1000) << QStringLiteral("1000");
    QTest::newRow("kibibyte") << Q_INT64_C(1024) << QStringLiteral("1k");
    QTest::newRow("shmDefault") << Q_INT64_C(67108864) << QStringLiteral("64m");
    QTest::newRow("gibibyte") << Q_INT64_C(1073741824) << QStringLiteral("1g");
    QTest::newRow("oneAndAHalfG") << Q_INT64_C(1610612736) << QStringLiteral("1536m");
}

void TestSizeParser::toDockerString()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(SizeParser::toDockerString(bytes), text);
}

void TestSizeParser::toDockerString_roundTripsThroughParse()
{
    for (qint64 bytes : {Q_INT64_C(1), Q_INT64_C(4095), Q_INT64_C(4096), Q_INT64_C(3) << 30, Q_INT64_C(7) << 41})
        QCOMPARE(SizeParser::parse(SizeParser::toDockerString(bytes)).value_or(-1), bytes);
}

void TestSizeParser::tmpfsOptionSize_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("size");
    QTest::addColumn<bool>("valid");
    QTest::newRow("none") << QStringLiteral("rw,noexec") << QString() << false;
    QTest::newRow("megabytes") << QStringLiteral("rw,size=64m,mode=1777") << QStringLiteral("64m") << true;
    QTest::newRow("percent") << QStringLiteral("size=50%") << QStringLiteral("50%") << true;
    QTest::newRow("plainBytes") << QStringLiteral("size=65536") << QStringLiteral("65536") << true;
    QTest::newRow("kernelRejectsMb") << QStringLiteral("size=64mb") << QStringLiteral("64mb") << false;
    QTest::newRow("words") << QStringLiteral("size=lots") << QStringLiteral("lots") << false;
}

void TestSizeParser::tmpfsOptionSize()
{
    QFETCH(QString, options);
    QFETCH(QString, size);
    QFETCH(bool, valid);
    QCOMPARE(SizeParser::tmpfsOptionSize(options), size);
    QCOMPARE(SizeParser::isValidTmpfsOptionSize(size), valid);
}

void TestSizeParser::withTmpfsOptionSize_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("result");
    QTest::newRow("addsToEmpty") << QString() << QStringLiteral("1g") << QStringLiteral("size=1g");
    QTest::newRow("appendsKeepingOthers")
        << QStringLiteral("rw,noexec") << QStringLiteral("1g") << QStringLiteral("rw,noexec,size=1g");
    QTest::newRow("replacesInPlace") << QStringLiteral("rw,size=64m,mode=1777") << QStringLiteral("128m")
                                     << QStringLiteral("rw,size=128m,mode=1777");
    QTest::newRow("emptyRemoves") << QStringLiteral("rw,size=64m,mode=1777") << QString()
                                  << QStringLiteral("rw,mode=1777");
}

void TestSizeParser::withTmpfsOptionSize()
{
    QFETCH(QString, options);
    QFETCH(QString, size);
    QFETCH(QString, result);
    QCOMPARE(SizeParser::withTmpfsOptionSize(options, size), result);
}

QTEST_GUILESS_MAIN(TestSizeParser)
#include "test_sizeparser.moc"
