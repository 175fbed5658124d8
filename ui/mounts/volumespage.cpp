// SPDX-License-Identifier: Apache-2.0
#include "volumespage.h"

#include "common/childsignals.h"
#include "common/errortext.h"
#include "common/messagebar.h"
#include "common/plaintext.h"
#include "engine/berthlabels.h"
#include "engine/bytesize.h"
#include "engine/engineclient.h"
#include "engine/enginestreams.h"
#include "launch/createbodybuilder.h"
#include "launch/mountvalidator.h"
#include "settings/settings.h"
#include "volumelistmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace berth::ui {

using core::ContainerSummary;
using core::EngineError;
using core::VolumeInfo;

struct VolumesPage::Load
{
    quint64 generation = 0;
    std::optional<QList<VolumeInfo>> volumes;
    std::optional<QList<ContainerSummary>> containers;
};

namespace {
QToolButton *toolButton(QStyle::StandardPixmap icon, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

QList<VolumeListModel::User> usersOf(const QList<ContainerSummary> &containers)
{
    QList<VolumeListModel::User> users;
    for (const ContainerSummary &c : containers)
        users.append({c.name, c.state, core::BerthLabels::owner(c.labels)});
    return users;
}
} // namespace

VolumesPage::VolumesPage(core::EngineClient *engine, core::Settings *settings, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_settings(settings ? settings : &core::Settings::instance()),
      m_model(new VolumeListModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_refresh = toolButton(QStyle::SP_BrowserReload, this);
    m_createPip = toolButton(QStyle::SP_FileDialogNewFolder, this);
    m_newName = new QLineEdit(this);
    m_newName->setClearButtonEnabled(true);
    m_newName->setMaximumWidth(260);
    m_create = toolButton(QStyle::SP_DialogApplyButton, this);
    m_remove = toolButton(QStyle::SP_TrashIcon, this);
    m_prune = toolButton(QStyle::SP_DialogResetButton, this);
    m_scopeLabel = new QLabel(this);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("volumeScope"));
    m_scope->addItem(QString(), QStringLiteral("everyone"));
    m_scope->addItem(QString(), QStringLiteral("mine"));

    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->setSpacing(4);
    tools->addWidget(m_refresh);
    tools->addWidget(m_createPip);
    tools->addSpacing(12);
    tools->addWidget(m_newName);
    tools->addWidget(m_create);
    tools->addStretch(1);
    tools->addWidget(m_scopeLabel);
    tools->addWidget(m_scope);
    tools->addSpacing(12);
    tools->addWidget(m_remove);
    tools->addWidget(m_prune);

    m_messages = new MessageBar(this);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(VolumeListModel::SortRole);
    m_proxy->setFilterRole(VolumeListModel::MineRole);
    m_proxy->setFilterKeyColumn(VolumeListModel::NameColumn);
    m_view = new QTreeView(this);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(VolumeListModel::NameColumn, Qt::AscendingOrder);
    m_view->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(VolumeListModel::NameColumn, QHeaderView::Interactive);
    header->resizeSection(VolumeListModel::NameColumn, 260);
    header->setSectionResizeMode(VolumeListModel::OwnerColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(VolumeListModel::DriverColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(VolumeListModel::CreatedColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(VolumeListModel::SizeColumn, QHeaderView::ResizeToContents);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_messages);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    m_eventDebounce = new QTimer(this);
    m_eventDebounce->setSingleShot(true);
    m_eventDebounce->setInterval(250);
    m_eventRetry = new QTimer(this);
    m_eventRetry->setSingleShot(true);
    m_eventRetry->setInterval(5000);

    connect(m_refresh, &QToolButton::clicked, this, &VolumesPage::refresh);
    connect(m_createPip, &QToolButton::clicked, this, &VolumesPage::createPipCacheVolume);
    connect(m_create, &QToolButton::clicked, this, [this] { createVolume(m_newName->text()); });
    connect(m_newName, &QLineEdit::returnPressed, this, [this] { createVolume(m_newName->text()); });
    connect(m_newName, &QLineEdit::textChanged, this, &VolumesPage::updateButtons);
    connect(m_remove, &QToolButton::clicked, this, &VolumesPage::removeSelected);
    connect(m_prune, &QToolButton::clicked, this, &VolumesPage::pruneUnused);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VolumesPage::updateButtons);
    connect(m_eventDebounce, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    connect(m_eventRetry, &QTimer::timeout, this, [this] {
        startEvents();
        refresh(); // whatever happened while the stream was down
    });
    connect(m_settings, &core::Settings::changed, this, [this](const QString &key) {
        if (key == QLatin1String(core::Settings::PipCacheVolume))
            retranslate();
    });

    setMineOnly(m_settings->value(core::Settings::VolumeScope).toString() == QLatin1String("mine"));
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this](int index) {
        setMineOnly(index == 1);
        m_settings->setValue(core::Settings::VolumeScope, m_scope->itemData(index));
    });

    retranslate();
    updateButtons();
}

VolumesPage::~VolumesPage()
{
    disconnectChildSignals(this);
}

void VolumesPage::setMineOnly(bool mineOnly)
{
    m_scope->setCurrentIndex(mineOnly ? 1 : 0);
    m_proxy->setFilterFixedString(mineOnly ? QStringLiteral("mine") : QString());
    updateStatus();
}

bool VolumesPage::mineOnly() const
{
    return m_scope->currentIndex() == 1;
}

void VolumesPage::setLabelFilter(const QString &label)
{
    m_labelFilter = label;
    m_stale = true;
    if (isVisible())
        refresh();
}

bool VolumesPage::matchesFilter(const VolumeInfo &volume) const
{
    if (m_labelFilter.isEmpty())
        return true;
    const qsizetype eq = m_labelFilter.indexOf(QLatin1Char('='));
    if (eq < 0)
        return volume.labels.contains(m_labelFilter);
    const QString key = m_labelFilter.left(eq);
    return volume.labels.contains(key) && volume.labels.value(key) == m_labelFilter.mid(eq + 1);
}

QString VolumesPage::pipCacheName() const
{
    return m_settings->value(core::Settings::PipCacheVolume).toString();
}

QStringList VolumesPage::selectedVolumes() const
{
    QStringList names;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows(VolumeListModel::NameColumn))
        names.append(index.data(VolumeListModel::NameRole).toString());
    return names;
}

