// SPDX-License-Identifier: Apache-2.0
#include "advancedoptions.h"

#include "common/childsignals.h"
#include "fieldnote.h"
#include "fieldnotes.h"
#include "launch/dockerrunwriter.h"
#include "launch/launchunits.h"
#include "launch/optiongrammar.h"
#include "launch/shellwords.h"
#include "mounts/mounteditor.h"
#include "mounts/sizeparser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace berth::ui {

using core::LaunchProblem;
using PField = core::LaunchProblem::Field;

namespace {

QStringList linesOf(const QPlainTextEdit *edit)
{
    QStringList out;
    const QStringList lines = edit->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

QStringList wordsOf(const QLineEdit *edit)
{
    return edit->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
}

void setLines(QPlainTextEdit *edit, const QStringList &lines)
{
    if (linesOf(edit) != lines)
        edit->setPlainText(lines.join(QLatin1Char('\n')));
}

void setText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

LaunchProblem problem(PField field, int index, const QString &subject, const QString &message)
{
    LaunchProblem p;
    p.severity = LaunchProblem::Severity::Error;
    p.code = LaunchProblem::Code::InvalidValue;
    p.field = field;
    p.index = index;
    p.subject = subject;
    p.message = message;
    return p;
}

} // namespace

QPlainTextEdit *AdvancedOptions::listEdit(const char *objectName)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    const int line = edit->fontMetrics().lineSpacing();
    edit->setFixedHeight(line * 3 + 12);
    // Fixed, so the form row does not grow and leave the box floating below its label.
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            Q_EMIT changed();
    });
    return edit;
}

QLineEdit *AdvancedOptions::lineEdit(const char *objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::textChanged, this, [this] {
        if (!m_updating)
            Q_EMIT changed();
    });
    return edit;
}

QWidget *AdvancedOptions::addField(QFormLayout *form, int tab, PField field, QWidget *editor, QLabel **labelOut)
{
    QWidget *box = m_fields.box(this, editor, field, editor, tab);
    auto *label = new QLabel(this);
    label->setBuddy(editor);
    form->addRow(label, box);
    if (field != PField::None)
        m_fields.setLabel(field, label);
    if (labelOut)
        *labelOut = label;
    return box;
}

