// SPDX-License-Identifier: Apache-2.0
#include "preferencesdialog.h"

#include "settings/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace berth::ui {

using core::Settings;

PreferencesDialog::PreferencesDialog(Settings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_engineGroup(new QGroupBox(this)), m_logsGroup(new QGroupBox(this)),
      m_appearanceGroup(new QGroupBox(this)), m_engineForm(new QFormLayout(m_engineGroup)),
      m_logsForm(new QFormLayout(m_logsGroup)), m_appearanceForm(new QFormLayout(m_appearanceGroup)),
      m_engineHost(new QLineEdit(this)), m_engineNote(new QLabel(this)), m_hubUrl(new QLineEdit(this)),
      m_stopTimeout(new QSpinBox(this)), m_pipCache(new QLineEdit(this)), m_tailLines(new QSpinBox(this)),
      m_maxLines(new QSpinBox(this)), m_timestamps(new QCheckBox(this)), m_language(new QComboBox(this)),
      m_terminal(new QLineEdit(this)), m_where(new QLabel(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_engineHost->setObjectName(QStringLiteral("engineHost"));
    m_hubUrl->setObjectName(QStringLiteral("hubUrl"));
    m_engineNote->setWordWrap(true);
    m_engineNote->setEnabled(false); // greyed: a note, not a control
    m_stopTimeout->setRange(0, 3600);
    m_tailLines->setRange(0, 10000000);
    m_tailLines->setSingleStep(1000);
    m_maxLines->setRange(1000, 100000000);
    m_maxLines->setSingleStep(10000);
    m_tailLines->setGroupSeparatorShown(true);
    m_maxLines->setGroupSeparatorShown(true);
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_where->setOpenExternalLinks(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c5221f;"));
    m_error->hide();

    // Labels get their words in retranslate(); a row added with an empty label text would have no label at all.
    const QString later = QStringLiteral("-");
    m_engineForm->addRow(later, m_engineHost);
    m_engineForm->addRow(QString(), m_engineNote);
    m_engineForm->addRow(later, m_hubUrl);
    m_engineForm->addRow(later, m_stopTimeout);
    m_engineForm->addRow(later, m_pipCache);
    m_logsForm->addRow(later, m_tailLines);
    m_logsForm->addRow(later, m_maxLines);
    m_logsForm->addRow(QString(), m_timestamps);
    m_appearanceForm->addRow(later, m_language);
    m_appearanceForm->addRow(later, m_terminal);
    for (QFormLayout *form : {m_engineForm, m_logsForm, m_appearanceForm})
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_engineGroup);
    layout->addWidget(m_logsGroup);
    layout->addWidget(m_appearanceGroup);
    layout->addWidget(m_where);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!validate())
            return;
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        m_engineHost->setText(Settings::defaultValue(Settings::EngineHost).toString());
        m_hubUrl->setText(Settings::defaultValue(Settings::HubBaseUrl).toString());
        m_stopTimeout->setValue(Settings::defaultValue(Settings::StopTimeout).toInt());
        m_pipCache->setText(Settings::defaultValue(Settings::PipCacheVolume).toString());
        m_tailLines->setValue(Settings::defaultValue(Settings::LogTailLines).toInt());
        m_maxLines->setValue(Settings::defaultValue(Settings::LogMaxLines).toInt());
        m_timestamps->setChecked(Settings::defaultValue(Settings::LogTimestamps).toBool());
        m_terminal->clear();
    });
    load();
    retranslate();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

void PreferencesDialog::load()
{
    m_engineHost->setText(m_settings.value(Settings::EngineHost).toString());
    m_hubUrl->setText(m_settings.value(Settings::HubBaseUrl).toString());
    m_stopTimeout->setValue(m_settings.value(Settings::StopTimeout).toInt());
    m_pipCache->setText(m_settings.value(Settings::PipCacheVolume).toString());
    m_tailLines->setValue(m_settings.value(Settings::LogTailLines).toInt());
    m_maxLines->setValue(m_settings.value(Settings::LogMaxLines).toInt());
    m_timestamps->setChecked(m_settings.value(Settings::LogTimestamps).toBool());
    const int language = m_language->findData(m_settings.value(Settings::Language).toString());
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    m_terminal->setText(m_settings.value(Settings::TerminalCommand).toString());
}

