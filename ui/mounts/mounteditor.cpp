// SPDX-License-Identifier: Apache-2.0
#include "mounteditor.h"

#include "async/handback.h"
#include "common/childsignals.h"
#include "common/koreanparticles.h"
#include "engine/engineclient.h"
#include "launch/serverpathprobe.h"
#include "mountitemdelegate.h"
#include "mounttablemodel.h"
#include "settings/settings.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QStringListModel>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace berth::ui {

using core::LaunchProblem;
using core::MountSpec;
using core::MountValidator;

namespace {
QString cleanOrEmpty(const QString &path)
{
    return path.isEmpty() ? path : QDir::cleanPath(path);
}

QToolButton *toolButton(QStyle::StandardPixmap icon, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}
} // namespace

MountEditor::MountEditor(QWidget *parent)
    : QWidget(parent), m_model(new MountTableModel(this)), m_volumeNames(new QStringListModel(this))
{
    m_delegate = new MountItemDelegate(m_volumeNames, this);

    m_addFolder = toolButton(QStyle::SP_DirOpenIcon, this);
    m_addVolume = toolButton(QStyle::SP_DriveHDIcon, this);
    m_addTmpfs = toolButton(QStyle::SP_DriveFDIcon, this);
    m_remove = toolButton(QStyle::SP_TrashIcon, this);
    m_up = toolButton(QStyle::SP_ArrowUp, this);
    m_down = toolButton(QStyle::SP_ArrowDown, this);
    m_undo = toolButton(QStyle::SP_ArrowBack, this);
    m_up->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_down->setToolButtonStyle(Qt::ToolButtonIconOnly);

    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->setSpacing(2);
    for (QToolButton *b : {m_addFolder, m_addVolume, m_addTmpfs})
        tools->addWidget(b);
    tools->addSpacing(12);
    for (QToolButton *b : {m_remove, m_up, m_down, m_undo})
        tools->addWidget(b);
    tools->addStretch(1);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked | QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(MountTableModel::TypeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MountTableModel::SourceColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MountTableModel::TargetColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MountTableModel::ReadOnlyColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MountTableModel::SizeColumn, QHeaderView::Interactive);
    header->resizeSection(MountTableModel::SizeColumn, fontMetrics().horizontalAdvance(QStringLiteral("(default)MM")));
    header->setHighlightSections(false);
    // Drops are handled in eventFilter so a folder from a file manager is linked, never moved.
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);

    m_summaryIcon = new QLabel(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_fixIt = new QPushButton(this);
    m_fixIt->hide();
    auto *summary = new QHBoxLayout;
    summary->setContentsMargins(0, 0, 0, 0);
    summary->addWidget(m_summaryIcon, 0, Qt::AlignTop);
    summary->addWidget(m_summary, 1);
    summary->addWidget(m_fixIt, 0, Qt::AlignTop);

    m_offer = new QWidget(this);
    m_offerText = new QLabel(m_offer);
    m_offerText->setWordWrap(true);
    m_offerText->setTextFormat(Qt::PlainText);
    m_offerAccept = new QPushButton(m_offer);
    m_offerKeep = new QPushButton(m_offer);
    auto *offer = new QHBoxLayout(m_offer);
    offer->setContentsMargins(0, 0, 0, 0);
    offer->addWidget(m_offerText, 1);
    offer->addWidget(m_offerAccept);
    offer->addWidget(m_offerKeep);
    m_offer->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);
    layout->addLayout(summary);
    layout->addWidget(m_offer);
    setFocusProxy(m_view);

    auto *removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(removeAction);
    auto *undoAction = new QAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undoAction);

    connect(m_addFolder, &QToolButton::clicked, this, &MountEditor::chooseFolderToAdd);
    // A folder that does not exist yet cannot be picked in a file dialog: type it, and the row offers to create it.
    m_typeFolderAction = new QAction(this);
    m_typeFolderAction->setObjectName(QStringLiteral("typeFolderAction"));
    m_addFolder->setPopupMode(QToolButton::MenuButtonPopup);
    m_addFolder->addAction(m_typeFolderAction);
    connect(m_typeFolderAction, &QAction::triggered, this, &MountEditor::addTypedFolder);
    connect(m_addVolume, &QToolButton::clicked, this, [this] { addVolume(); });
    connect(m_addTmpfs, &QToolButton::clicked, this, [this] { addTmpfs(); });
    connect(m_remove, &QToolButton::clicked, this, &MountEditor::removeSelected);
    connect(removeAction, &QAction::triggered, this, &MountEditor::removeSelected);
    connect(m_up, &QToolButton::clicked, this, &MountEditor::moveSelectedUp);
    connect(m_down, &QToolButton::clicked, this, &MountEditor::moveSelectedDown);
    connect(m_undo, &QToolButton::clicked, this, &MountEditor::undoRemoval);
    connect(undoAction, &QAction::triggered, this, &MountEditor::undoRemoval);
    connect(m_fixIt, &QPushButton::clicked, this, &MountEditor::applyShownFixIt);
    connect(m_offerAccept, &QPushButton::clicked, this, [this] {
        setProjectTarget(m_offerDir);
        m_offer->hide();
    });
    connect(m_offerKeep, &QPushButton::clicked, m_offer, &QWidget::hide);
    connect(m_delegate, &MountItemDelegate::browseRequested, this, &MountEditor::browseForRow);

    connect(m_model, &MountTableModel::mountsChanged, this, [this] {
        m_fixItError.clear();
        scheduleValidation();
        updateButtons();
        const QList<MountSpec> now = m_model->mounts();
        if (now != m_lastEmitted) {
            m_lastEmitted = now;
            Q_EMIT changed();
        }
        const QString folder = projectFolder();
        if (folder != m_lastProjectFolder) {
            m_lastProjectFolder = folder;
            if (!folder.isEmpty())
                m_projectFolderHint = folder;
            Q_EMIT projectFolderChanged(folder);
        }
    });
    connect(m_model, &MountTableModel::projectTargetEdited, this,
            [this](const QString &oldTarget, const QString &newTarget) {
                m_offer->hide();
                Q_EMIT projectTargetChanged(oldTarget, newTarget);
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        updateSummary();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { updateSummary(); });

    retranslate();
    refreshVolumes();
    updateButtons();
    updateSummary();
}

