// SPDX-License-Identifier: Apache-2.0
#include "tagbrowser.h"

#include "common/childsignals.h"
#include "common/errortext.h"
#include "engine/engineclient.h"
#include "filterchip.h"
#include "pullprogresswidget.h"
#include "registry/dockercredentials.h"
#include "registry/imagepull.h"
#include "registry/tagcatalog.h"
#include "relativetime.h"
#include "settings/settings.h"
#include "tagdetailspane.h"
#include "tagtablemodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace berth::ui {

namespace {
const char *const PresetRepositories[] = {"tensorflow/tensorflow", "pytorch/pytorch", "nvidia/cuda"};
}

TagBrowser::TagBrowser(core::Settings &settings, core::EngineClient *engine, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_engine(engine), m_catalog(new core::TagCatalog(settings, this)),
      m_credentials(new core::DockerCredentials(this)), m_model(new TagTableModel(m_catalog, this))
{
    m_catalog->setEngine(engine);
    m_catalog->setCredentials(m_credentials);
    m_pull = new core::ImagePull(engine, m_credentials, this);
    buildUi();
    retranslate();

    connect(m_catalog, &core::TagCatalog::reset, this, &TagBrowser::onCatalogReset);
    connect(m_catalog, &core::TagCatalog::tagsAdded, this, &TagBrowser::onTagsAdded);
    connect(m_catalog, &core::TagCatalog::stateChanged, this, &TagBrowser::updateStatus);
    connect(m_catalog, &core::TagCatalog::cacheLoaded, this, &TagBrowser::updateStatus);
    connect(m_catalog, &core::TagCatalog::rateLimited, this, &TagBrowser::updateStatus);
    connect(m_catalog, &core::TagCatalog::cacheWriteFailed, this, [this](const QString &message) {
        m_cacheProblem = message;
        updateStatus();
    });
    connect(m_catalog, &core::TagCatalog::reset, this, [this] { m_cacheProblem.clear(); });
    connect(m_catalog, &core::TagCatalog::finished, this, &TagBrowser::onFinished);
    connect(m_catalog, &core::TagCatalog::localImagesChanged, this, [this] {
        m_model->localImagesChanged();
        onSelectionChanged();
    });
    connect(m_pull, &core::ImagePull::finished, this, &TagBrowser::onPullFinished);

    // the age of cached tags ("2 hours ago") keeps moving
    auto *ticker = new QTimer(this);
    connect(ticker, &QTimer::timeout, this, &TagBrowser::updateStatus);
    ticker->start(60 * 1000);
}

TagBrowser::~TagBrowser()
{
    disconnectChildSignals(this);
}

void TagBrowser::buildUi()
{
    m_repoLabel = new QLabel(this);
    m_repoLabel->setTextFormat(Qt::PlainText);
    m_repo = new QComboBox(this);
    m_repo->setObjectName(QStringLiteral("repository"));
    m_repo->setEditable(true);
    m_repo->setInsertPolicy(QComboBox::NoInsert);
    m_repo->setMinimumContentsLength(28);
    m_repo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (const char *repo : PresetRepositories)
        m_repo->addItem(QLatin1String(repo));
    m_repoLabel->setBuddy(m_repo);
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *top = new QHBoxLayout;
    top->addWidget(m_repoLabel);
    top->addWidget(m_repo, 1);
    top->addWidget(m_refresh);

    m_gpuChip = new FilterChip(this);
    m_gpuChip->setObjectName(QStringLiteral("chipGpu"));
    m_runtimeChip = new FilterChip(this);
    m_runtimeChip->setObjectName(QStringLiteral("chipRuntime"));
    m_develChip = new FilterChip(this);
    m_develChip->setObjectName(QStringLiteral("chipDevel"));
    m_py3Chip = new FilterChip(this);
    m_py3Chip->setObjectName(QStringLiteral("chipPy3"));
    m_py3Chip->hide();
    m_cudaChipRow = new QHBoxLayout;
    m_cudaChipRow->setSpacing(4);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setClearButtonEnabled(true);
    // Readable however many chips the repository brings: the chips wrap below instead of squeezing it.
    m_text->setMinimumWidth(m_text->fontMetrics().averageCharWidth() * 22);
    m_sortLabel = new QLabel(this);
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("sort"));
    m_sortLabel->setBuddy(m_sort);

    // The text filter and the sort on one row, the chips (as many as the repository's CUDA versions) on the next.
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_text, 1);
    filterRow->addSpacing(8);
    filterRow->addWidget(m_sortLabel);
    filterRow->addWidget(m_sort);
    auto *chipRow = new QHBoxLayout;
    chipRow->setSpacing(4);
    chipRow->addWidget(m_gpuChip);
    chipRow->addWidget(m_runtimeChip);
    chipRow->addWidget(m_develChip);
    chipRow->addWidget(m_py3Chip);
    chipRow->addSpacing(8);
    chipRow->addLayout(m_cudaChipRow);
    chipRow->addStretch(1);
    auto *chips = new QVBoxLayout;
    chips->setSpacing(4);
    chips->addLayout(filterRow);
    chips->addLayout(chipRow);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("tags"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(TagTableModel::TagColumn, QHeaderView::Stretch);
    for (int c = TagTableModel::CudaColumn; c < TagTableModel::ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(TagTableModel::TagColumn, Qt::DescendingOrder);

    m_details = new TagDetailsPane(this);
    m_use = new QPushButton(this);
    m_use->setObjectName(QStringLiteral("useTag"));
    m_use->setDefault(true);
    m_pullButton = new QPushButton(this);
    m_pullButton->setObjectName(QStringLiteral("pullTag"));
    m_pullWidget = new PullProgressWidget(m_pull, this);
    m_pullWidget->setObjectName(QStringLiteral("pullProgress"));
    m_pullWidget->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_use);
    buttons->addWidget(m_pullButton);
    buttons->addStretch(1);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(m_details);
    sideLayout->addSpacing(6);
    sideLayout->addLayout(buttons);
    sideLayout->addWidget(m_pullWidget);
    sideLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(side);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(280);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // registry error text lands here
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(chips);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_repo, &QComboBox::activated, this, [this](int) { openFromCombo(); });
    connect(m_repo->lineEdit(), &QLineEdit::returnPressed, this, &TagBrowser::openFromCombo);
    connect(m_refresh, &QToolButton::clicked, this, [this] {
        if (m_catalog->reference().isValid() &&
            m_catalog->reference().familiarName() == m_repo->currentText().trimmed())
            m_catalog->refresh();
        else
            openFromCombo();
    });
    connect(m_gpuChip, &QToolButton::toggled, this, &TagBrowser::applyFilter);
    connect(m_runtimeChip, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            m_develChip->setChecked(false);
        applyFilter();
    });
    connect(m_develChip, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            m_runtimeChip->setChecked(false);
        applyFilter();
    });
    connect(m_py3Chip, &QToolButton::toggled, this, &TagBrowser::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, &TagBrowser::applyFilter);
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this](int i) {
        const auto key = core::TagSort(m_sort->itemData(i).toInt());
        setSort(key, key == core::TagSort::Name ? Qt::AscendingOrder : Qt::DescendingOrder);
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                core::TagSort key = m_model->sortKey();
                switch (column) {
                case TagTableModel::TagColumn:
                    // The tag column sorts by name or by version, whichever the box says; the header flips order.
                    if (key != core::TagSort::Name)
                        key = core::TagSort::Version;
                    break;
                case TagTableModel::SizeColumn:
                    key = core::TagSort::Size;
                    break;
                case TagTableModel::PushedColumn:
                    key = core::TagSort::LastPushed;
                    break;
                default:
                    // Columns without an order of their own keep the current sort, and the header shows it again.
                    setSort(m_model->sortKey(), m_model->sortOrder());
                    return;
                }
                setSort(key, order);
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TagBrowser::onSelectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, &TagBrowser::chooseSelected);
    connect(m_use, &QPushButton::clicked, this, &TagBrowser::chooseSelected);
    connect(m_pullButton, &QPushButton::clicked, this, &TagBrowser::startPull);
    updateButtons();
}

