// SPDX-License-Identifier: Apache-2.0
#include "prunedialog.h"

#include "engine/bytesize.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace berth::ui {

PruneDialog::PruneDialog(const core::PrunePlan &plan, const QString &server, QWidget *parent)
    : QDialog(parent), m_summary(new QLabel(this)), m_list(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("pruneConfirmation"));
    setWindowTitle(title(plan));
    for (const core::PrunePlan::Item &item : plan.items) {
        const QString who = plan.isImages() ? (item.tags.isEmpty() ? tr("untagged image %1").arg(item.id.mid(7, 12))
                                                                   : item.tags.join(QLatin1String(", ")))
                                            : item.name;
        m_lines << (item.size >= 0 ? tr("%1 (%2)").arg(who, core::ByteSize::format(item.size)) : who);
    }
    const int n = int(plan.items.size());
    QString what;
    switch (plan.kind) {
    case core::PrunePlan::Kind::DanglingImages:
        what = tr("These %n untagged image(s) that no container uses will be removed from %1.", nullptr, n);
        break;
    case core::PrunePlan::Kind::UnusedImages:
        what = tr("These %n image(s) that no container uses, created more than %2 days ago, will be removed "
                  "from %1. Pulling one again later downloads it again.",
                  nullptr, n)
                   .arg(QStringLiteral("%1"), QString::number(plan.olderThanDays));
        break;
    case core::PrunePlan::Kind::StoppedContainers:
        what = tr("These %n stopped container(s) will be removed from %1, with their logs and any files written "
                  "inside them.",
                  nullptr, n);
        break;
    }
    m_summary->setText(what.arg(server) + QLatin1Char(' ') +
                       tr("At least %1 is freed.").arg(core::ByteSize::format(plan.totalSize())));
    m_summary->setWordWrap(true);
    m_list->setReadOnly(true);
    m_list->setObjectName(QStringLiteral("pruneItems"));
    m_list->setPlainText(m_lines.join(QLatin1Char('\n')));
    m_list->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *remove = buttons->addButton(tr("Remove %n item(s)", nullptr, n), QDialogButtonBox::AcceptRole);
    remove->setObjectName(QStringLiteral("pruneRemove"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 380);
}

QString PruneDialog::title(const core::PrunePlan &plan)
{
    switch (plan.kind) {
    case core::PrunePlan::Kind::DanglingImages:
        return tr("Remove untagged images");
    case core::PrunePlan::Kind::UnusedImages:
        return tr("Remove unused images");
    case core::PrunePlan::Kind::StoppedContainers:
        return tr("Remove stopped containers");
    }
    return {};
}

QString PruneDialog::summaryText() const
{
    return m_summary->text();
}

} // namespace berth::ui
