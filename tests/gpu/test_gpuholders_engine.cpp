// SPDX-License-Identifier: Apache-2.0
#include "engine/engineclient.h"
#include "fakenvidiasmi.h"
#include "gpu/gpucapability.h"
#include "gpu/gpucard.h"
#include "gpu/gpuholderscanner.h"
#include "gpu/gpuinventory.h"
#include "gpu/gpupanel.h"
#include "gpu/gpupicker.h"
#include "gpu/ownerpolicy.h"
#include "testenv.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace berth::core;
using berth::test::FakeNvidiaSmi;
using berth::ui::GpuPanel;
using berth::ui::GpuPicker;

// Containers created (never started: this engine has no GPU) with device requests under different owners.
// The allocation counts created containers as reservations (GpuAllocation::Policy::RunningAndCreated), which is
// what makes them holders here; RunningOnly is checked to ignore them.
class TestGpuHoldersEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scanner_findsGpuContainersWithOwners();
    void scanner_inspectsEachContainerOnce();
    void scanner_removedContainer_disappears();
    void allocation_createdContainersReserveTheirGpus();
    void picker_preselectsFreeGpusAndNamesHolders();
    void picker_warnsBeforeSharing();
    void picker_confirmSharing_asksAndCancelDeclines();
    void panel_showsHoldersPerGpu();
    void ownerConfirmation_forSomeoneElsesContainerOnly();
    void capability_engineWithoutNvidia_isNotAvailable();
    void screenshot();

private:
    QString create(const QString &suffix, const QStringList &options);
    bool scan(GpuHolderScanner &scanner);
    const GpuHold *holdNamed(const QList<GpuHold> &holds, const QString &suffix) const;

    QString m_prefix;
    QStringList m_created;
    std::unique_ptr<EngineClient> m_client;
    std::unique_ptr<FakeNvidiaSmi> m_fake;
    const OwnerPolicy m_me{QStringLiteral("carol")};
    const QString m_uuid3 = QStringLiteral("GPU-6694f229-359b-4548-81a0-d5b3ffc6e35c"); // gpus-8-*.csv, index 3
};

QString TestGpuHoldersEngine::create(const QString &suffix, const QStringList &options)
{
    const QString name = m_prefix + suffix;
    berth::test::docker(QStringList{QStringLiteral("create"), QStringLiteral("--name"), name, QStringLiteral("--label"),
                                    QStringLiteral("berth.test=") + m_prefix} +
                        options +
                        QStringList{berth::test::busyboxImage(), QStringLiteral("sleep"), QStringLiteral("1000")});
    m_created << name;
    return name;
}

bool TestGpuHoldersEngine::scan(GpuHolderScanner &scanner)
{
    QSignalSpy spy(&scanner, &GpuHolderScanner::updated);
    scanner.refresh();
    return spy.wait(30000) && !scanner.error().isError();
}

const GpuHold *TestGpuHoldersEngine::holdNamed(const QList<GpuHold> &holds, const QString &suffix) const
{
    for (const GpuHold &hold : holds) {
        if (hold.containerName == m_prefix + suffix)
            return &hold;
    }
    return nullptr;
}

void TestGpuHoldersEngine::initTestCase()
{
    BERTH_REQUIRE_ENGINE();
    m_prefix = QStringLiteral("berth-gpu-%1-").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    m_client = std::make_unique<EngineClient>(Endpoint::fromHost(berth::test::dockerHost()));
    m_fake = std::make_unique<FakeNvidiaSmi>();
    QVERIFY(m_fake->printFixture(QStringLiteral("gpus-8-busy.csv")));
    create(QStringLiteral("alice-bert"),
           {QStringLiteral("--gpus"), QStringLiteral("device=1"), QStringLiteral("--label"),
            QStringLiteral("berth.owner=alice"), QStringLiteral("--label"), QStringLiteral("berth.profile=bert")});
    create(QStringLiteral("bob-resnet"), {QStringLiteral("--gpus"), QStringLiteral("device=") + m_uuid3,
                                          QStringLiteral("--label"), QStringLiteral("berth.owner=bob")});
    // alice's and bob's containers carry Berth 0.1's labels, carol's the current ones: both name an owner.
    create(QStringLiteral("carol-notebook"),
           {QStringLiteral("--gpus"), QStringLiteral("device=5"), QStringLiteral("--label"),
            QStringLiteral("io.github.berth.owner=carol")});
    create(QStringLiteral("cli-run"), {QStringLiteral("--gpus"), QStringLiteral("2")});
    create(QStringLiteral("no-gpu"), {QStringLiteral("--label"), QStringLiteral("berth.owner=alice")});
}

