// SPDX-License-Identifier: Apache-2.0
#include "gpu/driverversion.h"

#include <QTest>

using berth::core::DriverVersion;

class TestDriverVersion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compare_data();
    void compare();
    void check_data();
    void check();
    void tooOldMessage_namesCudaAndBothDrivers();
    void tooOldMessage_emptyWhenNewEnough();
};

void TestDriverVersion::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("equal") << "535.104.05"
                           << "535.104.05" << 0;
    QTest::newRow("numericNotLexical") << "535.54.03"
                                       << "535.104.05" << -1;
    QTest::newRow("majorWins") << "470.182.03"
                               << "525.60.13" << -1;
    QTest::newRow("newerMajor") << "580.65.06"
                                << "525" << 1;
    QTest::newRow("missingPartsAreZero") << "525"
                                         << "525.0.0" << 0;
    QTest::newRow("leadingZeroPart") << "450.80.02"
                                     << "450.80.2" << 0;
    QTest::newRow("suffixIgnored") << "470.82.01-beta"
                                   << "470.82.01" << 0;
    QTest::newRow("invalidSortsFirst") << "unknown"
                                       << "1" << -1;
    QTest::newRow("bothInvalid") << ""
                                 << "[N/A]" << 0;
}

void TestDriverVersion::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    const int result = DriverVersion::compare(DriverVersion::parse(a), DriverVersion::parse(b));
    QCOMPARE(result < 0 ? -1 : result > 0 ? 1 : 0, expected);
    const int reverse = DriverVersion::compare(DriverVersion::parse(b), DriverVersion::parse(a));
    QCOMPARE(reverse < 0 ? -1 : reverse > 0 ? 1 : 0, -expected);
}

void TestDriverVersion::check_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("minimum");
    QTest::addColumn<int>("verdict");
    QTest::newRow("cuda12_on470_tooOld") << "470.182.03"
                                         << "525.60.13" << int(DriverVersion::Verdict::TooOld);
    QTest::newRow("cuda11_on470_ok") << "470.182.03"
                                     << "450.80.02" << int(DriverVersion::Verdict::Ok);
    QTest::newRow("exactMinimum_ok") << "525.60.13"
                                     << "525.60.13" << int(DriverVersion::Verdict::Ok);
    QTest::newRow("noHostDriver_unknown") << ""
                                          << "525.60.13" << int(DriverVersion::Verdict::Unknown);
    QTest::newRow("noRequirement_unknown") << "535.104.05"
                                           << "" << int(DriverVersion::Verdict::Unknown);
}

void TestDriverVersion::check()
{
    QFETCH(QString, host);
    QFETCH(QString, minimum);
    QFETCH(int, verdict);
    QCOMPARE(int(DriverVersion::check(host, minimum)), verdict);
}

void TestDriverVersion::tooOldMessage_namesCudaAndBothDrivers()
{
    const QString text =
        DriverVersion::tooOldMessage(QStringLiteral("470.182.03"), QStringLiteral("12.1"), QStringLiteral("525.60.13"));
    QVERIFY(text.contains(QLatin1String("CUDA 12.1")));
    QVERIFY(text.contains(QLatin1String("525.60.13")));
    QVERIFY(text.contains(QLatin1String("470.182.03")));
}

void TestDriverVersion::tooOldMessage_emptyWhenNewEnough()
{
    QVERIFY(
        DriverVersion::tooOldMessage(QStringLiteral("535.104.05"), QStringLiteral("12.1"), QStringLiteral("525.60.13"))
            .isEmpty());
    QVERIFY(DriverVersion::tooOldMessage(QString(), QStringLiteral("12.1"), QStringLiteral("525.60.13")).isEmpty());
}

QTEST_GUILESS_MAIN(TestDriverVersion)
#include "test_driverversion.moc"
