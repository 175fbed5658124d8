// SPDX-License-Identifier: Apache-2.0
#include "fakenvidiasmi.h"
#include "gpu/nvidiasmiparser.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using berth::core::GpuInfo;
using berth::core::NvidiaSmiParser;
using berth::test::FakeNvidiaSmi;

class TestNvidiaSmiParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void fixtures_data();
    void fixtures();
    void unsortedRows_comeOutSortedByIndex();
    void queryArguments_matchTheDocumentedCommand();
    void randomBytes_neverBreakInvariants();
    void hugeInput_staysLinearAndBounded();
};

void TestNvidiaSmiParser::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("gpus");
    QTest::addColumn<int>("skipped");
    // Expectations for the first GPU
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("uuid");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("used");
    QTest::addColumn<int>("util");
    QTest::addColumn<QString>("driver");

    const QString uuid = QStringLiteral("GPU-6a3c1d2e-4f5b-4e6a-9b7c-1d2e3f4a5b6c");
    QTest::newRow("plainRow_readsEveryField")
        << QByteArray("0, GPU-6a3c1d2e-4f5b-4e6a-9b7c-1d2e3f4a5b6c, NVIDIA GeForce RTX 3090, 24576, 1, 0, 535.104.05\n")
        << 1 << 0 << 0 << uuid << "NVIDIA GeForce RTX 3090" << qint64(24576) << qint64(1) << 0 << "535.104.05";
    QTest::newRow("trailingSpaces_trimmed")
        << QByteArray("3 ,  GPU-x  , Tesla T4  , 15360 , 0 , 7 , 470.82.01   \n") << 1 << 0 << 3 << "GPU-x"
        << "Tesla T4" << qint64(15360) << qint64(0) << 7 << "470.82.01";
    QTest::newRow("naValues_becomeUnknown")
        << QByteArray("0, [N/A], [N/A], [N/A], [N/A], [N/A], [N/A]\n") << 1 << 0 << 0 << ""
        << "" << qint64(-1) << qint64(-1) << -1 << "";
    QTest::newRow("notSupported_becomesUnknown")
        << QByteArray("1, GPU-y, NVIDIA Jetson, [Not Supported], [Not Supported], [Not Supported], 35.4.1\n") << 1 << 0
        << 1 << "GPU-y"
        << "NVIDIA Jetson" << qint64(-1) << qint64(-1) << -1 << "35.4.1";
    QTest::newRow("crlfLineEnds_accepted")
        << QByteArray("0, GPU-a, A10, 23028, 100, 50, 525.60.13\r\n1, GPU-b, A10, 23028, 0, 0, 525.60.13\r\n") << 2 << 0
        << 0 << "GPU-a"
        << "A10" << qint64(23028) << qint64(100) << 50 << "525.60.13";
    QTest::newRow("blankLines_ignored") << QByteArray("\n\n   \n0, GPU-a, A10, 23028, 100, 50, 525.60.13\n\n") << 1 << 0
                                        << 0 << "GPU-a"
                                        << "A10" << qint64(23028) << qint64(100) << 50 << "525.60.13";
    QTest::newRow("noFinalNewline_lastRowKept")
        << QByteArray("0, GPU-a, A10, 23028, 100, 50, 525.60.13") << 1 << 0 << 0 << "GPU-a"
        << "A10" << qint64(23028) << qint64(100) << 50 << "525.60.13";
    QTest::newRow("commaInName_keptInName")
        << QByteArray("0, GPU-a, Weird, Board, 1000, 10, 5, 510.1\n") << 1 << 0 << 0 << "GPU-a"
        << "Weird, Board" << qint64(1000) << qint64(10) << 5 << "510.1";
    QTest::newRow("unitsPresent_stillRead")
        << QByteArray("0, GPU-a, Tesla T4, 15360 MiB, 12 MiB, 3 %, 470.82.01\n") << 1 << 0 << 0 << "GPU-a"
        << "Tesla T4" << qint64(15360) << qint64(12) << 3 << "470.82.01";
    QTest::newRow("fractionalMemory_rounded")
        << QByteArray("0, GPU-a, X, 1023.6, 0.4, 99.5, 1\n") << 1 << 0 << 0 << "GPU-a"
        << "X" << qint64(1024) << qint64(0) << 100 << "1";
    QTest::newRow("utilizationAbove100_unknown")
        << QByteArray("0, GPU-a, X, 100, 10, 250, 1\n") << 1 << 0 << 0 << "GPU-a"
        << "X" << qint64(100) << qint64(10) << -1 << "1";
    QTest::newRow("negativeMemory_unknown") << QByteArray("0, GPU-a, X, -5, -1, -3, 1\n") << 1 << 0 << 0 << "GPU-a"
                                            << "X" << qint64(-1) << qint64(-1) << -1 << "1";
    QTest::newRow("usedAboveTotal_clampedToTotal")
        << QByteArray("0, GPU-a, X, 100, 500, 1, 1\n") << 1 << 0 << 0 << "GPU-a"
        << "X" << qint64(100) << qint64(100) << 1 << "1";
    QTest::newRow("controlCharacters_stripped")
        << QByteArray("0, GPU-a, \x1b[31mEvil\x07 GPU, 100, 1, 1, 1\n") << 1 << 0 << 0 << "GPU-a"
        << "[31mEvil GPU" << qint64(100) << qint64(1) << 1 << "1";
    QTest::newRow("errorLineBeforeRows_skipped")
        << QByteArray("Unable to determine the device handle for GPU 0000:3B:00.0: GPU is lost.\n"
                      "1, GPU-b, A100, 81920, 0, 0, 470.182.03\n")
        << 1 << 1 << 1 << "GPU-b"
        << "A100" << qint64(81920) << qint64(0) << 0 << "470.182.03";
    QTest::newRow("negativeIndex_skipped")
        << QByteArray("-1, GPU-a, X, 1, 1, 1, 1\n2, GPU-c, Y, 2, 2, 2, 2\n") << 1 << 1 << 2 << "GPU-c"
        << "Y" << qint64(2) << qint64(2) << 2 << "2";
    QTest::newRow("duplicateIndex_firstKept")
        << QByteArray("0, GPU-a, X, 1, 1, 1, 1\n0, GPU-b, Y, 2, 2, 2, 2\n") << 1 << 1 << 0 << "GPU-a"
        << "X" << qint64(1) << qint64(1) << 1 << "1";
    QTest::newRow("hugeIndex_skipped") << QByteArray("99999999999, GPU-a, X, 1, 1, 1, 1\n") << 0 << 1 << -1 << ""
                                       << "" << qint64(0) << qint64(0) << 0 << "";
    QTest::newRow("noDevicesMessage_noGpus") << QByteArray("No devices were found\n") << 0 << 1 << -1 << ""
                                             << "" << qint64(0) << qint64(0) << 0 << "";
    QTest::newRow("emptyInput_noGpus") << QByteArray() << 0 << 0 << -1 << ""
                                       << "" << qint64(0) << qint64(0) << 0 << "";
    QTest::newRow("invalidUtf8_survives")
        << QByteArray("0, GPU-\xff\xfe, \xc3\x28 Card, 10, 1, 1, 1\n") << 1 << 0 << 0 << "GPU-\uFFFD\uFFFD"
        << "\uFFFD( Card" << qint64(10) << qint64(1) << 1 << "1";
}

