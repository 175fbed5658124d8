// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/contextstore.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace berth::core {
class EngineClient;
}

namespace berth::ui {

// Servers = docker contexts: list, create, edit, remove, test, and pick the one Berth (and the docker CLI) uses.
// Everything is written in the CLI's own store, so `docker context ls` shows the same list.
class ServersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServersDialog)
public:
    // defaultHost: what the built-in "default" context points at (DOCKER_HOST, the setting, or the local socket).
    explicit ServersDialog(const QString &defaultHost, const QString &currentName, QWidget *parent = nullptr);
    ~ServersDialog() override;

    void select(const QString &name);
    QString selectedName() const;
    // For tests: the form's fields by role.
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *addressField() const { return m_address; }
    QLineEdit *caField() const { return m_ca; }
    QLineEdit *certField() const { return m_cert; }
    QLineEdit *keyField() const { return m_key; }
    QLabel *testResult() const { return m_result; }
    QLabel *note() const { return m_note; }
    bool save();      // the form into the store; false (with the reason shown) when it cannot
    void newServer(); // an empty form
    void testConnection();
    bool removeSelected();

Q_SIGNALS:
    // "Use" was pressed: switch Berth to this context.
    void useRequested(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void showContext(int row);
    void updateNote();
    void retranslate();
    core::DockerContext formContext() const;
    QWidget *fileField(QLineEdit *&field, QPushButton *&browse);

    core::ContextStore m_store;
    QString m_defaultHost;
    QString m_current;
    QList<core::DockerContext> m_contexts;
    QString m_editing; // the stored name being edited; empty for a new one
    std::unique_ptr<core::EngineClient> m_testClient;

    QListWidget *m_list;
    QFormLayout *m_form = nullptr;
    QLabel *m_nameLabel, *m_descriptionLabel, *m_addressLabel, *m_caLabel, *m_certLabel, *m_keyLabel;
    QLineEdit *m_name, *m_description, *m_address, *m_ca, *m_cert, *m_key;
    QPushButton *m_caBrowse, *m_certBrowse, *m_keyBrowse;
    QCheckBox *m_skipVerify;
    QLabel *m_note;
    QLabel *m_result;
    QPushButton *m_new, *m_save, *m_remove, *m_test, *m_use;
    QDialogButtonBox *m_buttons;
};

} // namespace berth::ui
