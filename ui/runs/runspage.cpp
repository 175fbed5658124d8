// SPDX-License-Identifier: Apache-2.0
#include "runspage.h"

#include "common/childsignals.h"
#include "common/messagebar.h"
#include "engine/imagereference.h"
#include "launch/dockerrunparser.h"
#include "resourceplot.h"
#include "runs/resourcemonitor.h"
#include "runs/runrecorder.h"
#include "runs/runstore.h"
#include "runtablemodel.h"
#include "runtext.h"
#include "runtracking.h"
#include "settings/storefile.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace berth::ui {

namespace {
// Filter values, in the order of the status box.
const char *const statusValues[] = {"",           "running", "succeeded", "failed",         "killed",
                                    "oom-killed", "removed", "unknown",   "failed-to-start"};
} // namespace

RunsPage::RunsPage(RunTracking *runs, QWidget *parent)
    : QWidget(parent), m_runs(runs), m_model(new RunTableModel(this)), m_status(new QComboBox(this)),
      m_server(new QLineEdit(this)), m_image(new QLineEdit(this)), m_text(new QLineEdit(this)),
      m_count(new QLabel(this)), m_more(new QPushButton(this)), m_table(new QTableView(this)),
      m_messages(new MessageBar(this)), m_title(new QLabel(this)), m_facts(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_command(new QPlainTextEdit(this)), m_log(new QPlainTextEdit(this)),
      m_plot(new ResourcePlot(this)), m_summary(new QLabel(this)), m_again(new QToolButton(this)),
      m_edit(new QPushButton(this)), m_export(new QPushButton(this)), m_copy(new QPushButton(this)),
      m_filterTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("runsPage"));
    m_status->setObjectName(QStringLiteral("runStatusFilter"));
    m_server->setObjectName(QStringLiteral("runServerFilter"));
    m_image->setObjectName(QStringLiteral("runImageFilter"));
    m_text->setObjectName(QStringLiteral("runTextFilter"));
    m_table->setObjectName(QStringLiteral("runTable"));
    m_command->setObjectName(QStringLiteral("runCommand"));
    m_log->setObjectName(QStringLiteral("runLogTail"));
    m_again->setObjectName(QStringLiteral("runAgainButton"));
    m_edit->setObjectName(QStringLiteral("editAndRunButton"));
    m_export->setObjectName(QStringLiteral("exportRunButton"));
    m_more->setObjectName(QStringLiteral("loadMoreRunsButton"));
    m_more->hide();
    for (int i = 0; i < int(std::size(statusValues)); ++i)
        m_status->addItem(QString(), QLatin1String(statusValues[i]));
    for (QLineEdit *e : {m_server, m_image, m_text})
        e->setClearButtonEnabled(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_text, 2);
    filters->addWidget(m_image, 1);
    filters->addWidget(m_server, 1);
    filters->addWidget(m_count);
    filters->addWidget(m_more);

    m_table->setModel(m_model);
    // The view asks when its last row comes into sight; the button does the same for the keyboard.
    connect(m_model, &RunTableModel::moreWanted, this, &RunsPage::requestNextPage);
    connect(m_more, &QPushButton::clicked, this, &RunsPage::loadMore);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(RunTableModel::Name, 170);
    m_table->setColumnWidth(RunTableModel::Status, 110);
    m_table->setColumnWidth(RunTableModel::Exit, 50);
    m_table->setColumnWidth(RunTableModel::Duration, 100);
    m_table->setColumnWidth(RunTableModel::Created, 130);
    m_table->setColumnWidth(RunTableModel::Server, 160);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setWordWrap(true);
    m_facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    for (QPlainTextEdit *e : {m_command, m_log}) {
        e->setReadOnly(true);
        e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_command->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setMaximumBlockCount(core::RunRecord::LogTailLines + 1);

    auto *commandTab = new QWidget(this);
    auto *commandLayout = new QVBoxLayout(commandTab);
    commandLayout->addWidget(m_command, 1);
    auto *copyRow = new QHBoxLayout;
    copyRow->addStretch();
    copyRow->addWidget(m_copy);
    commandLayout->addLayout(copyRow);
    auto *resourcesTab = new QWidget(this);
    auto *resourcesLayout = new QVBoxLayout(resourcesTab);
    resourcesLayout->addWidget(m_plot, 1);
    resourcesLayout->addWidget(m_summary);
    m_summary->setWordWrap(true);
    m_tabs->addTab(commandTab, QString());
    m_tabs->addTab(m_log, QString());
    m_tabs->addTab(resourcesTab, QString());

    m_again->setPopupMode(QToolButton::MenuButtonPopup);
    m_again->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *againMenu = new QMenu(m_again);
    againMenu->addAction(QString(), this, [this] { runAgain(true); })->setObjectName(QStringLiteral("pinned"));
    againMenu->addAction(QString(), this, [this] { runAgain(false); })->setObjectName(QStringLiteral("newest"));
    m_again->setMenu(againMenu);
    connect(m_again, &QToolButton::clicked, this,
            [this] { runAgain(m_current && !core::ImageReference::split(m_current->imageDigest).digest.isEmpty()); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_current)
            Q_EMIT launchRequested(specForRunAgain(*m_current, false), false);
    });
    connect(m_export, &QPushButton::clicked, this, &RunsPage::exportCurrent);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_command->toPlainText()); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_again);
    buttons->addWidget(m_edit);
    buttons->addStretch();
    buttons->addWidget(m_export);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(6, 0, 0, 0);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_facts);
    detailsLayout->addLayout(buttons);
    detailsLayout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messages);
    m_messages->hide();
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(120);
    connect(m_filterTimer, &QTimer::timeout, this, &RunsPage::refresh);
    for (QLineEdit *e : {m_server, m_image, m_text})
        connect(e, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_status, &QComboBox::currentIndexChanged, this, &RunsPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunsPage::onSelection);
    // New and finished runs show up without a manual refresh; bursts are folded into one query.
    connect(m_runs->store(), &core::RunStore::runAdded, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_runs->store(), &core::RunStore::runFinished, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_runs->store(), &core::RunStore::opened, this, &RunsPage::refresh);
    connect(m_runs, &RunTracking::damagedHistoryKeptAside, this, [this](const QString &keptAs) {
        m_messages->showMessage(MessageBar::Kind::Warning,
                                tr("The run history could not be read, so a new one was started. The old file was "
                                   "kept as %1.")
                                    .arg(keptAs));
        m_messages->show();
    });
    connect(m_runs, &RunTracking::historyUnavailable, this, [this](const QString &error) {
        m_messages->showMessage(MessageBar::Kind::Error,
                                tr("Runs cannot be recorded: the run history could not be opened (%1).").arg(error));
        m_messages->show();
    });
    retranslate();
    showDetails(std::nullopt);
}

