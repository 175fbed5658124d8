// SPDX-License-Identifier: Apache-2.0
#include "mounts/mountvalidator.h"
#include "mounttesthelpers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using berth::core::MountProblem;
using berth::core::MountSpec;
using berth::core::MountValidator;
using Code = MountProblem::Code;

namespace {
MountSpec bind(const QString &source)
{
    MountSpec m;
    m.type = MountSpec::Type::Bind;
    m.source = source;
    m.target = QStringLiteral("/mnt/x");
    return m;
}

MountValidator::HostContext alice()
{
    MountValidator::HostContext host = berth::test::aliceHost();
    host.engineDataRoots = {QStringLiteral("/var/lib/docker"), QStringLiteral("/data/docker")};
    return host;
}
} // namespace

using berth::test::codesOf;

// The host paths that give a container's root user the host (issue 16's list), as warnings to confirm.
class TestRiskyMounts final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void riskyPath_isAWarning_data();
    void riskyPath_isAWarning();
    void rootHome_isFineForRoot();
    void hardLinkToTheEngineSocket_isFoundByInode();
};

void TestRiskyMounts::riskyPath_isAWarning_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("code");
    QTest::newRow("dataRoot") << QStringLiteral("/var/lib/docker") << int(Code::RiskyEngineData);
    QTest::newRow("insideDataRoot") << QStringLiteral("/var/lib/docker/volumes") << int(Code::RiskyEngineData);
    QTest::newRow("holdingDataRoot") << QStringLiteral("/var/lib") << int(Code::RiskyEngineData);
    QTest::newRow("reportedDataRoot") << QStringLiteral("/data/docker/overlay2") << int(Code::RiskyEngineData);
    QTest::newRow("rootHome") << QStringLiteral("/root") << int(Code::RiskyRootHome);
    QTest::newRow("insideRootHome") << QStringLiteral("/root/.ssh") << int(Code::RiskyRootHome);
    QTest::newRow("dev") << QStringLiteral("/dev") << int(Code::RiskySystemFolder);
    QTest::newRow("devDisk") << QStringLiteral("/dev/sda") << int(Code::RiskySystemFolder);
    QTest::newRow("sys") << QStringLiteral("/sys") << int(Code::RiskySystemFolder);
    QTest::newRow("boot") << QStringLiteral("/boot") << int(Code::RiskySystemFolder);
    QTest::newRow("usr") << QStringLiteral("/usr/local") << int(Code::RiskySystemFolder);
}

void TestRiskyMounts::riskyPath_isAWarning()
{
    QFETCH(QString, path);
    QFETCH(int, code);
    const QList<MountProblem> problems = MountValidator(alice()).validate({bind(path)});
    QCOMPARE(codesOf(problems), QList<int>{code});
    QCOMPARE(problems.constFirst().severity, MountProblem::Severity::Warning);
    QVERIFY(problems.constFirst().message.contains(path));
}

void TestRiskyMounts::rootHome_isFineForRoot()
{
    MountValidator::HostContext root = alice();
    root.isRoot = true;
    root.homeDir = QStringLiteral("/root");
    QVERIFY(MountValidator(root).validate({bind(QStringLiteral("/root/project"))}).isEmpty());
    QVERIFY(MountValidator(alice()).validate({bind(QStringLiteral("/rootfs"))}).isEmpty());
    QVERIFY(MountValidator(alice()).validate({bind(QStringLiteral("/usrdata"))}).isEmpty());
}

void TestRiskyMounts::hardLinkToTheEngineSocket_isFoundByInode()
{
    QTemporaryDir dir;
    const QString socketPath = dir.filePath(QStringLiteral("engine.sock"));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(socketPath);
    QVERIFY(size_t(encoded.size()) < sizeof(address.sun_path));
    qstrcpy(address.sun_path, encoded.constData());
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    const QString linkPath = dir.filePath(QStringLiteral("innocent-name"));
    QCOMPARE(::link(encoded.constData(), QFile::encodeName(linkPath).constData()), 0);

    MountValidator::HostContext host = alice();
    host.checkHostPaths = true;
    host.engineSockets = {socketPath};
    const QList<MountProblem> problems = MountValidator(host).validate({bind(linkPath)});
    ::close(fd);
    QCOMPARE(codesOf(problems), QList<int>{int(Code::RiskyEngineSocket)});
    QVERIFY(problems.constFirst().message.contains(socketPath));

    // Another socket in the same folder is not the engine's.
    const QString otherPath = dir.filePath(QStringLiteral("other.sock"));
    const int other = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un otherAddress = {};
    otherAddress.sun_family = AF_UNIX;
    qstrcpy(otherAddress.sun_path, QFile::encodeName(otherPath).constData());
    QCOMPARE(::bind(other, reinterpret_cast<sockaddr *>(&otherAddress), sizeof(otherAddress)), 0);
    QVERIFY(MountValidator(host).validate({bind(otherPath)}).isEmpty());
    ::close(other);
}

QTEST_GUILESS_MAIN(TestRiskyMounts)
#include "test_riskymounts.moc"
