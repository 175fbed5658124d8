// SPDX-License-Identifier: Apache-2.0
#include "servercard.h"

#include "common/errortext.h"
#include "gpu/gpuallocation.h"
#include "gpu/gpuformat.h"
#include "tags/relativetime.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace berth::ui {

ServerCard::ServerCard(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_state(new QLabel(this)), m_engine(new QLabel(this)),
      m_gpus(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    for (QLabel *l : {m_title, m_state, m_engine, m_gpus}) {
        l->setTextFormat(Qt::PlainText); // names, owners and errors are other people's text
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(m_engine);
    layout->addWidget(m_gpus);
    layout->addStretch(1);
    retranslate();
}

void ServerCard::setStatus(const core::ServerStatus &status, const core::OwnerPolicy &owners)
{
    m_status = status;
    m_owners = owners;
    retranslate();
}

QString ServerCard::stateText() const
{
    return m_state->text();
}

QString ServerCard::gpuText() const
{
    return m_gpus->text();
}

void ServerCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ServerCard::retranslate()
{
    const core::ServerStatus &s = m_status;
    m_title->setText(s.name.isEmpty() ? QString() : tr("%1 · %2").arg(s.name, s.host));
    if (!s.checked && !s.reachable) {
        m_state->setText(tr("Asking…"));
        GpuFormat::setTone(m_state, GpuFormat::Tone::Muted);
    } else if (s.reachable) {
        m_state->setText(s.elapsedMs >= 0 ? tr("Reachable (answered in %1 ms)").arg(s.elapsedMs) : tr("Reachable"));
        GpuFormat::setTone(m_state, GpuFormat::Tone::Good);
    } else {
        const ErrorText::Text text = ErrorText::describe(s.error, s.host);
        m_state->setText(tr("Not reachable: %1 %2").arg(text.title, text.advice).trimmed());
        m_state->setToolTip(text.detail);
        GpuFormat::setTone(m_state, GpuFormat::Tone::Error);
    }
    QStringList engine;
    if (!s.engineVersion.isEmpty())
        engine << tr("Docker Engine %1 (API %2)").arg(s.engineVersion, s.apiVersion);
    if (s.running >= 0)
        engine << tr("%1 running of %n container(s)", nullptr, s.total).arg(s.running);
    m_engine->setText(engine.join(QStringLiteral(" · ")));
    m_engine->setVisible(!engine.isEmpty());

    QStringList lines;
    switch (s.gpuState) {
    case core::ServerStatus::GpuState::Pending:
        lines << tr("GPUs: asking nvidia-smi…");
        break;
    case core::ServerStatus::GpuState::Unknown:
        lines << tr("GPUs: unknown (Berth cannot run nvidia-smi on this server, e.g. a tcp:// engine)");
        break;
    case core::ServerStatus::GpuState::NotInstalled:
        lines << tr("GPUs: none found (no nvidia-smi on this server)");
        break;
    case core::ServerStatus::GpuState::Failed:
        lines << tr("GPUs: nvidia-smi failed: %1").arg(s.gpuError);
        break;
    case core::ServerStatus::GpuState::Ready:
        lines << tr("GPUs: %1 of %2 free").arg(s.freeGpuCount()).arg(s.gpus.size());
        break;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const core::ServerStatus::Gpu &g : s.gpus) {
        QString line =
            tr("%1 · %2 · %3")
                .arg(GpuFormat::title(g.info), GpuFormat::memory(g.info.memoryUsedMiB, g.info.memoryTotalMiB),
                     GpuFormat::utilization(g.info.utilizationPercent));
        QStringList who;
        for (const core::GpuHold &h : g.holders)
            who << (h.since.isValid()
                        ? tr("%1, since %2").arg(GpuFormat::holder(h, m_owners), RelativeTime::describe(h.since, now))
                        : GpuFormat::holder(h, m_owners));
        // Held by no container but working hard (a process outside Docker): not counted free, and said so.
        if (who.isEmpty())
            line += core::GpuAllocation::looksBusy(g.info) ? tr(" · busy outside containers") : tr(" · free");
        else
            line += QStringLiteral(" · ") + who.join(QStringLiteral("; "));
        if (g.idleSecs >= 0)
            line += tr(" · IDLE %1").arg(GpuFormat::duration(g.idleSecs));
        lines << line;
    }
    for (const core::GpuHold &h : s.unplacedHolders)
        lines << tr("%1 holds %n GPU(s) without naming them", nullptr, h.count).arg(GpuFormat::holder(h, m_owners));
    m_gpus->setText(lines.join(QLatin1Char('\n')));
}

} // namespace berth::ui
