// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace berth::ui {

// The line under a form field that says what is wrong with it (or what will happen), with an optional button that
// fixes it. The text is kept as a function so a language change words it again.
// Notes come and go as the user types; the controls under the pointer must not move with them. So a note cleared
// while the pointer is over its form keeps its space (blank) until the pointer leaves the form, and a note that
// appears above the pointer scrolls the form by its height so that what the pointer is on stays put.
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
    // Cleared, but its space kept until the pointer leaves the form.
    bool isHoldingSpace() const { return m_holding; }
    Kind kind() const { return m_kind; }
    QString text() const;
    QPushButton *actionButton() const { return m_button; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void holdSpace();
    void releaseSpace();

    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_button;
    Text m_text;
    Text m_actionLabel;
    std::function<void()> m_action;
    Kind m_kind = Kind::Information;
    bool m_shown = false;
    bool m_holding = false;
};

} // namespace berth::ui
