// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>

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
    void clear();
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_label;
    QToolButton *m_close;
};

} // namespace berth::ui
