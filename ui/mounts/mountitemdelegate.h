// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

class QAbstractItemModel;

namespace berth::ui {

// Editors for the mount table: a type chooser, a host folder field with a folder button, a volume name field that
// completes from the engine's volumes (new names allowed), plain fields for the container path and tmpfs size.
class MountItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MountItemDelegate)
public:
    explicit MountItemDelegate(QAbstractItemModel *volumeNames, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

Q_SIGNALS:
    // The folder button of a host folder field: the editor opens a folder picker for that row.
    void browseRequested(const QPersistentModelIndex &index);

private:
    QAbstractItemModel *m_volumeNames;
};

} // namespace berth::ui
