// SPDX-License-Identifier: Apache-2.0
#include "engine/endpoint.h"
#include "fakenvidiasmi.h"
#include "gpu/gpucard.h"
#include "gpu/gpuinventory.h"
#include "gpu/gpupanel.h"
#include "gpu/gpupicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using berth::core::Endpoint;
using berth::core::GpuCapability;
using berth::core::GpuInventory;
using berth::core::GpuRequest;
using berth::test::FakeNvidiaSmi;
using berth::ui::GpuPanel;
using berth::ui::GpuPicker;

Q_DECLARE_METATYPE(GpuRequest::Mode)

namespace {
bool loaded(GpuInventory &inventory)
{
    QSignalSpy spy(&inventory, &GpuInventory::updated);
    inventory.refresh();
    return spy.wait(10000);
}

QStringList visibleTexts(const QWidget &widget)
{
    QStringList texts;
    for (QLabel *label : widget.findChildren<QLabel *>()) {
        if (label->isVisibleTo(&widget) && !label->text().isEmpty())
            texts << label->text();
    }
    return texts;
}

bool anyContains(const QStringList &texts, const QString &part)
{
    for (const QString &text : texts) {
        if (text.contains(part))
            return true;
    }
    return false;
}
} // namespace

class TestGpuWidgets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void panel_absentNvidiaSmi_saysNotFound();
    void panel_warnsThatGpusAreThisComputers_onlyForTcpEngines();
    void panel_failingNvidiaSmi_saysFailedWithItsMessage();
    void panel_eightBusyGpus_showsCardsWithBars();
    void panel_refreshesOnlyWhileVisible();
    void panel_remoteEngine_saysTheGpusAreThisComputers();
    void picker_requestRoundTrip_data();
    void picker_requestRoundTrip();
    void picker_specificWithNoHolders_preselectsEveryGpu();
    void picker_userTicks_surviveRefresh();
    void picker_requestSetBeforeInventory_findsItsBoxes();
    void picker_oldDriver_warnsOnlyWhenGpusAreAsked();
    void picker_newDriver_noWarning();
    void picker_engineWithoutGpus_showsReasonAndBlocks();
    void picker_noInventory_takesTypedIds();
    void picker_noTick_isAProblem();
    void picker_freeGpus_sayHowManyAreFreeNow();
};

void TestGpuWidgets::panel_absentNvidiaSmi_saysNotFound()
{
    FakeNvidiaSmi fake;
    fake.makeAbsent();
    GpuInventory inventory;
    GpuPanel panel(&inventory);
    panel.show();
    QTRY_VERIFY(panel.messageText().contains(QLatin1String("nvidia-smi was not found")));
    QVERIFY(panel.cards().isEmpty());
}

void TestGpuWidgets::panel_warnsThatGpusAreThisComputers_onlyForTcpEngines()
{
    FakeNvidiaSmi fake;
    QVERIFY(fake.printFixture(QStringLiteral("gpus-8-busy.csv")));
    GpuInventory inventory;
    GpuPanel panel(&inventory);
    panel.show();
    const auto warned = [&panel] {
        for (QLabel *label : panel.findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains(QLatin1String("nvidia-smi runs on this computer")))
                return true;
        }
        return false;
    };
    panel.setEngineEndpoint(Endpoint::fromHost(QStringLiteral("tcp://gpu1.lab:2376")));
    QVERIFY(warned());
    // An ssh engine's GPUs are asked on its server (the main window points the inventory there): no warning.
    panel.setEngineEndpoint(Endpoint::fromHost(QStringLiteral("ssh://alice@gpu1.lab")));
    QVERIFY(!warned());
    panel.setEngineEndpoint(Endpoint::fromHost(QStringLiteral("unix:///var/run/docker.sock")));
    QVERIFY(!warned());
}

void TestGpuWidgets::panel_failingNvidiaSmi_saysFailedWithItsMessage()
{
    FakeNvidiaSmi fake;
    QVERIFY(fake.fail(9));
    GpuInventory inventory;
    GpuPanel panel(&inventory);
    panel.show();
    QTRY_VERIFY(panel.messageText().contains(QLatin1String("failed (exit code 9)")));
    QVERIFY(panel.messageText().contains(QLatin1String("couldn't communicate with the NVIDIA driver")));
}

