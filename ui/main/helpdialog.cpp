// SPDX-License-Identifier: Apache-2.0
#include "helpdialog.h"

#include "i18n/languagemanager.h"
#include "settings/settings.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace berth::ui {

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_text(new QTextBrowser(this)), m_about(new QLabel(this))
{
    setObjectName(QStringLiteral("helpDialog"));
    m_text->setOpenExternalLinks(true);
    m_about->setWordWrap(true);
    m_about->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *split = new QSplitter(this);
    split->addWidget(m_list);
    split->addWidget(m_text);
    split->setStretchFactor(1, 1);
    split->setSizes({200, 600});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_about);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_topics.size())
            m_text->setMarkdown(m_topics.at(row).markdown);
    });
    reload();
    resize(900, 620);
}

QList<HelpDialog::Topic> HelpDialog::topics(const QString &language)
{
    QFile file(language == QLatin1String("ko") ? QStringLiteral(":/help/README.ko.md")
                                               : QStringLiteral(":/help/README.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    static const QRegularExpression picture(QStringLiteral("!\\[[^\\]]*\\]\\([^)]*\\)"));
    QList<Topic> topics;
    Topic current;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("## "))) {
            if (!current.markdown.trimmed().isEmpty())
                topics.append(current);
            current = {line.mid(3).trimmed(), QString()};
            continue;
        }
        if (line.startsWith(QLatin1String("# ")) && current.title.isEmpty()) {
            current.title = line.mid(2).trimmed();
            continue;
        }
        QString kept = line;
        kept.remove(picture);
        if (kept.trimmed().isEmpty() && !line.trimmed().isEmpty())
            continue; // a line that was only a picture
        current.markdown += kept + QLatin1Char('\n');
    }
    if (!current.markdown.trimmed().isEmpty())
        topics.append(current);
    return topics;
}

QString HelpDialog::aboutText(const QString &settingsFile, const QString &dataDir)
{
    return tr("Berth %1. Settings: %2. Saved profiles, recent launches and the tag cache: %3. Berth's own messages go "
              "to its standard error (the journal when started from the desktop); container output stays with the "
              "engine and is read again with docker logs.")
        .arg(QApplication::applicationVersion(), QDir::toNativeSeparators(settingsFile),
             QDir::toNativeSeparators(dataDir));
}

void HelpDialog::reload()
{
    const QString title = currentTitle();
    const int row = m_list->currentRow();
    m_topics = topics(LanguageManager::instance().language());
    m_list->clear();
    for (const Topic &t : std::as_const(m_topics))
        m_list->addItem(t.title);
    setWindowTitle(tr("Berth Help"));
    const core::Settings &settings = core::Settings::instance();
    m_about->setText(aboutText(settings.fileName(), settings.dataDir()));
    // Same place after a language switch: the headings differ, the order does not.
    if (row >= 0 && row < m_topics.size())
        showTopic(row);
    else if (!title.isEmpty())
        showTopic(title);
    else if (!m_topics.isEmpty())
        showTopic(0);
}

void HelpDialog::showTopic(int index)
{
    if (index >= 0 && index < m_list->count())
        m_list->setCurrentRow(index);
}

void HelpDialog::showTopic(const QString &title)
{
    for (int i = 0; i < m_topics.size(); ++i) {
        if (m_topics.at(i).title == title) {
            showTopic(i);
            return;
        }
    }
}

int HelpDialog::topicCount() const
{
    return int(m_topics.size());
}

QString HelpDialog::currentTitle() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_topics.size() ? m_topics.at(row).title : QString();
}

void HelpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        reload();
    QDialog::changeEvent(event);
}

} // namespace berth::ui