RunsPage::~RunsPage()
{
    disconnectChildSignals(this);
}

void RunsPage::refresh()
{
    m_filterTimer->stop();
    core::RunQuery q;
    q.status = m_status->currentData().toString();
    q.server = m_server->text().trimmed();
    q.image = m_image->text().trimmed();
    q.text = m_text->text().trimmed();
    // New or finished runs refresh the same filters: what was loaded stays loaded, so the list does not jump back
    // to its first page under someone who scrolled down. New filters start from the first page.
    const bool sameFilters =
        q.status == m_query.status && q.server == m_query.server && q.image == m_query.image && q.text == m_query.text;
    q.limit = sameFilters ? qMax(PageSize, (m_model->rowCount() + PageSize - 1) / PageSize * PageSize) : PageSize;
    m_query = q;
    m_newFilters = !sameFilters;
    m_superseded.raise();
    m_superseded = core::StopFlag();
    m_waiting = true;
    m_total = -1;
    // The list and the count run side by side (counting every match of a text filter over a long history costs more
    // than finding the newest page of them); whichever comes first is shown. A newer refresh skips both if they
    // have not started yet.
    m_runs->store()->query(
        q, this, [this](const QList<core::RunRecord> &runs) { listArrived(runs, false); }, m_superseded);
    m_runs->store()->count(
        q, this,
        [this](int n) {
            showCount(n);
            Q_EMIT counted(n);
        },
        m_superseded);
}

