// SPDX-License-Identifier: Apache-2.0
#include "imagetablemodel.h"

#include "engine/bytesize.h"
#include "tags/relativetime.h"

#include <QLocale>

namespace berth::ui {

ImageTableModel::ImageTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImageTableModel::setImages(QList<core::ImageUsage> images, const QDateTime &now)
{
    beginResetModel();
    m_images = std::move(images);
    m_now = now;
    endResetModel();
}

int ImageTableModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_images.size(); ++i) {
        if (m_images.at(i).image.id == id)
            return int(i);
    }
    return -1;
}

int ImageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_images.size());
}

int ImageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImageTableModel::usersText(const core::ImageUsage &u) const
{
    if (u.users.isEmpty())
        return u.image.containers > 0 ? tr("%n container(s)", nullptr, u.image.containers) : QString();
    QStringList names;
    for (const core::ImageUsage::User &user : u.users)
        names << user.name;
    return names.join(QLatin1String(", "));
}

QVariant ImageTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_images.size())
        return {};
    const core::ImageUsage &u = m_images.at(index.row());
    if (role == IdRole)
        return u.image.id;
    if (role == FilterRole)
        return QString(u.image.repoTags.join(QLatin1Char(' ')) + QLatin1Char(' ') + u.image.id + QLatin1Char(' ') +
                       usersText(u));
    const QLocale locale;
    if (role == SortRole) {
        switch (index.column()) {
        case Tags:
            return u.image.repoTags.isEmpty() ? QStringLiteral("\U0010FFFF") : u.image.repoTags.first().toLower();
        case Id:
            return u.image.id;
        case Size:
            return u.image.size;
        case Created:
            return u.image.created;
        case LastUsed:
            return u.running ? m_now.addYears(1) : u.lastUsed;
        case Containers:
            return int(u.users.size());
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Tags:
            return u.image.repoTags.isEmpty() ? tr("(untagged)") : u.image.repoTags.join(QLatin1String(", "));
        case Id:
            return u.image.id.mid(u.image.id.indexOf(QLatin1Char(':')) + 1, 12);
        case Size:
            return u.image.size >= 0 ? core::ByteSize::format(u.image.size) : QString();
        case Created:
            return u.image.created.isValid() ? RelativeTime::describe(u.image.created, m_now) : QString();
        case LastUsed:
            if (u.running)
                return tr("in use now");
            return u.lastUsed.isValid() ? RelativeTime::describe(u.lastUsed, m_now) : tr("never");
        case Containers:
            return usersText(u);
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Size:
            return u.image.sharedSize >= 0
                       ? tr("%1 in all, of which %2 shared with other images")
                             .arg(core::ByteSize::format(u.image.size), core::ByteSize::format(u.image.sharedSize))
                       : QVariant();
        case Created:
        case LastUsed: {
            const QDateTime t = index.column() == Created ? u.image.created : u.lastUsed;
            return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::LongFormat) : QVariant();
        }
        case Tags:
            return u.image.repoTags.join(QLatin1Char('\n'));
        case Id:
            return u.image.id;
        case Containers: {
            QStringList lines;
            for (const core::ImageUsage::User &user : u.users)
                lines << tr("%1 (%2)").arg(user.name, user.state);
            return lines.join(QLatin1Char('\n'));
        }
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Tags:
        return tr("Image");
    case Id:
        return tr("ID");
    case Size:
        return tr("Size");
    case Created:
        return tr("Created");
    case LastUsed:
        return tr("Last used");
    case Containers:
        return tr("Containers");
    }
    return {};
}

void ImageTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_images.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_images.size()) - 1, ColumnCount - 1));
}

} // namespace berth::ui
