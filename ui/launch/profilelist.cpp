// SPDX-License-Identifier: Apache-2.0
#include "profilelist.h"

#include "common/childsignals.h"
#include "launch/dockerrunwriter.h"
#include "launch/profilestore.h"
#include "launch/shellwords.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace berth::ui {

namespace {
enum Kind { SavedItem = 1, RecentItem = 2 };
constexpr int KindRole = Qt::UserRole;
constexpr int KeyRole = Qt::UserRole + 1; // profile name, or index into recent()
} // namespace

ProfileList::ProfileList(core::ProfileStore *store, std::function<core::LaunchSpec()> specProvider, QWidget *parent)
    : QWidget(parent), m_store(store), m_specProvider(std::move(specProvider)), m_title(new QLabel(this)),
      m_tree(new QTreeWidget(this)), m_save(new QToolButton(this)), m_saveAs(new QToolButton(this)),
      m_more(new QToolButton(this))
{
    m_tree->setObjectName(QStringLiteral("profileTree"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(12);
    m_tree->setUniformRowHeights(false); // recent launches take two lines
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    for (QToolButton *b : {m_save, m_saveAs, m_more}) {
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto *menu = new QMenu(m_more);
    m_renameAction = menu->addAction(QString(), this, &ProfileList::renameInteractive);
    m_duplicateAction = menu->addAction(QString(), this, &ProfileList::duplicateSelected);
    m_deleteAction = menu->addAction(QString(), this, &ProfileList::removeInteractive);
    menu->addSeparator();
    m_clearRecentAction = menu->addAction(QString(), this, [this] { m_store->clearRecent(); });
    m_more->setMenu(menu);
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_tree->addActions({m_renameAction, m_duplicateAction, m_deleteAction});

    connect(m_save, &QToolButton::clicked, this, &ProfileList::save);
    connect(m_saveAs, &QToolButton::clicked, this, &ProfileList::saveAsInteractive);
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const int kind = item->data(0, KindRole).toInt();
        if (kind == SavedItem)
            loadProfile(item->data(0, KeyRole).toString());
        else if (kind == RecentItem)
            loadRecent(item->data(0, KeyRole).toInt());
    });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &ProfileList::updateActions);
    connect(m_store, &core::ProfileStore::changed, this, &ProfileList::rebuild);
    connect(m_store, &core::ProfileStore::loaded, this, &ProfileList::rebuild);
    connect(m_store, &core::ProfileStore::saveFailed, this,
            [this](const QString &why) { Q_EMIT message(tr("Saving profiles failed: %1").arg(why), true); });
    connect(m_store, &core::ProfileStore::loadFailed, this, [this](const QString &why, const QString &keptAside) {
        Q_EMIT message(
            tr("The saved profiles could not be read (%1). The damaged file was kept as %2.").arg(why, keptAside),
            true);
    });
    retranslate();
    rebuild();
}

ProfileList::~ProfileList()
{
    disconnectChildSignals(this);
}

void ProfileList::setCurrentProfile(const QString &name)
{
    if (m_current == name)
        return;
    m_current = name;
    rebuild();
    Q_EMIT currentProfileChanged(name);
}

QString ProfileList::selectedProfile() const
{
    const QList<QTreeWidgetItem *> items = m_tree->selectedItems();
    if (!items.isEmpty() && items.first()->data(0, KindRole).toInt() == SavedItem)
        return items.first()->data(0, KeyRole).toString();
    return m_current;
}

