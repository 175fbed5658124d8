// SPDX-License-Identifier: Apache-2.0
#include "serversdialog.h"

#include "common/errortext.h"
#include "engine/endpoint.h"
#include "engine/engineclient.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace berth::ui {

ServersDialog::ServersDialog(const QString &defaultHost, const QString &currentName, QWidget *parent)
    : QDialog(parent), m_defaultHost(defaultHost), m_current(currentName), m_list(new QListWidget(this)),
      m_nameLabel(new QLabel(this)), m_descriptionLabel(new QLabel(this)), m_addressLabel(new QLabel(this)),
      m_caLabel(new QLabel(this)), m_certLabel(new QLabel(this)), m_keyLabel(new QLabel(this)),
      m_name(new QLineEdit(this)), m_description(new QLineEdit(this)), m_address(new QLineEdit(this)),
      m_skipVerify(new QCheckBox(this)), m_note(new QLabel(this)), m_result(new QLabel(this)),
      m_new(new QPushButton(this)), m_save(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_test(new QPushButton(this)), m_use(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("serversDialog"));
    m_list->setObjectName(QStringLiteral("serverList"));
    m_list->setMinimumWidth(160);
    m_list->setMaximumWidth(220);
    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_descriptionLabel, m_description);
    form->addRow(m_addressLabel, m_address);
    form->addRow(m_caLabel, fileField(m_ca, m_caBrowse));
    form->addRow(m_certLabel, fileField(m_cert, m_certBrowse));
    form->addRow(m_keyLabel, fileField(m_key, m_keyBrowse));
    form->addRow(QString(), m_skipVerify);
    m_note->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setObjectName(QStringLiteral("testResult"));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_new);
    actions->addWidget(m_remove);
    actions->addStretch(1);
    actions->addWidget(m_test);
    actions->addWidget(m_save);
    actions->addWidget(m_use);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_note);
    right->addWidget(m_result);
    right->addStretch(1);
    right->addLayout(actions);

    auto *top = new QHBoxLayout;
    top->addWidget(m_list);
    top->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &ServersDialog::showContext);
    connect(m_new, &QPushButton::clicked, this, &ServersDialog::newServer);
    connect(m_save, &QPushButton::clicked, this, &ServersDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &ServersDialog::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &ServersDialog::testConnection);
    connect(m_use, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        if (name.isEmpty())
            return;
        m_current = name;
        reload();
        Q_EMIT useRequested(name);
    });
    for (QLineEdit *field : {m_address, m_ca, m_cert, m_key})
        connect(field, &QLineEdit::textChanged, this, &ServersDialog::updateNote);
    connect(m_skipVerify, &QCheckBox::toggled, this, &ServersDialog::updateNote);
    retranslate();
    reload();
    select(m_current.isEmpty() ? QStringLiteral("default") : m_current);
    resize(780, 440);
}

ServersDialog::~ServersDialog() = default;

QWidget *ServersDialog::fileField(QLineEdit *&field, QPushButton *&browse)
{
    auto *container = new QWidget(this);
    auto *row = new QHBoxLayout(container);
    row->setContentsMargins(0, 0, 0, 0);
    field = new QLineEdit(container);
    browse = new QPushButton(container);
    row->addWidget(field, 1);
    row->addWidget(browse);
    QLineEdit *target = field;
    connect(browse, &QPushButton::clicked, this, [this, target] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose a PEM file"), target->text(),
                                                          tr("PEM files (*.pem *.crt *.key);;All files (*)"));
        if (!file.isEmpty())
            target->setText(file);
    });
    return container;
}

void ServersDialog::reload()
{
    const QString keep = selectedName();
    m_contexts = m_store.list(m_defaultHost);
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const core::DockerContext &c : std::as_const(m_contexts)) {
        const bool current = c.name == m_current || (m_current.isEmpty() && c.isDefault);
        auto *item = new QListWidgetItem((current ? QStringLiteral("● ") : QStringLiteral("   ")) + c.name, m_list);
        item->setData(Qt::UserRole, c.name);
        item->setToolTip(c.host);
    }
    if (!keep.isEmpty())
        select(keep);
}