void TestGpuWidgets::panel_eightBusyGpus_showsCardsWithBars()
{
    FakeNvidiaSmi fake;
    QVERIFY(fake.printFixture(QStringLiteral("gpus-8-busy.csv")));
    GpuInventory inventory;
    GpuPanel panel(&inventory);
    panel.resize(760, 700);
    panel.show();
    QTRY_COMPARE(panel.cards().size(), 8);
    QCOMPARE(panel.cards().at(0)->memoryText(), QStringLiteral("77.4 / 80.0 GiB"));
    QCOMPARE(panel.cards().at(0)->utilizationText(), QStringLiteral("99 %"));
    QCOMPARE(panel.cards().at(7)->utilizationText(), QStringLiteral("unknown"));
    QVERIFY(panel.cards().at(2)->holdersText().contains(QLatin1String("No container")));
    QVERIFY(panel.messageText().contains(QLatin1String("470.182.03")));
}

void TestGpuWidgets::panel_refreshesOnlyWhileVisible()
{
    FakeNvidiaSmi fake;
    QVERIFY(fake.printFixture(QStringLiteral("gpus-2-idle.csv")));
    GpuInventory inventory;
    inventory.setInterval(50);
    GpuPanel panel(&inventory);
    QTest::qWait(200);
    QCOMPARE(fake.calls(), 0); // built but never shown
    panel.show();
    QTRY_VERIFY(fake.calls() >= 3);
    panel.hide();
    QTRY_VERIFY(!inventory.isQuerying());
    const int calls = fake.calls();
    QTest::qWait(300);
    QCOMPARE(fake.calls(), calls);
    QVERIFY(!inventory.isWatched());
}

void TestGpuWidgets::panel_remoteEngine_saysTheGpusAreThisComputers()
{
    FakeNvidiaSmi fake;
    QVERIFY(fake.printFixture(QStringLiteral("gpus-2-idle.csv")));
    GpuInventory inventory;
    GpuPanel panel(&inventory);
    panel.setEngineEndpoint(Endpoint::fromHost(QStringLiteral("tcp://gpu-server:2376")));
    panel.show();
    QVERIFY(anyContains(visibleTexts(panel), QStringLiteral("tcp://gpu-server:2376")));
    panel.setEngineEndpoint(Endpoint::fromHost(QStringLiteral("unix:///var/run/docker.sock")));
    QVERIFY(!anyContains(visibleTexts(panel), QStringLiteral("runs on")));
}

void TestGpuWidgets::picker_requestRoundTrip_data()
{
    QTest::addColumn<QString>("cliValue");
    QTest::newRow("none") << "";
    QTest::newRow("all") << "all";
    QTest::newRow("count") << "3";
    QTest::newRow("devicesByIndex") << "device=0,1";
    QTest::newRow("oneDevice") << "device=1";
    QTest::newRow("extraOptionsKept") << "count=2,capabilities=utility";
    QTest::newRow("freeGpus") << "free=2";
}

void TestGpuWidgets::picker_requestRoundTrip()
{
    QFETCH(QString, cliValue);
    FakeNvidiaSmi fake;
    QVERIFY(fake.printFixture(QStringLiteral("gpus-2-idle.csv")));
    GpuInventory inventory;
    QVERIFY(loaded(inventory));
    GpuPicker picker;
    picker.setSources(&inventory, nullptr);
    const GpuRequest wanted = cliValue.isEmpty() ? GpuRequest{} : GpuRequest::parse(cliValue);
    picker.setRequest(wanted);
    QCOMPARE(picker.request(), wanted);
    QCOMPARE(picker.request().toCliValue(), cliValue);
}

