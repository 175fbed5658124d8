// SPDX-License-Identifier: Apache-2.0
#include "launch/dockerrunwriter.h"
#include "launch/presetstore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace berth::core;

class TestPresetStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtIns_comeFromTheResource();
    void tensorflow_mountsTheProjectAtSrc();
    void pytorch_addsIpcHost();
    void userPresets_addReplaceRemoveAndPersist();
    void builtIns_cannotBeReplaced();
    void corruptUserFile_isKeptAside();
};

void TestPresetStore::builtIns_comeFromTheResource()
{
    const QList<Preset> presets = PresetStore::builtInPresets();
    QStringList ids;
    for (const Preset &p : presets) {
        ids << p.id;
        QVERIFY(p.builtIn);
        QVERIFY(!p.displayName().isEmpty());
        QVERIFY(!p.displayDescription().isEmpty());
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("tensorflow"), QStringLiteral("pytorch"), QStringLiteral("blank")}));
}

void TestPresetStore::tensorflow_mountsTheProjectAtSrc()
{
    QTemporaryDir dir;
    PresetStore store(dir.path());
    const LaunchSpec spec = store.preset(QStringLiteral("tensorflow"))->instantiate(QStringLiteral("/home/me/proj"));
    QCOMPARE(spec.image, QStringLiteral("tensorflow/tensorflow"));
    QVERIFY(spec.tag.contains(QStringLiteral("gpu")));
    QCOMPARE(spec.gpus.mode, GpuRequest::Mode::All);
    QCOMPARE(spec.workingDir, QStringLiteral("/src"));
    QCOMPARE(spec.projectFolder, QStringLiteral("/home/me/proj"));
    QCOMPARE(spec.mounts.size(), 1);
    QCOMPARE(spec.mounts.first().source, QStringLiteral("/home/me/proj"));
    QCOMPARE(spec.mounts.first().target, QStringLiteral("/src"));
    QCOMPARE(DockerRunWriter::write(spec),
             QStringLiteral("docker run --rm -it --gpus all -v /home/me/proj:/src -w /src "
                            "tensorflow/tensorflow:latest-gpu"));
}

void TestPresetStore::pytorch_addsIpcHost()
{
    QTemporaryDir dir;
    PresetStore store(dir.path());
    const LaunchSpec tf = store.preset(QStringLiteral("tensorflow"))->instantiate(QStringLiteral("/p"));
    const LaunchSpec pt = store.preset(QStringLiteral("pytorch"))->instantiate(QStringLiteral("/p"));
    QCOMPARE(pt.image, QStringLiteral("pytorch/pytorch"));
    QCOMPARE(pt.ipcMode, QStringLiteral("host"));
    QCOMPARE(pt.mounts, tf.mounts);
    QCOMPARE(pt.workingDir, tf.workingDir);
    const LaunchSpec blank = store.preset(QStringLiteral("blank"))->instantiate(QStringLiteral("/p"));
    LaunchSpec expected;
    expected.projectFolder = QStringLiteral("/p");
    QCOMPARE(blank, expected);
    QCOMPARE(store.preset(QStringLiteral("pytorch"))
                 ->instantiate(QStringLiteral("/p"), QStringLiteral("lab_pip"))
                 .requirements.cacheVolume,
             QStringLiteral("lab_pip"));
}

void TestPresetStore::userPresets_addReplaceRemoveAndPersist()
{
    QTemporaryDir dir;
    Preset mine;
    mine.name = QStringLiteral("Lab JAX");
    mine.projectTarget = QStringLiteral("/workspace");
    mine.spec.image = QStringLiteral("nvcr.io/nvidia/jax");
    mine.spec.tag = QStringLiteral("24.04-py3");
    {
        PresetStore store(dir.path());
        QSignalSpy changed(&store, &PresetStore::changed);
        QVERIFY(store.addUserPreset(mine));
        QCOMPARE(store.presets().size(), 4);
        QCOMPARE(store.presets().last().id, QStringLiteral("user:Lab JAX"));
        mine.spec.tag = QStringLiteral("24.10-py3");
        QVERIFY(store.addUserPreset(mine)); // same id: replaced
        QCOMPARE(store.presets().size(), 4);
        QCOMPARE(changed.count(), 2);
    }
    PresetStore again(dir.path());
    const std::optional<Preset> loaded = again.preset(QStringLiteral("user:Lab JAX"));
    QVERIFY(loaded);
    QVERIFY(!loaded->builtIn);
    QCOMPARE(loaded->spec.tag, QStringLiteral("24.10-py3"));
    QCOMPARE(loaded->instantiate(QStringLiteral("/p")).workingDir, QStringLiteral("/workspace"));
    QVERIFY(again.removeUserPreset(QStringLiteral("user:Lab JAX")));
    QVERIFY(!again.removeUserPreset(QStringLiteral("user:Lab JAX")));
    QCOMPARE(again.presets().size(), 3);
}

void TestPresetStore::builtIns_cannotBeReplaced()
{
    QTemporaryDir dir;
    PresetStore store(dir.path());
    Preset fake;
    fake.id = QStringLiteral("pytorch");
    fake.name = QStringLiteral("Mine");
    QString error;
    QVERIFY(!store.addUserPreset(fake, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!store.removeUserPreset(QStringLiteral("pytorch")));
}

void TestPresetStore::corruptUserFile_isKeptAside()
{
    QTemporaryDir dir;
    QFile file(QDir(dir.path()).filePath(QLatin1String(PresetStore::FileName)));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not json");
    file.close();
    PresetStore store(dir.path());
    QVERIFY(!store.lastError().isEmpty());
    QVERIFY(QFile::exists(store.keptAsidePath()));
    QCOMPARE(store.presets().size(), 3);
}

QTEST_GUILESS_MAIN(TestPresetStore)
#include "test_presetstore.moc"
