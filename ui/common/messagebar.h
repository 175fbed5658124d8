// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QToolButton;

namespace berth::ui {

// An inline message strip (error, warning or information) shown above the view it concerns, instead of a modal box.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)
public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QString &detail = {});
    // The text is built again when the language changes, so a message outlives a switch in the right language.
    void showMessage(Kind kind, std::function<QString()> text, const QString &detail = {});
    void clear();
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_label;
    QToolButton *m_close;
    std::function<QString()> m_text;
};

} // namespace berth::ui
