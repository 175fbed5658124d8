// SPDX-License-Identifier: Apache-2.0
#include "mounttablemodel.h"

#include "common/koreanparticles.h"
#include "launch/mountvalidator.h"
#include "mounts/sizeparser.h"

#include <QApplication>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QPalette>
#include <QRegularExpression>
#include <QStyle>

#include <algorithm>

namespace berth::ui {

using core::LaunchProblem;
using core::MountSpec;
using core::SizeParser;

namespace {
QString cleanTarget(const QString &target)
{
    return target.isEmpty() ? target : QDir::cleanPath(target);
}

QString expandHome(const QString &path)
{
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

int worstSeverity(const QList<LaunchProblem> &problems)
{
    int worst = -1;
    for (const LaunchProblem &p : problems)
        worst = std::max(worst, int(p.severity));
    return worst;
}

QIcon severityIcon(int severity)
{
    if (severity < 0)
        return {};
    return QApplication::style()->standardIcon(
        severity == int(LaunchProblem::Severity::Error) ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
}

QIcon typeIcon(MountSpec::Type type, bool project)
{
    QStyle *style = QApplication::style();
    if (project)
        return style->standardIcon(QStyle::SP_DirHomeIcon);
    switch (type) {
    case MountSpec::Type::Bind:
        return style->standardIcon(QStyle::SP_DirIcon);
    case MountSpec::Type::Volume:
        return style->standardIcon(QStyle::SP_DriveHDIcon);
    case MountSpec::Type::Tmpfs:
        return style->standardIcon(QStyle::SP_DriveFDIcon);
    }
    return {};
}

LaunchProblem::Part partOf(int column)
{
    switch (column) {
    case MountTableModel::TypeColumn:
        return LaunchProblem::Part::Type;
    case MountTableModel::SourceColumn:
        return LaunchProblem::Part::Source;
    case MountTableModel::TargetColumn:
        return LaunchProblem::Part::Target;
    case MountTableModel::ReadOnlyColumn:
        return LaunchProblem::Part::ReadOnly;
    default:
        return LaunchProblem::Part::Size;
    }
}
} // namespace

MountTableModel::MountTableModel(QObject *parent) : QAbstractTableModel(parent) {}

QString MountTableModel::typeLabel(MountSpec::Type type)
{
    switch (type) {
    case MountSpec::Type::Bind:
        return tr("Host folder");
    case MountSpec::Type::Volume:
        return tr("Named volume");
    case MountSpec::Type::Tmpfs:
        return tr("tmpfs (memory)");
    }
    return {};
}

QList<MountSpec> MountTableModel::mounts() const
{
    QList<MountSpec> out;
    out.reserve(m_rows.size());
    for (const Row &row : m_rows)
        out.append(row.spec);
    return out;
}

void MountTableModel::setMounts(const QList<MountSpec> &mounts, int projectRow)
{
    beginResetModel();
    m_rows.clear();
    for (int i = 0; i < mounts.size(); ++i)
        m_rows.append(Row{mounts.at(i), QString(), i == projectRow && mounts.at(i).type == MountSpec::Type::Bind});
    m_removed.clear();
    m_problems.clear();
    endResetModel();
    Q_EMIT mountsChanged();
}

void MountTableModel::setMountAt(int row, const MountSpec &spec)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).spec == spec)
        return;
    Row &r = m_rows[row];
    r.spec = spec;
    r.badSizeText.clear();
    if (spec.type != MountSpec::Type::Bind)
        r.project = false;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Vertical, row, row);
    Q_EMIT mountsChanged();
}

int MountTableModel::insertMount(const MountSpec &spec, int row)
{
    if (row < 0 || row > m_rows.size())
        row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.insert(row, Row{spec, QString(), false});
    endInsertRows();
    clearProblems();
    Q_EMIT mountsChanged();
    return row;
}

int MountTableModel::projectRow() const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).project)
            return i;
    }
    return -1;
}

void MountTableModel::setProjectRow(int row)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const bool project = i == row && m_rows.at(i).spec.type == MountSpec::Type::Bind;
        if (m_rows.at(i).project != project) {
            m_rows[i].project = project;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}

void MountTableModel::removeRowsRemembering(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.erase(std::remove_if(rows.begin(), rows.end(), [this](int r) { return r < 0 || r >= m_rows.size(); }),
               rows.end());
    if (rows.isEmpty())
        return;
    m_removed.clear();
    for (int r : std::as_const(rows))
        m_removed.append({r, m_rows.at(r)});
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        beginRemoveRows({}, *it, *it);
        m_rows.removeAt(*it);
        endRemoveRows();
    }
    clearProblems();
    Q_EMIT mountsChanged();
}