void TestGpuHoldersEngine::cleanupTestCase()
{
    if (!m_created.isEmpty())
        berth::test::docker(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + m_created);
    m_fake.reset();
}

void TestGpuHoldersEngine::scanner_findsGpuContainersWithOwners()
{
    GpuHolderScanner scanner(m_client.get());
    scanner.setFilter({{QStringLiteral("label"), {QStringLiteral("berth.test=") + m_prefix}}});
    QVERIFY(scan(scanner));
    const QList<GpuHold> holds = scanner.holds();
    QCOMPARE(holds.size(), 4); // the container without --gpus holds nothing

    const GpuHold *alice = holdNamed(holds, QStringLiteral("alice-bert"));
    QVERIFY(alice);
    QCOMPARE(alice->kind, GpuHold::Kind::Devices);
    QCOMPARE(alice->deviceIds, QStringList{QStringLiteral("1")});
    QCOMPARE(alice->owner, QStringLiteral("alice"));
    QCOMPARE(alice->profile, QStringLiteral("bert"));
    QCOMPARE(alice->state, QStringLiteral("created"));
    QVERIFY(alice->isReserved());

    const GpuHold *bob = holdNamed(holds, QStringLiteral("bob-resnet"));
    QVERIFY(bob);
    QCOMPARE(bob->deviceIds, QStringList{m_uuid3});

    const GpuHold *cli = holdNamed(holds, QStringLiteral("cli-run"));
    QVERIFY(cli);
    QCOMPARE(cli->kind, GpuHold::Kind::Count);
    QCOMPARE(cli->count, 2);
    QVERIFY(cli->owner.isEmpty());
    QCOMPARE(cli->who(), m_prefix + QStringLiteral("cli-run"));
}

void TestGpuHoldersEngine::scanner_inspectsEachContainerOnce()
{
    GpuHolderScanner scanner(m_client.get());
    scanner.setFilter({{QStringLiteral("label"), {QStringLiteral("berth.test=") + m_prefix}}});
    QVERIFY(scan(scanner));
    const int inspects = scanner.inspectsDone();
    QCOMPARE(inspects, 5);
    QVERIFY(scan(scanner));
    QVERIFY(scan(scanner));
    QCOMPARE(scanner.inspectsDone(), inspects);
    QCOMPARE(scanner.holds().size(), 4);
}

void TestGpuHoldersEngine::scanner_removedContainer_disappears()
{
    GpuHolderScanner scanner(m_client.get());
    scanner.setFilter({{QStringLiteral("label"), {QStringLiteral("berth.test=") + m_prefix}}});
    const QString extra = create(QStringLiteral("short-lived"), {QStringLiteral("--gpus"), QStringLiteral("all")});
    QVERIFY(scan(scanner));
    QVERIFY(holdNamed(scanner.holds(), QStringLiteral("short-lived")));
    QCOMPARE(holdNamed(scanner.holds(), QStringLiteral("short-lived"))->kind, GpuHold::Kind::All);
    berth::test::docker({QStringLiteral("rm"), QStringLiteral("-f"), extra});
    m_created.removeAll(extra);
    QVERIFY(scan(scanner));
    QVERIFY(!holdNamed(scanner.holds(), QStringLiteral("short-lived")));
}

void TestGpuHoldersEngine::allocation_createdContainersReserveTheirGpus()
{
    GpuHolderScanner scanner(m_client.get());
    scanner.setFilter({{QStringLiteral("label"), {QStringLiteral("berth.test=") + m_prefix}}});
    GpuInventory inventory;
    QSignalSpy loaded(&inventory, &GpuInventory::updated);
    inventory.refresh();
    QVERIFY(loaded.wait(10000));
    QVERIFY(scan(scanner));

    const GpuAllocation reserved = GpuAllocation::compute(scanner.holds(), inventory.gpus());
    QCOMPARE(reserved.heldGpus(), (QList<int>{1, 3, 5}));
    QCOMPARE(reserved.freeGpus(), (QList<int>{0, 2, 4, 6, 7}));
    QCOMPARE(reserved.unplacedCount(), 2);
    QCOMPARE(reserved.holdersOf(3).first().owner, QStringLiteral("bob")); // matched by UUID

    const GpuAllocation running =
        GpuAllocation::compute(scanner.holds(), inventory.gpus(), GpuAllocation::Policy::RunningOnly);
    QCOMPARE(running.freeGpus().size(), 8);
    QVERIFY(running.holds().isEmpty());
}