void VolumesPage::selectVolume(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void VolumesPage::refresh()
{
    if (!m_engine)
        return;
    if (m_loading) {
        m_refreshAgain = true;
        return;
    }
    m_loading = true;
    m_stale = false;
    auto load = std::make_shared<Load>();
    load->generation = ++m_generation;
    updateStatus();

    m_engine->listVolumes(this, [this, load](const core::Result<QList<VolumeInfo>> &result) {
        if (load->generation != m_generation)
            return;
        if (!result.ok()) {
            m_loading = false;
            showError([] { return tr("Could not list the volumes."); }, result.error());
            updateStatus();
            return;
        }
        load->volumes = result.value();
        finishLoad(load);
    });
    // One list of every container gives the users of every volume (their Mounts), instead of a query per volume.
    m_engine->listContainers(core::ContainerFilter{true, {}}, this,
                             [this, load](const core::Result<QList<ContainerSummary>> &result) {
                                 if (load->generation != m_generation)
                                     return;
                                 load->containers = result.ok() ? result.value() : QList<ContainerSummary>();
                                 finishLoad(load);
                             });
    loadSizes();
}

void VolumesPage::loadSizes()
{
    // /system/df walks every volume on disk: one at a time, and the list does not wait for it.
    if (!m_engine)
        return;
    if (m_sizesLoading) {
        m_sizesAgain = true; // the answer on the way may predate a volume just listed
        return;
    }
    m_sizesLoading = true;
    m_model->setSizesPending(true);
    m_engine->diskUsage(this, [this](const core::Result<core::DiskUsage> &result) {
        m_sizesLoading = false;
        if (result.ok()) {
            QHash<QString, qint64> sizes;
            for (const core::DiskUsage::Volume &v : result.value().volumes) {
                if (v.size >= 0)
                    sizes.insert(v.name, v.size);
            }
            m_sizes = sizes;
        }
        m_model->setSizes(m_sizes);
        if (std::exchange(m_sizesAgain, false)) {
            loadSizes();
            return;
        }
        updateStatus();
        Q_EMIT sizesUpdated();
    });
}

void VolumesPage::finishLoad(const std::shared_ptr<Load> &load)
{
    if (!load->volumes || !load->containers)
        return;
    QHash<QString, QList<ContainerSummary>> users;
    for (const ContainerSummary &c : std::as_const(*load->containers)) {
        for (const core::MountPoint &mount : c.mounts) {
            if (mount.type == QLatin1String("volume"))
                users[mount.name].append(c);
        }
    }
    QList<VolumeListModel::Entry> entries;
    for (const VolumeInfo &v : std::as_const(*load->volumes)) {
        if (!matchesFilter(v))
            continue;
        VolumeListModel::Entry e;
        e.info = v;
        e.users = usersOf(users.value(v.name));
        e.size = m_sizes.value(v.name, v.size);
        entries.append(e);
    }
    const QStringList selected = selectedVolumes();
    const QString current = m_view->currentIndex().data(VolumeListModel::NameRole).toString();
    m_model->setEntries(entries);
    m_model->setSizesPending(m_sizesLoading);
    for (const QString &name : selected) {
        const int row = m_model->rowOf(name);
        if (row >= 0)
            m_view->selectionModel()->select(m_proxy->mapFromSource(m_model->index(row, 0)),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (const int row = m_model->rowOf(current); row >= 0)
        m_view->selectionModel()->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)),
                                                  QItemSelectionModel::NoUpdate);
    m_loading = false;
    m_loadedOnce = true;
    updateButtons();
    updateStatus();
    Q_EMIT refreshed();
    if (std::exchange(m_refreshAgain, false))
        refresh();
}

