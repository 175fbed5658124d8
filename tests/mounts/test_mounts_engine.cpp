// SPDX-License-Identifier: Apache-2.0
#include "engine/engineclient.h"
#include "launch/createbodybuilder.h"
#include "launch/launchspec.h"
#include "mounts/mounteditor.h"
#include "mounts/mounttablemodel.h"
#include "testenv.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace berth;
using core::MountSpec;

namespace {
// Runs one asynchronous engine call to its end.
template<typename T, typename Call> core::Result<T> await(Call call, int timeoutMs = 60000)
{
    std::optional<core::Result<T>> out;
    QObject context;
    call(&context, [&out](const core::Result<T> &r) { out = r; });
    (void)QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs);
    if (!out)
        return core::EngineError(core::EngineError::Kind::Timeout, QStringLiteral("the test gave up waiting"));
    return *out;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("<missing>");
}
} // namespace

// A launch with the project folder (rw bind), a read-only bind, the pip cache volume and a tmpfs, built from the
// mount editor's rows and created through the engine exactly as Run would.
class TestMountsEngine final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void editorMounts_runInARealContainer();
    void volume_outlivesTheRmContainer();
    void removeVolumeInUse_isRefusedWithTheContainerNamed();

private:
    core::Result<int> runToRemoval(const core::LaunchSpec &spec, const QString &name);
    core::LaunchSpec baseSpec(const QString &script) const;

    core::EngineClient *m_client = nullptr;
    QTemporaryDir m_project;
    QTemporaryDir m_data;
    QString m_volume;
    QString m_holder;
    QString m_prefix;
};

void TestMountsEngine::initTestCase()
{
    BERTH_REQUIRE_ENGINE();
    const QString pid = QString::number(QCoreApplication::applicationPid());
    m_volume = QStringLiteral("pip_cache_test_") + pid;
    m_prefix = QStringLiteral("berth-mounts-") + pid;
    m_holder = m_prefix + QStringLiteral("-holder");
    m_client = new core::EngineClient(core::Endpoint::fromHost(test::dockerHost()), this);
    QVERIFY(m_project.isValid() && m_data.isValid());
    QFile input(m_data.path() + QStringLiteral("/input.txt"));
    QVERIFY(input.open(QIODevice::WriteOnly));
    input.write("dataset line\n");
    input.close();
}

void TestMountsEngine::cleanupTestCase()
{
    if (!test::haveEngine())
        return;
    int rc = 0;
    for (const QString &name :
         QStringList{m_prefix + QStringLiteral("-run"), m_prefix + QStringLiteral("-check"), m_holder})
        test::docker({QStringLiteral("rm"), QStringLiteral("-f"), name}, &rc);
    test::docker({QStringLiteral("volume"), QStringLiteral("rm"), QStringLiteral("-f"), m_volume}, &rc);
}

core::LaunchSpec TestMountsEngine::baseSpec(const QString &script) const
{
    core::LaunchSpec spec;
    spec.setImageReference(test::busyboxImage());
    spec.projectFolder = m_project.path();
    spec.workingDir = QStringLiteral("/src");
    spec.autoRemove = true;
    spec.command = {QStringLiteral("sh"), QStringLiteral("-c"), script};
    return spec;
}

core::Result<int> TestMountsEngine::runToRemoval(const core::LaunchSpec &spec, const QString &name)
{
    core::CreateBodyBuilder::Options options;
    options.imageHasBash = false;
    options.owner = QStringLiteral("berth-test");
    const core::CreateBodyBuilder::Result built = core::CreateBodyBuilder::build(spec, options);
    if (!built.ok())
        return core::EngineError(core::EngineError::Kind::BadRequest, QStringLiteral("body did not build"));
    auto created = await<core::CreatedContainer>(
        [&](QObject *c, auto done) { m_client->createContainer(name, built.body, c, done); });
    if (!created.ok())
        return created.error();
    // Wait for removal (AutoRemove) from before the start, so the exit cannot be missed.
    std::optional<core::Result<core::WaitResult>> waited;
    QObject context;
    m_client->waitContainer(created->id, QStringLiteral("removed"), &context,
                            [&waited](const core::Result<core::WaitResult> &r) { waited = r; });
    auto started = await<core::Done>([&](QObject *c, auto done) { m_client->startContainer(created->id, c, done); });
    if (!started.ok())
        return started.error();
    (void)QTest::qWaitFor([&waited] { return waited.has_value(); }, 60000);
    if (!waited)
        return core::EngineError(core::EngineError::Kind::Timeout, QStringLiteral("container did not end"));
    if (!waited->ok())
        return waited->error();
    return waited->value().statusCode;
}

