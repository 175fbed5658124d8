// SPDX-License-Identifier: Apache-2.0
#include "volumelistmodel.h"

#include "engine/berthlabels.h"
#include "engine/bytesize.h"
#include "launch/createbodybuilder.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>
#include <QStyle>

namespace berth::ui {

VolumeListModel::VolumeListModel(QObject *parent)
    : QAbstractTableModel(parent), m_user(core::CreateBodyBuilder::currentUserName())
{
}

QString VolumeListModel::ownerOf(const Entry &entry)
{
    // Volumes made by Berth 0.1 carry the older label name.
    return entry.info.labels.value(QLatin1String(core::BerthLabels::Owner),
                                   entry.info.labels.value(QLatin1String(core::BerthLabels::LegacyOwner)));
}

void VolumeListModel::setEntries(const QList<Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void VolumeListModel::setSizes(const QHash<QString, qint64> &sizes)
{
    for (Entry &e : m_entries)
        e.size = sizes.value(e.info.name, e.info.size);
    m_sizesPending = false;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, SizeColumn), index(int(m_entries.size()) - 1, SizeColumn));
}

void VolumeListModel::setSizesPending(bool pending)
{
    if (m_sizesPending == pending)
        return;
    m_sizesPending = pending;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, SizeColumn), index(int(m_entries.size()) - 1, SizeColumn));
}

int VolumeListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).info.name == name)
            return i;
    }
    return -1;
}

QString VolumeListModel::usersText(const QList<User> &users)
{
    QStringList parts;
    for (const User &u : users)
        parts.append(u.owner.isEmpty() ? u.name : tr("%1 (%2)").arg(u.name, u.owner));
    return parts.join(QLatin1String(", "));
}

int VolumeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int VolumeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VolumeListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(index.row());
    const QLocale locale;

    if (role == NameRole)
        return e.info.name;
    if (role == InUseRole)
        return !e.users.isEmpty();
    if (role == MineRole)
        return isMine(e) ? QStringLiteral("mine") : QStringLiteral("other");
    if (role == SortRole) {
        switch (index.column()) {
        case NameColumn:
            return e.info.name.toLower();
        case OwnerColumn:
            return ownerOf(e);
        case DriverColumn:
            return e.info.driver;
        case CreatedColumn:
            return e.info.created;
        case SizeColumn:
            return e.size;
        case UsedByColumn:
            return int(e.users.size());
        default:
            return {};
        }
    }

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return e.info.name;
        case OwnerColumn: {
            const QString owner = ownerOf(e);
            return owner.isEmpty() ? tr("—") : owner;
        }
        case DriverColumn:
            return e.info.driver;
        case CreatedColumn:
            return e.info.created.isValid() ? locale.toString(e.info.created.toLocalTime(), QLocale::ShortFormat)
                                            : QString();
        case SizeColumn:
            if (e.size >= 0)
                return core::ByteSize::format(e.size);
            return m_sizesPending ? tr("measuring…") : tr("unknown");
        case UsedByColumn:
            return e.users.isEmpty() ? tr("not used") : usersText(e.users);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if ((index.column() == SizeColumn && e.size < 0) || (index.column() == UsedByColumn && e.users.isEmpty()) ||
            (index.column() == OwnerColumn && ownerOf(e).isEmpty()))
            return QApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return QApplication::style()->standardIcon(QStyle::SP_DriveHDIcon);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn: {
            QStringList lines{e.info.name};
            if (!e.info.mountpoint.isEmpty())
                lines.append(tr("On the host at %1").arg(e.info.mountpoint));
            const QString owner = core::BerthLabels::owner(e.info.labels);
            if (!owner.isEmpty())
                lines.append(tr("Created by %1").arg(owner));
            return lines.join(QLatin1Char('\n'));
        }
        case OwnerColumn:
            if (ownerOf(e).isEmpty())
                return tr("Not created by Berth (for example with docker volume create), so its owner is unknown.");
            return {};
        case SizeColumn:
            if (e.size < 0 && !m_sizesPending)
                return tr("The engine did not report a size for this volume.");
            return {};
        case UsedByColumn: {
            if (e.users.isEmpty())
                return tr("No container uses this volume; it can be removed.");
            QStringList lines;
            for (const User &u : e.users) {
                lines.append(u.owner.isEmpty() ? tr("%1: %2").arg(u.name, u.state)
                                               : tr("%1: %2, started by %3").arg(u.name, u.state, u.owner));
            }
            return lines.join(QLatin1Char('\n'));
        }
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant VolumeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Volume");
    case OwnerColumn:
        return tr("Owner");
    case DriverColumn:
        return tr("Driver");
    case CreatedColumn:
        return tr("Created");
    case SizeColumn:
        return tr("Size");
    case UsedByColumn:
        return tr("Used by");
    default:
        return {};
    }
}

void VolumeListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

} // namespace berth::ui
