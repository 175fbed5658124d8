// SPDX-License-Identifier: Apache-2.0
#include "diskpage.h"

#include "common/errortext.h"
#include "common/messagebar.h"
#include "disk/imageusage.h"
#include "disk/pruner.h"
#include "diskchart.h"
#include "engine/bytesize.h"
#include "engine/engineclient.h"
#include "imagetablemodel.h"
#include "prunedialog.h"
#include "settings/settings.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace berth::ui {

DiskPage::DiskPage(core::EngineClient *client, core::Settings *settings, QWidget *parent)
    : QWidget(parent), m_client(client), m_settings(settings), m_title(new QLabel(this)), m_status(new QLabel(this)),
      m_refresh(new QToolButton(this)), m_message(new MessageBar(this)), m_chart(new DiskChart(this)),
      m_imagesTitle(new QLabel(this)), m_filter(new QLineEdit(this)), m_model(new ImageTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)), m_pruneLabel(new QLabel(this)),
      m_pruneDangling(new QToolButton(this)), m_pruneUnused(new QToolButton(this)), m_days(new QSpinBox(this)),
      m_pruneStopped(new QToolButton(this))
{
    setObjectName(QStringLiteral("diskPage"));
    if (m_client)
        m_server = m_client->endpoint().host();
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_imagesTitle->setFont(titleFont);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ImageTableModel::SortRole);
    m_proxy->setFilterRole(ImageTableModel::FilterRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("diskImages"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ImageTableModel::Size, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    // Fixed row heights: a 500-image table lays out without measuring every row.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(ImageTableModel::Containers, QHeaderView::Stretch);
    m_view->setColumnWidth(ImageTableModel::Tags, 320);
    m_view->setColumnWidth(ImageTableModel::Id, 110);
    m_view->setColumnWidth(ImageTableModel::Size, 90);
    m_view->setColumnWidth(ImageTableModel::Created, 120);
    m_view->setColumnWidth(ImageTableModel::LastUsed, 120);

    m_days->setRange(0, 3650);
    m_days->setValue(m_settings ? m_settings->value(core::Settings::UnusedImageDays).toInt() : 30);
    for (QToolButton *b : {m_refresh, m_pruneDangling, m_pruneUnused, m_pruneStopped})
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_pruneDangling->setObjectName(QStringLiteral("pruneDangling"));
    m_pruneUnused->setObjectName(QStringLiteral("pruneUnused"));
    m_pruneStopped->setObjectName(QStringLiteral("pruneStopped"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_status, 1);
    header->addWidget(m_refresh);
    auto *prune = new QHBoxLayout;
    prune->addWidget(m_pruneLabel);
    prune->addWidget(m_pruneDangling);
    prune->addWidget(m_pruneUnused);
    prune->addWidget(m_days);
    prune->addWidget(m_pruneStopped);
    prune->addStretch(1);
    auto *imagesHeader = new QHBoxLayout;
    imagesHeader->addWidget(m_imagesTitle);
    imagesHeader->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(m_chart);
    layout->addLayout(prune);
    layout->addLayout(imagesHeader);
    layout->addWidget(m_view, 1);

    connect(m_refresh, &QToolButton::clicked, this, &DiskPage::refresh);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_pruneDangling, &QToolButton::clicked, this, &DiskPage::pruneDangling);
    connect(m_pruneUnused, &QToolButton::clicked, this, &DiskPage::pruneUnusedImages);
    connect(m_pruneStopped, &QToolButton::clicked, this, &DiskPage::pruneStoppedContainers);
    connect(m_days, &QSpinBox::valueChanged, this, [this](int days) {
        if (m_settings)
            m_settings->setValue(core::Settings::UnusedImageDays, days);
    });
    retranslate();
    updateActions();
}

DiskPage::~DiskPage() = default;

void DiskPage::setEngine(core::EngineClient *client, const QString &serverName)
{
    if (client == m_client)
        return;
    m_client = client;
    m_server = serverName.isEmpty() && client ? client->endpoint().host() : serverName;
    ++m_generation; // a load on the way is for the old engine
    m_loading = false;
    m_hasUsage = false;
    m_usage = {};
    m_model->setImages({});
    m_chart->clear();
    m_message->clear();
    retranslate();
    if (isVisible())
        refresh();
}

void DiskPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_hasUsage && !m_loading)
        refresh();
}