void TestGpuWidgets::picker_specificWithNoHolders_preselectsEveryGpu()
{
    FakeNvidiaSmi fake;
    QVERIFY(fake.printFixture(QStringLiteral("gpus-2-idle.csv")));
    GpuInventory inventory;
    GpuPicker picker;
    picker.setSources(&inventory, nullptr);
    picker.show();
    QSignalSpy changed(&picker, &GpuPicker::requestChanged);
    picker.findChild<QComboBox *>()->setCurrentIndex(3);
    QTRY_COMPARE(picker.checkedGpus(), (QList<int>{0, 1}));
    QCOMPARE(picker.request().deviceIds, (QStringList{QStringLiteral("0"), QStringLiteral("1")}));
    QVERIFY(!changed.isEmpty());
    QVERIFY(picker.sharingWarning().isEmpty());
    QVERIFY(picker.checkBoxFor(0)->text().contains(QLatin1String("RTX 3090")));
}

void TestGpuWidgets::picker_userTicks_surviveRefresh()
{
    FakeNvidiaSmi fake;
    QVERIFY(fake.printFixture(QStringLiteral("gpus-2-idle.csv")));
    GpuInventory inventory;
    QVERIFY(loaded(inventory));
    GpuPicker picker;
    picker.setSources(&inventory, nullptr);
    picker.findChild<QComboBox *>()->setCurrentIndex(3);
    picker.checkBoxFor(0)->click(); // the user unticks GPU 0
    QCOMPARE(picker.checkedGpus(), QList<int>{1});
    QVERIFY(fake.printFixture(QStringLiteral("gpus-2-busy.csv")));
    QVERIFY(loaded(inventory));
    QCOMPARE(picker.checkedGpus(), QList<int>{1});
    QVERIFY(picker.checkBoxFor(0)->text().contains(QLatin1String("21.8 / 24.0 GiB")));
}

void TestGpuWidgets::picker_requestSetBeforeInventory_findsItsBoxes()
{
    FakeNvidiaSmi fake;
    QVERIFY(fake.printFixture(QStringLiteral("gpus-8-idle.csv")));
    GpuInventory inventory;
    GpuPicker picker;
    picker.setSources(&inventory, nullptr);
    // The form imports `--gpus device=GPU-<uuid of 3>,6` before nvidia-smi has answered.
    const QString uuid3 = QStringLiteral("GPU-6694f229-359b-4548-81a0-d5b3ffc6e35c");
    GpuRequest request;
    request.mode = GpuRequest::Mode::Devices;
    request.deviceIds = {uuid3, QStringLiteral("6")};
    picker.setRequest(request);
    QVERIFY(loaded(inventory));
    QCOMPARE(picker.checkedGpus(), (QList<int>{3, 6}));
    QCOMPARE(picker.request().deviceIds, (QStringList{QStringLiteral("3"), QStringLiteral("6")}));
}

void TestGpuWidgets::picker_oldDriver_warnsOnlyWhenGpusAreAsked()
{
    FakeNvidiaSmi fake;
    QVERIFY(fake.printFixture(QStringLiteral("gpus-8-idle.csv"))); // driver 470.182.03
    GpuInventory inventory;
    QVERIFY(loaded(inventory));
    GpuPicker picker;
    picker.setSources(&inventory, nullptr);
    picker.setRequiredDriver(QStringLiteral("12.1"), QStringLiteral("525.60.13"));
    QVERIFY(picker.driverWarning().isEmpty()); // no GPU asked for
    picker.setRequest(GpuRequest::parse(QStringLiteral("all")));
    QVERIFY(picker.driverWarning().contains(QLatin1String("CUDA 12.1")));
    QVERIFY(picker.driverWarning().contains(QLatin1String("470.182.03")));
    QVERIFY(anyContains(visibleTexts(picker), QStringLiteral("525.60.13")));
    picker.setRequiredDriver(QStringLiteral("11.8"), QStringLiteral("450.80.02"));
    QVERIFY(picker.driverWarning().isEmpty());
}

void TestGpuWidgets::picker_newDriver_noWarning()
{
    FakeNvidiaSmi fake;
    QVERIFY(fake.printFixture(QStringLiteral("gpus-2-idle.csv"))); // driver 535.104.05
    GpuInventory inventory;
    QVERIFY(loaded(inventory));
    GpuPicker picker;
    picker.setSources(&inventory, nullptr);
    picker.setRequest(GpuRequest::parse(QStringLiteral("1")));
    picker.setRequiredDriver(QStringLiteral("12.1"), QStringLiteral("525.60.13"));
    QVERIFY(picker.driverWarning().isEmpty());
}