void ServersDialog::select(const QString &name)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == name) {
            m_list->setCurrentRow(i);
            showContext(i);
            return;
        }
    }
}

QString ServersDialog::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ServersDialog::showContext(int row)
{
    m_result->clear();
    if (row < 0 || row >= m_contexts.size())
        return;
    const core::DockerContext &c = m_contexts.at(row);
    m_editing = c.isDefault ? QString() : c.name;
    m_name->setText(c.name);
    m_description->setText(c.isDefault ? tr("DOCKER_HOST, or Berth's engine setting, or this computer's socket")
                                       : c.description);
    m_address->setText(c.host);
    m_ca->setText(c.caFile);
    m_cert->setText(c.certFile);
    m_key->setText(c.keyFile);
    m_skipVerify->setChecked(c.skipTlsVerify);
    // The built-in default cannot be edited or removed, as in the CLI.
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_description, m_address, m_ca, m_cert, m_key,
                                                       m_skipVerify, m_caBrowse, m_certBrowse, m_keyBrowse})
        w->setEnabled(!c.isDefault);
    m_save->setEnabled(!c.isDefault);
    m_remove->setEnabled(!c.isDefault);
    updateNote();
}

core::DockerContext ServersDialog::formContext() const
{
    core::DockerContext c;
    c.name = m_name->text().trimmed();
    c.description = m_description->text().trimmed();
    c.host = m_address->text().trimmed();
    c.caFile = m_ca->text().trimmed();
    c.certFile = m_cert->text().trimmed();
    c.keyFile = m_key->text().trimmed();
    c.skipTlsVerify = m_skipVerify->isChecked();
    return c;
}

void ServersDialog::updateNote()
{
    const core::DockerContext c = formContext();
    const core::Endpoint e = core::Endpoint::fromContext(c);
    const bool tcp = e.scheme() == core::Endpoint::Scheme::Tcp;
    // TLS files only mean something for tcp:// addresses.
    for (QWidget *w : std::initializer_list<QWidget *>{m_caLabel, m_certLabel, m_keyLabel, m_skipVerify})
        m_form->setRowVisible(w, tcp);
    QString note;
    QString colour = QStringLiteral("palette(text)");
    if (c.host.isEmpty()) {
        note = tr("Address: ssh://USER@SERVER (the docker CLI's way, using your ~/.ssh keys and config) or "
                  "tcp://SERVER:2376 with TLS certificates.");
    } else if (!e.isValid()) {
        note = tr("Berth cannot read this address. Use ssh://[USER@]SERVER[:PORT][/path/to/docker.sock] or "
                  "tcp://SERVER:PORT.");
        colour = QStringLiteral("#d93025");
    } else if (e.isUnencrypted()) {
        note = tr("Not encrypted: anyone who can reach this port controls the engine, which means root on that "
                  "server. Add TLS certificates, or use ssh:// instead.");
        colour = QStringLiteral("#d93025");
    } else if (tcp && c.skipTlsVerify) {
        note = tr("Encrypted, but the server's certificate is not checked: anyone in between can pretend to be it.");
        colour = QStringLiteral("#b06000");
    } else if (e.scheme() == core::Endpoint::Scheme::Ssh) {
        note = tr("Berth runs your ssh and `docker system dial-stdio` on %1, sharing one ssh connection for "
                  "everything. Paths you mount are paths on %1.")
                   .arg(e.serverName());
    } else if (tcp) {
        note = tr("Encrypted with TLS; the server must be signed by the CA above.");
    }
    m_note->setText(note);
    m_note->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
}

