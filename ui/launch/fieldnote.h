// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace berth::ui {

// The line under a form field that says what is wrong with it (or what will happen), with an optional button that
// fixes it. The text is kept as a function so a language change words it again.
class FieldNote final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldNote)
public:
    enum class Kind { Information, Warning, Error };
    using Text = std::function<QString()>;

    explicit FieldNote(QWidget *parent = nullptr);

    void showNote(Kind kind, const Text &text);
    void showNote(Kind kind, const QString &text);
    // A button after the text; an empty label removes it.
    void setAction(const Text &label, std::function<void()> action);
    void clear();

    bool isShown() const { return m_shown; }
    Kind kind() const { return m_kind; }
    QString text() const;
    QPushButton *actionButton() const { return m_button; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_button;
    Text m_text;
    Text m_actionLabel;
    std::function<void()> m_action;
    Kind m_kind = Kind::Information;
    bool m_shown = false;
};

} // namespace berth::ui
