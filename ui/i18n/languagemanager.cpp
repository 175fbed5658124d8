// SPDX-License-Identifier: Apache-2.0
#include "languagemanager.h"

#include "settings/settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

#include <algorithm>

namespace berth::ui {

namespace {
Q_LOGGING_CATEGORY(lcI18n, "berth.i18n", QtWarningMsg)

const QString langOption = QStringLiteral("lang");

QString baseLanguage(const QString &code)
{
    // "ko-KR", "ko_KR" and "ko" all mean Korean here.
    return code.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}
} // namespace

LanguageManager::LanguageManager()
{
    // Whoever changes the setting (a settings dialog, another window) switches the language; setLanguage() below
    // relies on this too.
    connect(&core::Settings::instance(), &core::Settings::changed, this, [this](const QString &key, const QVariant &v) {
        if (key == QLatin1String(core::Settings::Language))
            install(v.toString());
    });
}

LanguageManager::~LanguageManager() = default;

LanguageManager &LanguageManager::instance()
{
    static LanguageManager manager;
    return manager;
}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ko")};
}

QString LanguageManager::resolve(const QString &requested, const QLocale &system)
{
    const QStringList available = availableLanguages();
    const QString wanted = baseLanguage(requested);
    if (available.contains(wanted))
        return wanted;
    if (wanted.isEmpty()) {
        for (const QString &ui : system.uiLanguages()) {
            if (available.contains(baseLanguage(ui)))
                return baseLanguage(ui);
        }
    }
    return QStringLiteral("en");
}

QStringList LanguageManager::translationDirs()
{
    QStringList dirs;
    // Before a QCoreApplication exists there is no executable path to start from.
    if (QCoreApplication::instance())
        dirs << QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                                QStringLiteral(BERTH_TRANSLATIONS_FROM_BIN));
    const QString installed = QStringLiteral(BERTH_TRANSLATIONS_INSTALL_DIR);
    if (!dirs.contains(installed))
        dirs << installed;
    return dirs;
}

void LanguageManager::addCommandLineOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        langOption,
        QCoreApplication::translate("berth::ui::LanguageManager",
                                    "User interface language: ko or en (default: the setting, else the system)."),
        QStringLiteral("LANG")));
}

void LanguageManager::apply(const QCommandLineParser &parser)
{
    apply(parser.isSet(langOption) ? parser.value(langOption) : QString());
}

void LanguageManager::apply(const QString &commandLine)
{
    if (!commandLine.isEmpty()) {
        if (!availableLanguages().contains(baseLanguage(commandLine)))
            qCWarning(lcI18n) << "--lang" << commandLine << "is not available; choose one of" << availableLanguages();
        install(commandLine);
        return;
    }
    install(core::Settings::instance().value(core::Settings::Language).toString());
}

void LanguageManager::setLanguage(const QString &language)
{
    core::Settings::instance().setValue(core::Settings::Language, language);
    // An unchanged setting emits nothing, yet a --lang override may be in effect: install either way.
    install(language);
}

QLocale LanguageManager::locale() const
{
    // Someone whose system speaks this language keeps their regional formats (en_GB dates, for one); a system
    // without a locale (C, POSIX) keeps its neutral formats under English.
    const QLocale system = QLocale::system();
    if (baseLanguage(system.name()) == m_language ||
        (system.language() == QLocale::C && m_language == QLatin1String("en")))
        return system;
    return m_language == QLatin1String("ko") ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                             : QLocale(QLocale::English, QLocale::UnitedStates);
}

void LanguageManager::install(const QString &requested)
{
    const QString language = resolve(requested);
    m_requested = availableLanguages().contains(baseLanguage(requested)) ? baseLanguage(requested) : QString();
    if (m_installed && language == m_language)
        return;

    auto berth = std::make_unique<QTranslator>();
    const QStringList dirs = translationDirs();
    const bool loaded = std::any_of(dirs.cbegin(), dirs.cend(), [&](const QString &dir) {
        return berth->load(QStringLiteral("berth_") + language, dir);
    });
    if (!loaded)
        qCWarning(lcI18n) << "no translation for" << language << "in" << dirs;
    auto qt = std::make_unique<QTranslator>();
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!qt->load(QStringLiteral("qtbase_") + language, qtDir))
        qCInfo(lcI18n) << "Qt's own translation for" << language << "is not installed in" << qtDir;

    // Removing and installing each post a LanguageChange to every top-level widget; Qt compresses them into one.
    if (m_berth)
        QCoreApplication::removeTranslator(m_berth.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_berth = std::move(berth);
    m_qt = std::move(qt);
    if (!m_berth->isEmpty())
        QCoreApplication::installTranslator(m_berth.get());
    if (!m_qt->isEmpty())
        QCoreApplication::installTranslator(m_qt.get());
    m_language = language;
    m_translationFile = loaded ? m_berth->filePath() : QString();
    m_installed = true;
    QLocale::setDefault(locale());
    Q_EMIT languageChanged(m_language);
}

} // namespace berth::ui
