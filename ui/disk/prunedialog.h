// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "disk/pruneplan.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace berth::ui {

// Asks before a prune: what it will remove, item by item, and how much space that frees.
class PruneDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PruneDialog)
public:
    PruneDialog(const core::PrunePlan &plan, const QString &server, QWidget *parent = nullptr);

    static QString title(const core::PrunePlan &plan);
    // One line per item, as listed.
    QStringList itemLines() const { return m_lines; }
    QString summaryText() const;

private:
    QStringList m_lines;
    QLabel *m_summary;
    QPlainTextEdit *m_list;
};

} // namespace berth::ui