void VolumesPage::startEvents()
{
    if (!m_engine || m_events)
        return;
    // Volume create/destroy/mount/unmount and container create/destroy change what the page shows.
    const QMap<QString, QStringList> filters{
        {QStringLiteral("type"), {QStringLiteral("volume"), QStringLiteral("container")}},
        {QStringLiteral("event"),
         {QStringLiteral("create"), QStringLiteral("destroy"), QStringLiteral("mount"), QStringLiteral("unmount"),
          QStringLiteral("prune")}}};
    m_events = m_engine->events(filters, 0, this);
    connect(m_events, &core::EventStream::eventReceived, this, [this] { m_eventDebounce->start(); });
    connect(m_events, &core::EngineStream::finished, this, [this](const EngineError &) {
        if (m_events)
            m_events->deleteLater();
        m_events = nullptr;
        m_eventRetry->start();
    });
}

void VolumesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    startEvents();
    if (m_stale || !m_loadedOnce)
        refresh();
}

void VolumesPage::createPipCacheVolume()
{
    createVolume(pipCacheName());
}

void VolumesPage::createVolume(const QString &rawName)
{
    const QString name = rawName.trimmed();
    if (!m_engine || name.isEmpty())
        return;
    if (!core::MountValidator::isValidVolumeName(name)) {
        m_messages->showMessage(MessageBar::Kind::Warning, [name] {
            return tr("“%1” is not a valid volume name. Use letters, digits, “_”, “.” and “-”, starting with a letter "
                      "or "
                      "digit, at least two characters.")
                .arg(name);
        });
        return;
    }
    if (m_model->rowOf(name) >= 0) {
        m_messages->showMessage(MessageBar::Kind::Information,
                                [name] { return tr("The volume %1 exists already.").arg(name); });
        selectVolume(name);
        return;
    }
    QMap<QString, QString> labels{
        {QLatin1String(core::BerthLabels::Owner), core::CreateBodyBuilder::currentUserName()}};
    if (!m_labelFilter.isEmpty()) {
        const qsizetype eq = m_labelFilter.indexOf(QLatin1Char('='));
        labels.insert(m_labelFilter.left(eq), eq < 0 ? QString() : m_labelFilter.mid(eq + 1));
    }
    m_create->setEnabled(false);
    m_createPip->setEnabled(false);
    m_engine->createVolume(name, labels, this, [this, name](const core::Result<VolumeInfo> &result) {
        if (!result.ok()) {
            showError([name] { return tr("Could not create the volume %1.").arg(name); }, result.error());
            updateButtons();
            return;
        }
        m_messages->showMessage(MessageBar::Kind::Information,
                                [name] { return tr("Created the volume %1.").arg(name); });
        if (m_newName->text().trimmed() == name)
            m_newName->clear();
        Q_EMIT volumeCreated(name);
        auto *selectOnce = new QObject(this);
        connect(this, &VolumesPage::refreshed, selectOnce, [this, name, selectOnce] {
            selectVolume(name);
            selectOnce->deleteLater();
        });
        refresh();
    });
}