void TagBrowser::retranslate()
{
    m_repoLabel->setText(tr("&Repository:"));
    m_repo->setToolTip(tr("A Docker Hub repository such as pytorch/pytorch, or any registry: "
                          "registry.example.com/team/image"));
    m_repo->lineEdit()->setPlaceholderText(tr("[registry/]namespace/repository"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("List the tags again"));
    m_gpuChip->setText(tr("GPU only"));
    m_gpuChip->setToolTip(tr("Only images built for NVIDIA GPUs"));
    m_runtimeChip->setText(tr("Runtime"));
    m_runtimeChip->setToolTip(tr("Images for running code"));
    m_develChip->setText(tr("Devel"));
    m_develChip->setToolTip(tr("Images with compilers and headers, for building extensions"));
    m_py3Chip->setText(tr("py3"));
    m_py3Chip->setToolTip(tr("Only TensorFlow's -py3 tags (Python 3; older TensorFlow releases also had Python 2 "
                             "images)"));
    for (int i = 0; i < m_cudaChips.size(); ++i) {
        m_cudaChips[i]->setText(tr("CUDA %1").arg(m_cudaMajors.value(i)));
        m_cudaChips[i]->setToolTip(tr("Only tags built for CUDA %1.x").arg(m_cudaMajors.value(i)));
    }
    m_text->setPlaceholderText(tr("Filter tags, e.g. 2.15 jupyter"));
    m_sortLabel->setText(tr("&Sort:"));
    {
        const QSignalBlocker block(m_sort);
        const int current = m_sort->currentIndex();
        m_sort->clear();
        m_sort->addItem(tr("Newest version"), int(core::TagSort::Version));
        m_sort->addItem(tr("Last pushed"), int(core::TagSort::LastPushed));
        m_sort->addItem(tr("Size"), int(core::TagSort::Size));
        m_sort->addItem(tr("Name"), int(core::TagSort::Name));
        m_sort->setCurrentIndex(qMax(0, current));
    }
    m_use->setText(tr("&Use this tag"));
    m_use->setToolTip(tr("Put this image into the launch form"));
    m_pullButton->setText(tr("&Pull"));
    m_pullButton->setToolTip(m_engine ? tr("Download this image to the Docker engine now")
                                      : tr("Not connected to a Docker engine"));
    m_model->retranslate();
    updateStatus();
}

void TagBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TagBrowser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Nothing is fetched until the browser is first seen, so start-up costs nothing.
    if (!m_openedOnce && !m_catalog->reference().isValid())
        QTimer::singleShot(0, this, &TagBrowser::openFromCombo);
}