void TestMountsEngine::editorMounts_runInARealContainer()
{
    ui::MountEditor editor;
    editor.setEngine(m_client);
    editor.setProjectFolder(m_project.path());
    editor.addHostFolder(m_data.path(), QStringLiteral("/data"));
    ui::MountTableModel *model = editor.model();
    QVERIFY(model->setData(model->index(1, ui::MountTableModel::ReadOnlyColumn), Qt::Checked, Qt::CheckStateRole));
    editor.addVolume(m_volume, QStringLiteral("/pip_cache"));
    editor.addTmpfs(QStringLiteral("/scratch"));
    QVERIFY(model->setData(model->index(3, ui::MountTableModel::SizeColumn), QStringLiteral("16m")));
    QString reason;
    QVERIFY2(editor.canRun(&reason), qPrintable(reason));
    QVERIFY(editor.warningsToConfirm().isEmpty());

    const QList<MountSpec> mounts = editor.mounts();
    QCOMPARE(mounts.size(), 4);
    QCOMPARE(mounts.at(0).target, QStringLiteral("/src"));
    QVERIFY(mounts.at(1).readOnly);

    core::LaunchSpec spec = baseSpec(QStringLiteral("echo written-by-container > /src/out.txt; "
                                                    "if touch /data/should-fail 2>/dev/null; then echo writable > "
                                                    "/src/ro.txt; else echo refused > /src/ro.txt; fi; "
                                                    "cat /data/input.txt > /src/copied.txt; "
                                                    "echo cached > /pip_cache/marker; "
                                                    "grep ' /scratch ' /proc/mounts > /src/scratch.txt; "
                                                    "pwd > /src/pwd.txt"));
    spec.mounts = mounts;
    const core::Result<int> exit = runToRemoval(spec, m_prefix + QStringLiteral("-run"));
    QVERIFY2(exit.ok(), qPrintable(exit.error().toString()));
    QCOMPARE(exit.value(), 0);

    QCOMPARE(readFile(m_project.path() + QStringLiteral("/out.txt")), QByteArray("written-by-container"));
    QCOMPARE(readFile(m_project.path() + QStringLiteral("/ro.txt")), QByteArray("refused"));
    QVERIFY(!QFileInfo::exists(m_data.path() + QStringLiteral("/should-fail")));
    QCOMPARE(readFile(m_project.path() + QStringLiteral("/copied.txt")), QByteArray("dataset line"));
    QCOMPARE(readFile(m_project.path() + QStringLiteral("/pwd.txt")), QByteArray("/src"));
    const QByteArray scratch = readFile(m_project.path() + QStringLiteral("/scratch.txt"));
    QVERIFY2(scratch.startsWith("tmpfs /scratch tmpfs") && scratch.contains("size=16384k"), scratch.constData());

    // --rm took the container away.
    auto gone = await<core::ContainerDetails>(
        [&](QObject *c, auto done) { m_client->inspectContainer(m_prefix + QStringLiteral("-run"), c, done); });
    QCOMPARE(gone.error().kind(), core::EngineError::Kind::NotFound);
}

void TestMountsEngine::volume_outlivesTheRmContainer()
{
    auto volumes = await<QList<core::VolumeInfo>>([&](QObject *c, auto done) { m_client->listVolumes(c, done); });
    QVERIFY(volumes.ok());
    QVERIFY(std::any_of(volumes.value().cbegin(), volumes.value().cend(),
                        [this](const core::VolumeInfo &v) { return v.name == m_volume; }));

    // A second --rm container finds what the first one left in the volume.
    core::LaunchSpec spec = baseSpec(QStringLiteral("cat /cache/marker > /src/from-volume.txt"));
    MountSpec project;
    project.source = m_project.path();
    project.target = QStringLiteral("/src");
    MountSpec cache;
    cache.type = MountSpec::Type::Volume;
    cache.syntax = MountSpec::Syntax::Mount;
    cache.source = m_volume;
    cache.target = QStringLiteral("/cache");
    cache.readOnly = true;
    spec.mounts = {project, cache};
    const core::Result<int> exit = runToRemoval(spec, m_prefix + QStringLiteral("-check"));
    QVERIFY2(exit.ok(), qPrintable(exit.error().toString()));
    QCOMPARE(exit.value(), 0);
    QCOMPARE(readFile(m_project.path() + QStringLiteral("/from-volume.txt")), QByteArray("cached"));
}

void TestMountsEngine::removeVolumeInUse_isRefusedWithTheContainerNamed()
{
    core::LaunchSpec spec = baseSpec(QStringLiteral("true"));
    spec.autoRemove = false;
    MountSpec cache;
    cache.type = MountSpec::Type::Volume;
    cache.source = m_volume;
    cache.target = QStringLiteral("/pip_cache");
    spec.mounts = {cache};
    const core::CreateBodyBuilder::Result built = core::CreateBodyBuilder::build(spec);
    auto created = await<core::CreatedContainer>(
        [&](QObject *c, auto done) { m_client->createContainer(m_holder, built.body, c, done); });
    QVERIFY2(created.ok(), qPrintable(created.error().toString()));

    auto refused = await<core::Done>([&](QObject *c, auto done) { m_client->removeVolume(m_volume, false, c, done); });
    QCOMPARE(refused.error().kind(), core::EngineError::Kind::Conflict);
    QCOMPARE(refused.error().httpStatus(), 409);
    QVERIFY2(refused.error().message().contains(created->id), qPrintable(refused.error().message()));

    core::ContainerFilter filter{true, {{QStringLiteral("volume"), {m_volume}}}};
    auto users =
        await<QList<core::ContainerSummary>>([&](QObject *c, auto done) { m_client->listContainers(filter, c, done); });
    QVERIFY(users.ok());
    QCOMPARE(users.value().size(), 1);
    QCOMPARE(users.value().first().name, m_holder);

    // Once the user is gone the volume goes too.
    auto removedHolder =
        await<core::Done>([&](QObject *c, auto done) { m_client->removeContainer(m_holder, true, false, c, done); });
    QVERIFY(removedHolder.ok());
    auto removed = await<core::Done>([&](QObject *c, auto done) { m_client->removeVolume(m_volume, false, c, done); });
    QVERIFY2(removed.ok(), qPrintable(removed.error().toString()));
}

QTEST_MAIN(TestMountsEngine)
#include "test_mounts_engine.moc"