void VolumesPage::removeSelected()
{
    const QStringList names = selectedVolumes();
    if (names.isEmpty())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Remove volumes"),
        names.size() == 1
            ? tr("Remove the volume %1? The files in it are deleted for good.").arg(names.first())
            : tr("Remove %n volumes? The files in them are deleted for good.", nullptr, int(names.size())),
        QMessageBox::Cancel, this);
    box->setTextFormat(Qt::PlainText); // volume names are the engine's text
    if (names.size() > 1)
        box->setInformativeText(names.join(QLatin1Char('\n')));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, names] {
        if (box->clickedButton() == remove)
            removeVolumes(names);
    });
    box->open();
}

void VolumesPage::removeVolumes(const QStringList &names)
{
    auto remaining = std::make_shared<int>(int(names.size()));
    auto removed = std::make_shared<QStringList>();
    for (const QString &name : names) {
        removeOne(name, [this, remaining, removed, name](bool ok) {
            if (ok)
                removed->append(name);
            if (--*remaining == 0) {
                if (!removed->isEmpty() && m_messages->text().isEmpty())
                    m_messages->showMessage(MessageBar::Kind::Information, [names = *removed] {
                        return names.size() == 1 ? tr("Removed the volume %1.").arg(names.first())
                                                 : tr("Removed the volumes %1.").arg(names.join(QLatin1String(", ")));
                    });
                refresh();
            }
        });
    }
}

void VolumesPage::removeOne(const QString &name, std::function<void(bool removed)> done)
{
    if (!m_engine)
        return;
    m_messages->clear();
    // Ask who uses it first, so the refusal names containers rather than the engine's container IDs.
    core::ContainerFilter filter{true, {{QStringLiteral("volume"), {name}}}};
    m_engine->listContainers(filter, this, [this, name, done](const core::Result<QList<ContainerSummary>> &users) {
        if (users.ok() && !users.value().isEmpty()) {
            refuse(name, users.value(), {});
            done(false);
            return;
        }
        m_engine->removeVolume(name, false, this, [this, name, done](const core::Result<core::Done> &result) {
            if (result.ok()) {
                Q_EMIT volumeRemoved(name);
                done(true);
                return;
            }
            if (result.error().kind() != EngineError::Kind::Conflict) {
                showError([name] { return tr("Could not remove the volume %1.").arg(name); }, result.error());
                done(false);
                return;
            }
            // A container took it meanwhile: ask again for names.
            const QString engineMessage = result.error().message();
            core::ContainerFilter again{true, {{QStringLiteral("volume"), {name}}}};
            m_engine->listContainers(again, this,
                                     [this, name, done, engineMessage](const core::Result<QList<ContainerSummary>> &r) {
                                         refuse(name, r.ok() ? r.value() : QList<ContainerSummary>(), engineMessage);
                                         done(false);
                                     });
        });
    });
}

void VolumesPage::refuse(const QString &name, const QList<ContainerSummary> &users, const QString &engineMessage)
{
    QStringList names;
    for (const ContainerSummary &c : users)
        names.append(c.name);
    QString who = VolumeListModel::usersText(usersOf(users));
    if (who.isEmpty()) {
        // The 409 names containers by ID: "remove NAME: volume is in use - [ID, ID]".
        static const QRegularExpression ids(QStringLiteral("\\[([^\\]]*)\\]"));
        const QRegularExpressionMatch match = ids.match(engineMessage);
        QStringList shortIds;
        if (match.hasMatch()) {
            for (const QString &id : match.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts))
                shortIds.append(id.trimmed().left(12));
        }
        names = shortIds;
        who = shortIds.isEmpty() ? tr("a container") : shortIds.join(QLatin1String(", "));
    }
    m_messages->showMessage(
        MessageBar::Kind::Warning,
        [name, who] {
            return tr("The volume %1 is in use by %2, so it was not removed. Remove those containers first (stopped "
                      "containers count too).")
                .arg(name, who);
        },
        engineMessage);
    Q_EMIT removeRefused(name, names);
}

