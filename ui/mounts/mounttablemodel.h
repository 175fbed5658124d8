// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/launchproblem.h"
#include "mounts/mountspec.h"

#include <QAbstractTableModel>
#include <QList>

namespace berth::ui {

// The rows of the mount editor: one MountSpec each, kept exactly as given (so an imported -v/--mount line writes
// back unchanged) and changed only where the user edits. One row may be the project folder.
class MountTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MountTableModel)
public:
    enum Column { TypeColumn, SourceColumn, TargetColumn, ReadOnlyColumn, SizeColumn, ColumnCount };
    enum Role {
        SpecRole = Qt::UserRole + 1, // QVariant<MountSpec>
        IsProjectRole,               // bool
        SeverityRole,                // int: -1 none, else the worst LaunchProblem::Severity of the row
    };

    explicit MountTableModel(QObject *parent = nullptr);

    QList<core::MountSpec> mounts() const;
    void setMounts(const QList<core::MountSpec> &mounts, int projectRow = -1);
    core::MountSpec mountAt(int row) const { return m_rows.at(row).spec; }
    void setMountAt(int row, const core::MountSpec &spec);
    int insertMount(const core::MountSpec &spec, int row = -1); // returns the row

    int projectRow() const;
    void setProjectRow(int row);
    // The remote engine's server: host folders are named as being there. Empty: this computer.
    void setServer(const QString &server);

    // Removes the rows and remembers them for undoRemoval(); a later removal replaces what is remembered.
    void removeRowsRemembering(QList<int> rows);
    bool canUndoRemoval() const { return !m_removed.isEmpty(); }
    QList<int> undoRemoval(); // the rows restored, at their former places

    bool moveRowBy(int row, int delta);

    // Sizes the user typed that did not parse, as problems (the spec keeps its last good size).
    QList<core::LaunchProblem> unparsedSizeProblems() const;
    void setProblems(const QList<core::LaunchProblem> &problems);
    const QList<core::LaunchProblem> &problems() const { return m_problems; }
    QList<core::LaunchProblem> problemsForRow(int row) const;

    // Host folders dropped from a file manager: onto a bind row's host folder cell (one folder) to replace it,
    // anywhere else to add bind rows after `onto` (or at the end). Returns the rows added or changed.
    QList<int> dropHostPaths(const QStringList &paths, const QModelIndex &onto);
    // /mnt/<folder name>, made unique among the rows' container paths.
    QString defaultTargetFor(const QString &hostPath) const;
    QString uniqueTarget(const QString &wanted) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

    static QString typeLabel(core::MountSpec::Type type);

Q_SIGNALS:
    void mountsChanged();
    // The user edited the project row's container path (not emitted for programmatic changes).
    void projectTargetEdited(const QString &oldTarget, const QString &newTarget);

private:
    struct Row
    {
        core::MountSpec spec;
        QString badSizeText; // non-empty: what the user typed into the size cell did not parse
        bool project = false;
    };
    QString sizeText(const Row &row) const;
    // target is what defaultTargetFor() made of fromHostPath (or empty): nobody chose it.
    static bool isDerivedTarget(const QString &target, const QString &fromHostPath);
    void clearProblems();
    static void changeType(Row &row, core::MountSpec::Type type);

    QList<Row> m_rows;
    QList<std::pair<int, Row>> m_removed; // ascending former row numbers
    QList<core::LaunchProblem> m_problems;
    QString m_server;
};

} // namespace berth::ui
