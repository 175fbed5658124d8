// SPDX-License-Identifier: Apache-2.0
#include "gpupanel.h"

#include "common/childsignals.h"
#include "gpu/gpuholderscanner.h"
#include "gpu/gpuinventory.h"
#include "gpucard.h"
#include "gpuformat.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

namespace berth::ui {

namespace {
constexpr int CardMinWidth = 340;
}

GpuPanel::GpuPanel(core::GpuInventory *inventory, core::GpuHolderScanner *holders, QWidget *parent)
    : QWidget(parent), m_inventory(inventory), m_holders(holders), m_title(new QLabel(this)),
      m_summary(new QLabel(this)), m_remote(new QLabel(this)), m_message(new QLabel(this)),
      m_holdersNote(new QLabel(this)), m_scroll(new QScrollArea(this)), m_cardsHost(new QWidget),
      m_grid(new QGridLayout(m_cardsHost))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_summary, m_remote, m_message, m_holdersNote}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    GpuFormat::setTone(m_summary, GpuFormat::Tone::Muted);
    GpuFormat::setTone(m_remote, GpuFormat::Tone::Warning);

    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(8);
    m_grid->setAlignment(Qt::AlignTop);
    m_scroll->setWidget(m_cardsHost);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_summary, 1);
    layout->addLayout(header);
    layout->addWidget(m_remote);
    layout->addWidget(m_message);
    layout->addWidget(m_holdersNote);
    layout->addWidget(m_scroll, 1);
    // Without cards (no nvidia-smi, or it failed) the messages stay at the top instead of spreading out.
    layout->addStretch(0);

    if (m_inventory)
        connect(m_inventory, &core::GpuInventory::updated, this, &GpuPanel::rebuild);
    if (m_holders)
        connect(m_holders, &core::GpuHolderScanner::updated, this, &GpuPanel::rebuild);
    rebuild();
}

GpuPanel::~GpuPanel()
{
    disconnectChildSignals(this);
}

void GpuPanel::setOwnerPolicy(const core::OwnerPolicy &owners)
{
    m_owners = owners;
    rebuild();
}

void GpuPanel::setHolderPolicy(core::GpuAllocation::Policy policy)
{
    m_policy = policy;
    rebuild();
}

void GpuPanel::setEngineEndpoint(const core::Endpoint &endpoint)
{
    // nvidia-smi runs on an ssh engine's server; only a tcp engine's GPUs cannot be asked.
    m_remoteHost = endpoint.scheme() == core::Endpoint::Scheme::Tcp ? endpoint.host() : QString();
    rebuild();
}

void GpuPanel::setIdleThreshold(qint64 secs)
{
    m_idleSecs = secs;
    rebuild();
}

QString GpuPanel::messageText() const
{
    return m_message->isHidden() ? m_summary->text() : m_message->text();
}

void GpuPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_inventory)
        m_inventory->watch(this);
    if (m_holders)
        m_holders->watch(this);
}

void GpuPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_inventory)
        m_inventory->unwatch(this);
    if (m_holders)
        m_holders->unwatch(this);
}

void GpuPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void GpuPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (columnsForWidth(event->size().width()) != m_columns)
        layoutCards();
}

int GpuPanel::columnsForWidth(int width) const
{
    return std::clamp(width / CardMinWidth, 1, 4);
}