void ProfileList::rebuild()
{
    const QString selected = selectedProfile();
    m_tree->clear();
    QFont bold = m_tree->font();
    bold.setBold(true);
    m_savedRoot = new QTreeWidgetItem(m_tree);
    m_savedRoot->setFlags(Qt::ItemIsEnabled);
    m_savedRoot->setFont(0, bold);
    const QList<core::ProfileStore::Profile> profiles = m_store->profiles();
    for (const core::ProfileStore::Profile &p : profiles) {
        auto *item = new QTreeWidgetItem(m_savedRoot);
        item->setText(0, p.name);
        item->setData(0, KindRole, SavedItem);
        item->setData(0, KeyRole, p.name);
        item->setToolTip(0, core::DockerRunWriter::write(p.spec));
        if (p.name == m_current) {
            QFont current = m_tree->font();
            current.setItalic(true);
            item->setFont(0, current);
        }
        if (p.name == selected)
            item->setSelected(true);
    }
    m_recentRoot = new QTreeWidgetItem(m_tree);
    m_recentRoot->setFlags(Qt::ItemIsEnabled);
    m_recentRoot->setFont(0, bold);
    const QList<core::ProfileStore::RecentLaunch> recent = m_store->recent();
    const QLocale locale;
    const QDate today = QDate::currentDate();
    for (int i = 0; i < recent.size(); ++i) {
        const core::ProfileStore::RecentLaunch &r = recent.at(i);
        auto *item = new QTreeWidgetItem(m_recentRoot);
        // Three runs of one image must read apart: the name (profile or container, else the image), the time, and
        // on a second line what ran.
        const QString what = !r.profileName.isEmpty() ? r.profileName
                             : !r.spec.name.isEmpty() ? r.spec.name
                                                      : r.spec.imageReference();
        const QDateTime when = r.launchedAt.toLocalTime();
        const QString time = when.date() == today
                                 ? when.time().toString(QStringLiteral("HH:mm"))
                                 : locale.toString(when.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
                                       when.time().toString(QStringLiteral("HH:mm"));
        const QString ran =
            r.spec.command.isEmpty() ? tr("(the image's own command)") : core::ShellWords::join(r.spec.command);
        // What ran tells launches apart better than the image, which the tooltip and a nameless title give.
        const QString second = ran;
        item->setText(0, tr("%1 · %2").arg(what, time) + QLatin1Char('\n') +
                             m_tree->fontMetrics().elidedText(second, Qt::ElideRight, 360));
        item->setData(0, KindRole, RecentItem);
        item->setData(0, KeyRole, i);
        QString tip = core::DockerRunWriter::write(r.spec);
        if (!r.spec.command.isEmpty())
            tip = core::ShellWords::join(r.spec.command) + QStringLiteral("\n\n") + tip;
        item->setToolTip(0, tip);
    }
    m_tree->expandAll();
    if (m_tree->selectedItems().isEmpty())
        m_tree->setCurrentItem(nullptr); // no focus frame on a heading
    retranslate();
    updateActions();
}

void ProfileList::updateActions()
{
    const bool haveProfile = !selectedProfile().isEmpty() && m_store->contains(selectedProfile());
    m_renameAction->setEnabled(haveProfile);
    m_duplicateAction->setEnabled(haveProfile);
    m_deleteAction->setEnabled(haveProfile);
    m_clearRecentAction->setEnabled(!m_store->recent().isEmpty());
}

void ProfileList::loadProfile(const QString &name)
{
    const std::optional<core::LaunchSpec> spec = m_store->profile(name);
    if (!spec)
        return;
    m_current = name;
    rebuild();
    Q_EMIT currentProfileChanged(name);
    Q_EMIT loadRequested(*spec, name);
}

void ProfileList::loadRecent(int index)
{
    const QList<core::ProfileStore::RecentLaunch> recent = m_store->recent();
    if (index < 0 || index >= recent.size())
        return;
    const core::ProfileStore::RecentLaunch &r = recent.at(index);
    m_current = m_store->contains(r.profileName) ? r.profileName : QString();
    rebuild();
    Q_EMIT currentProfileChanged(m_current);
    Q_EMIT loadRequested(r.spec, m_current);
}

bool ProfileList::saveAs(const QString &name, QString *error)
{
    QString why;
    if (!m_store->save(name.trimmed(), m_specProvider(), &why)) {
        if (error)
            *error = why;
        return false;
    }
    setCurrentProfile(name.trimmed());
    return true;
}

bool ProfileList::renameProfile(const QString &from, const QString &to, QString *error)
{
    if (!m_store->rename(from, to.trimmed(), error))
        return false;
    if (m_current == from)
        setCurrentProfile(to.trimmed());
    return true;
}

QString ProfileList::duplicateProfile(const QString &name, QString *error)
{
    return m_store->duplicate(name, error);
}

bool ProfileList::removeProfile(const QString &name, QString *error)
{
    if (!m_store->remove(name, error))
        return false;
    if (m_current == name)
        setCurrentProfile({});
    return true;
}

QString ProfileList::askName(const QString &title, const QString &label, const QString &suggestion)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, title, label, QLineEdit::Normal, suggestion, &ok);
    return ok ? name.trimmed() : QString();
}