void TestGpuHoldersEngine::picker_preselectsFreeGpusAndNamesHolders()
{
    GpuInventory inventory;
    GpuHolderScanner scanner(m_client.get());
    scanner.setFilter({{QStringLiteral("label"), {QStringLiteral("berth.test=") + m_prefix}}});
    GpuPicker picker;
    picker.setOwnerPolicy(m_me);
    picker.setSources(&inventory, &scanner);
    picker.show();                                       // watching starts both sources
    picker.findChild<QComboBox *>()->setCurrentIndex(3); // Specific GPUs
    QTRY_VERIFY_WITH_TIMEOUT(scanner.hasResult() && picker.checkBoxFor(7), 30000);
    // Free of containers: 0, 2, 4, 6, 7; but 0 and 6 are busy in gpus-8-busy.csv (99 % and 100 %), so not ticked.
    QTRY_COMPARE(picker.checkedGpus(), (QList<int>{2, 4, 7}));
    QCOMPARE(picker.request().deviceIds, (QStringList{QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("7")}));
    QVERIFY(picker.sharingWarning().isEmpty());

    auto rowText = [&picker](int index) {
        return picker.checkBoxFor(index)->parentWidget()->findChild<QLabel *>()->text();
    };
    QCOMPARE(rowText(0), QStringLiteral("busy outside containers"));
    QCOMPARE(rowText(2), QStringLiteral("free"));
    QVERIFY2(rowText(1).contains(QStringLiteral("alice · ") + m_prefix + QLatin1String("alice-bert")),
             qPrintable(rowText(1)));
    QVERIFY2(rowText(3).contains(QLatin1String("bob")), qPrintable(rowText(3)));
    QVERIFY2(rowText(5).contains(QStringLiteral("you · ")), qPrintable(rowText(5)));
    QVERIFY(rowText(5).contains(QLatin1String("reserved")));
}

void TestGpuHoldersEngine::picker_warnsBeforeSharing()
{
    QVERIFY(m_fake->printFixture(QStringLiteral("gpus-8-idle.csv"))); // only containers make GPUs busy here
    GpuInventory inventory;
    GpuHolderScanner scanner(m_client.get());
    scanner.setFilter({{QStringLiteral("label"), {QStringLiteral("berth.test=") + m_prefix}}});
    GpuPicker picker;
    picker.setOwnerPolicy(m_me);
    picker.setSources(&inventory, &scanner);
    QSignalSpy inventoryLoaded(&inventory, &GpuInventory::updated);
    inventory.refresh();
    QVERIFY(inventoryLoaded.wait(10000));
    QVERIFY(scan(scanner));

    GpuRequest devices;
    devices.mode = GpuRequest::Mode::Devices;
    devices.deviceIds = {QStringLiteral("0"), QStringLiteral("2")};
    picker.setRequest(devices);
    QVERIFY(picker.sharingWarning().isEmpty());

    devices.deviceIds = {QStringLiteral("0"), QStringLiteral("1")};
    picker.setRequest(devices);
    QVERIFY2(picker.sharingWarning().contains(QLatin1String("GPU 1 (alice")), qPrintable(picker.sharingWarning()));

    picker.setRequest(GpuRequest::parse(QStringLiteral("all")));
    const QString all = picker.sharingWarning();
    QVERIFY(all.contains(QLatin1String("alice")) && all.contains(QLatin1String("bob")) &&
            all.contains(QLatin1String("you")));

    // --gpus 2 means GPUs 0 and 1 to Docker's NVIDIA driver, and GPU 1 is alice's.
    picker.setRequest(GpuRequest::parse(QStringLiteral("2")));
    QVERIFY2(picker.sharingWarning().contains(QLatin1String("GPU 1 (alice")), qPrintable(picker.sharingWarning()));
    picker.setRequest(GpuRequest::parse(QStringLiteral("1")));
    QVERIFY(picker.sharingWarning().isEmpty());

    // A GPU no container holds but a program outside Docker keeps at 99 % is sharing too.
    QVERIFY(m_fake->printFixture(QStringLiteral("gpus-8-busy.csv")));
    inventory.refresh();
    QVERIFY(inventoryLoaded.wait(10000));
    QVERIFY2(picker.sharingWarning().contains(QLatin1String("GPU 0 (busy outside containers)")),
             qPrintable(picker.sharingWarning()));
}