AdvancedOptions::AdvancedOptions(FieldNotes &fields, QWidget *parent)
    : QWidget(parent), m_fields(fields), m_tabs(new QTabWidget(this)), m_mounts(new MountEditor(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_tabs);
    auto newForm = [this](QWidget *page) {
        auto *form = new QFormLayout(page);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setContentsMargins(8, 8, 8, 8);
        form->setVerticalSpacing(6);
        return form;
    };
    auto checkBox = [this](const char *objectName) {
        auto *box = new QCheckBox(this);
        box->setObjectName(QLatin1String(objectName));
        connect(box, &QCheckBox::toggled, this, [this] {
            updateEnablement();
            if (!m_updating)
                Q_EMIT changed();
        });
        return box;
    };

    // Container: two columns so the tab stays short.
    auto *container = new QWidget(m_tabs);
    auto *containerGrid = new QHBoxLayout(container);
    containerGrid->setContentsMargins(0, 0, 0, 0);
    auto *left = new QWidget(container);
    auto *right = new QWidget(container);
    containerGrid->addWidget(left, 3);
    containerGrid->addWidget(right, 2);
    QFormLayout *cl = newForm(left);
    QFormLayout *cr = newForm(right);
    m_name = lineEdit("nameEdit");
    addField(cl, ContainerTab, PField::Name, m_name);
    m_workdir = lineEdit("workdirEdit");
    addField(cl, ContainerTab, PField::WorkingDir, m_workdir);
    connect(m_workdir, &QLineEdit::editingFinished, this, [this] { setWorkingDir(m_workdir->text().trimmed()); });
    {
        auto *row = new QWidget(this);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        m_overrideEntrypoint = checkBox("overrideEntrypointCheck");
        m_entrypoint = lineEdit("entrypointEdit");
        h->addWidget(m_overrideEntrypoint);
        h->addWidget(m_entrypoint, 1);
        addField(cl, ContainerTab, PField::Entrypoint, row);
        m_fields.setEditor(PField::Entrypoint, m_entrypoint);
    }
    {
        auto *row = new QWidget(this);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        m_user = lineEdit("userEdit");
        m_runAsMe = checkBox("runAsMeCheck");
        h->addWidget(m_user, 1);
        h->addWidget(m_runAsMe);
        addField(cl, ContainerTab, PField::User, row);
        m_fields.setEditor(PField::User, m_user);
    }
    m_hostname = lineEdit("hostnameEdit");
    addField(cl, ContainerTab, PField::Hostname, m_hostname);
    m_digest = lineEdit("digestEdit");
    addField(cl, ContainerTab, PField::None, m_digest, &m_digestLabel);

    {
        auto *flags = new QWidget(this);
        auto *v = new QVBoxLayout(flags);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        m_autoRemove = checkBox("autoRemoveCheck");
        m_interactive = checkBox("interactiveCheck");
        m_tty = checkBox("ttyCheck");
        m_detach = checkBox("detachCheck");
        m_keepFailed = checkBox("keepFailedCheck");
        for (QCheckBox *b : {m_autoRemove, m_interactive, m_tty, m_detach, m_keepFailed})
            v->addWidget(b);
        addField(cr, ContainerTab, PField::AutoRemove, flags, &m_flagsLabel);
    }
    {
        auto *row = new QWidget(this);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        m_restart = new QComboBox(this);
        m_restart->setObjectName(QStringLiteral("restartCombo"));
        for (const char *policy : {"", "no", "always", "unless-stopped", "on-failure"})
            m_restart->addItem(QLatin1String(policy), QLatin1String(policy));
        m_retries = new QSpinBox(this);
        m_retries->setRange(0, 1000);
        m_retriesLabel = new QLabel(this);
        m_retriesLabel->setBuddy(m_retries);
        h->addWidget(m_restart, 1);
        h->addWidget(m_retriesLabel);
        h->addWidget(m_retries);
        connect(m_restart, &QComboBox::currentIndexChanged, this, [this] {
            updateEnablement();
            if (!m_updating)
                Q_EMIT changed();
        });
        connect(m_retries, &QSpinBox::valueChanged, this, [this] {
            if (!m_updating)
                Q_EMIT changed();
        });
        addField(cr, ContainerTab, PField::RestartPolicy, row, &m_restartLabel);
        m_fields.setEditor(PField::RestartPolicy, m_restart);
    }
    m_tabs->addTab(container, QString());

    // Environment
    auto *environment = new QWidget(m_tabs);
    QFormLayout *el = newForm(environment);
    m_env = listEdit("envEdit");
    addField(el, EnvironmentTab, PField::Env, m_env);
    {
        auto *row = new QWidget(this);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        m_envFiles = listEdit("envFilesEdit");
        m_envFiles->setFixedHeight(m_envFiles->fontMetrics().lineSpacing() * 2 + 12);
        m_addEnvFile = new QPushButton(this);
        h->addWidget(m_envFiles, 1);
        h->addWidget(m_addEnvFile, 0, Qt::AlignTop);
        addField(el, EnvironmentTab, PField::EnvFiles, row);
        m_fields.setEditor(PField::EnvFiles, m_envFiles);
        connect(m_addEnvFile, &QPushButton::clicked, this, [this] {
            // Non-native so it never blocks on a desktop portal, and looks the same in tests.
            auto *dialog = new QFileDialog(this, tr("Choose an env file"));
            dialog->setFileMode(QFileDialog::ExistingFile);
            dialog->setOption(QFileDialog::DontUseNativeDialog);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
                QStringList files = linesOf(m_envFiles);
                files << file;
                m_envFiles->setPlainText(files.join(QLatin1Char('\n')));
            });
            dialog->open();
        });
    }
    m_labels = listEdit("labelsEdit");
    addField(el, EnvironmentTab, PField::Labels, m_labels);
    m_tabs->addTab(environment, QString());

    // Mounts
    auto *mountsPage = new QWidget(m_tabs);
    auto *ml = new QVBoxLayout(mountsPage);
    ml->setContentsMargins(4, 4, 4, 4);
    m_mounts->setObjectName(QStringLiteral("mountEditor"));
    ml->addWidget(m_mounts);
    {
        auto *note = new FieldNote(mountsPage);
        ml->addWidget(note);
        m_fields.add(PField::Mounts, note, m_mounts, MountsTab);
    }
    connect(m_mounts, &MountEditor::changed, this, [this] {
        if (!m_updating)
            Q_EMIT changed();
    });
    m_tabs->addTab(mountsPage, QString());

    // Resources: two columns.
    auto *resources = new QWidget(m_tabs);
    auto *rh = new QHBoxLayout(resources);
    rh->setContentsMargins(0, 0, 0, 0);
    auto *rleft = new QWidget(resources);
    auto *rright = new QWidget(resources);
    rh->addWidget(rleft, 1);
    rh->addWidget(rright, 1);
    QFormLayout *rl = newForm(rleft);
    QFormLayout *rr = newForm(rright);
    m_ipc = new QComboBox(this);
    m_ipc->setObjectName(QStringLiteral("ipcCombo"));
    m_ipc->setEditable(true);
    m_ipc->addItems({QString(), QStringLiteral("host"), QStringLiteral("private"), QStringLiteral("shareable"),
                     QStringLiteral("none")});
    connect(m_ipc, &QComboBox::currentTextChanged, this, [this] {
        if (!m_updating)
            Q_EMIT changed();
    });
    addField(rl, ResourcesTab, PField::IpcMode, m_ipc);
    m_shm = lineEdit("shmEdit");
    addField(rl, ResourcesTab, PField::ShmSize, m_shm);
    m_cpus = lineEdit("cpusEdit");
    addField(rl, ResourcesTab, PField::Cpus, m_cpus);
    m_cpuset = lineEdit("cpusetEdit");
    addField(rl, ResourcesTab, PField::None, m_cpuset, &m_cpusetLabel);
    m_memory = lineEdit("memoryEdit");
    addField(rr, ResourcesTab, PField::Memory, m_memory);
    m_swap = lineEdit("swapEdit");
    addField(rr, ResourcesTab, PField::MemorySwap, m_swap);
    m_ulimits = listEdit("ulimitsEdit");
    addField(rr, ResourcesTab, PField::Ulimits, m_ulimits);
    m_tabs->addTab(resources, QString());

    // Network
    auto *network = new QWidget(m_tabs);
    auto *nh = new QHBoxLayout(network);
    nh->setContentsMargins(0, 0, 0, 0);
    auto *nleft = new QWidget(network);
    auto *nright = new QWidget(network);
    nh->addWidget(nleft, 1);
    nh->addWidget(nright, 1);
    QFormLayout *nl = newForm(nleft);
    QFormLayout *nr = newForm(nright);
    m_network = new QComboBox(this);
    m_network->setObjectName(QStringLiteral("networkCombo"));
    m_network->setEditable(true);
    m_network->addItems({QString(), QStringLiteral("bridge"), QStringLiteral("host"), QStringLiteral("none")});
    connect(m_network, &QComboBox::currentTextChanged, this, [this] {
        if (!m_updating)
            Q_EMIT changed();
    });
    addField(nl, NetworkTab, PField::NetworkMode, m_network);
    m_ports = listEdit("portsEdit");
    addField(nl, NetworkTab, PField::Ports, m_ports);
    m_expose = listEdit("exposeEdit");
    m_expose->setFixedHeight(m_expose->fontMetrics().lineSpacing() * 2 + 12);
    addField(nl, NetworkTab, PField::Expose, m_expose, &m_exposeLabel);
    m_addHosts = listEdit("addHostsEdit");
    addField(nr, NetworkTab, PField::None, m_addHosts, &m_addHostsLabel);
    m_dns = listEdit("dnsEdit");
    m_dns->setFixedHeight(m_dns->fontMetrics().lineSpacing() * 2 + 12);
    addField(nr, NetworkTab, PField::None, m_dns, &m_dnsLabel);
    m_tabs->addTab(network, QString());

    // System
    auto *system = new QWidget(m_tabs);
    auto *sh = new QHBoxLayout(system);
    sh->setContentsMargins(0, 0, 0, 0);
    auto *sleft = new QWidget(system);
    auto *sright = new QWidget(system);
    sh->addWidget(sleft, 1);
    sh->addWidget(sright, 1);
    QFormLayout *sl = newForm(sleft);
    QFormLayout *sr = newForm(sright);
    {
        auto *flags = new QWidget(this);
        auto *v = new QVBoxLayout(flags);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        m_privileged = checkBox("privilegedCheck");
        m_init = checkBox("initCheck");
        m_readOnly = checkBox("readOnlyCheck");
        for (QCheckBox *b : {m_privileged, m_init, m_readOnly})
            v->addWidget(b);
        addField(sl, SystemTab, PField::Advanced, flags, &m_systemFlagsLabel);
    }
    m_runtime = lineEdit("runtimeEdit");
    addField(sl, SystemTab, PField::None, m_runtime, &m_runtimeLabel);
    m_pid = lineEdit("pidEdit");
    addField(sl, SystemTab, PField::None, m_pid, &m_pidLabel);
    m_devices = listEdit("devicesEdit");
    addField(sr, SystemTab, PField::Devices, m_devices);
    m_capAdd = lineEdit("capAddEdit");
    addField(sr, SystemTab, PField::None, m_capAdd, &m_capAddLabel);
    m_capDrop = lineEdit("capDropEdit");
    addField(sr, SystemTab, PField::None, m_capDrop, &m_capDropLabel);
    m_securityOpts = lineEdit("securityOptsEdit");
    addField(sr, SystemTab, PField::None, m_securityOpts, &m_securityLabel);
    m_groups = lineEdit("groupsEdit");
    addField(sr, SystemTab, PField::None, m_groups, &m_groupsLabel);
    m_tabs->addTab(system, QString());

    retranslate();
    updateEnablement();
}

