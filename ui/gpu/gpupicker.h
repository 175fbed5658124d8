// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/endpoint.h"
#include "gpu/gpuallocation.h"
#include "gpu/gpucapability.h"
#include "gpu/gpurequest.h"
#include "gpu/ownerpolicy.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QVBoxLayout;

namespace berth::core {
class EngineClient;
class GpuInventory;
class GpuHolderScanner;
} // namespace berth::core

namespace berth::ui {

// The GPU part of the launch form: none / all / a number / specific GPUs / a number of free GPUs (Berth picks them
// at Run). Specific GPUs start with the free ones
// ticked (until the user changes the ticks); each GPU says who holds it. Before Run the form calls confirmSharing(),
// which asks when the choice shares a GPU with another container. It also shows whether the engine can give GPUs
// at all and whether the host driver is new enough for the chosen image.
class GpuPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GpuPicker)
public:
    explicit GpuPicker(QWidget *parent = nullptr);
    ~GpuPicker() override;

    // Sources are not owned; either may be null. While visible the picker watches both.
    void setSources(core::GpuInventory *inventory, core::GpuHolderScanner *holders);
    void setOwnerPolicy(const core::OwnerPolicy &owners);
    void setHolderPolicy(core::GpuAllocation::Policy policy);
    void setEngineEndpoint(const core::Endpoint &endpoint);

    // Engine capability, from GpuCapability::check(); checkCapability() runs that check and shows the result.
    void setCapability(const core::GpuCapability &capability);
    void checkCapability(core::EngineClient *client);
    const core::GpuCapability &capability() const { return m_capability; }

    // From the tag browser: the chosen image's CUDA version and the minimum driver it needs; empty strings clear.
    void setRequiredDriver(const QString &cudaVersion, const QString &minDriver);
    // The translated "driver too old" warning shown now, or empty.
    QString driverWarning() const;

    core::GpuRequest request() const;
    void setRequest(const core::GpuRequest &request);

    // Empty when the choice is complete; otherwise what is missing (translated), e.g. no GPU ticked.
    QString problem() const;
    // What the current choice shares with other containers (translated), or empty.
    QString sharingWarning() const;
    // Asks (modal) when sharingWarning() is not empty; true when there is nothing to ask or the user agrees.
    bool confirmSharing(QWidget *dialogParent = nullptr);

    // For tests: GPUs ticked in Specific mode and the allocation the picker works from.
    QList<int> checkedGpus() const;
    const core::GpuAllocation &allocation() const { return m_allocation; }
    QCheckBox *checkBoxFor(int gpuIndex) const { return m_boxes.value(gpuIndex); }

Q_SIGNALS:
    void requestChanged(const berth::core::GpuRequest &request);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // FreeIndex is Berth's own "N free GPUs" (--gpus free=N), named at Run on the chosen server.
    enum ModeIndex { NoneIndex, AllIndex, CountIndex, SpecificIndex, FreeIndex };
    void retranslate();
    void refreshData();
    void updateVisibility();
    void updateNotes();
    void preselectFree();
    void emitChanged();
    QString holderText(int gpuIndex) const;

    QPointer<core::GpuInventory> m_inventory;
    QPointer<core::GpuHolderScanner> m_holders;
    core::OwnerPolicy m_owners;
    core::GpuAllocation::Policy m_policy = core::GpuAllocation::Policy::RunningAndCreated;
    core::GpuAllocation m_allocation;
    QList<core::GpuInfo> m_gpus;
    core::GpuCapability m_capability;
    bool m_capabilityKnown = false;
    QString m_cudaVersion;
    QString m_minDriver;
    QString m_remoteHost;
    bool m_touched = false;     // the user (or setRequest) chose the ticks: no more preselection
    bool m_updating = false;    // programmatic changes do not count as the user's
    QStringList m_capabilities; // GpuRequest fields without controls, kept from setRequest()
    QString m_driverName;
    QStringList m_otherIds; // requested ids the inventory does not know (e.g. UUIDs of a remote host)

    QComboBox *m_mode;
    QSpinBox *m_count;
    QLabel *m_capabilityLabel;
    QWidget *m_list;
    QVBoxLayout *m_listLayout;
    QMap<int, QCheckBox *> m_boxes;
    QMap<int, QLabel *> m_holderLabels;
    QLabel *m_idsLabel;
    QLineEdit *m_ids; // Specific mode without an inventory: type indexes or UUIDs
    QLabel *m_inventoryNote;
    QLabel *m_remote;
    QLabel *m_sharing;
    QLabel *m_driver;
};

} // namespace berth::ui
