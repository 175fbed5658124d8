// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fieldnote.h"
#include "fieldnotes.h"
#include "launch/dockerrunparser.h"
#include "launch/launchproblem.h"
#include "launch/launchspec.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace berth::core {
class PresetStore;
}

namespace berth::ui {

class AdvancedOptions;
class GpuPicker;
class ServerField;
class MountEditor;

// The launch form: every field of a LaunchSpec. The common case sits on top (preset, image and tag, project folder,
// GPUs, command, "install requirements first" with the exact command it runs); the rest is under "Advanced".
// The widgets are the truth: spec() reads them, setSpec() fills them. Each field has a note line under it, fed from
// three sources in order of precedence: an engine failure of the last Run, validation problems, and status (such as
// "this image is not on the engine yet").
class LaunchForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaunchForm)
public:
    using Field = core::LaunchProblem::Field;

    struct Note
    {
        FieldNote::Kind kind = FieldNote::Kind::Information;
        FieldNote::Text text;
        FieldNote::Text actionLabel; // empty: no button
        std::function<void()> action;
    };

    explicit LaunchForm(QWidget *parent = nullptr);
    ~LaunchForm() override;

    // Built-in and user presets for the "Start from" picker (not owned).
    void setPresetStore(core::PresetStore *presets);
    QString currentPresetId() const;
    void setCurrentPresetId(const QString &id); // only the picker; the fields stay
    // After a paste or a chosen tag: the preset of that image's framework, or "Custom" when none matches, so the
    // box never names a framework the form no longer runs. An empty id in setCurrentPresetId means Custom too.
    void showPresetForImage(const QString &image);

    // The launch the form describes. Text that does not parse (sizes, ports, shell quoting) is reported in
    // formProblems, tied to its field.
    core::LaunchSpec spec(QList<core::LaunchProblem> *formProblems = nullptr) const;
    void setSpec(const core::LaunchSpec &spec);

    // The shell of the requirements wrapper: /bin/bash, or /bin/sh for images without bash.
    bool imageHasBash() const;
    bool usesBash() const;
    void setImageHasBash(bool hasBash);

    // Validation (core problems plus the form's own), shown next to their fields. Required-field problems are left
    // out until the user first presses Run, so an empty new form is not all red.
    void setProblems(const QList<core::LaunchProblem> &problems, bool includeRequired);
    const QList<core::LaunchProblem> &problems() const { return m_problems; }
    // A failed Run's message on the field that caused it, until that field changes or the next Run.
    void setFailureNote(Field field, const Note &note);
    void clearFailureNote();
    // Status lines that are not problems (image not present yet …); an empty text clears.
    void setStatusNote(Field field, const Note &note);
    void clearStatusNote(Field field);

    FieldNote *noteFor(Field field) const;
    QWidget *editorFor(Field field) const;
    // Shows the field (opening Advanced and its tab when needed) and puts the cursor in it.
    void revealField(Field field);
    // The first field with an error, in the order the form shows them (None when there is none).
    static Field firstErrorField(const QList<core::LaunchProblem> &problems);

    bool isAdvancedShown() const;
    void setAdvancedShown(bool shown);

    GpuPicker *gpuPicker() const { return m_gpus; }
    ServerField *serverField() const { return m_serverField; }
    void setServerRowVisible(bool visible);
    // The project comes from localFolder on this computer and goes to remoteFolder on the server (empty local:
    // the project folder is already there).
    void setSendFrom(const QString &localFolder, const QString &remoteFolder);
    QString sendFrom() const { return m_sendFrom; }
    bool canSend() const { return !m_server.isEmpty() && m_serverCheckable; }
    MountEditor *mountEditor() const;
    AdvancedOptions *advanced() const { return m_advanced; }
    QLineEdit *imageEdit() const { return m_image; }
    QLineEdit *tagEdit() const { return m_tag; }
    QLineEdit *projectEdit() const { return m_project; }
    QLineEdit *commandEdit() const { return m_command; }
    QLineEdit *wrappedCommandEdit() const { return m_wrapped; }
    QCheckBox *requirementsCheck() const { return m_requirements; }
    QComboBox *presetCombo() const { return m_preset; }
    QString wrappedCommandText() const;

    // Sets the project folder as if chosen in the folder picker (mounted at the target field's path).
    void setProjectFolder(const QString &folder);

    // The remote engine's server (empty: this computer); canCheck false when its disk cannot be asked (tcp).
    // The project folder is then named as being there and cannot be chosen with this computer's file dialog.
    void setServer(const QString &server, bool canCheck);
    // The field's label as shown ("Image", "Project folder on gpu1"), for messages that name it; empty when it has
    // no label.
    QString fieldTitle(Field field) const;
    bool isOutlined(Field field) const; // framed in the error colour
    bool requirementsWrapped() const;   // the requirements' details sit under the check box (narrow form)

