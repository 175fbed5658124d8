// SPDX-License-Identifier: Apache-2.0
#include "gpupicker.h"

#include "common/childsignals.h"
#include "gpu/driverversion.h"
#include "gpu/gpuholderscanner.h"
#include "gpu/gpuinventory.h"
#include "gpuformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace berth::ui {

namespace {
QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

QString indexId(int index)
{
    return QString::number(index);
}
} // namespace

GpuPicker::GpuPicker(QWidget *parent)
    : QWidget(parent), m_mode(new QComboBox(this)), m_count(new QSpinBox(this)), m_capabilityLabel(noteLabel(this)),
      m_list(new QFrame(this)), m_listLayout(new QVBoxLayout(m_list)), m_idsLabel(new QLabel(this)),
      m_ids(new QLineEdit(this)), m_inventoryNote(noteLabel(this)), m_remote(noteLabel(this)),
      m_sharing(noteLabel(this)), m_driver(noteLabel(this))
{
    m_mode->addItems({QString(), QString(), QString(), QString(), QString()});
    m_count->setRange(1, 64);
    m_count->setValue(1);
    static_cast<QFrame *>(m_list)->setFrameShape(QFrame::StyledPanel);
    m_listLayout->setContentsMargins(8, 6, 8, 6);
    m_listLayout->setSpacing(2);
    m_idsLabel->setBuddy(m_ids);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_mode);
    modeRow->addWidget(m_count);
    modeRow->addStretch(1);
    layout->addLayout(modeRow);
    layout->addWidget(m_capabilityLabel);
    layout->addWidget(m_list);
    auto *idsRow = new QHBoxLayout;
    idsRow->addWidget(m_idsLabel);
    idsRow->addWidget(m_ids, 1);
    layout->addLayout(idsRow);
    layout->addWidget(m_inventoryNote);
    layout->addWidget(m_remote);
    layout->addWidget(m_sharing);
    layout->addWidget(m_driver);
    GpuFormat::setTone(m_inventoryNote, GpuFormat::Tone::Muted);
    GpuFormat::setTone(m_remote, GpuFormat::Tone::Warning);
    GpuFormat::setTone(m_sharing, GpuFormat::Tone::Warning);
    GpuFormat::setTone(m_driver, GpuFormat::Tone::Error);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index == SpecificIndex && !m_touched)
            preselectFree();
        updateVisibility();
        updateNotes();
        emitChanged();
    });
    connect(m_count, &QSpinBox::valueChanged, this, [this] {
        updateNotes();
        emitChanged();
    });
    connect(m_ids, &QLineEdit::textEdited, this, [this] {
        m_touched = true;
        updateNotes();
        emitChanged();
    });
    retranslate();
    refreshData();
}

GpuPicker::~GpuPicker()
{
    disconnectChildSignals(this);
}

void GpuPicker::setSources(core::GpuInventory *inventory, core::GpuHolderScanner *holders)
{
    if (m_inventory) {
        m_inventory->disconnect(this);
        m_inventory->unwatch(this);
    }
    if (m_holders) {
        m_holders->disconnect(this);
        m_holders->unwatch(this);
    }
    m_inventory = inventory;
    m_holders = holders;
    if (m_inventory)
        connect(m_inventory, &core::GpuInventory::updated, this, &GpuPicker::refreshData);
    if (m_holders)
        connect(m_holders, &core::GpuHolderScanner::updated, this, &GpuPicker::refreshData);
    if (isVisible()) {
        if (m_inventory)
            m_inventory->watch(this);
        if (m_holders)
            m_holders->watch(this);
    }
    refreshData();
}

void GpuPicker::setOwnerPolicy(const core::OwnerPolicy &owners)
{
    m_owners = owners;
    refreshData();
}

void GpuPicker::setHolderPolicy(core::GpuAllocation::Policy policy)
{
    m_policy = policy;
    refreshData();
}