void TestNvidiaSmiParser::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(int, gpus);
    QFETCH(int, skipped);
    const NvidiaSmiParser::Report report = NvidiaSmiParser::parse(input);
    QCOMPARE(report.gpus.size(), gpus);
    QCOMPARE(report.skippedLines.size(), skipped);
    if (gpus == 0)
        return;
    const GpuInfo &gpu = report.gpus.first();
    QTEST(gpu.index, "index");
    QTEST(gpu.uuid, "uuid");
    QTEST(gpu.name, "name");
    QTEST(gpu.memoryTotalMiB, "total");
    QTEST(gpu.memoryUsedMiB, "used");
    QTEST(gpu.utilizationPercent, "util");
    QTEST(gpu.driverVersion, "driver");
    QTEST(report.driverVersion, "driver");
}

void TestNvidiaSmiParser::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("gpus");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<int>("busiest"); // highest utilisation among GPUs
    QTest::newRow("twoIdle") << "gpus-2-idle.csv" << 2 << "535.104.05" << 0;
    QTest::newRow("twoBusy") << "gpus-2-busy.csv" << 2 << "535.104.05" << 98;
    QTest::newRow("eightIdle") << "gpus-8-idle.csv" << 8 << "470.182.03" << 0;
    QTest::newRow("eightBusy_trailingSpaceAndNa") << "gpus-8-busy.csv" << 8 << "470.182.03" << 100;
}