MountEditor::~MountEditor()
{
    disconnectChildSignals(this);
}

void MountEditor::setEngine(core::EngineClient *engine)
{
    m_engine = engine;
    m_localEngine = !engine || engine->endpoint().scheme() == core::Endpoint::Scheme::Unix;
    m_engineSocket = engine && m_localEngine ? cleanOrEmpty(engine->endpoint().socketPath()) : QString();
    m_engineDataRoot.clear();
    m_serverPaths.reset(); // another server's answers say nothing here
    m_model->setServer(engine && !m_localEngine ? engine->endpoint().serverName() : QString());
    retranslate();
    if (engine && m_localEngine) {
        // The engine's data root may be moved from /var/lib/docker: mounting it is as risky there.
        engine->info(this, [this](const core::Result<core::EngineInfo> &info) {
            const QString root = info.ok() ? info->dockerRootDir : QString();
            if (root.isEmpty())
                return;
            m_engineDataRoot = cleanOrEmpty(root);
            scheduleValidation();
        });
    }
    scheduleValidation();
    refreshVolumes();
}

QList<MountSpec> MountEditor::mounts() const
{
    return m_model->mounts();
}

void MountEditor::setMounts(const QList<MountSpec> &mounts)
{
    // Keep the project row when the same mount comes back (a form re-importing its own line).
    const int oldProject = m_model->projectRow();
    std::optional<MountSpec> previous;
    if (oldProject >= 0)
        previous = m_model->mountAt(oldProject);
    int project = -1;
    if (previous) {
        for (int i = 0; i < mounts.size() && project < 0; ++i) {
            if (mounts.at(i).type == MountSpec::Type::Bind && mounts.at(i).source == previous->source &&
                cleanOrEmpty(mounts.at(i).target) == cleanOrEmpty(previous->target))
                project = i;
        }
    }
    // Else the bind of the launch's project folder, else the one mounted at the working directory, else at /src.
    if (!m_projectFolderHint.isEmpty()) {
        for (int i = 0; i < mounts.size() && project < 0; ++i) {
            if (mounts.at(i).type == MountSpec::Type::Bind &&
                cleanOrEmpty(mounts.at(i).source) == cleanOrEmpty(m_projectFolderHint))
                project = i;
        }
    }
    const QStringList candidates = m_workingDir.isEmpty()
                                       ? QStringList{QStringLiteral("/src")}
                                       : QStringList{cleanOrEmpty(m_workingDir), QStringLiteral("/src")};
    for (const QString &wanted : candidates) {
        for (int i = 0; i < mounts.size() && project < 0; ++i) {
            if (mounts.at(i).type == MountSpec::Type::Bind && cleanOrEmpty(mounts.at(i).target) == wanted)
                project = i;
        }
    }
    m_offer->hide();
    m_model->setMounts(mounts, project);
}