void GpuPicker::setEngineEndpoint(const core::Endpoint &endpoint)
{
    // nvidia-smi runs on an ssh engine's server; only a tcp engine's GPUs cannot be asked.
    m_remoteHost = endpoint.scheme() == core::Endpoint::Scheme::Tcp ? endpoint.host() : QString();
    updateNotes();
}

void GpuPicker::setCapability(const core::GpuCapability &capability)
{
    m_capability = capability;
    m_capabilityKnown = true;
    updateNotes();
}

void GpuPicker::checkCapability(core::EngineClient *client)
{
    if (!client)
        return;
    core::GpuCapability::check(client, this,
                               [this](const core::GpuCapability &capability) { setCapability(capability); });
}

void GpuPicker::setRequiredDriver(const QString &cudaVersion, const QString &minDriver)
{
    m_cudaVersion = cudaVersion;
    m_minDriver = minDriver;
    updateNotes();
}

QString GpuPicker::driverWarning() const
{
    if (m_minDriver.isEmpty() || m_mode->currentIndex() == NoneIndex)
        return {};
    const QString host = m_inventory ? m_inventory->driverVersion() : QString();
    return core::DriverVersion::tooOldMessage(host, m_cudaVersion, m_minDriver);
}

core::GpuRequest GpuPicker::request() const
{
    core::GpuRequest request;
    switch (m_mode->currentIndex()) {
    case AllIndex:
        request.mode = core::GpuRequest::Mode::All;
        break;
    case CountIndex:
    case FreeIndex:
        request.mode = core::GpuRequest::Mode::Count;
        request.count = m_count->value();
        request.freeOnly = m_mode->currentIndex() == FreeIndex;
        break;
    case SpecificIndex:
        request.mode = core::GpuRequest::Mode::Devices;
        if (m_gpus.isEmpty()) {
            const QStringList ids =
                m_ids->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
            request.deviceIds = ids;
        } else {
            for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
                if (it.value()->isChecked())
                    request.deviceIds << indexId(it.key());
            }
            request.deviceIds << m_otherIds;
        }
        break;
    default:
        break;
    }
    if (request.mode != core::GpuRequest::Mode::None) {
        // Options the picker has no controls for (from an imported command) go back out unchanged.
        request.capabilities = m_capabilities;
        request.driver = m_driverName;
    }
    return request;
}

void GpuPicker::setRequest(const core::GpuRequest &request)
{
    m_updating = true;
    // A request without devices leaves the ticks to preselection again when the user turns to Specific GPUs.
    m_touched = false;
    m_capabilities = request.capabilities;
    m_driverName = request.driver;
    switch (request.mode) {
    case core::GpuRequest::Mode::None:
        m_mode->setCurrentIndex(NoneIndex);
        break;
    case core::GpuRequest::Mode::All:
        m_mode->setCurrentIndex(AllIndex);
        break;
    case core::GpuRequest::Mode::Count:
        m_count->setValue(request.count);
        m_mode->setCurrentIndex(request.freeOnly ? FreeIndex : CountIndex);
        break;
    case core::GpuRequest::Mode::Devices: {
        m_touched = true;
        m_otherIds.clear();
        QList<int> wanted;
        for (const QString &id : request.deviceIds) {
            const int index = core::GpuAllocation::resolve(id, m_gpus);
            if (index >= 0 && m_boxes.contains(index))
                wanted << index;
            else
                m_otherIds << id;
        }
        for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
            it.value()->setChecked(wanted.contains(it.key()));
        m_ids->setText(request.deviceIds.join(QLatin1Char(',')));
        m_mode->setCurrentIndex(SpecificIndex);
        break;
    }
    }
    m_updating = false;
    updateVisibility();
    updateNotes();
}

QList<int> GpuPicker::checkedGpus() const
{
    QList<int> checked;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        if (it.value()->isChecked())
            checked << it.key();
    }
    return checked;
}

QString GpuPicker::problem() const
{
    const core::GpuRequest chosen = request();
    if (chosen.mode == core::GpuRequest::Mode::Devices && chosen.deviceIds.isEmpty())
        return tr("Tick at least one GPU, or choose another GPU option.");
    if (chosen.mode != core::GpuRequest::Mode::None && m_capabilityKnown && m_capability.isUnavailable())
        return m_capability.reason();
    return {};
}

