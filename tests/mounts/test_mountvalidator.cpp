// SPDX-License-Identifier: Apache-2.0
#include "launch/mountvalidator.h"
#include "mounttesthelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using berth::core::LaunchProblem;
using berth::core::MountSpec;
using berth::core::MountValidator;
using Code = LaunchProblem::Code;
using Part = LaunchProblem::Part;

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
using berth::test::key;

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
    void pipCacheTarget_rowOnItIsADuplicate();
    void systemContainerPaths_rootAndProcAreErrors_sysAndDevWarnings();

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
    QTest::addColumn<QStringList>("codes");

    const QString project = m_tmp.path() + QStringLiteral("/project");
    const QString missing = m_tmp.path() + QStringLiteral("/nothing-here");
    auto codes = [](std::initializer_list<QString> list) {
        QStringList out(list);
        out.sort();
        return out;
    };

    QTest::newRow("existingProjectFolder_isFine") << bind(project, QStringLiteral("/src")) << true << codes({});
    QTest::newRow("readOnlyBind_isFine") << bind(project, QStringLiteral("/data"), true) << true << codes({});
    QTest::newRow("missingHostFolder_isError")
        << bind(missing, QStringLiteral("/src")) << true << codes({key(Code::HostPathMissing, Part::Source)});
    QTest::newRow("emptyHostFolder_isError")
        << bind(QString(), QStringLiteral("/src")) << true << codes({key(Code::Required, Part::Source)});
    QTest::newRow("relativeHostFolder_isError") << bind(QStringLiteral("data"), QStringLiteral("/src")) << true
                                                << codes({key(Code::PathNotAbsolute, Part::Source)});
    QTest::newRow("colonInHostFolderWithDashV_isError") << bind(QStringLiteral("/tmp/a:b"), QStringLiteral("/src"))
                                                        << false << codes({key(Code::InvalidValue, Part::Source)});
    QTest::newRow("emptyTarget_isError") << bind(project, QString()) << true
                                         << codes({key(Code::Required, Part::Target)});
    QTest::newRow("paddedTarget_isError_asTheEngineSays")
        << bind(project, QStringLiteral(" /src")) << true << codes({key(Code::PathNotAbsolute, Part::Target)});
    QTest::newRow("relativeTarget_isError")
        << bind(project, QStringLiteral("src")) << true << codes({key(Code::PathNotAbsolute, Part::Target)});
    QTest::newRow("targetRoot_isError") << bind(project, QStringLiteral("/")) << true
                                        << codes({key(Code::SystemContainerPath, Part::Target)});
    QTest::newRow("targetProc_isError") << bind(project, QStringLiteral("/proc")) << true
                                        << codes({key(Code::SystemContainerPath, Part::Target)});
    QTest::newRow("targetUnderProc_isError")
        << bind(project, QStringLiteral("/proc/sys")) << true << codes({key(Code::SystemContainerPath, Part::Target)});
    QTest::newRow("targetSys_isWarningToConfirm")
        << bind(project, QStringLiteral("/sys/")) << true << codes({key(Code::SystemContainerPath, Part::Target)});
    QTest::newRow("targetDev_isWarningToConfirm")
        << bind(project, QStringLiteral("/dev")) << true << codes({key(Code::SystemContainerPath, Part::Target)});
    QTest::newRow("targetDevShm_isAllowed") << tmpfs(QStringLiteral("/dev/shm")) << true << codes({});
    QTest::newRow("namedVolume_isFine") << volume(QStringLiteral("pip_cache"), QStringLiteral("/pip_cache")) << true
                                        << codes({});
    QTest::newRow("anonymousVolume_isFine") << volume(QString(), QStringLiteral("/scratch")) << true << codes({});
    QTest::newRow("volumeNameWithSlash_isError")
        << volume(QStringLiteral("a/b"), QStringLiteral("/x")) << true << codes({key(Code::InvalidName, Part::Source)});
    QTest::newRow("volumeNameOneChar_isError")
        << volume(QStringLiteral("a"), QStringLiteral("/x")) << true << codes({key(Code::InvalidName, Part::Source)});
    QTest::newRow("tmpfsOptionSizeMegabytes_isFine")
        << tmpfs(QStringLiteral("/tmp"), QStringLiteral("size=64m")) << true << codes({});
    QTest::newRow("tmpfsOptionSizePercent_isFine")
        << tmpfs(QStringLiteral("/tmp"), QStringLiteral("rw,size=50%")) << true << codes({});
    QTest::newRow("tmpfsOptionSizeWords_isError") << tmpfs(QStringLiteral("/tmp"), QStringLiteral("size=big")) << true
                                                  << codes({key(Code::InvalidValue, Part::Size)});
    QTest::newRow("hostRoot_isWarning") << bind(QStringLiteral("/"), QStringLiteral("/host")) << false
                                        << codes({key(Code::RiskyHostRoot, Part::Source)});
    QTest::newRow("etc_isWarning") << bind(QStringLiteral("/etc"), QStringLiteral("/host-etc")) << false
                                   << codes({key(Code::RiskySystemConfig, Part::Source)});
    QTest::newRow("fileUnderEtc_isWarning") << bind(QStringLiteral("/etc/passwd"), QStringLiteral("/p"), true) << false
                                            << codes({key(Code::RiskySystemConfig, Part::Source)});
    QTest::newRow("otherUsersHome_isWarning") << bind(QStringLiteral("/home/bob/data"), QStringLiteral("/data"))
                                              << false << codes({key(Code::RiskyOtherUsersHome, Part::Source)});
    QTest::newRow("unlistedHomeOfSomeoneElse_isWarning")
        << bind(QStringLiteral("/home/dave"), QStringLiteral("/data")) << false
        << codes({key(Code::RiskyOtherUsersHome, Part::Source)});
    QTest::newRow("otherHomeOutsideSlashHome_isWarning")
        << bind(QStringLiteral("/srv/people/carol/x"), QStringLiteral("/data")) << false
        << codes({key(Code::RiskyOtherUsersHome, Part::Source)});
    QTest::newRow("allHomes_isWarning") << bind(QStringLiteral("/home"), QStringLiteral("/homes")) << false
                                        << codes({key(Code::RiskyOtherUsersHome, Part::Source)});
    QTest::newRow("ownHome_isFine") << bind(QStringLiteral("/home/alice/work"), QStringLiteral("/src")) << false
                                    << codes({});
    QTest::newRow("engineSocket_isWarning")
        << bind(QStringLiteral("/var/run/docker.sock"), QStringLiteral("/var/run/docker.sock")) << false
        << codes({key(Code::RiskyEngineSocket, Part::Source)});
    QTest::newRow("runEngineSocket_isWarning") << bind(QStringLiteral("/run/docker.sock"), QStringLiteral("/d.sock"))
                                               << false << codes({key(Code::RiskyEngineSocket, Part::Source)});
    QTest::newRow("folderHoldingEngineSocket_isWarning")
        << bind(QStringLiteral("/run"), QStringLiteral("/hostrun")) << false
        << codes({key(Code::RiskyEngineSocket, Part::Source)});
}

