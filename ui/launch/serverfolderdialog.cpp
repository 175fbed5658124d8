// SPDX-License-Identifier: Apache-2.0
#include "serverfolderdialog.h"

#include "launch/serverfolders.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace berth::ui {

ServerFolderDialog::ServerFolderDialog(const core::Endpoint &endpoint, const QString &start, QWidget *parent)
    : QDialog(parent), m_endpoint(endpoint), m_path(new QLineEdit(this)), m_up(new QPushButton(this)),
      m_list(new QListWidget(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("serverFolderDialog"));
    setWindowTitle(tr("Choose a folder on %1").arg(endpoint.serverName()));
    m_path->setObjectName(QStringLiteral("serverFolderPath"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_up->setIcon(style()->standardIcon(QStyle::SP_FileDialogToParent));
    m_up->setToolTip(tr("The folder above"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_path, 1);
    top->addWidget(m_up);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, 420);
    connect(m_path, &QLineEdit::returnPressed, this, [this] { openFolder(m_path->text().trimmed()); });
    connect(m_up, &QPushButton::clicked, this, [this] {
        if (!m_current.isEmpty() && m_current != QLatin1String("/"))
            openFolder(QDir::cleanPath(m_current + QStringLiteral("/..")));
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        openFolder(QDir::cleanPath(m_current + QLatin1Char('/') + item->text()));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    openFolder(start);
}

QString ServerFolderDialog::chosenFolder() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (item && item->isSelected())
        return QDir::cleanPath(m_current + QLatin1Char('/') + item->text());
    return m_current;
}

void ServerFolderDialog::openFolder(const QString &path)
{
    const quint64 request = ++m_request;
    m_loading = true;
    m_status->setText(tr("Asking %1…").arg(m_endpoint.serverName()));
    core::ServerFolders::list(m_endpoint, path, this, [this, request](const core::ServerFolders::Listing &listing) {
        if (request != m_request)
            return; // a later folder was asked for meanwhile
        m_loading = false;
        if (!listing.ok()) {
            // Stay where we were; say why the other folder could not be opened.
            m_path->setText(m_current);
            m_status->setText(listing.error);
            return;
        }
        m_current = listing.path;
        m_path->setText(m_current);
        m_list->clear();
        const QIcon folder = style()->standardIcon(QStyle::SP_DirIcon);
        for (const QString &name : listing.folders)
            m_list->addItem(new QListWidgetItem(folder, name));
        m_up->setEnabled(m_current != QLatin1String("/"));
        m_status->setText(listing.notShown > 0
                              ? tr("%n more folder(s) not shown: type the path instead.", "", listing.notShown)
                          : listing.folders.isEmpty() ? tr("No folders in here.")
                                                      : QString());
    });
}

} // namespace berth::ui