void ProfileList::save()
{
    if (m_current.isEmpty() || !m_store->contains(m_current)) {
        saveAsInteractive();
        return;
    }
    QString why;
    if (!saveAs(m_current, &why))
        Q_EMIT message(why, true);
    else
        Q_EMIT message(tr("Saved the profile %1.").arg(m_current), false);
}

void ProfileList::saveAsInteractive()
{
    const core::LaunchSpec spec = m_specProvider();
    QString suggestion = m_current;
    if (suggestion.isEmpty()) {
        suggestion = spec.name.isEmpty() ? spec.image.section(QLatin1Char('/'), -1) : spec.name;
        if (!spec.projectFolder.isEmpty())
            suggestion = spec.projectFolder.section(QLatin1Char('/'), -1);
    }
    const QString name = askName(tr("Save profile"), tr("Name of the saved launch:"), suggestion);
    if (name.isEmpty())
        return;
    if (m_store->contains(name) && name != m_current &&
        QMessageBox::question(this, tr("Replace profile?"), tr("A profile named %1 exists. Replace it?").arg(name)) !=
            QMessageBox::Yes)
        return;
    QString why;
    if (!saveAs(name, &why))
        Q_EMIT message(why, true);
    else
        Q_EMIT message(tr("Saved the profile %1.").arg(name), false);
}

void ProfileList::renameInteractive()
{
    const QString from = selectedProfile();
    if (from.isEmpty())
        return;
    const QString to = askName(tr("Rename profile"), tr("New name for %1:").arg(from), from);
    if (to.isEmpty() || to == from)
        return;
    QString why;
    if (!renameProfile(from, to, &why))
        Q_EMIT message(why, true);
}

void ProfileList::duplicateSelected()
{
    const QString name = selectedProfile();
    if (name.isEmpty())
        return;
    QString why;
    if (duplicateProfile(name, &why).isEmpty())
        Q_EMIT message(why, true);
}

void ProfileList::removeInteractive()
{
    const QString name = selectedProfile();
    if (name.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete profile?"), tr("Delete the saved profile %1?").arg(name)) !=
        QMessageBox::Yes)
        return;
    QString why;
    if (!removeProfile(name, &why))
        Q_EMIT message(why, true);
}

void ProfileList::retranslate()
{
    m_title->setText(tr("Saved launches"));
    if (m_savedRoot) {
        m_savedRoot->setText(0, m_savedRoot->childCount() ? tr("Profiles") : tr("Profiles (none yet)"));
        m_savedRoot->setToolTip(0, tr("Named launches you saved"));
    }
    if (m_recentRoot) {
        m_recentRoot->setText(0, m_recentRoot->childCount() ? tr("Recent") : tr("Recent (none yet)"));
        m_recentRoot->setToolTip(0, tr("The last %n launch(es)", nullptr, core::ProfileStore::MaxRecent));
    }
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Save the form into the current profile"));
    m_saveAs->setText(tr("Save as…"));
    m_more->setText(tr("More"));
    m_renameAction->setText(tr("Rename…"));
    m_duplicateAction->setText(tr("Duplicate"));
    m_deleteAction->setText(tr("Delete…"));
    m_clearRecentAction->setText(tr("Clear recent launches"));
}

void ProfileList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace berth::ui
