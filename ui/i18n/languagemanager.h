// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QCommandLineParser;
class QTranslator;

namespace berth::ui {

// Which language the UI speaks. Switching replaces Berth's translator and Qt's own (qtbase, for standard dialogs
// and buttons), so every widget receives QEvent::LanguageChange and retranslates in place; QLocale's default moves
// with it so dates, sizes and numbers read like the words around them.
// Precedence at start-up: --lang, then the Language setting, then the system locale. A later setLanguage() (the
// View > Language menu) or a change of the setting switches at once.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)
public:
    static LanguageManager &instance();

    static QStringList availableLanguages(); // "en", "ko"
    // "" follows the system's UI languages; anything Berth has no translation for ends in English.
    static QString resolve(const QString &requested, const QLocale &system = QLocale::system());

    // --lang ko|en, for main()'s parser; apply(parser) after parser.process().
    static void addCommandLineOption(QCommandLineParser &parser);
    void apply(const QCommandLineParser &parser);
    // Start-up: a non-empty commandLine wins for this run without being saved.
    void apply(const QString &commandLine = {});

    QString language() const { return m_language; }   // in effect: "en" or "ko"
    QString requested() const { return m_requested; } // "", "en" or "ko"
    QLocale locale() const;

    // Folders searched for berth_<lang>.qm, first match wins: beside the executable (build tree and install prefix
    // alike), then the configured install location. translationFile() is the file in use; empty when none was found.
    static QStringList translationDirs();
    QString translationFile() const { return m_translationFile; }

public Q_SLOTS:
    // Saves the choice as the Language setting ("" follows the system) and switches now.
    void setLanguage(const QString &language);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    LanguageManager();
    ~LanguageManager() override;
    void install(const QString &requested);

    std::unique_ptr<QTranslator> m_berth;
    std::unique_ptr<QTranslator> m_qt;
    QString m_requested;
    QString m_language;
    QString m_translationFile;
    bool m_installed = false;
};

} // namespace berth::ui