void TagBrowser::setRepository(const QString &repository)
{
    m_repo->setEditText(repository);
    openFromCombo();
}

QString TagBrowser::repository() const
{
    return m_catalog->reference().familiarName();
}

void TagBrowser::openFromCombo()
{
    const QString text = m_repo->currentText().trimmed();
    if (text.isEmpty())
        return;
    m_openedOnce = true;
    const core::ImageReference wanted = core::ImageReference::parse(text).withTag({});
    // The combo's completer re-activates the text already open; listing again is what Refresh is for.
    if (wanted.isValid() && wanted == m_catalog->reference())
        return;
    if (m_catalog->open(text) && m_repo->findText(m_catalog->reference().familiarName()) < 0)
        m_repo->addItem(m_catalog->reference().familiarName());
}

void TagBrowser::setHostDriverVersion(const QString &version)
{
    m_hostDriver = version;
    m_details->setHostDriverVersion(version);
}

void TagBrowser::setCredentials(core::DockerCredentials *credentials)
{
    if (!credentials)
        return;
    m_catalog->setCredentials(credentials);
    delete m_pull;
    m_pull = nullptr;
    // ImagePull keeps its credentials for life; make a new one so pulls use these too.
    m_pull = new core::ImagePull(m_engine, credentials, this);
    connect(m_pull, &core::ImagePull::finished, this, &TagBrowser::onPullFinished);
    delete m_pullWidget;
    m_pullWidget = new PullProgressWidget(m_pull, m_details->parentWidget());
    m_pullWidget->setObjectName(QStringLiteral("pullProgress"));
    m_pullWidget->hide();
    static_cast<QVBoxLayout *>(m_details->parentWidget()->layout())->insertWidget(3, m_pullWidget);
}