QString GpuPicker::sharingWarning() const
{
    const core::GpuRequest chosen = request();
    QStringList busy;
    auto describe = [this](int index) {
        if (m_allocation.isFree(index))
            return tr("GPU %1 (busy outside containers)").arg(index);
        return tr("GPU %1 (%2)").arg(index).arg(GpuFormat::holders(m_allocation.holdersOf(index), m_owners));
    };
    auto taken = [this](int index) { return !m_allocation.isFree(index) || m_allocation.looksBusy(index); };
    switch (chosen.mode) {
    case core::GpuRequest::Mode::None:
        return {};
    case core::GpuRequest::Mode::Devices:
        for (const QString &id : chosen.deviceIds) {
            const int index = core::GpuAllocation::resolve(id, m_gpus);
            if (index >= 0 && taken(index))
                busy << describe(index);
        }
        if (busy.isEmpty())
            return {};
        return tr("The chosen GPUs are in use: %1. Sharing a GPU slows both runs, and either can run out of GPU "
                  "memory.")
            .arg(busy.join(QStringLiteral("; ")));
    case core::GpuRequest::Mode::All:
        for (const core::GpuInfo &gpu : m_gpus) {
            if (taken(gpu.index))
                busy << describe(gpu.index);
        }
        if (m_gpus.isEmpty()) {
            for (int index : m_allocation.heldGpus())
                busy << describe(index);
        }
        if (!m_allocation.unplacedHolds().isEmpty())
            busy << tr("%n GPU(s) requested by number", nullptr, m_allocation.unplacedCount());
        if (busy.isEmpty())
            return {};
        return tr("All GPUs includes GPUs in use: %1. Sharing a GPU slows both runs, and either can run out of GPU "
                  "memory.")
            .arg(busy.join(QStringLiteral("; ")));
    case core::GpuRequest::Mode::Count: {
        if (chosen.freeOnly)
            return {}; // named at Run among the free ones
        // Docker's NVIDIA driver turns "--gpus N" into GPUs 0..N-1, free or not (moby daemon/nvidia_linux.go).
        for (int index = 0; index < chosen.count; ++index) {
            if (taken(index))
                busy << describe(index);
        }
        if (busy.isEmpty())
            return {};
        return tr("Docker gives a number of GPUs as GPUs 0 to %1, whether or not they are free, and some are in "
                  "use: %2. Choose specific GPUs to use free ones.")
            .arg(chosen.count - 1)
            .arg(busy.join(QStringLiteral("; ")));
    }
    }
    return {};
}

bool GpuPicker::confirmSharing(QWidget *dialogParent)
{
    const QString warning = sharingWarning();
    if (warning.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Share GPUs?"), warning, QMessageBox::NoButton,
                    dialogParent ? dialogParent : this);
    box.setObjectName(QStringLiteral("gpuSharingConfirmation"));
    box.setInformativeText(tr("Run on these GPUs anyway?"));
    QPushButton *run = box.addButton(tr("Run anyway"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(run);
}

void GpuPicker::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_inventory)
        m_inventory->watch(this);
    if (m_holders)
        m_holders->watch(this);
}

void GpuPicker::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_inventory)
        m_inventory->unwatch(this);
    if (m_holders)
        m_holders->unwatch(this);
}

void GpuPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GpuPicker::retranslate()
{
    m_mode->setItemText(NoneIndex, tr("No GPU"));
    m_mode->setItemText(AllIndex, tr("All GPUs"));
    m_mode->setItemText(CountIndex, tr("A number of GPUs"));
    m_mode->setItemText(SpecificIndex, tr("Specific GPUs"));
    m_mode->setItemText(FreeIndex, tr("A number of free GPUs"));
    m_mode->setItemData(FreeIndex,
                        tr("Berth chooses free, idle GPUs on the server when you press Run, and the launch records "
                           "the GPUs it got (--gpus device=…)."),
                        Qt::ToolTipRole);
    m_mode->setToolTip(tr("Which GPUs the container gets (docker run --gpus)"));
    m_count->setSuffix(tr(" GPU(s)"));
    m_idsLabel->setText(tr("GPU indexes or UUIDs:"));
    m_ids->setPlaceholderText(tr("e.g. 0,1"));
    refreshData();
}