void TestGpuHoldersEngine::picker_confirmSharing_asksAndCancelDeclines()
{
    GpuInventory inventory;
    GpuHolderScanner scanner(m_client.get());
    scanner.setFilter({{QStringLiteral("label"), {QStringLiteral("berth.test=") + m_prefix}}});
    GpuPicker picker;
    picker.setOwnerPolicy(m_me);
    picker.setSources(&inventory, &scanner);
    QSignalSpy inventoryLoaded(&inventory, &GpuInventory::updated);
    inventory.refresh();
    QVERIFY(inventoryLoaded.wait(10000));
    QVERIFY(scan(scanner));
    picker.show();

    GpuRequest free;
    free.mode = GpuRequest::Mode::Devices;
    free.deviceIds = {QStringLiteral("4")};
    picker.setRequest(free);
    QVERIFY(picker.confirmSharing()); // nothing to ask: no dialog, no wait

    GpuRequest shared = free;
    shared.deviceIds = {QStringLiteral("3")};
    picker.setRequest(shared);
    for (bool accept : {false, true}) {
        QString asked;
        QTimer::singleShot(0, this, [&asked, accept] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text();
            for (QAbstractButton *button : box->buttons()) {
                const bool isRun = box->buttonRole(button) == QMessageBox::AcceptRole;
                if (isRun == accept) {
                    button->click();
                    return;
                }
            }
        });
        QCOMPARE(picker.confirmSharing(), accept);
        QVERIFY2(asked.contains(QLatin1String("bob")), qPrintable(asked));
    }
}

void TestGpuHoldersEngine::panel_showsHoldersPerGpu()
{
    GpuInventory inventory;
    GpuHolderScanner scanner(m_client.get());
    scanner.setFilter({{QStringLiteral("label"), {QStringLiteral("berth.test=") + m_prefix}}});
    GpuPanel panel(&inventory, &scanner);
    panel.setOwnerPolicy(m_me);
    panel.resize(800, 900);
    panel.show();
    QTRY_VERIFY_WITH_TIMEOUT(panel.cards().size() == 8 && scanner.hasResult(), 30000);
    QTRY_VERIFY(panel.cards().at(1)->holdersText().contains(QLatin1String("alice")));
    QVERIFY(panel.cards().at(1)->holdersText().contains(m_prefix + QLatin1String("alice-bert")));
    QVERIFY(panel.cards().at(3)->holdersText().contains(QStringLiteral("bob · ")));
    QVERIFY(panel.cards().at(5)->holdersText().contains(QStringLiteral("you · ")));
    QVERIFY(panel.cards().at(0)->holdersText().contains(QLatin1String("No container")));
    bool countNoted = false;
    for (QLabel *label : panel.findChildren<QLabel *>())
        countNoted =
            countNoted || (label->isVisibleTo(&panel) && label->text().contains(QLatin1String("asked for 2 GPU")) &&
                           label->text().contains(QLatin1String("owner unknown")));
    QVERIFY(countNoted);
    panel.hide();
    QVERIFY(!scanner.isWatched());
    QVERIFY(!inventory.isWatched());
}