void TestGpuWidgets::picker_engineWithoutGpus_showsReasonAndBlocks()
{
    GpuPicker picker;
    picker.show();
    const GpuCapability unavailable(GpuCapability::State::Unavailable, GpuCapability::Via::None,
                                    QStringLiteral("no NVIDIA runtime"));
    picker.setCapability(unavailable);
    QVERIFY(picker.problem().isEmpty()); // no GPU asked for: nothing to block
    picker.setRequest(GpuRequest::parse(QStringLiteral("all")));
    QCOMPARE(picker.problem(), QStringLiteral("no NVIDIA runtime"));
    QVERIFY(anyContains(visibleTexts(picker), QStringLiteral("no NVIDIA runtime")));
    picker.setCapability(
        GpuCapability(GpuCapability::State::Available, GpuCapability::Via::NvidiaRuntime, QStringLiteral("runtime")));
    QVERIFY(picker.problem().isEmpty());
}

void TestGpuWidgets::picker_noInventory_takesTypedIds()
{
    FakeNvidiaSmi fake;
    fake.makeAbsent();
    GpuInventory inventory;
    QVERIFY(loaded(inventory));
    GpuPicker picker;
    picker.setSources(&inventory, nullptr);
    picker.show();
    picker.findChild<QComboBox *>()->setCurrentIndex(3);
    auto *ids = picker.findChild<QLineEdit *>();
    QVERIFY(ids->isVisible());
    QTest::keyClicks(ids, QStringLiteral("0, GPU-abc"));
    QCOMPARE(picker.request().deviceIds, (QStringList{QStringLiteral("0"), QStringLiteral("GPU-abc")}));
    QVERIFY(anyContains(visibleTexts(picker), QStringLiteral("nvidia-smi was not found")));
}

void TestGpuWidgets::picker_noTick_isAProblem()
{
    FakeNvidiaSmi fake;
    QVERIFY(fake.printFixture(QStringLiteral("gpus-2-idle.csv")));
    GpuInventory inventory;
    QVERIFY(loaded(inventory));
    GpuPicker picker;
    picker.setSources(&inventory, nullptr);
    picker.findChild<QComboBox *>()->setCurrentIndex(3);
    picker.checkBoxFor(0)->click();
    picker.checkBoxFor(1)->click();
    QVERIFY(picker.problem().contains(QLatin1String("Tick at least one GPU")));
}

void TestGpuWidgets::picker_freeGpus_sayHowManyAreFreeNow()
{
    FakeNvidiaSmi fake;
    QVERIFY(fake.printFixture(QStringLiteral("gpus-8-busy.csv"))); // GPUs 2, 4 and 7 idle
    GpuInventory inventory;
    QVERIFY(loaded(inventory));
    GpuPicker picker;
    picker.setSources(&inventory, nullptr);
    picker.show();
    picker.findChild<QComboBox *>()->setCurrentIndex(4);
    auto *count = picker.findChild<QSpinBox *>();
    QVERIFY(count->isVisible());
    count->setValue(2);
    QCOMPARE(picker.request().toCliValue(), QStringLiteral("free=2"));
    // (No translator here: English plurals read "GPU(s)".)
    QVERIFY(anyContains(visibleTexts(picker), QStringLiteral("chooses 2 free GPU")));
    QVERIFY(anyContains(visibleTexts(picker), QStringLiteral("when you press Run; 3 are free now")));
    // Busy GPUs are not shared: Run picks among the free ones, so there is nothing to confirm.
    QVERIFY(picker.sharingWarning().isEmpty());
    QVERIFY(picker.problem().isEmpty());
    count->setValue(4);
    QVERIFY(anyContains(visibleTexts(picker), QStringLiteral("Only 3 of the 4 GPU")));
}

QTEST_MAIN(TestGpuWidgets)
#include "test_gpuwidgets.moc"
