// SPDX-License-Identifier: Apache-2.0
#include "mountitemdelegate.h"

#include "mounttablemodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QStyle>

namespace berth::ui {

using core::MountSpec;

MountItemDelegate::MountItemDelegate(QAbstractItemModel *volumeNames, QObject *parent)
    : QStyledItemDelegate(parent), m_volumeNames(volumeNames)
{
}

QWidget *MountItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    const auto spec = index.data(MountTableModel::SpecRole).value<MountSpec>();
    switch (index.column()) {
    case MountTableModel::TypeColumn: {
        auto *combo = new QComboBox(parent);
        for (MountSpec::Type type : {MountSpec::Type::Bind, MountSpec::Type::Volume, MountSpec::Type::Tmpfs})
            combo->addItem(MountTableModel::typeLabel(type), int(type));
        // Apply each choice at once, so the row's other cells follow; arrow keys may pass through several types
        // before the editor closes, which is harmless since each is a complete row.
        connect(combo, &QComboBox::activated, this,
                [this, combo] { Q_EMIT const_cast<MountItemDelegate *>(this)->commitData(combo); });
        return combo;
    }
    case MountTableModel::SourceColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setFrame(false);
        if (spec.type == MountSpec::Type::Bind) {
            edit->setPlaceholderText(tr("/path/on/host"));
            QAction *browse = edit->addAction(QApplication::style()->standardIcon(QStyle::SP_DirOpenIcon),
                                              QLineEdit::TrailingPosition);
            browse->setToolTip(tr("Choose a folder…"));
            const QPersistentModelIndex persistent(index);
            connect(browse, &QAction::triggered, this, [this, persistent] {
                auto *self = const_cast<MountItemDelegate *>(this);
                Q_EMIT self->browseRequested(persistent);
            });
        } else {
            edit->setPlaceholderText(tr("volume name, new or existing"));
            auto *completer = new QCompleter(m_volumeNames, edit);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
            edit->setCompleter(completer);
        }
        return edit;
    }
    case MountTableModel::TargetColumn:
    case MountTableModel::SizeColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setFrame(false);
        edit->setPlaceholderText(index.column() == MountTableModel::TargetColumn ? tr("/path/in/container")
                                                                                 : tr("e.g. 64m or 1g"));
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void MountItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void MountItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, edit->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace berth::ui