void RunsPage::loadMore()
{
    // Through the model, as the view does, so that the model knows a page is on its way.
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void RunsPage::requestNextPage()
{
    if (m_waiting || m_model->lastId() <= 0)
        return;
    m_waiting = true;
    core::RunQuery q = m_query;
    q.limit = PageSize;
    // Keyed on the last run shown rather than an offset: runs recorded meanwhile neither repeat nor skip a row.
    q.beforeId = m_model->lastId();
    m_runs->store()->query(
        q, this, [this](const QList<core::RunRecord> &runs) { listArrived(runs, true); }, m_superseded);
}

void RunsPage::listArrived(const QList<core::RunRecord> &runs, bool appended)
{
    const int asked = appended ? PageSize : m_query.limit;
    const bool more = runs.size() >= asked;
    const qint64 keep = m_wantedRun ? m_wantedRun : (m_current ? m_current->id : 0);
    m_waiting = false;
    if (appended) {
        m_model->appendRuns(runs, more);
    } else {
        // New filters start at the top; left at the bottom, the view would ask for the next page at once.
        if (m_newFilters)
            m_table->scrollToTop();
        m_model->setRuns(runs, more);
    }
    m_shown = m_model->rowCount();
    // Without more to load, the list holds every match: no need to wait for the count.
    showCount(more ? m_total : m_shown);
    const int row = keep ? m_model->rowOf(keep) : -1;
    if (row >= 0) {
        if (!appended || keep == m_wantedRun) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
        }
        m_wantedRun = 0;
    } else if (m_wantedRun && more && m_model->lastId() > m_wantedRun) {
        loadMore(); // a run asked for by id (from a notification) that is older than what is loaded
    } else if (m_current && !appended) {
        showDetails(std::nullopt);
    }
    Q_EMIT listed(m_shown, more ? m_total : m_shown);
}

void RunsPage::showCount(int total)
{
    m_total = total;
    m_more->setVisible(m_model->hasMore());
    if (m_total < 0) {
        m_count->setText(tr("%1 runs or more").arg(QLocale().toString(m_shown)));
        return;
    }
    m_count->setText(m_total > m_shown
                         ? tr("%1 of %2 runs").arg(QLocale().toString(m_shown), QLocale().toString(m_total))
                         : tr("%n run(s)", nullptr, m_total));
}

void RunsPage::showRun(qint64 runId)
{
    const int row = m_model->rowOf(runId);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
        return;
    }
    m_wantedRun = runId;
    const QSignalBlocker block(m_status);
    m_status->setCurrentIndex(0);
    for (QLineEdit *e : {m_server, m_image, m_text}) {
        const QSignalBlocker b(e);
        e->clear();
    }
    refresh();
}

void RunsPage::onSelection()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid()) {
        showDetails(std::nullopt);
        return;
    }
    const qint64 id = m_model->run(index.row()).id;
    m_runs->store()->get(id, this, [this, id](const std::optional<core::RunRecord> &run) {
        const QModelIndex now = m_table->currentIndex();
        if (now.isValid() && m_model->run(now.row()).id == id)
            showDetails(run);
    });
}

void RunsPage::showDetails(const std::optional<core::RunRecord> &run)
{
    m_current = run;
    const bool have = run.has_value();
    m_again->setEnabled(have && !run->dockerRun.isEmpty());
    m_edit->setEnabled(have && !run->dockerRun.isEmpty());
    m_export->setEnabled(have);
    m_copy->setEnabled(have);
    // Pinning needs a registry digest; a locally built image only has its id.
    m_again->menu()->actions().at(0)->setEnabled(have &&
                                                 !core::ImageReference::split(run->imageDigest).digest.isEmpty());
    m_tabs->setEnabled(have);
    if (!have) {
        m_title->setText(tr("Select a run to see what it did."));
        m_facts->clear();
        m_command->clear();
        m_log->clear();
        m_summary->clear();
        m_plot->setSource(nullptr, {});
        return;
    }
    const core::RunRecord &r = *run;
    m_title->setText(QStringLiteral("%1 — %2").arg(r.name, RunText::outcome(r)));
    QStringList rows;
    auto row = [&rows](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows << QStringLiteral("<tr><td style='padding-right:10px'><b>%1</b></td><td>%2</td></tr>")
                        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const QLocale locale;
    auto when = [&locale](const QDateTime &t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::LongFormat) : QString();
    };
    row(tr("Server"), r.server);
    row(tr("Owner"), r.owner);
    row(tr("Image"), r.image);
    // The digest in full is in the export and the tooltip; here its start tells runs apart.
    const int hash = r.imageDigest.indexOf(QLatin1String("sha256:"));
    row(tr("Digest"), hash >= 0 && r.imageDigest.size() > hash + 19
                          ? r.imageDigest.left(hash + 19) + QStringLiteral("…")
                          : r.imageDigest);
    m_facts->setToolTip(r.imageDigest);
    row(tr("Container"), r.containerId.left(12));
    row(tr("Project"), r.projectFolder);
    row(tr("GPUs"), r.gpus);
    row(tr("Created"), when(r.createdAt));
    row(tr("Started"), when(r.startedAt));
    row(tr("Finished"), when(r.finishedAt));
    row(tr("Duration"), r.durationMsecs() >= 0 ? RunText::duration(r.durationMsecs()) : QString());
    m_facts->setText(QStringLiteral("<table>") + rows.join(QString()) + QStringLiteral("</table>"));
    m_command->setPlainText(r.dockerRun);
    m_log->setPlainText(r.logTail.isEmpty() ? tr("(no output was saved)") : r.logTail.join(QLatin1Char('\n')));
    m_log->moveCursor(QTextCursor::End);
    QStringList summary;
    if (r.summary.peakMemoryBytes >= 0)
        summary << tr("Peak memory %1").arg(RunText::bytes(double(r.summary.peakMemoryBytes)));
    if (r.summary.meanCpuPercent >= 0)
        summary << tr("mean CPU %1%").arg(r.summary.meanCpuPercent, 0, 'f', 0);
    if (r.summary.meanGpuUtilPercent >= 0)
        summary << tr("mean GPU utilisation %1%").arg(r.summary.meanGpuUtilPercent, 0, 'f', 0);
    if (r.summary.peakGpuMemoryBytes >= 0)
        summary << tr("peak GPU memory %1").arg(RunText::bytes(double(r.summary.peakGpuMemoryBytes)));
    m_summary->setText(summary.isEmpty() ? QString() : summary.join(QStringLiteral(" · ")));
    m_plot->setSource(m_runs->monitor(), r.containerId);
}

