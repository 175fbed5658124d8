// SPDX-License-Identifier: Apache-2.0
#include "mounts/mountvalidator.h"
#include "mounttesthelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using berth::core::MountProblem;
using berth::core::MountSpec;
using berth::core::MountValidator;
using Code = MountProblem::Code;

Q_DECLARE_METATYPE(QList<int>)

namespace {
MountSpec bind(const QString &source, const QString &target, bool readOnly = false)
{
    MountSpec m;
    m.type = MountSpec::Type::Bind;
    m.source = source;
    m.target = target;
    m.readOnly = readOnly;
    return m;
}

MountSpec volume(const QString &name, const QString &target)
{
    MountSpec m;
    m.type = MountSpec::Type::Volume;
    m.source = name;
    m.target = target;
    return m;
}

MountSpec tmpfs(const QString &target, const QString &options = {}, MountSpec::Syntax syntax = MountSpec::Syntax::Tmpfs)
{
    MountSpec m;
    m.type = MountSpec::Type::Tmpfs;
    m.syntax = syntax;
    m.target = target;
    m.tmpfsOptions = options;
    return m;
}

MountValidator::HostContext alice(bool checkHostPaths)
{
    MountValidator::HostContext host = berth::test::aliceHost();
    host.otherHomes = {QStringLiteral("/home/bob"), QStringLiteral("/srv/people/carol")};
    host.checkHostPaths = checkHostPaths;
    return host;
}
} // namespace

using berth::test::codesOf;

class TestMountValidator final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void oneRow_data();
    void oneRow();
    void riskyHostPaths_areWarningsNotErrors();
    void duplicateTargets_markEveryRowInvolved();
    void duplicateTargets_compareCleanedPaths();
    void missingHostFolder_offersCreateFixIt_thatCreatesItAsTheUser();
    void remoteEngine_skipsHostFolderChecksButKeepsRiskWarnings();
    void symlinkToEngineSocket_isStillWarned();
    void targetFixIts_rewriteTheSpec();
    void unparsedSizeProblem_pointsAtSizeColumn();
    void volumeNameRule_data();
    void volumeNameRule();
    void messages_nameTheRowOneBased();

private:
    QTemporaryDir m_tmp;
};

void TestMountValidator::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY(QDir(m_tmp.path()).mkpath(QStringLiteral("project")));
}