QList<int> MountTableModel::undoRemoval()
{
    QList<int> restored;
    if (m_removed.isEmpty())
        return restored;
    // Ascending order puts each row back where it was, since the earlier ones are already in place.
    const auto removed = std::exchange(m_removed, {});
    for (const auto &[former, row] : removed) {
        const int at = std::min(former, int(m_rows.size()));
        beginInsertRows({}, at, at);
        Row back = row;
        if (back.project && projectRow() >= 0)
            back.project = false;
        m_rows.insert(at, back);
        endInsertRows();
        restored.append(at);
    }
    clearProblems();
    Q_EMIT mountsChanged();
    return restored;
}

bool MountTableModel::moveRowBy(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_rows.size() || to < 0 || to >= m_rows.size() || delta == 0)
        return false;
    return moveRows({}, row, 1, {}, delta > 0 ? to + 1 : to);
}

bool MountTableModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                               const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0 ||
        sourceRow + count > m_rows.size() || destinationChild < 0 || destinationChild > m_rows.size())
        return false;
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    QList<Row> moving = m_rows.mid(sourceRow, count);
    m_rows.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_rows.insert(insertAt + i, moving.at(i));
    endMoveRows();
    clearProblems();
    Q_EMIT mountsChanged();
    return true;
}

QList<LaunchProblem> MountTableModel::unparsedSizeProblems() const
{
    QList<LaunchProblem> out;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).badSizeText.isEmpty())
            out.append(core::MountValidator::unparsedSizeProblem(i, m_rows.at(i).badSizeText));
    }
    return out;
}

void MountTableModel::setProblems(const QList<LaunchProblem> &problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        Q_EMIT headerDataChanged(Qt::Vertical, 0, int(m_rows.size()) - 1);
    }
}

void MountTableModel::clearProblems()
{
    // Problems name rows by number; after rows move they are wrong until the editor validates again.
    setProblems({});
}

QList<LaunchProblem> MountTableModel::problemsForRow(int row) const
{
    QList<LaunchProblem> out;
    for (const LaunchProblem &p : m_problems) {
        if (p.index == row)
            out.append(p);
    }
    return out;
}

QString MountTableModel::defaultTargetFor(const QString &hostPath) const
{
    QString name = QFileInfo(QDir::cleanPath(hostPath)).fileName();
    if (name.isEmpty())
        name = QStringLiteral("host");
    return uniqueTarget(QStringLiteral("/mnt/") + name);
}

bool MountTableModel::isDerivedTarget(const QString &target, const QString &fromHostPath)
{
    if (target.isEmpty())
        return true;
    QString name = QFileInfo(QDir::cleanPath(fromHostPath)).fileName();
    if (name.isEmpty())
        name = QStringLiteral("host");
    static const QRegularExpression suffix(QStringLiteral("^-[0-9]+$"));
    const QString derived = QStringLiteral("/mnt/") + name;
    const QString clean = cleanTarget(target);
    return clean == derived || (clean.startsWith(derived) && suffix.match(clean.mid(derived.size())).hasMatch());
}

QString MountTableModel::uniqueTarget(const QString &wanted) const
{
    auto used = [this](const QString &target) {
        return std::any_of(m_rows.cbegin(), m_rows.cend(),
                           [&](const Row &r) { return cleanTarget(r.spec.target) == cleanTarget(target); });
    };
    if (!used(wanted))
        return wanted;
    for (int n = 2;; ++n) {
        const QString candidate = wanted + QLatin1Char('-') + QString::number(n);
        if (!used(candidate))
            return candidate;
    }
}

QList<int> MountTableModel::dropHostPaths(const QStringList &paths, const QModelIndex &onto)
{
    QList<int> touched;
    if (paths.isEmpty())
        return touched;
    if (onto.isValid() && onto.column() == SourceColumn && paths.size() == 1 &&
        m_rows.at(onto.row()).spec.type == MountSpec::Type::Bind) {
        setData(index(onto.row(), SourceColumn), paths.first());
        touched.append(onto.row());
        return touched;
    }
    int at = onto.isValid() ? onto.row() + 1 : int(m_rows.size());
    for (const QString &path : paths) {
        MountSpec spec;
        spec.type = MountSpec::Type::Bind;
        spec.source = QDir::cleanPath(path);
        spec.target = defaultTargetFor(path);
        touched.append(insertMount(spec, at++));
    }
    return touched;
}

