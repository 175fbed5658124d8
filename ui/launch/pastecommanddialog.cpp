// SPDX-License-Identifier: Apache-2.0
#include "pastecommanddialog.h"

#include "common/koreanparticles.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace berth::ui {

using core::LaunchProblem;

PasteCommandDialog::PasteCommandDialog(const QString &projectFolder, QWidget *parent)
    : QDialog(parent), m_intro(new QLabel(this)), m_text(new QPlainTextEdit(this)), m_folderLabel(new QLabel(this)),
      m_folder(new QLineEdit(this)), m_chooseFolder(new QPushButton(this)), m_problemsLabel(new QLabel(this)),
      m_problems(new QListWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("pasteCommandDialog"));
    m_text->setObjectName(QStringLiteral("pasteText"));
    m_problems->setObjectName(QStringLiteral("pasteProblems"));
    m_folder->setObjectName(QStringLiteral("pasteFolder"));
    auto *layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 6);
    layout->addWidget(m_text, 2);
    auto *folderRow = new QHBoxLayout;
    m_folderLabel->setBuddy(m_folder);
    folderRow->addWidget(m_folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_chooseFolder);
    layout->addLayout(folderRow);
    m_problemsLabel->setTextFormat(Qt::PlainText); // quotes pasted text, which may be anything
    layout->addWidget(m_problemsLabel);
    m_problems->setWordWrap(true);
    m_problems->setAlternatingRowColors(true);
    layout->addWidget(m_problems, 1);
    m_fill = m_buttons->button(QDialogButtonBox::Ok);
    m_fill->setObjectName(QStringLiteral("fillFormButton"));
    // The button box puts "OK" back on a language change before the button itself hears of it: name it then.
    m_fill->installEventFilter(this);
    layout->addWidget(m_buttons);
    m_folder->setText(projectFolder.isEmpty() ? QDir::homePath() : projectFolder);
    resize(760, 480);

    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &PasteCommandDialog::reparse);
    connect(m_text, &QPlainTextEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_folder, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_timer->isActive())
            reparse(); // the text changed within the debounce interval
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_chooseFolder, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("What $(pwd) means"), m_folder->text());
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOptions(QFileDialog::ShowDirsOnly | QFileDialog::DontUseNativeDialog);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, m_folder, &QLineEdit::setText);
        dialog->open();
    });
    retranslate();
    reparse();
}

void PasteCommandDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
    reparse();
}

QString PasteCommandDialog::text() const
{
    return m_text->toPlainText();
}

QString PasteCommandDialog::projectFolder() const
{
    const QString folder = m_folder->text().trimmed();
    return folder.isEmpty() ? QString() : QDir::cleanPath(folder);
}

core::DockerRunParser::Result PasteCommandDialog::result() const
{
    return m_result;
}

bool PasteCommandDialog::imageHasBash() const
{
    return m_result.spec.requirements.usesBash();
}

void PasteCommandDialog::reparse()
{
    m_timer->stop();
    const QString text = m_text->toPlainText();
    m_problems->clear();
    if (text.trimmed().isEmpty()) {
        m_result = {};
        m_fill->setEnabled(false);
        m_problemsLabel->setText(tr("Paste a command above."));
        return;
    }
    m_result = core::DockerRunParser::parse(text, core::DockerRunParser::systemOptions(projectFolder()));
    for (const LaunchProblem &p : std::as_const(m_result.problems)) {
        auto *item = new QListWidgetItem(m_problems);
        item->setIcon(
            style()->standardIcon(p.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        item->setText(KoreanParticles::resolve(p.subject.isEmpty() || p.message.contains(p.subject)
                                                   ? p.message
                                                   : tr("%1 — %2").arg(p.subject, p.message)));
        item->setData(Qt::UserRole, p.offset);
    }
    bool notDockerRun = false;
    for (const LaunchProblem &p : std::as_const(m_result.problems))
        notDockerRun = notDockerRun || p.code == LaunchProblem::Code::NotDockerRun;
    m_fill->setEnabled(!notDockerRun);
    m_problemsLabel->setText(m_result.problems.isEmpty() ? tr("Everything in this command has a place in the form.")
                                                         : tr("What Berth could not map (the rest fills the form):"));
}

void PasteCommandDialog::retranslate()
{
    setWindowTitle(tr("Paste a docker run command"));
    m_intro->setText(tr("Paste a docker run command, for example from a tutorial. Lines continued with \\ and "
                        "comments after them are fine."));
    m_text->setPlaceholderText(
        QStringLiteral("docker run --rm -it --gpus all -v $(pwd):/src -w /src --ipc=host pytorch/pytorch …"));
    m_folderLabel->setText(tr("$(pwd) and ./ &mean:"));
    m_chooseFolder->setText(tr("Choose…"));
    m_fill->setText(tr("Fill the form"));
    reparse();
}

bool PasteCommandDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_fill && event->type() == QEvent::LanguageChange)
        m_fill->setText(tr("Fill the form"));
    return QDialog::eventFilter(watched, event);
}

void PasteCommandDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace berth::ui