QList<LaunchProblem> MountEditor::problems() const
{
    return m_model->problems();
}

void MountEditor::setSentFolder(const QString &serverFolder)
{
    const QString clean = serverFolder.isEmpty() ? QString() : QDir::cleanPath(serverFolder);
    if (clean == m_sentFolder)
        return;
    m_sentFolder = clean;
    scheduleValidation();
}

bool MountEditor::isSent(const QString &path) const
{
    const QString clean = QDir::cleanPath(path);
    return !m_sentFolder.isEmpty() && (clean == m_sentFolder || clean.startsWith(m_sentFolder + QLatin1Char('/')));
}

std::optional<core::ServerPaths> MountEditor::withoutSent(std::optional<core::ServerPaths> answer) const
{
    if (answer && !m_sentFolder.isEmpty()) {
        for (auto it = answer->kinds.begin(); it != answer->kinds.end();) {
            it = isSent(it.key()) ? answer->kinds.erase(it) : std::next(it);
        }
    }
    return answer;
}

std::optional<core::ServerPaths> MountEditor::lastServerAnswer() const
{
    if (m_localEngine || !m_engine)
        return std::nullopt;
    // Run cannot wait for the server: what it last answered (every path unknown before its first answer).
    if (m_serverPaths)
        return withoutSent(m_serverPaths);
    core::ServerPaths unknown;
    unknown.server = m_engine->endpoint().serverName();
    return unknown;
}

bool MountEditor::canRun(QString *reason) const
{
    if (m_validatedGeneration != m_generation || m_running) {
        auto *self = const_cast<MountEditor *>(this);
        const Outcome outcome = runValidation(m_model->mounts(), m_host, m_localEngine, lastServerAnswer(),
                                              m_engineSocket, m_engineDataRoot, m_pipCacheTarget, m_generation);
        if (!m_host)
            m_host = outcome.host;
        self->applyOutcome(outcome);
    }
    for (const LaunchProblem &p : m_model->problems()) {
        if (p.isError()) {
            if (reason)
                *reason = KoreanParticles::resolve(p.message);
            return false;
        }
    }
    if (reason)
        reason->clear();
    return true;
}

QStringList MountEditor::warningsToConfirm() const
{
    QStringList out;
    for (const LaunchProblem &p : m_model->problems()) {
        if (!p.isError())
            out.append(KoreanParticles::resolve(p.message));
    }
    return out;
}

void MountEditor::setProjectFolder(const QString &hostPath, const QString &target)
{
    const int row = m_model->projectRow();
    if (row < 0) {
        MountSpec spec;
        spec.type = MountSpec::Type::Bind;
        spec.source = cleanOrEmpty(hostPath);
        spec.target = target.isEmpty() ? QStringLiteral("/src") : target;
        m_model->insertMount(spec, 0);
        setProjectRow(0);
        return;
    }
    MountSpec spec = m_model->mountAt(row);
    spec.source = cleanOrEmpty(hostPath);
    if (!target.isEmpty())
        spec.target = target;
    m_model->setMountAt(row, spec);
}

QString MountEditor::projectFolder() const
{
    const int row = m_model->projectRow();
    return row < 0 ? QString() : m_model->mountAt(row).source;
}

QString MountEditor::projectTarget() const
{
    const int row = m_model->projectRow();
    return row < 0 ? QString() : m_model->mountAt(row).target;
}

int MountEditor::projectRow() const
{
    return m_model->projectRow();
}

