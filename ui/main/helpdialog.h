// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QList>

class QLabel;
class QListWidget;
class QTextBrowser;

namespace berth::ui {

// The README's topics inside Berth (in the UI language), plus the version and where settings and logs live: what a
// new user would otherwise have to find on the web.
class HelpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpDialog)
public:
    struct Topic
    {
        QString title;
        QString markdown;
    };
    explicit HelpDialog(QWidget *parent = nullptr);

    // The README (README.md, or README.ko.md for Korean) split at its "## " headings; the opening becomes the first
    // topic. Pictures are left out: the files they name are not installed.
    static QList<Topic> topics(const QString &language);
    static QString aboutText(const QString &settingsFile, const QString &dataDir);

    void showTopic(int index);
    void showTopic(const QString &title);
    int topicCount() const;
    QString currentTitle() const;
    QTextBrowser *browser() const { return m_text; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();

    QListWidget *m_list;
    QTextBrowser *m_text;
    QLabel *m_about;
    QList<Topic> m_topics;
};

} // namespace berth::ui