void VolumesPage::pruneUnused()
{
    // The user's own unused volumes by default; other people's (and those of unknown owner, made outside Berth)
    // only when asked for in the confirmation, since on a shared server they hold someone's data.
    QList<VolumeListModel::Entry> mine;
    QList<VolumeListModel::Entry> others;
    for (const VolumeListModel::Entry &e : m_model->entries()) {
        if (e.users.isEmpty())
            (m_model->isMine(e) ? mine : others).append(e);
    }
    if (mineOnly())
        others.clear();
    if (mine.isEmpty() && others.isEmpty()) {
        m_messages->showMessage(MessageBar::Kind::Information,
                                [] { return tr("No volume is unused; there is nothing to prune."); });
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Prune unused volumes"), QString(), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("pruneConfirmation"));
    QPushButton *remove = box->addButton(QString(), QMessageBox::DestructiveRole);
    QCheckBox *includeOthers = nullptr;
    if (!others.isEmpty()) {
        QStringList owners;
        for (const VolumeListModel::Entry &e : std::as_const(others)) {
            const QString owner = VolumeListModel::ownerOf(e);
            const QString who = owner.isEmpty() ? tr("unknown owner") : owner;
            if (!owners.contains(who))
                owners.append(who);
        }
        includeOthers =
            new QCheckBox(tr("Also remove %n unused volume(s) of other people (%1)", nullptr, int(others.size()))
                              .arg(owners.join(QLatin1String(", "))),
                          box);
        box->setCheckBox(includeOthers);
    }
    // What goes, shown again whenever the check box changes, so the list always matches the button.
    auto chosen = std::make_shared<QStringList>();
    auto describe = [this, box, remove, includeOthers, mine, others, chosen] {
        QList<VolumeListModel::Entry> unused = mine;
        if (includeOthers && includeOthers->isChecked())
            unused += others;
        QStringList lines;
        chosen->clear();
        qint64 total = 0;
        for (const VolumeListModel::Entry &e : std::as_const(unused)) {
            chosen->append(e.info.name);
            const QString owner = VolumeListModel::ownerOf(e);
            QString line = e.size >= 0 ? tr("%1 (%2)").arg(e.info.name, core::ByteSize::format(e.size)) : e.info.name;
            if (!m_model->isMine(e))
                line = tr("%1, owner: %2").arg(line, owner.isEmpty() ? tr("unknown") : owner);
            lines.append(line);
            total += std::max<qint64>(0, e.size);
        }
        constexpr int shown = 15;
        QString list = lines.mid(0, shown).join(QLatin1Char('\n'));
        if (lines.size() > shown)
            list += QLatin1Char('\n') + tr("and %n more", nullptr, int(lines.size() - shown));
        if (unused.isEmpty()) {
            box->setText(tr("None of your volumes is unused. Other people's unused volumes are kept unless you "
                            "choose them below."));
        } else {
            box->setText(tr("Remove %n unused volume(s), %1 in all? Their files are deleted for good.", nullptr,
                            int(unused.size()))
                             .arg(core::ByteSize::format(total)));
        }
        box->setInformativeText(list);
        box->setDetailedText(lines.size() > shown ? lines.join(QLatin1Char('\n')) : QString());
        remove->setText(tr("Remove %n volume(s)", nullptr, int(unused.size())));
        remove->setEnabled(!unused.isEmpty());
    };
    describe();
    PlainText::labelsUnder(box); // volume names and owners are the engine's text
    if (includeOthers)
        connect(includeOthers, &QCheckBox::toggled, box, describe);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, chosen] {
        if (box->clickedButton() != remove)
            return;
        const QStringList names = *chosen;
        if (names.isEmpty())
            return;
        // Each listed volume by itself, never a blanket prune: exactly what was confirmed goes, and one that a
        // container took meanwhile is refused by the engine and kept. (API 1.42+ prune also skips named volumes.)
        auto remaining = std::make_shared<int>(int(names.size()));
        auto removed = std::make_shared<QStringList>();
        auto kept = std::make_shared<QStringList>();
        for (const QString &name : names) {
            m_engine->removeVolume(
                name, false, this, [this, name, remaining, removed, kept](const core::Result<core::Done> &r) {
                    (r.ok() ? removed : kept)->append(name);
                    if (--*remaining > 0)
                        return;
                    if (kept->isEmpty())
                        m_messages->showMessage(MessageBar::Kind::Information, [n = int(removed->size())] {
                            return tr("Removed %n unused volume(s).", nullptr, n);
                        });
                    else
                        m_messages->showMessage(MessageBar::Kind::Warning,
                                                [n = int(removed->size()), keptNames = *kept] {
                                                    return tr("Removed %n volume(s); kept %1, which came into use "
                                                              "meanwhile.",
                                                              nullptr, n)
                                                        .arg(keptNames.join(QLatin1String(", ")));
                                                });
                    Q_EMIT pruneFinished(*removed, *kept);
                    refresh();
                });
        }
    });
    box->open();
}