AdvancedOptions::~AdvancedOptions()
{
    disconnectChildSignals(this);
}

void AdvancedOptions::updateEnablement()
{
    m_entrypoint->setEnabled(m_overrideEntrypoint->isChecked());
    m_user->setEnabled(!m_runAsMe->isChecked());
    const bool onFailure = m_restart->currentData().toString() == QLatin1String("on-failure");
    m_retries->setEnabled(onFailure);
    m_retriesLabel->setEnabled(onFailure);
}

void AdvancedOptions::readFrom(const core::LaunchSpec &s)
{
    m_updating = true;
    setText(m_name, s.name);
    setText(m_workdir, s.workingDir);
    m_lastWorkingDir = s.workingDir;
    m_overrideEntrypoint->setChecked(s.entrypoint.has_value());
    setText(m_entrypoint, s.entrypoint.value_or(QString()));
    setText(m_user, s.user);
    m_runAsMe->setChecked(s.runAsMe);
    setText(m_hostname, s.hostname);
    setText(m_digest, s.digest);
    m_autoRemove->setChecked(s.autoRemove);
    m_interactive->setChecked(s.interactive);
    m_tty->setChecked(s.tty);
    m_detach->setChecked(s.detach);
    int restart = m_restart->findData(s.restartPolicy);
    if (restart < 0) {
        m_restart->addItem(s.restartPolicy, s.restartPolicy);
        restart = m_restart->count() - 1;
    }
    m_restart->setCurrentIndex(restart);
    m_retries->setValue(s.restartMaxRetries);

    setLines(m_env, s.env);
    setLines(m_envFiles, s.envFiles);
    QStringList labels;
    for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it)
        labels << it.key() + QLatin1Char('=') + it.value();
    setLines(m_labels, labels);

    m_ipc->setCurrentText(s.ipcMode);
    setText(m_shm, s.shmSizeBytes ? core::SizeParser::toDockerString(s.shmSizeBytes) : QString());
    setText(m_cpus, s.nanoCpus ? core::LaunchUnits::formatNanoCpus(s.nanoCpus) : QString());
    setText(m_cpuset, s.cpusetCpus);
    setText(m_memory, s.memoryBytes ? core::SizeParser::toDockerString(s.memoryBytes) : QString());
    setText(m_swap, s.memorySwapBytes == -1  ? QStringLiteral("-1")
                    : s.memorySwapBytes != 0 ? core::SizeParser::toDockerString(s.memorySwapBytes)
                                             : QString());
    QStringList ulimits;
    for (const auto &u : s.ulimits)
        ulimits << core::OptionGrammar::ulimitText(u);
    setLines(m_ulimits, ulimits);

    m_network->setCurrentText(s.networkMode);
    QStringList ports;
    for (const auto &p : s.ports)
        ports << core::DockerRunWriter::portValue(p);
    setLines(m_ports, ports);
    setLines(m_expose, s.expose);
    setLines(m_addHosts, s.addHosts);
    setLines(m_dns, s.dns);

    m_privileged->setChecked(s.privileged);
    m_init->setChecked(s.init);
    m_readOnly->setChecked(s.readOnlyRootfs);
    setText(m_runtime, s.runtime);
    setText(m_pid, s.pidMode);
    setLines(m_devices, s.devices);
    setText(m_capAdd, s.capAdd.join(QLatin1Char(' ')));
    setText(m_capDrop, s.capDrop.join(QLatin1Char(' ')));
    setText(m_securityOpts, s.securityOpts.join(QLatin1Char(' ')));
    setText(m_groups, s.groupAdd.join(QLatin1Char(' ')));

    m_mounts->setProjectFolderHint(s.projectFolder);
    m_mounts->workingDirectoryChanged(QString(), s.workingDir);
    if (m_mounts->mounts() != s.mounts)
        m_mounts->setMounts(s.mounts);
    m_updating = false;
    updateEnablement();
}