void TestGpuHoldersEngine::ownerConfirmation_forSomeoneElsesContainerOnly()
{
    QMap<QString, ContainerDetails> details;
    for (const QString &suffix :
         {QStringLiteral("alice-bert"), QStringLiteral("carol-notebook"), QStringLiteral("cli-run")}) {
        m_client->inspectContainer(m_prefix + suffix, this, [&details, suffix](const Result<ContainerDetails> &result) {
            if (result.ok())
                details.insert(suffix, result.value());
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(details.size(), 3, 30000);
    const auto &alice = details.value(QStringLiteral("alice-bert"));
    const QString question = m_me.confirmationText(OwnerPolicy::Action::Stop, alice.name, alice.labels);
    QVERIFY2(question.contains(QLatin1String("alice")) && question.contains(m_prefix + QLatin1String("alice-bert")),
             qPrintable(question));
    QVERIFY(!m_me.confirmationText(OwnerPolicy::Action::Remove, alice.name, alice.labels).isEmpty());

    const auto &mine = details.value(QStringLiteral("carol-notebook"));
    QVERIFY(m_me.isMine(mine.labels));
    QVERIFY(m_me.confirmationText(OwnerPolicy::Action::Stop, mine.name, mine.labels).isEmpty());
    QVERIFY(m_me.confirmationText(OwnerPolicy::Action::Remove, mine.name, mine.labels).isEmpty());

    const auto &cli = details.value(QStringLiteral("cli-run"));
    QVERIFY(m_me.confirmationText(OwnerPolicy::Action::Stop, cli.name, cli.labels)
                .contains(QLatin1String("owner is unknown")));

    // The container list's "mine" scope is an engine-side label filter.
    ContainerFilter filter;
    filter.filters = m_me.scopeFilter(QStringLiteral("mine"));
    filter.filters.insert(QStringLiteral("label"), filter.filters.value(QStringLiteral("label")) +
                                                       QStringList{QStringLiteral("berth.test=") + m_prefix});
    QStringList names;
    bool listed = false;
    m_client->listContainers(filter, this, [&names, &listed](const Result<QList<ContainerSummary>> &result) {
        if (result.ok()) {
            for (const ContainerSummary &summary : result.value())
                names << summary.name;
        }
        listed = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(listed, 30000);
    QCOMPARE(names, QStringList{m_prefix + QStringLiteral("carol-notebook")});
}

void TestGpuHoldersEngine::capability_engineWithoutNvidia_isNotAvailable()
{
    std::optional<GpuCapability> capability;
    GpuCapability::check(m_client.get(), this, [&capability](const GpuCapability &c) { capability = c; });
    QTRY_VERIFY_WITH_TIMEOUT(capability.has_value(), 30000);
    QVERIFY(!capability->reason().isEmpty());
    // The test engine has only runc; this machine has no NVIDIA Container Toolkit.
    if (QStandardPaths::findExecutable(QLatin1String(GpuCapability::HookProgram)).isEmpty()) {
        QCOMPARE(capability->state(), GpuCapability::State::Unavailable);
        QVERIFY(capability->reason().contains(QLatin1String("nvidia-container-toolkit")));
    } else {
        QVERIFY(capability->state() != GpuCapability::State::Unavailable);
    }
}

void TestGpuHoldersEngine::screenshot()
{
    // The README picture: the 8-GPU lab server fixture with the holders created above, the panel beside the launch
    // form's GPU picker. BERTH_GPU_SCREENSHOT names the PNG to write.
    GpuInventory inventory;
    GpuHolderScanner scanner(m_client.get());
    scanner.setFilter({{QStringLiteral("label"), {QStringLiteral("berth.test=") + m_prefix}}});
    QWidget window;
    window.setWindowTitle(QStringLiteral("Berth"));
    auto *layout = new QHBoxLayout(&window);
    auto *panel = new GpuPanel(&inventory, &scanner, &window);
    panel->setOwnerPolicy(m_me);
    auto *form = new QGroupBox(QStringLiteral("Launch · GPUs"), &window);
    auto *formLayout = new QVBoxLayout(form);
    auto *picker = new GpuPicker(form);
    picker->setOwnerPolicy(m_me);
    picker->setSources(&inventory, &scanner);
    EngineInfo withNvidia;
    withNvidia.runtimes = {QStringLiteral("nvidia"), QStringLiteral("runc")};
    picker->setCapability(GpuCapability::decide(withNvidia, {}));
    picker->setRequiredDriver(QStringLiteral("12.1"), QStringLiteral("525.60.13"));
    formLayout->addWidget(picker);
    formLayout->addStretch(1);
    layout->addWidget(panel, 3);
    layout->addWidget(form, 2);
    window.resize(1280, 760);
    window.show();
    picker->findChild<QComboBox *>()->setCurrentIndex(3);
    QTRY_VERIFY_WITH_TIMEOUT(panel->cards().size() == 8 && scanner.hasResult(), 30000);
    QTRY_COMPARE(picker->checkedGpus(), (QList<int>{2, 4, 7}));
    picker->checkBoxFor(1)->click(); // so the sharing warning shows too
    QTest::qWait(100);
    const QImage image = window.grab().toImage();
    QVERIFY(!image.isNull());
    const QString path = qEnvironmentVariable("BERTH_GPU_SCREENSHOT");
    if (!path.isEmpty())
        QVERIFY(image.save(path));
}

QTEST_MAIN(TestGpuHoldersEngine)
#include "test_gpuholders_engine.moc"