core::LaunchSpec RunsPage::specForRunAgain(const core::RunRecord &run, bool pinDigest)
{
    core::LaunchSpec spec;
    if (!run.spec.isEmpty()) {
        spec = core::LaunchSpec::fromJson(run.spec);
    } else {
        spec =
            core::DockerRunParser::parse(run.dockerRun, core::DockerRunParser::systemOptions(run.projectFolder)).spec;
    }
    spec.digest = pinDigest ? core::ImageReference::split(run.imageDigest).digest : QString();
    // A kept container still holds the name; a second launch under it would only fail.
    if (!spec.autoRemove)
        spec.name.clear();
    return spec;
}

void RunsPage::runAgain(bool pinDigest)
{
    if (m_current)
        Q_EMIT launchRequested(specForRunAgain(*m_current, pinDigest), true);
}

bool RunsPage::exportRun(const QString &path, QString *error) const
{
    if (!m_current)
        return false;
    QJsonObject o = m_current->toJson(true);
    o.insert(QStringLiteral("format"), QStringLiteral("berth-run/1"));
    return core::StoreFile::write(path, QJsonDocument(o).toJson(QJsonDocument::Indented), error);
}

void RunsPage::exportCurrent()
{
    if (!m_current)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export run"), m_current->name + QStringLiteral(".json"),
                                                      tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportRun(path, &error)) {
        m_messages->showMessage(MessageBar::Kind::Error,
                                tr("The run could not be exported to %1: %2").arg(path, error));
        m_messages->show();
    }
}

void RunsPage::retranslate()
{
    static const char *const statusTexts[] = {
        QT_TR_NOOP("All runs"), QT_TR_NOOP("Running"),         QT_TR_NOOP("Succeeded"),
        QT_TR_NOOP("Failed"),   QT_TR_NOOP("Killed"),          QT_TR_NOOP("Out of memory"),
        QT_TR_NOOP("Removed"),  QT_TR_NOOP("Outcome unknown"), QT_TR_NOOP("Did not start")};
    for (int i = 0; i < m_status->count() && i < int(std::size(statusTexts)); ++i)
        m_status->setItemText(i, tr(statusTexts[i]));
    m_text->setPlaceholderText(tr("Search name, command, container…"));
    m_image->setPlaceholderText(tr("Image"));
    m_server->setPlaceholderText(tr("Server"));
    m_tabs->setTabText(0, tr("Command"));
    m_tabs->setTabText(1, tr("Output"));
    m_tabs->setTabText(2, tr("Resources"));
    m_again->setText(tr("Run again"));
    m_again->setToolTip(tr("Launch the same command again now"));
    const QList<QAction *> actions = m_again->menu()->actions();
    actions[0]->setText(tr("Same image (pinned to the recorded digest)"));
    actions[1]->setText(tr("Newest image for the tag"));
    m_edit->setText(tr("Edit and run…"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save this run as JSON (command, digest and output) for a colleague"));
    m_copy->setText(tr("Copy"));
    m_more->setText(tr("Load more"));
    m_more->setToolTip(tr("Show the next %n older run(s) that match", nullptr, PageSize));
    if (!m_current)
        m_title->setText(tr("Select a run to see what it did."));
    else
        showDetails(m_current);
}

void RunsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace berth::ui