QString MountTableModel::sizeText(const Row &row) const
{
    if (row.spec.type != MountSpec::Type::Tmpfs)
        return {};
    if (!row.badSizeText.isEmpty())
        return row.badSizeText;
    const QString optionSize = SizeParser::tmpfsOptionSize(row.spec.tmpfsOptions);
    if (!optionSize.isEmpty())
        return optionSize;
    return row.spec.tmpfsSizeBytes > 0 ? SizeParser::toDockerString(row.spec.tmpfsSizeBytes) : QString();
}

int MountTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MountTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MountTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const MountSpec &spec = row.spec;
    const int column = index.column();

    switch (role) {
    case SpecRole:
        return QVariant::fromValue(spec);
    case IsProjectRole:
        return row.project;
    case SeverityRole:
        return worstSeverity(problemsForRow(index.row()));
    case Qt::DisplayRole:
        switch (column) {
        case TypeColumn:
            return row.project ? tr("Project folder") : typeLabel(spec.type);
        case SourceColumn:
            if (spec.type == MountSpec::Type::Tmpfs)
                return tr("(in memory)");
            if (spec.type == MountSpec::Type::Volume && spec.source.isEmpty())
                return tr("(anonymous volume)");
            return spec.source;
        case TargetColumn:
            return spec.target;
        case SizeColumn: {
            if (spec.type != MountSpec::Type::Tmpfs)
                return {};
            const QString text = sizeText(row);
            return text.isEmpty() ? tr("(default)") : text;
        }
        default:
            return {};
        }
    case Qt::EditRole:
        switch (column) {
        case TypeColumn:
            return int(spec.type);
        case SourceColumn:
            return spec.source;
        case TargetColumn:
            return spec.target;
        case ReadOnlyColumn:
            return spec.readOnly;
        case SizeColumn:
            return sizeText(row);
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (column == ReadOnlyColumn)
            return spec.readOnly ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole: {
        const bool placeholder =
            (column == SourceColumn && (spec.type == MountSpec::Type::Tmpfs ||
                                        (spec.type == MountSpec::Type::Volume && spec.source.isEmpty()))) ||
            (column == SizeColumn && spec.type == MountSpec::Type::Tmpfs && sizeText(row).isEmpty());
        if (placeholder)
            return QApplication::palette().color(QPalette::PlaceholderText);
        return {};
    }
    case Qt::FontRole:
        if (row.project && (column == TypeColumn || column == SourceColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole: {
        int worst = -1;
        const LaunchProblem::Part part = partOf(column);
        for (const LaunchProblem &p : m_problems) {
            if (p.index == index.row() && p.part == part)
                worst = std::max(worst, int(p.severity));
        }
        if (worst < 0)
            return {};
        // Translucent, so the tint reads on light and dark palettes alike.
        return worst == int(LaunchProblem::Severity::Error) ? QColor(220, 50, 47, 55) : QColor(230, 160, 0, 60);
    }
    case Qt::DecorationRole:
        // The row's worst problem takes the place of the type's icon, so every row keeps one icon's width.
        if (column == TypeColumn) {
            if (const int worst = worstSeverity(problemsForRow(index.row())); worst >= 0)
                return severityIcon(worst);
            return typeIcon(spec.type, row.project);
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        if (row.project)
            lines.append(tr("The project folder: the folder you work in, mounted where the container starts."));
        for (const LaunchProblem &p : problemsForRow(index.row()))
            lines.append(KoreanParticles::resolve(p.message));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    default:
        return {};
    }
}

void MountTableModel::changeType(Row &row, MountSpec::Type type)
{
    MountSpec &spec = row.spec;
    if (spec.type == type)
        return;
    spec.type = type;
    spec.source.clear();
    row.badSizeText.clear();
    if (type != MountSpec::Type::Bind) {
        row.project = false;
        spec.propagation.clear();
    }
    if (type != MountSpec::Type::Volume) {
        spec.noCopy = false;
        spec.volumeOptions.clear();
    }
    if (type == MountSpec::Type::Tmpfs) {
        spec.selinuxLabel.clear();
        // -v cannot make a tmpfs; --mount keeps the size structured.
        if (spec.syntax == MountSpec::Syntax::Volume)
            spec.syntax = MountSpec::Syntax::Mount;
    } else {
        spec.tmpfsSizeBytes = 0;
        spec.tmpfsMode = 0;
        spec.tmpfsOptions.clear();
        if (spec.syntax == MountSpec::Syntax::Tmpfs)
            spec.syntax = MountSpec::Syntax::Volume;
    }
}

bool MountTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    Row &row = m_rows[index.row()];
    MountSpec &spec = row.spec;
    const Row before = row;
    QString oldProjectTarget;
    bool projectTargetEdit = false;

    switch (index.column()) {
    case TypeColumn:
        if (role != Qt::EditRole)
            return false;
        changeType(row, MountSpec::Type(std::clamp(value.toInt(), 0, 2)));
        break;
    case SourceColumn: {
        if (role != Qt::EditRole || spec.type == MountSpec::Type::Tmpfs)
            return false;
        const QString text = value.toString().trimmed();
        spec.source = spec.type == MountSpec::Type::Bind ? expandHome(text) : text;
        // A container path Berth made up from the old folder's name follows the new folder; one the user typed
        // stays.
        if (spec.type == MountSpec::Type::Bind && !row.project && spec.source != before.spec.source &&
            !spec.source.isEmpty() && isDerivedTarget(spec.target, before.spec.source)) {
            spec.target.clear(); // not counted as taken by this row itself
            spec.target = defaultTargetFor(spec.source);
        }
        break;
    }
    case TargetColumn:
        if (role != Qt::EditRole)
            return false;
        oldProjectTarget = spec.target;
        spec.target = value.toString().trimmed();
        projectTargetEdit = row.project && cleanTarget(oldProjectTarget) != cleanTarget(spec.target);
        break;
    case ReadOnlyColumn:
        if (role == Qt::CheckStateRole)
            spec.readOnly = value.toInt() == Qt::Checked;
        else if (role == Qt::EditRole)
            spec.readOnly = value.toBool();
        else
            return false;
        break;
    case SizeColumn: {
        if (role != Qt::EditRole || spec.type != MountSpec::Type::Tmpfs)
            return false;
        const QString text = value.toString().trimmed();
        row.badSizeText.clear();
        if (spec.syntax == MountSpec::Syntax::Tmpfs) {
            // --tmpfs hands size= to the kernel, which also takes a percentage of RAM.
            if (text.isEmpty() || SizeParser::isValidTmpfsOptionSize(text))
                spec.tmpfsOptions = SizeParser::withTmpfsOptionSize(spec.tmpfsOptions, text);
            else if (const auto bytes = SizeParser::parse(text))
                spec.tmpfsOptions =
                    SizeParser::withTmpfsOptionSize(spec.tmpfsOptions, SizeParser::toDockerString(*bytes));
            else
                row.badSizeText = text;
        } else {
            if (text.isEmpty())
                spec.tmpfsSizeBytes = 0;
            else if (const auto bytes = SizeParser::parse(text))
                spec.tmpfsSizeBytes = *bytes;
            else
                row.badSizeText = text;
        }
        break;
    }
    default:
        return false;
    }

    if (row.spec == before.spec && row.badSizeText == before.badSizeText && row.project == before.project)
        return true;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT mountsChanged();
    if (projectTargetEdit)
        Q_EMIT projectTargetEdited(oldProjectTarget, m_rows.at(index.row()).spec.target);
    return true;
}

Qt::ItemFlags MountTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const MountSpec &spec = m_rows.at(index.row()).spec;
    switch (index.column()) {
    case TypeColumn:
    case TargetColumn:
        f |= Qt::ItemIsEditable;
        break;
    case SourceColumn:
        if (spec.type != MountSpec::Type::Tmpfs)
            f |= Qt::ItemIsEditable;
        break;
    case ReadOnlyColumn:
        f |= Qt::ItemIsUserCheckable;
        break;
    case SizeColumn:
        if (spec.type == MountSpec::Type::Tmpfs)
            f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

void MountTableModel::setServer(const QString &server)
{
    if (server == m_server)
        return;
    m_server = server;
    Q_EMIT headerDataChanged(Qt::Horizontal, SourceColumn, SourceColumn);
}

QVariant MountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        if (role == Qt::DisplayRole)
            return section + 1;
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            for (const LaunchProblem &p : problemsForRow(section))
                lines.append(KoreanParticles::resolve(p.message));
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SourceColumn:
            if (!m_server.isEmpty())
                return tr("The folder on %1 (where the engine runs), or the name of a Docker volume.").arg(m_server);
            return tr("The folder on the host, or the name of a Docker volume. Drop folders here from your file "
                      "manager.");
        case TargetColumn:
            return tr("Where the mount appears inside the container.");
        case ReadOnlyColumn:
            return tr("The container can read but not change the files.");
        case SizeColumn:
            return tr("The most memory a tmpfs may use, such as 64m or 1g.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case SourceColumn:
        return m_server.isEmpty() ? tr("Host folder or volume") : tr("Folder on %1 or volume").arg(m_server);
    case TargetColumn:
        return tr("Container path");
    case ReadOnlyColumn:
        return tr("Read-only");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}

} // namespace berth::ui