bool ServersDialog::save()
{
    const core::DockerContext c = formContext();
    const auto fail = [this](const QString &why) {
        m_result->setStyleSheet(QStringLiteral("color: #d93025;"));
        m_result->setText(why);
        return false;
    };
    if (!core::ContextStore::isValidName(c.name))
        return fail(tr("A server name starts with a letter or digit and uses only letters, digits and _ . + - "
                       "(at least two characters; \"default\" is taken)."));
    if (!core::Endpoint::fromContext(c).isValid())
        return fail(tr("Berth cannot read this address. Use ssh://[USER@]SERVER[:PORT][/path/to/docker.sock] or "
                       "tcp://SERVER:PORT."));
    if (c.name != m_editing && m_store.find(c.name))
        return fail(tr("A server named %1 already exists.").arg(c.name));
    QString error;
    if (!m_store.save(c, &error, m_editing))
        return fail(tr("Could not save: %1").arg(error));
    if (m_current == m_editing && !m_editing.isEmpty())
        m_current = c.name;
    m_editing = c.name;
    reload();
    select(c.name);
    m_result->setStyleSheet(QStringLiteral("color: #1e8e3e;"));
    m_result->setText(tr("Saved. `docker context ls` lists it too."));
    return true;
}

void ServersDialog::newServer()
{
    const QSignalBlocker block(m_list);
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    m_editing.clear();
    for (QLineEdit *f : {m_name, m_description, m_address, m_ca, m_cert, m_key}) {
        f->clear();
        f->setEnabled(true);
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_skipVerify, m_caBrowse, m_certBrowse, m_keyBrowse})
        w->setEnabled(true);
    m_skipVerify->setChecked(false);
    m_save->setEnabled(true);
    m_remove->setEnabled(false);
    m_result->clear();
    m_address->setPlaceholderText(QStringLiteral("ssh://me@gpu-server"));
    m_name->setFocus();
    updateNote();
}

bool ServersDialog::removeSelected()
{
    if (m_editing.isEmpty())
        return false;
    QString error;
    if (!m_store.remove(m_editing, &error)) {
        m_result->setText(tr("Could not remove: %1").arg(error));
        return false;
    }
    if (m_current == m_editing)
        m_current.clear();
    m_editing.clear();
    reload();
    select(QStringLiteral("default"));
    return true;
}

void ServersDialog::testConnection()
{
    const core::DockerContext c = formContext();
    const core::Endpoint e = c.name == QLatin1String("default") && !m_name->isEnabled()
                                 ? core::Endpoint::fromHost(m_defaultHost)
                                 : core::Endpoint::fromContext(c);
    m_testClient = std::make_unique<core::EngineClient>(e);
    m_result->setStyleSheet({});
    m_result->setText(tr("Connecting to %1…").arg(e.host()));
    m_test->setEnabled(false);
    m_testClient->version(this, [this, host = e.host()](const core::Result<core::VersionInfo> &r) {
        m_test->setEnabled(true);
        if (r.ok()) {
            m_result->setStyleSheet(QStringLiteral("color: #1e8e3e;"));
            m_result->setText(
                tr("Connected: Docker Engine %1, API %2, on %3 (%4).").arg(r->version, r->apiVersion, r->os, r->arch));
        } else {
            const ErrorText::Text text = ErrorText::describe(r.error(), host);
            m_result->setStyleSheet(QStringLiteral("color: #d93025;"));
            m_result->setText(text.full());
        }
    });
}

void ServersDialog::retranslate()
{
    setWindowTitle(tr("Servers"));
    m_nameLabel->setText(tr("Name:"));
    m_descriptionLabel->setText(tr("Description:"));
    m_addressLabel->setText(tr("Address:"));
    m_caLabel->setText(tr("CA certificate:"));
    m_certLabel->setText(tr("Client certificate:"));
    m_keyLabel->setText(tr("Client key:"));
    for (QPushButton *b : {m_caBrowse, m_certBrowse, m_keyBrowse})
        b->setText(tr("Browse…"));
    m_skipVerify->setText(tr("Do not check the server's certificate (unsafe)"));
    m_new->setText(tr("New"));
    m_save->setText(tr("Save"));
    m_remove->setText(tr("Remove"));
    m_test->setText(tr("Test connection"));
    m_use->setText(tr("Use this server"));
    m_address->setPlaceholderText(QStringLiteral("ssh://me@gpu-server"));
    updateNote();
}

void ServersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace berth::ui
