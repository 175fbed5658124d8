// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/launchproblem.h"
#include "launch/mountvalidator.h"
#include "mounts/mountspec.h"

#include <QList>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QStringListModel;
class QTableView;
class QToolButton;

namespace berth::core {
class EngineClient;
}

namespace berth::ui {

class MountItemDelegate;
class MountTableModel;

// The mounts of a launch as an editable table: host folders, named volumes and tmpfs, with validation shown on the
// rows. The launch form owns the docker run preview: it calls setMounts() with what an imported line says and reads
// mounts() back on changed(). One bind row can be the project folder, linked to the form's working directory.
class MountEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MountEditor)
public:
    explicit MountEditor(QWidget *parent = nullptr);
    ~MountEditor() override;

    // Volume names for completion come from this engine; its endpoint also says whether host folders are local
    // (unix://) and which socket must not be mounted. Without one, folders are treated as local.
    void setEngine(core::EngineClient *engine);
    // A folder on the server that Berth makes by copying the project there before Run: sources in it are not
    // asked about (they do not exist before the first run). Empty: none.
    void setSentFolder(const QString &serverFolder);

    QList<core::MountSpec> mounts() const;
    // Rows exactly as given. The project row is the bind row mounted at the working directory (or at /src).
    void setMounts(const QList<core::MountSpec> &mounts);

    // Validation results, from a worker thread; validated() says when they are new.
    QList<core::LaunchProblem> problems() const;
    // False when a row has an error; reason gets its message. Validates at once when results are stale.
    bool canRun(QString *reason = nullptr) const;
    // Risky mounts the user must confirm before Run (messages); empty when there is nothing to confirm.
    QStringList warningsToConfirm() const;

    // The project folder row: added at the top when missing, else its host folder (and target, when given) change.
    void setProjectFolder(const QString &hostPath, const QString &target = QStringLiteral("/src"));
    QString projectFolder() const; // empty without a project row
    QString projectTarget() const;
    int projectRow() const;
    void setProjectRow(int row); // -1: none
    // The launch's project folder (LaunchSpec::projectFolder): setMounts() makes the bind of it the project row.
    void setProjectFolderHint(const QString &hostPath);
    // Changes the project row's container path without emitting projectTargetChanged().
    void setProjectTarget(const QString &target);

    // For tests and special hosts: the facts risk warnings are judged by (else read from this machine).
    void setHostContext(const core::MountValidator::HostContext &host);
    // Those facts with the engine's own socket and data root, as the rows were last judged by; unset before the
    // first validation. The launch validator is given them so that it finds the same problems.
    std::optional<core::MountValidator::HostContext> hostContext() const;
    // The container path the launch mounts its pip cache at (requirements with a cache volume), empty for none: a
    // row there is marked as a duplicate.
    void setPipCacheTarget(const QString &target);

    MountTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

public Q_SLOTS:
    // The form's working directory changed: when the project row was mounted at oldDir, offer to follow.
    void workingDirectoryChanged(const QString &oldDir, const QString &newDir);
    void addHostFolder(const QString &hostPath, const QString &target = {});
    void addVolume(const QString &name = {}, const QString &target = {});
    void addTmpfs(const QString &target = {});
    void chooseFolderToAdd(); // opens a folder picker
    void addTypedFolder();    // an empty folder row, its path cell open for typing
    void removeSelected();
    void undoRemoval();
    void moveSelectedUp();
    void moveSelectedDown();
    void refreshVolumes();
    // Runs the fix-it of the problem the summary line shows.
    void applyShownFixIt();

Q_SIGNALS:
    void changed();   // mounts() differs from before
    void validated(); // problems() are current
    // The user changed the project row's container path: the form offers to change the working directory to match.
    void projectTargetChanged(const QString &oldTarget, const QString &newTarget);
    // The project row's host folder changed, or the project row came or went (empty: none).
    void projectFolderChanged(const QString &hostPath);
    void volumeNamesLoaded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Outcome
    {
        QList<core::LaunchProblem> problems;
        core::MountValidator::HostContext host;
        quint64 generation = 0;
    };
    static Outcome runValidation(const QList<core::MountSpec> &mounts,
                                 std::optional<core::MountValidator::HostContext> host, bool local,
                                 const std::optional<core::ServerPaths> &server, const QString &engineSocket,
                                 const QString &engineDataRoot, const QString &pipCacheTarget, quint64 generation);
    static core::MountValidator::HostContext withEngine(core::MountValidator::HostContext host,
                                                        const QString &engineSocket, const QString &engineDataRoot);
    std::optional<core::ServerPaths> lastServerAnswer() const;
    std::optional<core::ServerPaths> withoutSent(std::optional<core::ServerPaths> answer) const;
    bool isSent(const QString &path) const;
    void scheduleValidation();
    void startValidation();
    void applyOutcome(const Outcome &outcome) const;
    void updateSummary();
    void updateButtons();
    void retranslate();
    void browseForRow(const QPersistentModelIndex &index);
    void selectRows(const QList<int> &rows);
    void editCell(int row, int column);
    QList<int> selectedRows() const;
    void detectProjectRow();
    core::LaunchProblem shownProblem() const;
    void showOffer(const QString &newDir);
    static QStringList droppedFolders(const class QMimeData *mime);

    MountTableModel *m_model;
    MountItemDelegate *m_delegate;
    QTableView *m_view;
    QStringListModel *m_volumeNames;
    QToolButton *m_addFolder;
    QToolButton *m_addVolume;
    QToolButton *m_addTmpfs;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_undo;
    QLabel *m_summaryIcon;
    QLabel *m_summary;
    QPushButton *m_fixIt;
    QWidget *m_offer;
    QLabel *m_offerText;
    QPushButton *m_offerAccept;
    QPushButton *m_offerKeep;
    QString m_offerDir;

    QPointer<core::EngineClient> m_engine;
    bool m_localEngine = true;
    std::optional<core::ServerPaths> m_serverPaths; // a remote engine's server's last answer about the folders
    QAction *m_typeFolderAction = nullptr;
    QString m_engineSocket;
    QString m_engineDataRoot; // the engine's DockerRootDir, once info() answered
    QString m_workingDir;
    QString m_projectFolderHint;
    QString m_lastProjectFolder;
    QList<core::MountSpec> m_lastEmitted;

    // Validation state; mutable because canRun() may validate on the spot.
    mutable std::optional<core::MountValidator::HostContext> m_host;
    bool m_hostFixed = false;
    quint64 m_generation = 0;
    QString m_sentFolder;
    QString m_pipCacheTarget;
    mutable quint64 m_validatedGeneration = 0;
    bool m_running = false;
    QString m_fixItError;
};

} // namespace berth::ui
