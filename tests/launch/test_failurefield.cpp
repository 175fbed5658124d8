// SPDX-License-Identifier: Apache-2.0
#include "launch/failurefield.h"

#include <QTest>

using namespace berth::core;
using namespace Qt::StringLiterals;
using Field = LaunchProblem::Field;

class TestFailureField : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void forMessage_data();
    void forMessage();
    void forMessage_ignoresTheNamesTheEngineRepeats();
    void saysNoBash_onlyForBash();
};

void TestFailureField::forMessage_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("field");
    QTest::newRow("port taken") << u"Bind for 0.0.0.0:8888 failed: port is already allocated"_s << int(Field::Ports);
    QTest::newRow("no nvidia runtime") << u"could not select device driver \"\" with capabilities: [[gpu]]"_s
                                       << int(Field::Gpus);
    QTest::newRow("bind source") << u"invalid mount config for type \"bind\": bind source path does not exist"_s
                                 << int(Field::Mounts);
    QTest::newRow("missing program") << u"exec: \"trian.py\": executable file not found in $PATH"_s
                                     << int(Field::Command);
    QTest::newRow("support is not port") << u"this kernel does not support it"_s << int(Field::None);
}

void TestFailureField::forMessage()
{
    QFETCH(QString, message);
    QFETCH(int, field);
    LaunchSpec spec;
    QCOMPARE(int(FailureField::forMessage(message, spec)), field);
}

void TestFailureField::forMessage_ignoresTheNamesTheEngineRepeats()
{
    // "port" in the image's name says nothing about which field failed.
    LaunchSpec spec;
    spec.image = u"berth/port-test"_s;
    QCOMPARE(int(FailureField::forMessage(u"No such image: berth/port-test"_s, spec)), int(Field::Image));
}

void TestFailureField::saysNoBash_onlyForBash()
{
    QVERIFY(FailureField::saysNoBash(u"exec: \"/bin/bash\": stat /bin/bash: no such file or directory"_s));
    QVERIFY(!FailureField::saysNoBash(u"exec: \"/bin/sh\": permission denied"_s));
}

QTEST_GUILESS_MAIN(TestFailureField)
#include "test_failurefield.moc"