QString TagBrowser::selectedImageRef() const
{
    const core::TagInfo *tag = m_model->tagAt(m_table->currentIndex().row());
    if (!tag || !m_table->currentIndex().isValid())
        return {};
    return m_catalog->reference().withTag(tag->name).toString();
}

void TagBrowser::selectTag(const QString &tag)
{
    restoreSelection(tag);
}

void TagBrowser::restoreSelection(const QString &tag)
{
    const int row = tag.isEmpty() ? -1 : m_model->rowOf(tag);
    if (row < 0) {
        onSelectionChanged();
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

int TagBrowser::columnForSort(core::TagSort key)
{
    switch (key) {
    case core::TagSort::Size:
        return TagTableModel::SizeColumn;
    case core::TagSort::LastPushed:
        return TagTableModel::PushedColumn;
    case core::TagSort::Version:
    case core::TagSort::Name:
        break;
    }
    return TagTableModel::TagColumn;
}

void TagBrowser::setSort(core::TagSort key, Qt::SortOrder order)
{
    // One sort state, shown in the box and in the header alike, whichever of them the user used.
    const core::TagInfo *current = m_model->tagAt(m_table->currentIndex().row());
    const QString keep = current ? current->name : QString();
    {
        const QSignalBlocker blockBox(m_sort);
        const int index = m_sort->findData(int(key));
        if (index >= 0)
            m_sort->setCurrentIndex(index);
    }
    {
        const QSignalBlocker blockHeader(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(columnForSort(key), order);
    }
    m_model->setSort(key, order);
    restoreSelection(keep);
}

core::TagSort TagBrowser::sortKey() const
{
    return m_model->sortKey();
}

Qt::SortOrder TagBrowser::sortOrder() const
{
    return m_model->sortOrder();
}

void TagBrowser::updateChipsForRepository()
{
    // Only the choices this repository's tags actually offer: no Runtime/Devel for images without that split,
    // py3 only where TensorFlow's old -py3 tags exist.
    const bool variants = m_catalog->index().hasVariants();
    const bool py3 = m_catalog->index().hasPython3Tags();
    if (!variants) {
        m_runtimeChip->setChecked(false);
        m_develChip->setChecked(false);
    }
    if (!py3)
        m_py3Chip->setChecked(false);
    m_runtimeChip->setVisible(variants);
    m_develChip->setVisible(variants);
    m_py3Chip->setVisible(py3);
    m_table->setColumnHidden(TagTableModel::VariantColumn, !variants);
}

void TagBrowser::applyFilter()
{
    core::TagFilter filter;
    filter.text = m_text->text();
    filter.gpuOnly = m_gpuChip->isChecked();
    if (m_runtimeChip->isChecked())
        filter.variant = core::TagFacts::Variant::Runtime;
    else if (m_develChip->isChecked())
        filter.variant = core::TagFacts::Variant::Devel;
    filter.python3Only = m_py3Chip->isChecked();
    for (int i = 0; i < m_cudaChips.size(); ++i) {
        if (m_cudaChips[i]->isChecked())
            filter.cudaMajor = m_cudaMajors.value(i);
    }
    const core::TagInfo *current = m_model->tagAt(m_table->currentIndex().row());
    const QString keep = current ? current->name : QString();
    m_model->setFilter(filter);
    restoreSelection(keep);
    updateStatus();
}

void TagBrowser::rebuildCudaChips()
{
    const QList<int> majors = m_catalog->index().cudaMajors();
    if (majors == m_cudaMajors)
        return;
    int checked = -1;
    for (int i = 0; i < m_cudaChips.size(); ++i) {
        if (m_cudaChips[i]->isChecked())
            checked = m_cudaMajors.value(i);
    }
    for (FilterChip *chip : std::as_const(m_cudaChips)) {
        // clearFocus() also drops the chip from its ancestors' focus chain, which Qt 6.4 would otherwise keep
        chip->clearFocus();
        chip->hide();
        chip->deleteLater();
    }
    m_cudaChips.clear();
    m_cudaMajors = majors;
    for (int major : majors) {
        auto *chip = new FilterChip(this);
        chip->setObjectName(QStringLiteral("chipCuda%1").arg(major));
        chip->setChecked(major == checked);
        connect(chip, &QToolButton::toggled, this, [this, chip](bool on) {
            if (on) {
                // one CUDA major at a time; clicking the checked one again clears it
                for (FilterChip *other : std::as_const(m_cudaChips)) {
                    if (other != chip)
                        other->setChecked(false);
                }
            }
            applyFilter();
        });
        m_cudaChipRow->addWidget(chip);
        m_cudaChips << chip;
    }
    retranslate();
    if (checked >= 0 && !majors.contains(checked))
        applyFilter();
}

void TagBrowser::onCatalogReset()
{
    const core::TagInfo *current = m_model->tagAt(m_table->currentIndex().row());
    const QString keep = current ? current->name : QString();
    m_model->refresh();
    rebuildCudaChips();
    updateChipsForRepository();
    restoreSelection(keep);
    updateStatus();
}

void TagBrowser::onTagsAdded()
{
    onCatalogReset();
}

void TagBrowser::onSelectionChanged()
{
    const core::TagInfo *tag =
        m_table->currentIndex().isValid() ? m_model->tagAt(m_table->currentIndex().row()) : nullptr;
    if (tag)
        m_details->setTag(m_catalog->reference(), *tag, m_catalog->isPresentLocally(tag->name));
    else
        m_details->clear();
    updateButtons();
}

void TagBrowser::updateButtons()
{
    const bool selected = m_table->currentIndex().isValid();
    m_use->setEnabled(selected);
    m_pullButton->setEnabled(selected && m_engine && !m_pull->isRunning());
}

void TagBrowser::chooseSelected()
{
    const QString ref = selectedImageRef();
    if (!ref.isEmpty())
        Q_EMIT tagChosen(ref);
}

void TagBrowser::startPull()
{
    const QString ref = selectedImageRef();
    if (ref.isEmpty() || !m_engine)
        return;
    m_pullWidget->show();
    m_pull->start(core::ImageReference::parse(ref));
    updateButtons();
}

void TagBrowser::onPullFinished(const core::EngineError &error)
{
    if (!error)
        m_catalog->refreshLocalImages();
    updateButtons();
}

void TagBrowser::onFinished(const core::RegistryError &)
{
    onCatalogReset();
}

QString TagBrowser::statusText() const
{
    return m_status->text();
}

void TagBrowser::updateStatus()
{
    if (!m_status)
        return;
    using State = core::TagCatalog::State;
    const int total = m_catalog->index().size();
    const int shown = m_model->rowCount();
    QStringList parts;
    if (total > 0) {
        parts << (shown == total ? tr("%n tag(s)", nullptr, total)
                                 : tr("%1 of %n tag(s)", nullptr, total).arg(QLocale().toString(shown)));
    }
    if (m_catalog->isShowingCache() && m_catalog->dataTime().isValid())
        parts << tr("cached %1").arg(RelativeTime::describe(m_catalog->dataTime()));
    switch (m_catalog->state()) {
    case State::Loading:
        if (m_catalog->expectedCount() > 0 && total < m_catalog->expectedCount())
            parts << tr("loading (%1 of %2)…")
                         .arg(QLocale().toString(total), QLocale().toString(m_catalog->expectedCount()));
        else
            parts << tr("loading…");
        break;
    case State::WaitingForRateLimit: {
        const QDateTime until = m_catalog->rateLimitedUntil().toLocalTime();
        parts << tr("Docker Hub's rate limit was reached; continuing at %1")
                     .arg(QLocale().toString(until.time(), QLocale::ShortFormat));
        break;
    }
    case State::Failed:
        parts << ErrorText::registryMessage(m_catalog->lastError());
        break;
    case State::Done:
        if (total == 0)
            parts << tr("This repository has no tags.");
        break;
    case State::Idle:
        break;
    }
    if (m_catalog->droppedTagCount() > 0)
        parts << tr("%n invalid tag name(s) left out", nullptr, m_catalog->droppedTagCount());
    if (!m_cacheProblem.isEmpty())
        parts << m_cacheProblem;
    m_status->setText(parts.join(QStringLiteral(" · ")));
    m_status->setStyleSheet(m_catalog->state() == State::Failed ? QStringLiteral("color: #b3261e;") : QString());
}

} // namespace berth::ui