void GpuPicker::refreshData()
{
    const core::GpuInventory::Snapshot snapshot =
        m_inventory ? m_inventory->snapshot() : core::GpuInventory::Snapshot{};
    const QList<core::GpuHold> holds = m_holders ? m_holders->holds() : QList<core::GpuHold>{};
    m_gpus = snapshot.gpus;
    m_allocation = core::GpuAllocation::compute(holds, m_gpus, m_policy);

    m_updating = true;
    QList<int> indexes;
    for (const core::GpuInfo &gpu : std::as_const(m_gpus))
        indexes << gpu.index;
    if (indexes != m_boxes.keys()) {
        // The set of GPUs changed (first inventory, or a GPU lost): rebuild the rows, keeping ticks by index.
        const QList<int> previouslyChecked = checkedGpus();
        while (QLayoutItem *item = m_listLayout->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        m_boxes.clear();
        m_holderLabels.clear();
        for (int index : std::as_const(indexes)) {
            // Two lines per GPU: the tick with the GPU, then who holds it, indented under the text.
            auto *row = new QWidget(m_list);
            auto *rowLayout = new QVBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 2);
            rowLayout->setSpacing(0);
            auto *box = new QCheckBox(row);
            box->setChecked(previouslyChecked.contains(index));
            auto *holder = new QLabel(row);
            holder->setTextFormat(Qt::PlainText);
            holder->setWordWrap(true);
            holder->setIndent(box->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, box) +
                              box->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, box));
            rowLayout->addWidget(box);
            rowLayout->addWidget(holder);
            m_listLayout->addWidget(row);
            m_boxes.insert(index, box);
            m_holderLabels.insert(index, holder);
            connect(box, &QCheckBox::toggled, this, [this] {
                if (m_updating)
                    return;
                m_touched = true;
                updateNotes();
                emitChanged();
            });
        }
        // Ids that were waiting for the inventory (a request set before nvidia-smi answered) find their boxes now.
        QStringList stillOther;
        for (const QString &id : std::as_const(m_otherIds)) {
            const int index = core::GpuAllocation::resolve(id, m_gpus);
            if (index >= 0 && m_boxes.contains(index))
                m_boxes.value(index)->setChecked(true);
            else
                stillOther << id;
        }
        m_otherIds = stillOther;
    }
    for (const core::GpuInfo &gpu : std::as_const(m_gpus)) {
        QCheckBox *box = m_boxes.value(gpu.index);
        box->setText(GpuFormat::title(gpu) + QStringLiteral(" · ") +
                     GpuFormat::memory(gpu.memoryUsedMiB, gpu.memoryTotalMiB));
        box->setToolTip(gpu.uuid);
        QLabel *holder = m_holderLabels.value(gpu.index);
        holder->setText(holderText(gpu.index));
        const bool idle = m_allocation.isFree(gpu.index) && !m_allocation.looksBusy(gpu.index);
        GpuFormat::setTone(holder, idle ? GpuFormat::Tone::Good : GpuFormat::Tone::Warning);
    }
    m_updating = false;
    if (!m_touched && m_mode->currentIndex() == SpecificIndex)
        preselectFree();
    updateVisibility();
    updateNotes();
}

QString GpuPicker::holderText(int gpuIndex) const
{
    if (m_allocation.looksBusy(gpuIndex))
        return tr("busy outside containers");
    if (m_allocation.isFree(gpuIndex))
        return tr("free");
    return tr("in use by %1").arg(GpuFormat::holders(m_allocation.holdersOf(gpuIndex), m_owners));
}