Q_SIGNALS:
    void changed();
    void presetChosen(const QString &id);
    void browseTagsRequested();
    void saveAsPresetRequested();
    void removePresetRequested(const QString &id);
    void imageChanged(const QString &repository, const QString &tag);
    // On an ssh server: the user chose a folder on this computer to send there before each run.
    void sendFolderChosen(const QString &localFolder);
    void fetchOutputsRequested();
    // On an ssh server: browse its folders for the project folder.
    void browseServerFolderRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void outline(Field field, bool error);
    void layOutRequirements();
    QWidget *rowOf(std::initializer_list<QWidget *> widgets, std::initializer_list<int> stretches);
    void retranslate();
    void fillPresets();
    void onChanged();
    // defaultTarget: a folder given without a place in the container goes to /src (the user edited the folder,
    // not cleared the target).
    void applyProjectFolder(bool defaultTarget);
    void refreshDerived(); // wrapped command, advanced summary, requirements visibility
    void applyWrappedEdit();
    void updateSendRow();
    void renderNotes();
    QString fieldValue(const core::LaunchSpec &spec, Field field) const;

    core::PresetStore *m_presets = nullptr;
    core::DockerRunParser::Options m_shell; // how the command field's words are read ($VAR, ~)
    bool m_updating = false;
    QString m_wrapperShell = QStringLiteral("/bin/bash"); // the requirements wrapper's, as written
    QString m_lastImageKey;
    core::GpuRequest m_gpuExtras; // capabilities and driver the picker does not show
    QList<core::GpuRequest> m_moreGpus;
    QList<core::LaunchProblem> m_problems;
    bool m_includeRequired = false;
    std::optional<std::pair<Field, Note>> m_failure;
    QString m_failureValue;
    QHash<int, Note> m_status;
    FieldNotes m_fieldNotes; // shared with m_advanced, so declared before it

    QFormLayout *m_layout;
    QLabel *m_serverLabel;
    ServerField *m_serverField;
    QLabel *m_presetLabel;
    QComboBox *m_preset;
    QToolButton *m_presetMenu;
    QAction *m_savePresetAction;
    QAction *m_removePresetAction;
    QLabel *m_imageLabel;
    QLineEdit *m_image;
    QLabel *m_tagLabel;
    QLineEdit *m_tag;
    QPushButton *m_browseTags;
    QLabel *m_projectLabel;
    QLineEdit *m_project;
    QPushButton *m_chooseProject;
    QPushButton *m_sendProject;
    QWidget *m_sendRow;
    QLabel *m_sendNote;
    QPushButton *m_fetchOutputs;
    QPushButton *m_stopSending;
    QString m_sendFrom;
    bool m_wasCustom = false;
    QBoxLayout *m_requirementsRow = nullptr;
    QString m_server;
    bool m_serverCheckable = true;
    QLabel *m_projectAt;
    QLineEdit *m_projectTarget;
    QLabel *m_gpusLabel;
    GpuPicker *m_gpus;
    QLabel *m_commandLabel;
    QLineEdit *m_command;
    QLabel *m_requirementsLabel;
    QCheckBox *m_requirements;
    QWidget *m_requirementsDetails;
    QLabel *m_reqFileLabel;
    QLineEdit *m_reqFile;
    QLabel *m_reqCacheLabel;
    QLineEdit *m_reqCache;
    QLabel *m_reqShellLabel;
    QComboBox *m_reqShell;
    QLabel *m_wrappedLabel;
    QLineEdit *m_wrapped;
    QWidget *m_wrappedRow;
    QToolButton *m_advancedToggle;
    QLabel *m_advancedSummary;
    AdvancedOptions *m_advanced;
};

} // namespace berth::ui