void MountEditor::setProjectRow(int row)
{
    m_model->setProjectRow(row);
    // Not a content change, but the form keeps LaunchSpec::projectFolder from this.
    const QString folder = projectFolder();
    if (folder != m_lastProjectFolder) {
        m_lastProjectFolder = folder;
        if (!folder.isEmpty())
            m_projectFolderHint = folder;
        Q_EMIT projectFolderChanged(folder);
    }
}

void MountEditor::setProjectFolderHint(const QString &hostPath)
{
    m_projectFolderHint = hostPath;
}

void MountEditor::setProjectTarget(const QString &target)
{
    const int row = m_model->projectRow();
    if (row < 0)
        return;
    MountSpec spec = m_model->mountAt(row);
    spec.target = target;
    m_model->setMountAt(row, spec);
}

void MountEditor::setHostContext(const MountValidator::HostContext &host)
{
    m_host = host;
    m_hostFixed = true;
    scheduleValidation();
}

MountValidator::HostContext MountEditor::withEngine(MountValidator::HostContext host, const QString &engineSocket,
                                                    const QString &engineDataRoot)
{
    if (!engineSocket.isEmpty() && !host.engineSockets.contains(engineSocket))
        host.engineSockets.append(engineSocket);
    if (!engineDataRoot.isEmpty() && !host.engineDataRoots.contains(engineDataRoot))
        host.engineDataRoots.append(engineDataRoot);
    return host;
}

std::optional<MountValidator::HostContext> MountEditor::hostContext() const
{
    if (!m_host)
        return std::nullopt;
    return withEngine(*m_host, m_engineSocket, m_engineDataRoot);
}

void MountEditor::setPipCacheTarget(const QString &target)
{
    if (target == m_pipCacheTarget)
        return;
    m_pipCacheTarget = target;
    scheduleValidation();
}

void MountEditor::workingDirectoryChanged(const QString &oldDir, const QString &newDir)
{
    m_workingDir = newDir;
    const int row = m_model->projectRow();
    if (row < 0 || !QDir::isAbsolutePath(newDir))
        return;
    const QString target = cleanOrEmpty(m_model->mountAt(row).target);
    if (target == cleanOrEmpty(newDir)) {
        m_offer->hide();
        return;
    }
    if (target == cleanOrEmpty(oldDir))
        showOffer(newDir);
}

void MountEditor::showOffer(const QString &newDir)
{
    m_offerDir = newDir;
    const QString target = projectTarget();
    m_offerText->setText(tr("The working directory is now %1. Mount the project folder there too, instead of at %2?")
                             .arg(newDir, target));
    m_offerAccept->setText(tr("Mount at %1").arg(newDir));
    m_offerKeep->setText(tr("Keep %1").arg(target));
    m_offer->show();
}

void MountEditor::addHostFolder(const QString &hostPath, const QString &target)
{
    MountSpec spec;
    spec.type = MountSpec::Type::Bind;
    spec.source = cleanOrEmpty(hostPath);
    spec.target = target.isEmpty() ? m_model->defaultTargetFor(hostPath) : target;
    selectRows({m_model->insertMount(spec)});
}

void MountEditor::addVolume(const QString &name, const QString &target)
{
    MountSpec spec;
    spec.type = MountSpec::Type::Volume;
    spec.source = name;
    spec.target = !target.isEmpty() ? target
                  : name.isEmpty()  ? QString()
                                    : m_model->uniqueTarget(QLatin1Char('/') + name);
    const int row = m_model->insertMount(spec);
    selectRows({row});
    if (name.isEmpty())
        editCell(row, MountTableModel::SourceColumn);
}

void MountEditor::addTmpfs(const QString &target)
{
    MountSpec spec;
    spec.type = MountSpec::Type::Tmpfs;
    spec.syntax = MountSpec::Syntax::Mount;
    spec.target = target.isEmpty() ? m_model->uniqueTarget(QStringLiteral("/tmp")) : target;
    selectRows({m_model->insertMount(spec)});
}

void MountEditor::addTypedFolder()
{
    MountSpec spec;
    spec.type = MountSpec::Type::Bind;
    const int row = m_model->insertMount(spec);
    selectRows({row});
    editCell(row, MountTableModel::SourceColumn);
}