void TestMountValidator::oneRow()
{
    QFETCH(MountSpec, spec);
    QFETCH(bool, checkHostPaths);
    QFETCH(QStringList, codes);
    const QList<LaunchProblem> problems = MountValidator(alice(checkHostPaths)).validate({spec});
    QCOMPARE(codesOf(problems), codes);
    for (const LaunchProblem &p : problems) {
        QCOMPARE(p.field, LaunchProblem::Field::Mounts);
        QCOMPARE(p.index, 0);
        QVERIFY(!p.message.isEmpty());
    }
}

void TestMountValidator::riskyHostPaths_areWarningsNotErrors()
{
    const QList<LaunchProblem> problems =
        MountValidator(alice(false))
            .validate({bind(QStringLiteral("/"), QStringLiteral("/host")),
                       bind(QStringLiteral("/var/run/docker.sock"), QStringLiteral("/var/run/docker.sock")),
                       bind(QStringLiteral("/home/bob"), QStringLiteral("/bob"))});
    QCOMPARE(problems.size(), 3);
    for (const LaunchProblem &p : problems)
        QCOMPARE(p.severity, LaunchProblem::Severity::Warning);
    QVERIFY(problems.at(1).message.contains(QLatin1String("root on the host")));
}

void TestMountValidator::duplicateTargets_markEveryRowInvolved()
{
    const QString project = m_tmp.path() + QStringLiteral("/project");
    const QList<LaunchProblem> problems =
        MountValidator(alice(true))
            .validate({bind(project, QStringLiteral("/src")), volume(QStringLiteral("pip_cache"), QStringLiteral("/x")),
                       tmpfs(QStringLiteral("/src"))});
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).index, 0);
    QCOMPARE(problems.at(1).index, 2);
    QCOMPARE(problems.at(0).code, Code::Duplicate);
    QCOMPARE(problems.at(0).part, Part::Target);
    QVERIFY(problems.at(0).message.contains(QLatin1String("row 3")));
    QVERIFY(problems.at(1).message.contains(QLatin1String("row 1")));
}

