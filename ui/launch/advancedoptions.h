// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/launchproblem.h"
#include "launch/launchspec.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace berth::ui {

class FieldNote;
class FieldNotes;
class MountEditor;

// The less common part of the launch form, in tabs: container (name, working directory, entrypoint, user, --rm, -i,
// -t, -d, restart), environment (variables, env files, labels), mounts, resources (IPC, shm, CPU, memory, ulimits),
// network (mode, ports, hosts, DNS) and system (privileges, runtime, devices, capabilities). Each field has a note
// line for what is wrong with it.
class AdvancedOptions final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdvancedOptions)
public:
    enum Tab { ContainerTab, EnvironmentTab, MountsTab, ResourcesTab, NetworkTab, SystemTab, TabCount };

    // Registers every field it shows in fields (the form's table, which outlives this widget).
    explicit AdvancedOptions(FieldNotes &fields, QWidget *parent = nullptr);
    ~AdvancedOptions() override;

    // Every field this widget owns, from the spec (image, project folder, GPUs, command and requirements are the
    // form's; mounts go to the mount editor).
    void readFrom(const core::LaunchSpec &spec);
    // Writes the same fields into spec; text that does not parse (sizes, ports …) is reported in problems and left
    // at the default.
    void writeTo(core::LaunchSpec &spec, QList<core::LaunchProblem> *problems) const;

    MountEditor *mountEditor() const { return m_mounts; }
    QTabWidget *tabs() const { return m_tabs; }
    // Marks tabs that hold errors (after notes were set).
    void updateTabMarks(bool mountErrors);

    QString workingDir() const;
    void setWorkingDir(const QString &dir); // emits workingDirChanged when it differs
    QString containerName() const;
    bool keepFailedStart() const;

Q_SIGNALS:
    void changed();
    void workingDirChanged(const QString &oldDir, const QString &newDir);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *addField(QFormLayout *form, int tab, core::LaunchProblem::Field field, QWidget *editor,
                      QLabel **labelOut = nullptr);
    QPlainTextEdit *listEdit(const char *objectName);
    QLineEdit *lineEdit(const char *objectName);
    void retranslate();
    void updateEnablement();

    FieldNotes &m_fields;
    QTabWidget *m_tabs;
    MountEditor *m_mounts;
    QString m_lastWorkingDir;
    bool m_updating = false;

    // Container
    QLineEdit *m_name;
    QLineEdit *m_workdir;
    QCheckBox *m_overrideEntrypoint;
    QLineEdit *m_entrypoint;
    QLineEdit *m_user;
    QCheckBox *m_runAsMe;
    QLineEdit *m_hostname;
    QLineEdit *m_digest;
    QCheckBox *m_autoRemove;
    QCheckBox *m_interactive;
    QCheckBox *m_tty;
    QCheckBox *m_detach;
    QComboBox *m_restart;
    QSpinBox *m_retries;
    QLabel *m_retriesLabel;
    QCheckBox *m_keepFailed;
    QLabel *m_digestLabel = nullptr;
    QLabel *m_flagsLabel = nullptr;
    QLabel *m_restartLabel = nullptr;
    // Environment
    QPlainTextEdit *m_env;
    QPlainTextEdit *m_envFiles;
    QPushButton *m_addEnvFile;
    QPlainTextEdit *m_labels;
    // Resources
    QComboBox *m_ipc;
    QLineEdit *m_shm;
    QLineEdit *m_cpus;
    QLineEdit *m_cpuset;
    QLineEdit *m_memory;
    QLineEdit *m_swap;
    QPlainTextEdit *m_ulimits;
    QLabel *m_cpusetLabel = nullptr;
    // Network
    QComboBox *m_network;
    QPlainTextEdit *m_ports;
    QPlainTextEdit *m_expose;
    QPlainTextEdit *m_addHosts;
    QPlainTextEdit *m_dns;
    QLabel *m_exposeLabel = nullptr;
    QLabel *m_addHostsLabel = nullptr;
    QLabel *m_dnsLabel = nullptr;
    // System
    QCheckBox *m_privileged;
    QCheckBox *m_init;
    QCheckBox *m_readOnly;
    QLineEdit *m_runtime;
    QLineEdit *m_pid;
    QPlainTextEdit *m_devices;
    QLineEdit *m_capAdd;
    QLineEdit *m_capDrop;
    QLineEdit *m_securityOpts;
    QLineEdit *m_groups;
    QLabel *m_systemFlagsLabel = nullptr;
    QLabel *m_runtimeLabel = nullptr;
    QLabel *m_pidLabel = nullptr;
    QLabel *m_capAddLabel = nullptr;
    QLabel *m_capDropLabel = nullptr;
    QLabel *m_securityLabel = nullptr;
    QLabel *m_groupsLabel = nullptr;
};

} // namespace berth::ui
