// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/models.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace berth::ui {

// The engine's volumes for the volumes page: driver, creation time, size (from /system/df, which may arrive later
// or never) and the containers that use each.
class VolumeListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeListModel)
public:
    enum Column { NameColumn, OwnerColumn, DriverColumn, CreatedColumn, SizeColumn, UsedByColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: names, QDateTime, bytes, number of users
        NameRole,
        InUseRole,
        MineRole, // "mine" when the volume's owner label names the current user, else "other"
    };

    struct User
    {
        QString name;  // container name
        QString state; // running, exited, …
        QString owner; // owner label, empty when the container was not started by Berth
    };
    struct Entry
    {
        core::VolumeInfo info;
        QList<User> users;
        qint64 size = -1; // -1: unknown
    };

    explicit VolumeListModel(QObject *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    // Sizes by volume name from /system/df; volumes it does not list stay unknown.
    void setSizes(const QHash<QString, qint64> &sizes);
    void setSizesPending(bool pending);
    const QList<Entry> &entries() const { return m_entries; }
    int rowOf(const QString &name) const;
    Entry entry(int row) const { return m_entries.at(row); }

    static QString usersText(const QList<User> &users); // "train-1 (alice), notebook"
    static QString ownerOf(const Entry &entry);         // the berth.owner label, empty when unknown
    bool isMine(const Entry &entry) const { return !m_user.isEmpty() && ownerOf(entry) == m_user; }
    void setUserName(const QString &user) { m_user = user; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    QList<Entry> m_entries;
    QString m_user;
    bool m_sizesPending = false;
};

} // namespace berth::ui