void GpuPicker::preselectFree()
{
    m_updating = true;
    // Free and idle: a GPU no container holds can still be busy with a program outside Docker.
    const QList<int> idle = m_allocation.idleFreeGpus();
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        it.value()->setChecked(idle.contains(it.key()));
    m_updating = false;
}

void GpuPicker::updateVisibility()
{
    const int mode = m_mode->currentIndex();
    m_count->setVisible(mode == CountIndex || mode == FreeIndex);
    const bool showList = mode != NoneIndex && !m_boxes.isEmpty();
    m_list->setVisible(showList);
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setEnabled(mode == SpecificIndex);
    const bool typeIds = mode == SpecificIndex && m_boxes.isEmpty();
    m_idsLabel->setVisible(typeIds);
    m_ids->setVisible(typeIds);
}

void GpuPicker::updateNotes()
{
    const int mode = m_mode->currentIndex();
    const bool wantsGpu = mode != NoneIndex;

    // Engine capability: worth a line whenever GPUs are asked for, loud when they cannot be given.
    if (wantsGpu && m_capabilityKnown) {
        using State = core::GpuCapability::State;
        switch (m_capability.state()) {
        case State::Available:
            m_capabilityLabel->setText(tr("This engine can give GPUs. %1").arg(m_capability.reason()));
            GpuFormat::setTone(m_capabilityLabel, GpuFormat::Tone::Good);
            break;
        case State::Unavailable:
            m_capabilityLabel->setText(m_capability.reason());
            GpuFormat::setTone(m_capabilityLabel, GpuFormat::Tone::Error);
            break;
        case State::Unknown:
            m_capabilityLabel->setText(
                tr("Whether this engine can give GPUs is not known. %1").arg(m_capability.reason()));
            GpuFormat::setTone(m_capabilityLabel, GpuFormat::Tone::Muted);
            break;
        }
        m_capabilityLabel->show();
    } else {
        m_capabilityLabel->hide();
    }

    const core::GpuInventory::Snapshot snapshot =
        m_inventory ? m_inventory->snapshot() : core::GpuInventory::Snapshot{};
    QStringList notes;
    if (wantsGpu && snapshot.state != core::GpuInventory::State::Ready &&
        snapshot.state != core::GpuInventory::State::NotQueried)
        notes << core::GpuInventory::describe(snapshot);
    if (wantsGpu && mode == SpecificIndex && !m_otherIds.isEmpty())
        notes << tr("Not GPUs of this computer: %1").arg(m_otherIds.join(QStringLiteral(", ")));
    if (mode == FreeIndex) {
        const int wanted = m_count->value();
        if (m_gpus.isEmpty()) {
            notes << tr("Berth chooses %n free GPU(s) on the server when you press Run.", nullptr, wanted);
        } else {
            const int idle = int(m_allocation.idleFreeGpus().size());
            notes << (idle >= wanted
                          ? tr("Berth chooses %n free GPU(s) when you press Run; %1 are free now.", nullptr, wanted)
                                .arg(idle)
                          : tr("Only %1 of the %n GPU(s) asked for are free now; Run fails unless more are free "
                               "by then.",
                               nullptr, wanted)
                                .arg(idle));
        }
    }
    if (wantsGpu && !m_allocation.unplacedHolds().isEmpty())
        notes << tr("%n more GPU(s) are held by containers that asked for a number of GPUs.", nullptr,
                    m_allocation.unplacedCount());
    m_inventoryNote->setText(notes.join(QLatin1Char('\n')));
    m_inventoryNote->setVisible(!notes.isEmpty());

    m_remote->setText(GpuFormat::remoteEngineNote(m_remoteHost));
    m_remote->setVisible(wantsGpu && !m_remoteHost.isEmpty());

    const QString sharing = sharingWarning();
    m_sharing->setText(sharing);
    m_sharing->setVisible(!sharing.isEmpty());

    const QString driver = driverWarning();
    m_driver->setText(driver);
    m_driver->setVisible(!driver.isEmpty());
}

void GpuPicker::emitChanged()
{
    if (!m_updating)
        Q_EMIT requestChanged(request());
}

} // namespace berth::ui