bool PreferencesDialog::validate()
{
    QString problem;
    QWidget *field = nullptr;
    const QUrl hub(m_hubUrl->text().trimmed(), QUrl::StrictMode);
    const QString host = m_engineHost->text().trimmed();
    if (!host.isEmpty() && !host.startsWith(QLatin1String("unix://")) && !host.startsWith(QLatin1String("tcp://")) &&
        !host.startsWith(QLatin1String("ssh://")) && !host.startsWith(QLatin1String("npipe://"))) {
        problem =
            tr("The engine address starts with unix://, tcp:// or ssh:// (for example unix:///var/run/docker.sock). "
               "Leave it empty to use DOCKER_HOST or the default.");
        field = m_engineHost;
    } else if (!hub.isValid() || (hub.scheme() != QLatin1String("https") && hub.scheme() != QLatin1String("http")) ||
               hub.host().isEmpty()) {
        problem = tr("The Docker Hub address must be an http:// or https:// URL, such as https://hub.docker.com.");
        field = m_hubUrl;
    } else if (m_tailLines->value() > m_maxLines->value()) {
        problem = tr("The lines loaded when a log opens cannot be more than the lines kept (%1).")
                      .arg(QLocale().toString(m_maxLines->value()));
        field = m_tailLines;
    }
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (field)
        field->setFocus();
    return problem.isEmpty();
}

void PreferencesDialog::apply()
{
    m_settings.setValue(Settings::EngineHost, m_engineHost->text().trimmed());
    m_settings.setValue(Settings::HubBaseUrl, m_hubUrl->text().trimmed());
    m_settings.setValue(Settings::StopTimeout, m_stopTimeout->value());
    if (!m_pipCache->text().trimmed().isEmpty())
        m_settings.setValue(Settings::PipCacheVolume, m_pipCache->text().trimmed());
    m_settings.setValue(Settings::LogTailLines, m_tailLines->value());
    m_settings.setValue(Settings::LogMaxLines, m_maxLines->value());
    m_settings.setValue(Settings::LogTimestamps, m_timestamps->isChecked());
    m_settings.setValue(Settings::TerminalCommand, m_terminal->text().trimmed());
    const QString language = m_language->currentData().toString();
    if (language != m_settings.value(Settings::Language).toString())
        Q_EMIT languageRequested(language);
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    m_engineGroup->setTitle(tr("Engine"));
    m_logsGroup->setTitle(tr("Logs"));
    m_appearanceGroup->setTitle(tr("Language and terminal"));
    m_engineForm->labelForField(m_engineHost)->setProperty("text", tr("Engine address:"));
    m_engineHost->setPlaceholderText(tr("DOCKER_HOST, else unix:///var/run/docker.sock"));
    m_engineNote->setText(tr("A new engine address is used from the next start of Berth."));
    m_engineForm->labelForField(m_hubUrl)->setProperty("text", tr("Docker Hub address:"));
    m_engineForm->labelForField(m_stopTimeout)->setProperty("text", tr("Stop timeout:"));
    m_stopTimeout->setSuffix(tr(" s", "seconds"));
    m_stopTimeout->setToolTip(tr("Stop sends SIGTERM, waits this long for the container to exit, then kills it."));
    m_engineForm->labelForField(m_pipCache)->setProperty("text", tr("pip cache volume:"));
    m_logsForm->labelForField(m_tailLines)->setProperty("text", tr("Lines loaded when a log opens:"));
    m_logsForm->labelForField(m_maxLines)->setProperty("text", tr("Lines kept in memory per log:"));
    m_maxLines->setToolTip(tr("Older lines are dropped from memory beyond this; scrolling up loads them again from "
                              "the engine."));
    m_timestamps->setText(tr("Show timestamps"));
    m_appearanceForm->labelForField(m_language)->setProperty("text", tr("Language:"));
    m_language->setItemText(0, tr("System language"));
    m_appearanceForm->labelForField(m_terminal)->setProperty("text", tr("Terminal command:"));
    m_terminal->setPlaceholderText(tr("Detected (x-terminal-emulator, gnome-terminal, konsole…)"));
    m_where->setText(tr("Settings are kept in %1. Berth's own messages go to its standard error (the journal when "
                        "started from the desktop); container output stays with the engine (docker logs).")
                         .arg(QDir::toNativeSeparators(m_settings.fileName())));
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace berth::ui
