// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "disk/imageusage.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace berth::ui {

// The Disk page's images: tags, size, age, last use and the containers made from each.
class ImageTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageTableModel)
public:
    enum Column { Tags, Id, Size, Created, LastUsed, Containers, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, FilterRole };

    explicit ImageTableModel(QObject *parent = nullptr);

    void setImages(QList<core::ImageUsage> images, const QDateTime &now = QDateTime::currentDateTimeUtc());
    const QList<core::ImageUsage> &images() const { return m_images; }
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void retranslate();

private:
    QString usersText(const core::ImageUsage &u) const;

    QList<core::ImageUsage> m_images;
    QDateTime m_now;
};

} // namespace berth::ui
