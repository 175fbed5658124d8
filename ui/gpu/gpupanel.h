// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/endpoint.h"
#include "gpu/gpuallocation.h"
#include "gpu/ownerpolicy.h"

#include <QPointer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QScrollArea;

namespace berth::core {
class GpuInventory;
class GpuHolderScanner;
} // namespace berth::core

namespace berth::ui {

class GpuCard;

// The GPUs of this computer with memory and utilisation bars and the containers holding each. While visible it
// watches the inventory and the holder scanner (both refresh every 2 s by default); hidden, it costs nothing.
class GpuPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GpuPanel)
public:
    // Either source may be null: without a scanner no holders are shown. Neither is owned.
    explicit GpuPanel(core::GpuInventory *inventory, core::GpuHolderScanner *holders = nullptr,
                      QWidget *parent = nullptr);
    ~GpuPanel() override;

    void setOwnerPolicy(const core::OwnerPolicy &owners);
    void setHolderPolicy(core::GpuAllocation::Policy policy);
    // A non-unix:// engine runs elsewhere: the panel says the GPUs shown are this computer's.
    void setEngineEndpoint(const core::Endpoint &endpoint);
    // A held GPU at 0 % for this long is marked idle (0: never marked); Settings::GpuIdleMinutes × 60.
    void setIdleThreshold(qint64 secs);

    // For tests and the container list: what is shown now.
    const core::GpuAllocation &allocation() const { return m_allocation; }
    QString messageText() const; // the "not found" / "failed" / summary line
    QList<GpuCard *> cards() const { return m_cards; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void layoutCards();
    int columnsForWidth(int width) const;

    QPointer<core::GpuInventory> m_inventory;
    QPointer<core::GpuHolderScanner> m_holders;
    core::OwnerPolicy m_owners;
    core::GpuAllocation::Policy m_policy = core::GpuAllocation::Policy::RunningAndCreated;
    core::GpuAllocation m_allocation;
    QString m_remoteHost;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_remote;
    QLabel *m_message;
    QLabel *m_holdersNote;
    QScrollArea *m_scroll;
    QWidget *m_cardsHost;
    QGridLayout *m_grid;
    QList<GpuCard *> m_cards;
    int m_columns = 0;
    qint64 m_idleSecs = 3600;
};

} // namespace berth::ui