void VolumesPage::showError(std::function<QString()> what, const EngineError &error)
{
    const QString host = m_engine ? m_engine->endpoint().host() : QString();
    m_messages->showMessage(
        MessageBar::Kind::Error,
        [what, error, host] {
            const ErrorText::Text text = ErrorText::describe(error, host);
            return QStringList{what(), text.title, text.advice}.join(QLatin1Char(' '));
        },
        ErrorText::describe(error, host).detail);
}

void VolumesPage::updateButtons()
{
    const bool engine = !m_engine.isNull();
    const QString pip = pipCacheName();
    const bool pipExists = m_model->rowOf(pip) >= 0;
    m_createPip->setEnabled(engine && m_loadedOnce && !pip.isEmpty() && !pipExists);
    m_createPip->setToolTip(pipExists ? tr("The volume %1 exists already.").arg(pip)
                                      : tr("A volume for pip's download cache, mounted at /pip_cache, so packages are "
                                           "downloaded once instead of at every run."));
    m_create->setEnabled(engine && !m_newName->text().trimmed().isEmpty());
    m_remove->setEnabled(engine && !selectedVolumes().isEmpty());
    m_prune->setEnabled(engine && m_loadedOnce);
}

void VolumesPage::updateStatus()
{
    if (m_loading && !m_loadedOnce) {
        m_status->setText(tr("Loading volumes…"));
        return;
    }
    qint64 total = 0;
    bool anySize = false;
    int unused = 0;
    for (const VolumeListModel::Entry &e : m_model->entries()) {
        if (e.size >= 0) {
            total += e.size;
            anySize = true;
        }
        unused += e.users.isEmpty() ? 1 : 0;
    }
    const int count = int(m_model->entries().size());
    QString text = tr("Volumes: %1").arg(count);
    if (mineOnly())
        text = tr("Volumes: %1 of yours, %2 in all").arg(m_proxy->rowCount()).arg(count);
    if (anySize)
        text = tr("%1, %2 in all").arg(text, core::ByteSize::format(total));
    if (unused > 0)
        text = tr("%1, unused: %2").arg(text).arg(unused);
    if (m_sizesLoading)
        text = tr("%1 (measuring sizes…)").arg(text);
    m_status->setText(text);
}

void VolumesPage::retranslate()
{
    m_refresh->setText(tr("Refresh"));
    m_createPip->setText(tr("Create %1").arg(pipCacheName()));
    m_newName->setPlaceholderText(tr("New volume name"));
    m_create->setText(tr("Create"));
    m_remove->setText(tr("Remove…"));
    m_remove->setToolTip(tr("Remove the selected volumes and the files in them"));
    m_prune->setText(tr("Prune unused…"));
    m_prune->setToolTip(tr("Remove your volumes that no container uses, after showing which (other people's only "
                           "when you also choose them)"));
    m_scopeLabel->setText(tr("Show:"));
    m_scope->setItemText(0, tr("Everyone's volumes"));
    m_scope->setItemText(1, tr("My volumes"));
    m_model->retranslate();
    updateButtons();
    updateStatus();
}

void VolumesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace berth::ui