void TestNvidiaSmiParser::fixtures()
{
    QFETCH(QString, file);
    const NvidiaSmiParser::Report report = NvidiaSmiParser::parse(FakeNvidiaSmi::fixture(file));
    QTEST(int(report.gpus.size()), "gpus");
    QTEST(report.driverVersion, "driver");
    QVERIFY(report.skippedLines.isEmpty());
    int busiest = 0;
    for (qsizetype i = 0; i < report.gpus.size(); ++i) {
        QCOMPARE(report.gpus.at(i).index, int(i));
        QVERIFY(report.gpus.at(i).uuid.startsWith(QLatin1String("GPU-")));
        busiest = std::max(busiest, report.gpus.at(i).utilizationPercent);
    }
    QTEST(busiest, "busiest");
}

void TestNvidiaSmiParser::unsortedRows_comeOutSortedByIndex()
{
    const auto report = NvidiaSmiParser::parse("2, c, X, 1, 1, 1, 1\n0, a, X, 1, 1, 1, 1\n1, b, X, 1, 1, 1, 1\n");
    QCOMPARE(report.gpus.size(), 3);
    QCOMPARE(report.gpus.at(0).uuid, QStringLiteral("a"));
    QCOMPARE(report.gpus.at(2).index, 2);
}

void TestNvidiaSmiParser::queryArguments_matchTheDocumentedCommand()
{
    QCOMPARE(NvidiaSmiParser::queryArguments().join(QLatin1Char(' ')),
             QStringLiteral("--query-gpu=index,uuid,name,memory.total,memory.used,utilization.gpu,driver_version "
                            "--format=csv,noheader,nounits"));
}

void TestNvidiaSmiParser::randomBytes_neverBreakInvariants()
{
    // A poor man's fuzz run over the same entry point libFuzzer calls; mixes structure-shaped and raw bytes.
    QRandomGenerator rng(20240607);
    const QByteArray alphabet("0123456789,, ,\n\r[N/A]GPU-.MiB%\xff\x00", 33);
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes(int(rng.bounded(400)), Qt::Uninitialized);
        const bool shaped = round % 2 == 0;
        for (char &c : bytes)
            c = shaped ? alphabet.at(int(rng.bounded(alphabet.size()))) : char(rng.bounded(256));
        QCOMPARE(NvidiaSmiParser::fuzzOne(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                                          std::size_t(bytes.size())),
                 0);
    }
}

void TestNvidiaSmiParser::hugeInput_staysLinearAndBounded()
{
    QByteArray rows(4 << 20, ','); // one 4 MiB line of separators, then more rows than any host has
    rows += '\n';
    for (int i = 0; i < 5000; ++i)
        rows += QByteArray::number(i) + ", GPU-x, X, 100, 1, 1, 1\n";
    QElapsedTimer timer;
    timer.start();
    const auto report = NvidiaSmiParser::parse(rows);
    QCOMPARE(report.gpus.size(), qsizetype(NvidiaSmiParser::MaxGpus));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestNvidiaSmiParser)
#include "test_nvidiasmiparser.moc"