void TestMountValidator::oneRow_data()
{
    QTest::addColumn<MountSpec>("spec");
    QTest::addColumn<bool>("checkHostPaths");
    QTest::addColumn<QList<int>>("codes");

    const QString project = m_tmp.path() + QStringLiteral("/project");
    const QString missing = m_tmp.path() + QStringLiteral("/nothing-here");
    auto codes = [](std::initializer_list<Code> list) {
        QList<int> out;
        for (Code c : list)
            out.append(int(c));
        std::sort(out.begin(), out.end());
        return out;
    };

    QTest::newRow("existingProjectFolder_isFine") << bind(project, QStringLiteral("/src")) << true << codes({});
    QTest::newRow("readOnlyBind_isFine") << bind(project, QStringLiteral("/data"), true) << true << codes({});
    QTest::newRow("missingHostFolder_isError")
        << bind(missing, QStringLiteral("/src")) << true << codes({Code::HostFolderMissing});
    QTest::newRow("emptyHostFolder_isError")
        << bind(QString(), QStringLiteral("/src")) << true << codes({Code::HostFolderEmpty});
    QTest::newRow("relativeHostFolder_isError")
        << bind(QStringLiteral("data"), QStringLiteral("/src")) << true << codes({Code::HostFolderNotAbsolute});
    QTest::newRow("colonInHostFolderWithDashV_isError")
        << bind(QStringLiteral("/tmp/a:b"), QStringLiteral("/src")) << false << codes({Code::ColonInVolumeSyntax});
    QTest::newRow("emptyTarget_isError") << bind(project, QString()) << true << codes({Code::TargetEmpty});
    QTest::newRow("relativeTarget_isError")
        << bind(project, QStringLiteral("src")) << true << codes({Code::TargetNotAbsolute});
    QTest::newRow("targetRoot_isError") << bind(project, QStringLiteral("/")) << true
                                        << codes({Code::TargetSystemPath});
    QTest::newRow("targetProc_isError") << bind(project, QStringLiteral("/proc")) << true
                                        << codes({Code::TargetSystemPath});
    QTest::newRow("targetUnderProc_isError")
        << bind(project, QStringLiteral("/proc/sys")) << true << codes({Code::TargetSystemPath});
    QTest::newRow("targetSys_isError") << bind(project, QStringLiteral("/sys/")) << true
                                       << codes({Code::TargetSystemPath});
    QTest::newRow("targetDev_isError") << bind(project, QStringLiteral("/dev")) << true
                                       << codes({Code::TargetSystemPath});
    QTest::newRow("targetDevShm_isAllowed") << tmpfs(QStringLiteral("/dev/shm")) << true << codes({});
    QTest::newRow("namedVolume_isFine") << volume(QStringLiteral("pip_cache"), QStringLiteral("/pip_cache")) << true
                                        << codes({});
    QTest::newRow("anonymousVolume_isFine") << volume(QString(), QStringLiteral("/scratch")) << true << codes({});
    QTest::newRow("volumeNameWithSlash_isError")
        << volume(QStringLiteral("a/b"), QStringLiteral("/x")) << true << codes({Code::VolumeNameInvalid});
    QTest::newRow("volumeNameOneChar_isError")
        << volume(QStringLiteral("a"), QStringLiteral("/x")) << true << codes({Code::VolumeNameInvalid});
    QTest::newRow("tmpfsOptionSizeMegabytes_isFine")
        << tmpfs(QStringLiteral("/tmp"), QStringLiteral("size=64m")) << true << codes({});
    QTest::newRow("tmpfsOptionSizePercent_isFine")
        << tmpfs(QStringLiteral("/tmp"), QStringLiteral("rw,size=50%")) << true << codes({});
    QTest::newRow("tmpfsOptionSizeWords_isError")
        << tmpfs(QStringLiteral("/tmp"), QStringLiteral("size=big")) << true << codes({Code::TmpfsSizeInvalid});
    QTest::newRow("hostRoot_isWarning") << bind(QStringLiteral("/"), QStringLiteral("/host")) << false
                                        << codes({Code::RiskyHostRoot});
    QTest::newRow("etc_isWarning") << bind(QStringLiteral("/etc"), QStringLiteral("/host-etc")) << false
                                   << codes({Code::RiskySystemConfig});
    QTest::newRow("fileUnderEtc_isWarning")
        << bind(QStringLiteral("/etc/passwd"), QStringLiteral("/p"), true) << false << codes({Code::RiskySystemConfig});
    QTest::newRow("otherUsersHome_isWarning") << bind(QStringLiteral("/home/bob/data"), QStringLiteral("/data"))
                                              << false << codes({Code::RiskyOtherUsersHome});
    QTest::newRow("unlistedHomeOfSomeoneElse_isWarning")
        << bind(QStringLiteral("/home/dave"), QStringLiteral("/data")) << false << codes({Code::RiskyOtherUsersHome});
    QTest::newRow("otherHomeOutsideSlashHome_isWarning")
        << bind(QStringLiteral("/srv/people/carol/x"), QStringLiteral("/data")) << false
        << codes({Code::RiskyOtherUsersHome});
    QTest::newRow("allHomes_isWarning") << bind(QStringLiteral("/home"), QStringLiteral("/homes")) << false
                                        << codes({Code::RiskyOtherUsersHome});
    QTest::newRow("ownHome_isFine") << bind(QStringLiteral("/home/alice/work"), QStringLiteral("/src")) << false
                                    << codes({});
    QTest::newRow("engineSocket_isWarning")
        << bind(QStringLiteral("/var/run/docker.sock"), QStringLiteral("/var/run/docker.sock")) << false
        << codes({Code::RiskyEngineSocket});
    QTest::newRow("runEngineSocket_isWarning") << bind(QStringLiteral("/run/docker.sock"), QStringLiteral("/d.sock"))
                                               << false << codes({Code::RiskyEngineSocket});
    QTest::newRow("folderHoldingEngineSocket_isWarning")
        << bind(QStringLiteral("/run"), QStringLiteral("/hostrun")) << false << codes({Code::RiskyEngineSocket});
}

void TestMountValidator::oneRow()
{
    QFETCH(MountSpec, spec);
    QFETCH(bool, checkHostPaths);
    QFETCH(QList<int>, codes);
    const QList<MountProblem> problems = MountValidator(alice(checkHostPaths)).validate({spec});
    QCOMPARE(codesOf(problems), codes);
    for (const MountProblem &p : problems) {
        QCOMPARE(p.row, 0);
        QVERIFY(!p.message.isEmpty());
    }
}

void TestMountValidator::riskyHostPaths_areWarningsNotErrors()
{
    const QList<MountProblem> problems =
        MountValidator(alice(false))
            .validate({bind(QStringLiteral("/"), QStringLiteral("/host")),
                       bind(QStringLiteral("/var/run/docker.sock"), QStringLiteral("/var/run/docker.sock")),
                       bind(QStringLiteral("/home/bob"), QStringLiteral("/bob"))});
    QCOMPARE(problems.size(), 3);
    for (const MountProblem &p : problems)
        QCOMPARE(p.severity, MountProblem::Severity::Warning);
    QVERIFY(problems.at(1).message.contains(QLatin1String("root on the host")));
}

void TestMountValidator::duplicateTargets_markEveryRowInvolved()
{
    const QString project = m_tmp.path() + QStringLiteral("/project");
    const QList<MountProblem> problems =
        MountValidator(alice(true))
            .validate({bind(project, QStringLiteral("/src")), volume(QStringLiteral("pip_cache"), QStringLiteral("/x")),
                       tmpfs(QStringLiteral("/src"))});
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).row, 0);
    QCOMPARE(problems.at(1).row, 2);
    QCOMPARE(problems.at(0).code, Code::TargetDuplicate);
    QVERIFY(problems.at(0).message.contains(QLatin1String("row 3")));
    QVERIFY(problems.at(1).message.contains(QLatin1String("row 1")));
}

