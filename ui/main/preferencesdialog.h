// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace berth::core {
class Settings;
}

namespace berth::ui {

// Every setting a user may want to change, instead of editing berth.ini by hand: the engine and Docker Hub
// addresses, the log console's limits, the language, the terminal, the stop timeout and the pip cache volume.
// OK writes them through core::Settings (whose changed() signal the views follow); the language switches at once.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    explicit PreferencesDialog(core::Settings &settings, QWidget *parent = nullptr);

    QLineEdit *engineHostEdit() const { return m_engineHost; }
    QLineEdit *hubUrlEdit() const { return m_hubUrl; }
    QSpinBox *tailLinesBox() const { return m_tailLines; }
    QSpinBox *maxLinesBox() const { return m_maxLines; }
    QComboBox *languageBox() const { return m_language; }
    QSpinBox *stopTimeoutBox() const { return m_stopTimeout; }

    void apply(); // what OK does

Q_SIGNALS:
    void languageRequested(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void retranslate();
    bool validate();

    core::Settings &m_settings;
    QGroupBox *m_engineGroup;
    QGroupBox *m_logsGroup;
    QGroupBox *m_appearanceGroup;
    QFormLayout *m_engineForm;
    QFormLayout *m_logsForm;
    QFormLayout *m_appearanceForm;
    QLineEdit *m_engineHost;
    QLabel *m_engineNote;
    QLineEdit *m_hubUrl;
    QSpinBox *m_stopTimeout;
    QLineEdit *m_pipCache;
    QSpinBox *m_tailLines;
    QSpinBox *m_maxLines;
    QCheckBox *m_timestamps;
    QComboBox *m_language;
    QLineEdit *m_terminal;
    QLabel *m_where;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace berth::ui