void AdvancedOptions::writeTo(core::LaunchSpec &s, QList<LaunchProblem> *problems) const
{
    auto report = [problems](const LaunchProblem &p) {
        if (problems)
            problems->append(p);
    };
    s.name = m_name->text().trimmed();
    s.workingDir = m_workdir->text().trimmed();
    if (m_overrideEntrypoint->isChecked())
        s.entrypoint = m_entrypoint->text();
    else
        s.entrypoint.reset();
    s.runAsMe = m_runAsMe->isChecked();
    s.user = m_user->text().trimmed();
    s.hostname = m_hostname->text().trimmed();
    s.digest = m_digest->text().trimmed();
    s.autoRemove = m_autoRemove->isChecked();
    s.interactive = m_interactive->isChecked();
    s.tty = m_tty->isChecked();
    s.detach = m_detach->isChecked();
    s.restartPolicy = m_restart->currentData().toString();
    s.restartMaxRetries = s.restartPolicy == QLatin1String("on-failure") ? m_retries->value() : 0;

    s.env = linesOf(m_env);
    s.envFiles = linesOf(m_envFiles);
    s.labels.clear();
    for (const QString &line : linesOf(m_labels)) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        s.labels.insert(eq < 0 ? line : line.left(eq), eq < 0 ? QString() : line.mid(eq + 1));
    }

    s.ipcMode = m_ipc->currentText().trimmed();
    auto bytes = [&report](const QLineEdit *edit, PField field, qint64 *out, bool allowUnlimited) {
        const QString text = edit->text().trimmed();
        *out = 0;
        if (text.isEmpty())
            return;
        if (allowUnlimited && text == QLatin1String("-1")) {
            *out = -1;
            return;
        }
        const std::optional<qint64> value = core::SizeParser::parse(text);
        if (!value || *value < 0)
            report(problem(field, -1, text,
                           tr("\"%1\" is not a size: write a number with a unit, such as 8g, 512m or 64k").arg(text)));
        else
            *out = *value;
    };
    bytes(m_shm, PField::ShmSize, &s.shmSizeBytes, false);
    bytes(m_memory, PField::Memory, &s.memoryBytes, false);
    bytes(m_swap, PField::MemorySwap, &s.memorySwapBytes, true);
    const QString cpus = m_cpus->text().trimmed();
    s.nanoCpus = 0;
    if (!cpus.isEmpty()) {
        const std::optional<qint64> value = core::LaunchUnits::parseNanoCpus(cpus);
        if (!value || *value < 0)
            report(problem(PField::Cpus, -1, cpus,
                           tr("\"%1\" is not a number of CPUs: write it like 4 or 1.5").arg(cpus)));
        else
            s.nanoCpus = *value;
    }
    s.cpusetCpus = m_cpuset->text().trimmed();

    s.ulimits.clear();
    const QStringList ulimits = linesOf(m_ulimits);
    for (int i = 0; i < ulimits.size(); ++i) {
        const std::optional<core::LaunchSpec::Ulimit> u = core::OptionGrammar::ulimit(ulimits.at(i));
        if (!u) {
            report(problem(PField::Ulimits, i, ulimits.at(i),
                           tr("Line %1: \"%2\" is not a limit such as memlock=-1 or nofile=1024:2048")
                               .arg(i + 1)
                               .arg(ulimits.at(i))));
        } else {
            s.ulimits << *u;
        }
    }

    s.networkMode = m_network->currentText().trimmed();
    s.ports.clear();
    const QStringList ports = linesOf(m_ports);
    for (int i = 0; i < ports.size(); ++i) {
        QString why;
        const std::optional<core::LaunchSpec::Port> port = core::OptionGrammar::port(ports.at(i), &why);
        if (!port) {
            report(problem(PField::Ports, i, ports.at(i),
                           tr("Line %1: \"%2\" is not a port mapping such as 8888:8888 or 127.0.0.1:6006:6006")
                                   .arg(i + 1)
                                   .arg(ports.at(i)) +
                               (why.isEmpty() ? QString() : QStringLiteral(" (") + why + QLatin1Char(')'))));
        } else {
            s.ports << *port;
        }
    }
    s.expose = linesOf(m_expose);
    s.addHosts = linesOf(m_addHosts);
    s.dns = linesOf(m_dns);

    s.privileged = m_privileged->isChecked();
    s.init = m_init->isChecked();
    s.readOnlyRootfs = m_readOnly->isChecked();
    s.runtime = m_runtime->text().trimmed();
    s.pidMode = m_pid->text().trimmed();
    s.devices = linesOf(m_devices);
    s.capAdd = wordsOf(m_capAdd);
    s.capDrop = wordsOf(m_capDrop);
    s.securityOpts = wordsOf(m_securityOpts);
    s.groupAdd = wordsOf(m_groups);

    s.mounts = m_mounts->mounts();
}