void TestMountValidator::duplicateTargets_compareCleanedPaths()
{
    const QList<MountProblem> problems = MountValidator(alice(false))
                                             .validate({volume(QStringLiteral("aa"), QStringLiteral("/data/")),
                                                        volume(QStringLiteral("bb"), QStringLiteral("/data//x/.."))});
    QCOMPARE(codesOf(problems), (QList<int>{int(Code::TargetDuplicate), int(Code::TargetDuplicate)}));
}

void TestMountValidator::missingHostFolder_offersCreateFixIt_thatCreatesItAsTheUser()
{
    const QString missing = m_tmp.path() + QStringLiteral("/new/deeper");
    const QList<MountProblem> problems = MountValidator(alice(true)).validate({bind(missing, QStringLiteral("/out"))});
    QCOMPARE(problems.size(), 1);
    const MountProblem &p = problems.first();
    QCOMPARE(p.fixIt, MountProblem::FixIt::CreateHostFolder);
    QCOMPARE(p.path, missing);
    QVERIFY(!p.fixItLabel.isEmpty());

    QString error;
    QVERIFY2(MountValidator::createHostFolder(p.path, &error), qPrintable(error));
    const QFileInfo info(missing);
    QVERIFY(info.isDir());
    QCOMPARE(info.ownerId(), QFileInfo(m_tmp.path()).ownerId());
    QVERIFY(MountValidator(alice(true)).validate({bind(missing, QStringLiteral("/out"))}).isEmpty());
}

void TestMountValidator::remoteEngine_skipsHostFolderChecksButKeepsRiskWarnings()
{
    const QList<MountProblem> problems =
        MountValidator(alice(false))
            .validate({bind(QStringLiteral("/no/such/folder/on/this/machine"), QStringLiteral("/a")),
                       bind(QStringLiteral("/etc"), QStringLiteral("/b"))});
    QCOMPARE(codesOf(problems), QList<int>{int(Code::RiskySystemConfig)});
}

void TestMountValidator::symlinkToEngineSocket_isStillWarned()
{
    const QString fakeSocket = m_tmp.path() + QStringLiteral("/engine.sock");
    QFile file(fakeSocket);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString link = m_tmp.path() + QStringLiteral("/innocent-looking");
    QVERIFY(QFile::link(fakeSocket, link));
    MountValidator::HostContext host = alice(true);
    host.engineSockets.append(QFileInfo(fakeSocket).canonicalFilePath());
    const QList<MountProblem> problems = MountValidator(host).validate({bind(link, QStringLiteral("/s"))});
    QCOMPARE(codesOf(problems), QList<int>{int(Code::RiskyEngineSocket)});
}

void TestMountValidator::targetFixIts_rewriteTheSpec()
{
    MountSpec spec = bind(QStringLiteral("/tmp/a:b"), QStringLiteral("src"));
    const QList<MountProblem> problems = MountValidator(alice(false)).validate({spec});
    QCOMPARE(problems.size(), 2);
    for (const MountProblem &p : problems)
        QVERIFY(MountValidator::applyToSpec(p, spec));
    QCOMPARE(spec.target, QStringLiteral("/src"));
    QCOMPARE(spec.syntax, MountSpec::Syntax::Mount);
    QVERIFY(MountValidator(alice(false)).validate({spec}).isEmpty());
}

void TestMountValidator::unparsedSizeProblem_pointsAtSizeColumn()
{
    const MountProblem p = MountValidator::unparsedSizeProblem(4, QStringLiteral("lots"));
    QCOMPARE(p.row, 4);
    QCOMPARE(p.field, MountProblem::Field::Size);
    QVERIFY(p.isError());
    QVERIFY(p.message.contains(QLatin1String("Row 5")));
    QVERIFY(p.message.contains(QLatin1String("lots")));
}

void TestMountValidator::volumeNameRule_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("pipCache") << QStringLiteral("pip_cache") << true;
    QTest::newRow("dotsAndDashes") << QStringLiteral("a.b-c_d") << true;
    QTest::newRow("digitFirst") << QStringLiteral("0cache") << true;
    QTest::newRow("single") << QStringLiteral("a") << false;
    QTest::newRow("leadingDash") << QStringLiteral("-cache") << false;
    QTest::newRow("leadingUnderscore") << QStringLiteral("_cache") << false;
    QTest::newRow("space") << QStringLiteral("my cache") << false;
    QTest::newRow("colon") << QStringLiteral("a:b") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestMountValidator::volumeNameRule()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(MountValidator::isValidVolumeName(name), valid);
}

void TestMountValidator::messages_nameTheRowOneBased()
{
    const QList<MountProblem> problems =
        MountValidator(alice(false))
            .validate({volume(QStringLiteral("ok_name"), QStringLiteral("/a")), bind(QString(), QStringLiteral("/b"))});
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().row, 1);
    QVERIFY2(problems.first().message.startsWith(QLatin1String("Row 2:")), qPrintable(problems.first().message));
}

QTEST_GUILESS_MAIN(TestMountValidator)
#include "test_mountvalidator.moc"