void DiskPage::refresh()
{
    if (!m_client)
        return;
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    updateStatus();
    updateActions();
    const quint64 generation = ++m_generation;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    m_client->diskUsage(this, [this, generation, clock](const core::Result<core::DiskUsage> &r) {
        if (generation != m_generation)
            return;
        m_loading = false;
        m_loadMs = clock->elapsed();
        if (r.ok()) {
            m_busyRetries = 0;
            m_usage = r.value();
            m_hasUsage = true;
            m_loadedAt = QDateTime::currentDateTime();
            m_chart->setUsage(m_usage);
            m_model->setImages(core::ImageUsage::build(m_usage));
            if (!m_pruner)
                m_message->clear();
        } else if (r.error().cause() == core::EngineError::Cause::OperationRunning && m_busyRetries < 40) {
            // The engine computes one df at a time (another window, or a refresh after a prune): ask again shortly.
            ++m_busyRetries;
            QTimer::singleShot(500, this, &DiskPage::refresh);
            return;
        } else {
            const ErrorText::Text text = ErrorText::describe(r.error(), m_server);
            m_message->showMessage(MessageBar::Kind::Error,
                                   tr("Could not read disk usage.") + QLatin1Char(' ') + text.title + QLatin1Char(' ') +
                                       text.advice,
                                   text.detail);
        }
        updateStatus();
        updateActions();
        if (std::exchange(m_again, false)) {
            refresh();
            return;
        }
        Q_EMIT loaded();
    });
}

QString DiskPage::statusText() const
{
    return m_status->text();
}

QString DiskPage::messageText() const
{
    return m_message->text();
}

void DiskPage::updateStatus()
{
    QString text = m_server;
    if (m_loading)
        text += tr(" · reading disk usage…");
    else if (m_hasUsage)
        text += tr(" · %n image(s), updated %1", nullptr, int(m_usage.images.size()))
                    .arg(QLocale().toString(m_loadedAt.time(), QLocale::ShortFormat));
    m_status->setText(text);
}

void DiskPage::updateActions()
{
    const bool ready = m_hasUsage && !m_pruner && m_client;
    for (QToolButton *b : {m_pruneDangling, m_pruneUnused, m_pruneStopped})
        b->setEnabled(ready);
    m_days->setEnabled(ready);
    m_refresh->setEnabled(!m_loading && m_client);
}

void DiskPage::pruneDangling()
{
    prune(core::PrunePlan::danglingImages(m_usage));
}

void DiskPage::pruneUnusedImages()
{
    prune(core::PrunePlan::unusedImages(m_usage, m_days->value()));
}

void DiskPage::pruneStoppedContainers()
{
    prune(core::PrunePlan::stoppedContainers(m_usage));
}

void DiskPage::prune(const core::PrunePlan &plan)
{
    if (!m_hasUsage || m_pruner || !m_client)
        return;
    if (plan.isEmpty()) {
        m_message->showMessage(MessageBar::Kind::Information,
                               tr("Nothing to remove: %1").arg(PruneDialog::title(plan)));
        return;
    }
    bool yes = false;
    if (m_confirm) {
        yes = m_confirm(plan);
    } else {
        PruneDialog dialog(plan, m_server, this);
        yes = dialog.exec() == QDialog::Accepted;
    }
    if (!yes)
        return;
    m_pruner = new core::Pruner(m_client, plan, this);
    updateActions();
    connect(m_pruner, &core::Pruner::progress, this, [this](int done, int total) {
        m_message->showMessage(MessageBar::Kind::Information, tr("Removing… %1 of %2").arg(done).arg(total));
    });
    connect(m_pruner, &core::Pruner::finished, this, [this] {
        core::Pruner *pruner = std::exchange(m_pruner, nullptr);
        pruner->deleteLater();
        const int removed = int(pruner->removed().size());
        const int failed = int(pruner->failures().size());
        QString text = tr("Removed %n item(s), freeing at least %1.", nullptr, removed)
                           .arg(core::ByteSize::format(pruner->freedBytes()));
        QStringList details;
        for (const core::Pruner::Failure &f : pruner->failures())
            details << tr("%1: %2").arg(f.item.name.isEmpty() ? f.item.id : f.item.name, f.error.message());
        if (failed > 0)
            text += QLatin1Char(' ') +
                    tr("%n item(s) could not be removed (in use again, or changed since).", nullptr, failed);
        m_message->showMessage(failed > 0 ? MessageBar::Kind::Warning : MessageBar::Kind::Information, text,
                               details.join(QLatin1Char('\n')));
        updateActions();
        refresh();
        Q_EMIT pruneFinished(removed, failed);
    });
    m_pruner->start();
}

void DiskPage::retranslate()
{
    m_title->setText(tr("Disk"));
    m_refresh->setText(tr("Refresh"));
    m_imagesTitle->setText(tr("Images"));
    m_filter->setPlaceholderText(tr("Filter by tag, ID or container"));
    m_pruneLabel->setText(tr("Free space:"));
    m_pruneDangling->setText(tr("Remove untagged images…"));
    m_pruneUnused->setText(tr("Remove unused images older than"));
    m_days->setSuffix(tr(" days"));
    m_pruneStopped->setText(tr("Remove stopped containers…"));
    m_pruneDangling->setToolTip(tr("Untagged images that no container uses. You see the list before anything goes."));
    m_pruneUnused->setToolTip(
        tr("Images no container uses (running or stopped) created more than the given days ago. You see the list "
           "before anything goes."));
    m_pruneStopped->setToolTip(tr("Exited and created containers. You see the list before anything goes."));
    m_model->retranslate();
    updateStatus();
}

void DiskPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace berth::ui