void MountEditor::chooseFolderToAdd()
{
    if (!m_localEngine) {
        // This computer's file dialog cannot show the server's folders: a row to type the path in.
        addTypedFolder();
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Choose a folder to mount"), QDir::homePath());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { addHostFolder(path); });
    dialog->open();
}

void MountEditor::browseForRow(const QPersistentModelIndex &index)
{
    if (!index.isValid() || !m_localEngine)
        return;
    const QString current = m_model->mountAt(index.row()).source;
    auto *dialog =
        new QFileDialog(this, tr("Choose the host folder"), QDir::isAbsolutePath(current) ? current : QDir::homePath());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPersistentModelIndex row(m_model->index(index.row(), MountTableModel::SourceColumn));
    connect(dialog, &QFileDialog::fileSelected, this, [this, row](const QString &path) {
        if (row.isValid())
            m_model->setData(row, path);
    });
    dialog->open();
}

QList<int> MountEditor::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_view->currentIndex().isValid() && m_view->selectionModel()->hasSelection())
        rows.append(m_view->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void MountEditor::selectRows(const QList<int> &rows)
{
    QItemSelectionModel *selection = m_view->selectionModel();
    selection->clearSelection();
    for (int row : rows) {
        selection->select(m_model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (!rows.isEmpty()) {
        selection->setCurrentIndex(m_model->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
        m_view->scrollTo(m_model->index(rows.first(), 0));
    }
    updateButtons();
}

void MountEditor::editCell(int row, int column)
{
    const QModelIndex index = m_model->index(row, column);
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

void MountEditor::removeSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    m_model->removeRowsRemembering(rows);
    if (m_model->rowCount() > 0)
        selectRows({std::min(rows.first(), m_model->rowCount() - 1)});
    updateButtons();
}

void MountEditor::undoRemoval()
{
    const QList<int> rows = m_model->undoRemoval();
    if (!rows.isEmpty())
        selectRows(rows);
    updateButtons();
}

void MountEditor::moveSelectedUp()
{
    const QList<int> rows = selectedRows();
    if (rows.size() == 1 && m_model->moveRowBy(rows.first(), -1))
        selectRows({rows.first() - 1});
}

void MountEditor::moveSelectedDown()
{
    const QList<int> rows = selectedRows();
    if (rows.size() == 1 && m_model->moveRowBy(rows.first(), 1))
        selectRows({rows.first() + 1});
}

void MountEditor::refreshVolumes()
{
    const QString pipCache = core::Settings::instance().value(core::Settings::PipCacheVolume).toString();
    if (!m_engine) {
        m_volumeNames->setStringList(pipCache.isEmpty() ? QStringList() : QStringList{pipCache});
        return;
    }
    m_engine->listVolumes(this, [this, pipCache](const core::Result<QList<core::VolumeInfo>> &result) {
        QStringList names;
        if (result.ok()) {
            for (const core::VolumeInfo &volume : result.value()) {
                // Anonymous volumes are 64 hex digits nobody wants to type or reuse.
                static const QRegularExpression anonymous(QStringLiteral("^[0-9a-f]{64}$"));
                if (!anonymous.match(volume.name).hasMatch() &&
                    !volume.labels.contains(QStringLiteral("com.docker.volume.anonymous")))
                    names.append(volume.name);
            }
        }
        if (!pipCache.isEmpty() && !names.contains(pipCache))
            names.append(pipCache);
        names.sort(Qt::CaseInsensitive);
        m_volumeNames->setStringList(names);
        Q_EMIT volumeNamesLoaded();
    });
}

MountEditor::Outcome MountEditor::runValidation(const QList<MountSpec> &mounts,
                                                std::optional<MountValidator::HostContext> host, bool local,
                                                const std::optional<core::ServerPaths> &server,
                                                const QString &engineSocket, const QString &engineDataRoot,
                                                const QString &pipCacheTarget, quint64 generation)
{
    Outcome outcome;
    outcome.host = host ? *host : MountValidator::HostContext::current();
    outcome.generation = generation;
    MountValidator::HostContext effective = withEngine(outcome.host, engineSocket, engineDataRoot);
    effective.checkHostPaths = effective.checkHostPaths && local;
    effective.server = server;
    outcome.problems = MountValidator(effective).validate(mounts, pipCacheTarget);
    return outcome;
}

void MountEditor::scheduleValidation()
{
    ++m_generation;
    if (!m_running)
        startValidation();
}

void MountEditor::startValidation()
{
    m_running = true;
    const auto awaitOutcome = [this](QFuture<Outcome> future) {
        core::handBack(future, this, [this](const Outcome &outcome) {
            m_running = false;
            if (!m_host)
                m_host = outcome.host;
            if (outcome.generation == m_generation)
                applyOutcome(outcome);
            else
                startValidation();
        });
    };
    const QList<MountSpec> mounts = m_model->mounts();
    if (m_localEngine || !m_engine) {
        awaitOutcome(QtConcurrent::run(&MountEditor::runValidation, mounts, m_host, m_localEngine,
                                       std::optional<core::ServerPaths>(), m_engineSocket, m_engineDataRoot,
                                       m_pipCacheTarget, m_generation));
        return;
    }
    // The folders are on the engine's server: ask it about them first (one command over its ssh session).
    QStringList sources;
    for (const MountSpec &m : mounts) {
        if (m.type == MountSpec::Type::Bind && QDir::isAbsolutePath(m.source) && !isSent(m.source))
            sources.append(QDir::cleanPath(m.source));
    }
    core::ServerPathProbe::probe(
        m_engine->endpoint(), sources, this,
        [this, awaitOutcome, mounts, generation = m_generation](const std::optional<core::ServerPaths> &server) {
            m_serverPaths = server;
            awaitOutcome(QtConcurrent::run(&MountEditor::runValidation, mounts, m_host, false, withoutSent(server),
                                           m_engineSocket, m_engineDataRoot, m_pipCacheTarget, generation));
        });
}

void MountEditor::applyOutcome(const Outcome &outcome) const
{
    auto *self = const_cast<MountEditor *>(this);
    QList<LaunchProblem> problems = outcome.problems + m_model->unparsedSizeProblems();
    std::stable_sort(problems.begin(), problems.end(),
                     [](const LaunchProblem &a, const LaunchProblem &b) { return a.index < b.index; });
    m_validatedGeneration = outcome.generation;
    m_model->setProblems(problems);
    self->updateSummary();
    Q_EMIT self->validated();
}

LaunchProblem MountEditor::shownProblem() const
{
    const QList<LaunchProblem> &problems = m_model->problems();
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    auto pick = [&](auto &&accept) -> const LaunchProblem * {
        for (const LaunchProblem &p : problems) {
            if (accept(p))
                return &p;
        }
        return nullptr;
    };
    const LaunchProblem *p = pick([&](const LaunchProblem &q) { return q.index == current && q.isError(); });
    if (!p)
        p = pick([&](const LaunchProblem &q) { return q.index == current; });
    if (!p)
        p = pick([](const LaunchProblem &q) { return q.isError(); });
    if (!p && !problems.isEmpty())
        p = &problems.first();
    return p ? *p : LaunchProblem{};
}

void MountEditor::updateSummary()
{
    const QList<LaunchProblem> &problems = m_model->problems();
    int errors = 0;
    for (const LaunchProblem &p : problems)
        errors += p.isError() ? 1 : 0;
    const int warnings = int(problems.size()) - errors;
    if (problems.isEmpty() && m_fixItError.isEmpty()) {
        m_summaryIcon->clear();
        m_summary->clear();
        m_summaryIcon->hide();
        m_summary->hide();
        m_fixIt->hide();
        return;
    }
    const LaunchProblem shown = shownProblem();
    QStringList counts;
    if (errors > 0)
        counts.append(tr("Errors that block Run: %1").arg(errors));
    if (warnings > 0)
        counts.append(tr("Warnings to confirm: %1").arg(warnings));
    QString text = counts.join(QLatin1String(", "));
    if (!shown.message.isEmpty())
        text = KoreanParticles::resolve(text.isEmpty() ? shown.message : tr("%1. %2").arg(text, shown.message));
    if (!m_fixItError.isEmpty())
        text = text.isEmpty() ? m_fixItError : text + QLatin1Char('\n') + m_fixItError;
    const bool anyError = errors > 0 || !m_fixItError.isEmpty();
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_summaryIcon->setPixmap(style()
                                 ->standardIcon(anyError ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning)
                                 .pixmap(iconSize, iconSize));
    m_summaryIcon->show();
    m_summary->setText(text);
    m_summary->show();
    m_fixIt->setVisible(shown.fixIt != LaunchProblem::FixIt::None);
    m_fixIt->setText(shown.fixItLabel);
}

void MountEditor::applyShownFixIt()
{
    const LaunchProblem problem = shownProblem();
    if (problem.index < 0 || problem.index >= m_model->rowCount())
        return;
    if (problem.fixIt == LaunchProblem::FixIt::CreateHostPathAsMe) {
        // As ourselves, not through the engine: the engine would create the folder owned by root.
        core::handBack(QtConcurrent::run([path = problem.path] {
                           QString error;
                           MountValidator::createHostFolder(path, &error);
                           return error;
                       }),
                       this, [this](const QString &error) {
                           m_fixItError = error;
                           scheduleValidation();
                           updateSummary();
                       });
        return;
    }
    MountSpec spec = m_model->mountAt(problem.index);
    if (MountValidator::applyToSpec(problem, spec))
        m_model->setMountAt(problem.index, spec);
}

void MountEditor::updateButtons()
{
    const QList<int> rows = selectedRows();
    m_remove->setEnabled(!rows.isEmpty());
    m_up->setEnabled(rows.size() == 1 && rows.first() > 0);
    m_down->setEnabled(rows.size() == 1 && rows.first() < m_model->rowCount() - 1);
    m_undo->setEnabled(m_model->canUndoRemoval());
}

void MountEditor::retranslate()
{
    m_addFolder->setText(tr("Add folder…"));
    const QString server = m_engine && !m_localEngine ? m_engine->endpoint().serverName() : QString();
    if (server.isEmpty()) {
        m_addFolder->setToolTip(tr("Mount a folder of this computer into the container. You can also drop folders on "
                                   "the table."));
    } else {
        m_addFolder->setToolTip(tr("Mount a folder of %1, where the engine runs: type its path there.").arg(server));
    }
    m_typeFolderAction->setText(tr("Type a folder path (it may not exist yet)"));
    m_addVolume->setText(tr("Add volume"));
    m_addVolume->setToolTip(tr("Mount a named Docker volume, such as a pip cache that outlives the container."));
    m_addTmpfs->setText(tr("Add tmpfs"));
    m_addTmpfs->setToolTip(tr("Mount a folder that lives in memory and disappears with the container."));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected mounts (Delete)"));
    m_up->setToolTip(tr("Move up"));
    m_down->setToolTip(tr("Move down"));
    m_undo->setText(tr("Undo removal"));
    m_undo->setToolTip(tr("Put back the mounts removed last (%1)")
                           .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, MountTableModel::ColumnCount - 1);
    if (m_model->rowCount() > 0)
        Q_EMIT m_model->dataChanged(m_model->index(0, 0),
                                    m_model->index(m_model->rowCount() - 1, MountTableModel::ColumnCount - 1));
    if (m_offer->isVisible())
        showOffer(m_offerDir);
}

QStringList MountEditor::droppedFolders(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && !url.toLocalFile().isEmpty())
            paths.append(QDir::cleanPath(url.toLocalFile()));
    }
    return paths;
}

bool MountEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (droppedFolders(drag->mimeData()).isEmpty()) {
            drag->ignore();
            return true;
        }
        // Link or copy, never move: a file manager that sees "move" may delete the folder afterwards.
        drag->setDropAction(drag->possibleActions() & Qt::LinkAction ? Qt::LinkAction : Qt::CopyAction);
        drag->accept();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = droppedFolders(drop->mimeData());
        if (paths.isEmpty()) {
            drop->ignore();
            return true;
        }
        const QModelIndex onto = m_view->indexAt(drop->position().toPoint());
        drop->setDropAction(drop->possibleActions() & Qt::LinkAction ? Qt::LinkAction : Qt::CopyAction);
        drop->accept();
        selectRows(m_model->dropHostPaths(paths, onto));
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void MountEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        scheduleValidation(); // problem messages are translated when made
    } else if (event->type() == QEvent::ActivationChange && isActiveWindow()) {
        // Folders may have been created or removed in a terminal meanwhile.
        scheduleValidation();
    }
    QWidget::changeEvent(event);
}

} // namespace berth::ui