void TestMountValidator::duplicateTargets_compareCleanedPaths()
{
    const QList<LaunchProblem> problems = MountValidator(alice(false))
                                              .validate({volume(QStringLiteral("aa"), QStringLiteral("/data/")),
                                                         volume(QStringLiteral("bb"), QStringLiteral("/data//x/.."))});
    QCOMPARE(codesOf(problems), (QStringList{key(Code::Duplicate, Part::Target), key(Code::Duplicate, Part::Target)}));
}

void TestMountValidator::missingHostFolder_offersCreateFixIt_thatCreatesItAsTheUser()
{
    const QString missing = m_tmp.path() + QStringLiteral("/new/deeper");
    const QList<LaunchProblem> problems = MountValidator(alice(true)).validate({bind(missing, QStringLiteral("/out"))});
    QCOMPARE(problems.size(), 1);
    const LaunchProblem &p = problems.first();
    QCOMPARE(p.fixIt, LaunchProblem::FixIt::CreateHostPathAsMe);
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
    const QList<LaunchProblem> problems =
        MountValidator(alice(false))
            .validate({bind(QStringLiteral("/no/such/folder/on/this/machine"), QStringLiteral("/a")),
                       bind(QStringLiteral("/etc"), QStringLiteral("/b"))});
    QCOMPARE(codesOf(problems), QStringList{key(Code::RiskySystemConfig, Part::Source)});
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
    const QList<LaunchProblem> problems = MountValidator(host).validate({bind(link, QStringLiteral("/s"))});
    QCOMPARE(codesOf(problems), QStringList{key(Code::RiskyEngineSocket, Part::Source)});
}

void TestMountValidator::targetFixIts_rewriteTheSpec()
{
    MountSpec spec = bind(QStringLiteral("/tmp/a:b"), QStringLiteral("src"));
    const QList<LaunchProblem> problems = MountValidator(alice(false)).validate({spec});
    QCOMPARE(problems.size(), 2);
    for (const LaunchProblem &p : problems)
        QVERIFY(MountValidator::applyToSpec(p, spec));
    QCOMPARE(spec.target, QStringLiteral("/src"));
    QCOMPARE(spec.syntax, MountSpec::Syntax::Mount);
    QVERIFY(MountValidator(alice(false)).validate({spec}).isEmpty());
}

void TestMountValidator::unparsedSizeProblem_pointsAtSizeColumn()
{
    const LaunchProblem p = MountValidator::unparsedSizeProblem(4, QStringLiteral("lots"));
    QCOMPARE(p.index, 4);
    QCOMPARE(p.part, Part::Size);
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
    const QList<LaunchProblem> problems =
        MountValidator(alice(false))
            .validate({volume(QStringLiteral("ok_name"), QStringLiteral("/a")), bind(QString(), QStringLiteral("/b"))});
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().index, 1);
    QVERIFY2(problems.first().message.startsWith(QLatin1String("Row 2:")), qPrintable(problems.first().message));
}

void TestMountValidator::pipCacheTarget_rowOnItIsADuplicate()
{
    const QList<MountSpec> mounts{volume(QStringLiteral("aa"), QStringLiteral("/data")),
                                  volume(QStringLiteral("bb"), QStringLiteral("/pip_cache/"))};
    QVERIFY(MountValidator(alice(false)).validate(mounts).isEmpty());
    const QList<LaunchProblem> problems = MountValidator(alice(false)).validate(mounts, QStringLiteral("/pip_cache"));
    QCOMPARE(codesOf(problems), QStringList{key(Code::Duplicate, Part::Target)});
    QCOMPARE(problems.first().index, 1);
    QVERIFY(problems.first().isError());
    QVERIFY2(problems.first().message.startsWith(QLatin1String("Row 2:")), qPrintable(problems.first().message));
}

void TestMountValidator::systemContainerPaths_rootAndProcAreErrors_sysAndDevWarnings()
{
    const QString project = m_tmp.path() + QStringLiteral("/project");
    const QList<LaunchProblem> problems =
        MountValidator(alice(false))
            .validate({bind(project, QStringLiteral("/")), bind(project, QStringLiteral("/proc/sys/")),
                       bind(project, QStringLiteral("/sys")), bind(project, QStringLiteral("/dev/"))});
    QCOMPARE(problems.size(), 4);
    for (const LaunchProblem &p : problems) {
        QCOMPARE(p.code, LaunchProblem::Code::SystemContainerPath);
        QCOMPARE(p.isError(), p.index < 2);
    }
    QCOMPARE(problems.at(3).subject, QStringLiteral("/dev"));
    QVERIFY(!MountValidator::isSystemContainerPath(QStringLiteral("/dev/shm")));
    QVERIFY(!MountValidator::isReplacedSystemContainerPath(QStringLiteral("/dev/shm")));
}

QTEST_GUILESS_MAIN(TestMountValidator)
#include "test_mountvalidator.moc"
