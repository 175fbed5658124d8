// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/launchspec.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace berth::ui {

// The equivalent `docker run` line of the form, kept current as the user types, with Copy and a choice between
// one line and one option per line (joined with ` \`).
class CommandPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPreview)
public:
    explicit CommandPreview(QWidget *parent = nullptr);

    // problem: why the form does not make a whole command yet (an unclosed quote in the command field); the preview
    // then says so instead of showing a line that quietly closed it, and Copy waits.
    void setSpec(const core::LaunchSpec &spec, bool imageHasBash, const QString &problem = {});
    QString problem() const { return m_problem; }
    QString text() const;
    bool isMultiLine() const;
    void setMultiLine(bool multiLine);
    void copy();              // to the clipboard
    bool showsCopied() const; // the button says "Copied" for a moment after a copy

    QPlainTextEdit *view() const { return m_view; }

Q_SIGNALS:
    void copied();

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void retranslate();

    core::LaunchSpec m_spec;
    bool m_hasBash = true;
    QString m_problem;
    QLabel *m_title;
    QToolButton *m_multiLine;
    QPushButton *m_copy;
    QPlainTextEdit *m_view;
    QLabel *m_problemLabel;
    QTimer m_copiedTimer;
};

} // namespace berth::ui