void AdvancedOptions::updateTabMarks(bool mountErrors)
{
    QList<bool> errors(TabCount, false);
    for (const FieldNotes::Entry &f : m_fields.entries()) {
        if (f.tab >= 0 && f.note && f.note->isShown() && f.note->kind() == FieldNote::Kind::Error)
            errors[f.tab] = true;
    }
    if (mountErrors)
        errors[MountsTab] = true;
    for (int tab = 0; tab < TabCount; ++tab) {
        m_tabs->setTabIcon(tab, errors.at(tab) ? style()->standardIcon(QStyle::SP_MessageBoxCritical) : QIcon());
    }
}

QString AdvancedOptions::workingDir() const
{
    return m_workdir->text().trimmed();
}

void AdvancedOptions::setWorkingDir(const QString &dir)
{
    if (m_workdir->text().trimmed() != dir)
        m_workdir->setText(dir);
    if (dir == m_lastWorkingDir)
        return;
    const QString old = m_lastWorkingDir;
    m_lastWorkingDir = dir;
    m_mounts->workingDirectoryChanged(old, dir);
    Q_EMIT workingDirChanged(old, dir);
}

QString AdvancedOptions::containerName() const
{
    return m_name->text().trimmed();
}

bool AdvancedOptions::keepFailedStart() const
{
    return m_keepFailed->isChecked();
}

