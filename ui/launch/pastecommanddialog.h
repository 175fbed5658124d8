// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/dockerrunparser.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace berth::ui {

// "Paste a docker run command…": the pasted text, what $(pwd) means for it, and — as the user types — what Berth
// could not map (unknown options, [placeholders], pipes and other shell constructs). Accepting fills the form.
class PasteCommandDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasteCommandDialog)
public:
    explicit PasteCommandDialog(const QString &projectFolder, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    QString projectFolder() const;
    // The parse of the text as it is now; accepting hands it to the form as it is.
    core::DockerRunParser::Result result() const;
    // The requirements wrapper's shell, as the line wrote it.
    bool imageHasBash() const;

    QPlainTextEdit *editor() const { return m_text; }
    QListWidget *problemList() const { return m_problems; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void reparse();
    void retranslate();

    QLabel *m_intro;
    QPlainTextEdit *m_text;
    QLabel *m_folderLabel;
    QLineEdit *m_folder;
    QPushButton *m_chooseFolder;
    QLabel *m_problemsLabel;
    QListWidget *m_problems;
    QDialogButtonBox *m_buttons;
    QPushButton *m_fill;
    QTimer *m_timer;
    core::DockerRunParser::Result m_result;
};

} // namespace berth::ui
