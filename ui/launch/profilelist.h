// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/launchspec.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace berth::core {
class ProfileStore;
}

namespace berth::ui {

// Saved launches and the last launches, side by side with the form: a click loads one into the form; Save, Save
// as, Rename, Duplicate and Delete work on the saved ones. Everything is kept by ProfileStore (atomic JSON writes).
class ProfileList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileList)
public:
    // store is not owned; specProvider gives the form's launch for Save.
    ProfileList(core::ProfileStore *store, std::function<core::LaunchSpec()> specProvider, QWidget *parent = nullptr);
    ~ProfileList() override;

    // The profile the form was loaded from (or last saved as); empty for an ad-hoc launch.
    QString currentProfile() const { return m_current; }
    void setCurrentProfile(const QString &name);

    // The same operations as the buttons, without dialogs (tests, other callers). Each says why in *error.
    bool saveAs(const QString &name, QString *error = nullptr);
    bool renameProfile(const QString &from, const QString &to, QString *error = nullptr);
    QString duplicateProfile(const QString &name, QString *error = nullptr);
    bool removeProfile(const QString &name, QString *error = nullptr);
    void loadProfile(const QString &name);
    void loadRecent(int index);

    QTreeWidget *tree() const { return m_tree; }
    QString selectedProfile() const;

public Q_SLOTS:
    void save(); // into the current profile, else asks for a name
    void saveAsInteractive();
    void renameInteractive();
    void duplicateSelected();
    void removeInteractive();

Q_SIGNALS:
    void loadRequested(const core::LaunchSpec &spec, const QString &profileName);
    void currentProfileChanged(const QString &name);
    // Something went wrong with the store (translated), for the panel's message bar.
    void message(const QString &text, bool error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    void updateActions();
    QString askName(const QString &title, const QString &label, const QString &suggestion);

    core::ProfileStore *m_store;
    std::function<core::LaunchSpec()> m_specProvider;
    QString m_current;
    QLabel *m_title;
    QTreeWidget *m_tree;
    QTreeWidgetItem *m_savedRoot = nullptr;
    QTreeWidgetItem *m_recentRoot = nullptr;
    QToolButton *m_save;
    QToolButton *m_saveAs;
    QToolButton *m_more;
    QAction *m_renameAction;
    QAction *m_duplicateAction;
    QAction *m_deleteAction;
    QAction *m_clearRecentAction;
};

} // namespace berth::ui
