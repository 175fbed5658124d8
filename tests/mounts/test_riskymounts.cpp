// SPDX-License-Identifier: Apache-2.0
#include "launch/mountvalidator.h"
#include "mounttesthelpers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using berth::core::LaunchProblem;
using berth::core::MountSpec;
using berth::core::MountValidator;
using Code = LaunchProblem::Code;

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
using berth::test::key;

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
    QTest::addColumn<QString>("code");
    QTest::newRow("dataRoot") << QStringLiteral("/var/lib/docker") << key(Code::RiskyEngineData);
    QTest::newRow("insideDataRoot") << QStringLiteral("/var/lib/docker/volumes") << key(Code::RiskyEngineData);
    QTest::newRow("holdingDataRoot") << QStringLiteral("/var/lib") << key(Code::RiskyEngineData);
    QTest::newRow("reportedDataRoot") << QStringLiteral("/data/docker/overlay2") << key(Code::RiskyEngineData);
    QTest::newRow("rootHome") << QStringLiteral("/root") << key(Code::RiskyRootHome);
    QTest::newRow("insideRootHome") << QStringLiteral("/root/.ssh") << key(Code::RiskyRootHome);
    QTest::newRow("dev") << QStringLiteral("/dev") << key(Code::RiskySystemFolder);
    QTest::newRow("devDisk") << QStringLiteral("/dev/sda") << key(Code::RiskySystemFolder);
    QTest::newRow("sys") << QStringLiteral("/sys") << key(Code::RiskySystemFolder);
    QTest::newRow("boot") << QStringLiteral("/boot") << key(Code::RiskySystemFolder);
    QTest::newRow("usr") << QStringLiteral("/usr/local") << key(Code::RiskySystemFolder);
}

void TestRiskyMounts::riskyPath_isAWarning()
{
    QFETCH(QString, path);
    QFETCH(QString, code);
    const QList<LaunchProblem> problems = MountValidator(alice()).validate({bind(path)});
    QCOMPARE(codesOf(problems), QStringList{code});
    QCOMPARE(problems.constFirst().severity, LaunchProblem::Severity::Warning);
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
    const QList<LaunchProblem> problems = MountValidator(host).validate({bind(linkPath)});
    ::close(fd);
    QCOMPARE(codesOf(problems), QStringList{key(Code::RiskyEngineSocket)});
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
