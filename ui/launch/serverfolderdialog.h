// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/endpoint.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace berth::ui {

// Browses the folders on an ssh engine's server over its shared ssh session, to choose a project folder that is
// already there (a shared home, a lab disk). Typing a path and Enter goes there; double-click enters a folder.
class ServerFolderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerFolderDialog)
public:
    // start: the folder to open (empty: the home on the server).
    ServerFolderDialog(const core::Endpoint &endpoint, const QString &start, QWidget *parent = nullptr);

    // The folder chosen: the one selected in the list, else the one shown.
    QString chosenFolder() const;
    QString currentFolder() const { return m_current; }
    QListWidget *list() const { return m_list; }
    bool isLoading() const { return m_loading; }
    void openFolder(const QString &path);

private:
    core::Endpoint m_endpoint;
    QString m_current;
    quint64 m_request = 0;
    bool m_loading = false;
    QLineEdit *m_path;
    QPushButton *m_up;
    QListWidget *m_list;
    QLabel *m_status;
};

} // namespace berth::ui