void AdvancedOptions::retranslate()
{
    m_tabs->setTabText(ContainerTab, tr("Container"));
    m_tabs->setTabText(EnvironmentTab, tr("Environment"));
    m_tabs->setTabText(MountsTab, tr("Mounts"));
    m_tabs->setTabText(ResourcesTab, tr("Resources"));
    m_tabs->setTabText(NetworkTab, tr("Network"));
    m_tabs->setTabText(SystemTab, tr("System"));
    auto label = [this](PField field, const QString &text) {
        if (QLabel *l = m_fields.label(field))
            l->setText(text);
    };
    label(PField::Name, tr("&Name:"));
    m_name->setPlaceholderText(tr("chosen by Docker"));
    label(PField::WorkingDir, tr("&Working directory:"));
    m_workdir->setPlaceholderText(tr("the image's, e.g. /src"));
    label(PField::Entrypoint, tr("&Entrypoint:"));
    m_overrideEntrypoint->setText(tr("Replace"));
    m_entrypoint->setPlaceholderText(tr("empty clears the image's entrypoint"));
    label(PField::User, tr("&User:"));
    m_user->setPlaceholderText(tr("uid[:gid] or name"));
    m_runAsMe->setText(tr("Run as me"));
    m_runAsMe->setToolTip(tr("Run with your own user and group ids, so files written into mounted folders belong to "
                             "you instead of root"));
    label(PField::Hostname, tr("&Hostname:"));
    m_digestLabel->setText(tr("Di&gest:"));
    m_digest->setPlaceholderText(tr("sha256:…, pins the exact image"));
    m_flagsLabel->setText(tr("Options:"));
    m_autoRemove->setText(tr("Remove the container when it stops (--rm)"));
    m_interactive->setText(tr("Keep standard input open (-i)"));
    m_tty->setText(tr("Allocate a terminal (-t)"));
    m_detach->setText(tr("Run in the background (-d)"));
    m_keepFailed->setText(tr("Keep a container that fails to start"));
    m_keepFailed->setToolTip(tr("Normally a container that was created but could not start is removed again, so "
                                "nothing is left half-way"));
    m_restartLabel->setText(tr("&Restart:"));
    m_restart->setItemText(0, tr("Default (no)"));
    m_retriesLabel->setText(tr("Retries:"));

    label(PField::Env, tr("&Variables:"));
    m_env->setPlaceholderText(tr("KEY=value, one per line; a KEY alone passes your own value"));
    label(PField::EnvFiles, tr("Env &files:"));
    m_envFiles->setPlaceholderText(tr("one file per line"));
    m_addEnvFile->setText(tr("Add file…"));
    label(PField::Labels, tr("&Labels:"));
    m_labels->setPlaceholderText(tr("key=value, one per line"));

    label(PField::IpcMode, tr("&IPC:"));
    m_ipc->lineEdit()->setPlaceholderText(tr("default (host helps PyTorch data loaders)"));
    label(PField::ShmSize, tr("&Shared memory:"));
    m_shm->setPlaceholderText(tr("64m by default, e.g. 8g"));
    label(PField::Cpus, tr("&CPUs:"));
    m_cpus->setPlaceholderText(tr("all, e.g. 4 or 1.5"));
    m_cpusetLabel->setText(tr("CPU s&et:"));
    m_cpuset->setPlaceholderText(tr("e.g. 0-3"));
    label(PField::Memory, tr("&Memory:"));
    m_memory->setPlaceholderText(tr("no limit, e.g. 32g"));
    label(PField::MemorySwap, tr("Memory + s&wap:"));
    m_swap->setPlaceholderText(tr("-1 for unlimited swap"));
    label(PField::Ulimits, tr("&Ulimits:"));
    m_ulimits->setPlaceholderText(tr("e.g. memlock=-1, one per line"));

    label(PField::NetworkMode, tr("Net&work:"));
    m_network->lineEdit()->setPlaceholderText(tr("default"));
    label(PField::Ports, tr("&Ports:"));
    m_ports->setPlaceholderText(tr("host:container, one per line, e.g. 8888:8888"));
    m_exposeLabel->setText(tr("E&xpose:"));
    m_expose->setPlaceholderText(tr("container ports, one per line"));
    m_addHostsLabel->setText(tr("Extra &hosts:"));
    m_addHosts->setPlaceholderText(tr("host:ip, one per line"));
    m_dnsLabel->setText(tr("&DNS servers:"));
    m_dns->setPlaceholderText(tr("one per line"));

    m_systemFlagsLabel->setText(tr("Options:"));
    m_privileged->setText(tr("Privileged (full access to the host's devices)"));
    m_init->setText(tr("Run an init process (--init)"));
    m_readOnly->setText(tr("Read-only root file system"));
    m_runtimeLabel->setText(tr("R&untime:"));
    m_runtime->setPlaceholderText(tr("default, e.g. nvidia"));
    m_pidLabel->setText(tr("&PID namespace:"));
    m_pid->setPlaceholderText(tr("default, e.g. host"));
    label(PField::Devices, tr("De&vices:"));
    m_devices->setPlaceholderText(tr("e.g. /dev/kfd, one per line"));
    m_capAddLabel->setText(tr("Add capabilities:"));
    m_capDropLabel->setText(tr("Drop capabilities:"));
    m_securityLabel->setText(tr("Security options:"));
    m_securityOpts->setPlaceholderText(tr("e.g. seccomp=unconfined"));
    m_groupsLabel->setText(tr("Extra groups:"));
}

void AdvancedOptions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace berth::ui