void GpuPanel::rebuild()
{
    m_title->setText(tr("GPUs"));
    const core::GpuInventory::Snapshot snapshot =
        m_inventory ? m_inventory->snapshot() : core::GpuInventory::Snapshot{};
    const QList<core::GpuHold> holds = m_holders ? m_holders->holds() : QList<core::GpuHold>{};
    m_allocation = core::GpuAllocation::compute(holds, snapshot.gpus, m_policy);

    m_remote->setVisible(!m_remoteHost.isEmpty());
    m_remote->setText(GpuFormat::remoteEngineNote(m_remoteHost));

    using State = core::GpuInventory::State;
    switch (snapshot.state) {
    case State::NotQueried:
    case State::Ready:
        m_message->hide();
        m_summary->setText(core::GpuInventory::describe(snapshot) +
                           (snapshot.updatedAt.isValid()
                                ? tr(" · updated %1").arg(snapshot.updatedAt.toString(QStringLiteral("HH:mm:ss")))
                                : QString()));
        break;
    case State::NotInstalled:
        m_summary->clear();
        m_message->setText(tr("nvidia-smi was not found on this computer, so its GPUs cannot be shown. If this "
                              "computer has an NVIDIA GPU, install the NVIDIA driver."));
        GpuFormat::setTone(m_message, GpuFormat::Tone::Plain);
        m_message->show();
        break;
    case State::Failed:
        m_summary->clear();
        m_message->setText(snapshot.exitCode > 0
                               ? tr("nvidia-smi failed (exit code %1): %2").arg(snapshot.exitCode).arg(snapshot.error)
                               : tr("nvidia-smi failed: %1").arg(snapshot.error));
        GpuFormat::setTone(m_message, GpuFormat::Tone::Error);
        m_message->show();
        break;
    }

    QStringList notes;
    if (m_holders && m_holders->error().isError())
        notes << tr("Could not read which containers use GPUs: %1").arg(m_holders->error().message());
    for (const core::GpuHold &hold : m_allocation.unplacedHolds())
        notes << tr("%1 asked for %n GPU(s) without naming them; which ones is not shown (Docker's NVIDIA driver "
                    "gives such a request the first %n: GPU 0 and up).",
                    nullptr, hold.count)
                     .arg(GpuFormat::holder(hold, m_owners));
    if (!m_allocation.unresolvedIds().isEmpty())
        notes << tr("GPUs requested that this computer does not have: %1")
                     .arg(m_allocation.unresolvedIds().join(QStringLiteral(", ")));
    if (snapshot.gpus.isEmpty()) {
        // Without an inventory the holders are still worth showing, by the ids they asked for.
        for (int index : m_allocation.heldGpus())
            notes << tr("GPU %1: %2").arg(index).arg(GpuFormat::holders(m_allocation.holdersOf(index), m_owners));
    }
    m_holdersNote->setText(notes.join(QLatin1Char('\n')));
    m_holdersNote->setVisible(!notes.isEmpty());
    GpuFormat::setTone(m_holdersNote,
                       m_holders && m_holders->error().isError() ? GpuFormat::Tone::Error : GpuFormat::Tone::Plain);

    // Cards are kept and updated in place, so a 2-second refresh does not flicker or lose a text selection.
    while (m_cards.size() > snapshot.gpus.size())
        delete m_cards.takeLast();
    bool added = false;
    while (m_cards.size() < snapshot.gpus.size()) {
        m_cards << new GpuCard(m_cardsHost);
        added = true;
    }
    const QDateTime now = QDateTime::currentDateTime();
    for (qsizetype i = 0; i < snapshot.gpus.size(); ++i) {
        const core::GpuInfo &gpu = snapshot.gpus.at(i);
        m_cards.at(i)->setGpu(gpu, m_allocation.holdersOf(gpu.index), m_owners);
        const qint64 idle = m_inventory ? m_inventory->idleTracker().idleSeconds(gpu, now) : -1;
        m_cards.at(i)->setIdleSeconds(core::GpuIdleTracker::isIdle(idle, m_idleSecs) ? idle : -1);
    }
    m_scroll->setVisible(!m_cards.isEmpty());
    if (added || m_columns == 0)
        layoutCards();
}

void GpuPanel::layoutCards()
{
    m_columns = columnsForWidth(width());
    for (GpuCard *card : std::as_const(m_cards))
        m_grid->removeWidget(card);
    for (qsizetype i = 0; i < m_cards.size(); ++i)
        m_grid->addWidget(m_cards.at(i), int(i / m_columns), int(i % m_columns));
    for (int c = 0; c < 4; ++c)
        m_grid->setColumnStretch(c, c < m_columns ? 1 : 0);
    // Spare height goes below the last row instead of stretching every card.
    const int rows = int((m_cards.size() + m_columns - 1) / m_columns);
    const int gridRows = std::max(m_grid->rowCount(), rows + 1); // setRowStretch grows the grid: bound it first
    for (int r = 0; r < gridRows; ++r)
        m_grid->setRowStretch(r, r == rows ? 1 : 0);
}

} // namespace berth::ui
