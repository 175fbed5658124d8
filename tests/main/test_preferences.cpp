// SPDX-License-Identifier: Apache-2.0
#include "common/messagebar.h"
#include "engine/engineclient.h"
#include "i18n/languagemanager.h"
#include "launch/launchpanel.h"
#include "main/helpdialog.h"
#include "main/mainwindow.h"
#include "main/preferencesdialog.h"
#include "settings/settings.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace berth;

// File > Preferences… and the Help menu, against an engine address that does not answer (neither needs one).
class TestPreferences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void preferences_haveTheConventionalShortcut_andOpenFromTheMenu();
    void preferences_okWritesSettings();
    void preferences_badHubAddress_isRefusedWithTheFieldFocused();
    void help_showsReadmeTopicsInBothLanguages();
    void about_saysVersionAndWhereSettingsLive();
    void messageBar_retranslatesItsMessage();
    void korean_launchRunAndRunningAreDistinctWords();
    void screenshots();
    void cleanupTestCase();

private:
    QString shotDir() const;
    QTemporaryDir m_config;
    std::unique_ptr<core::EngineClient> m_client;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestPreferences::initTestCase()
{
    qputenv("BERTH_CONFIG_DIR", m_config.path().toUtf8());
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    ui::LanguageManager::instance().apply(QStringLiteral("en"));
    m_client = std::make_unique<core::EngineClient>(
        core::Endpoint::fromHost(QStringLiteral("unix:///tmp/berth-absent/docker.sock")));
    m_window = std::make_unique<ui::MainWindow>(m_client.get());
    m_window->show();
}

void TestPreferences::cleanupTestCase()
{
    m_window.reset();
    m_client.reset();
}

QString TestPreferences::shotDir() const
{
    const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR", QDir::tempPath());
    QDir().mkpath(dir);
    return dir;
}

void TestPreferences::preferences_haveTheConventionalShortcut_andOpenFromTheMenu()
{
    QAction *action = m_window->preferencesAction();
    QVERIFY(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    QCOMPARE(action->text(), QStringLiteral("&Preferences…"));
    action->trigger();
    auto *dialog = m_window->findChild<ui::PreferencesDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // What the settings say now is what the dialog shows.
    QCOMPARE(dialog->hubUrlEdit()->text(), QStringLiteral("https://hub.docker.com"));
    QCOMPARE(dialog->tailLinesBox()->value(), 5000);
    dialog->reject();
}

void TestPreferences::preferences_okWritesSettings()
{
    ui::PreferencesDialog *dialog = m_window->showPreferences();
    dialog->tailLinesBox()->setValue(2000);
    dialog->stopTimeoutBox()->setValue(30);
    dialog->hubUrlEdit()->setText(QStringLiteral("http://127.0.0.1:5999"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    core::Settings &settings = core::Settings::instance();
    QCOMPARE(settings.value(core::Settings::LogTailLines).toInt(), 2000);
    QCOMPARE(settings.value(core::Settings::StopTimeout).toInt(), 30);
    QCOMPARE(settings.value(core::Settings::HubBaseUrl).toString(), QStringLiteral("http://127.0.0.1:5999"));
    settings.reset(core::Settings::LogTailLines);
    settings.reset(core::Settings::StopTimeout);
    settings.reset(core::Settings::HubBaseUrl);
}

void TestPreferences::preferences_badHubAddress_isRefusedWithTheFieldFocused()
{
    ui::PreferencesDialog *dialog = m_window->showPreferences();
    QApplication::setActiveWindow(dialog);
    dialog->hubUrlEdit()->setText(QStringLiteral("hub.docker.com"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog->isVisible()); // not accepted
    QCOMPARE(core::Settings::instance().value(core::Settings::HubBaseUrl).toString(),
             QStringLiteral("https://hub.docker.com"));
    bool said = false;
    for (QLabel *label : dialog->findChildren<QLabel *>())
        said = said || (label->isVisible() && label->text().contains(QLatin1String("http:// or https://")));
    QVERIFY(said);
    QTRY_COMPARE(QApplication::focusWidget(), dialog->hubUrlEdit());
    dialog->reject();
}

void TestPreferences::help_showsReadmeTopicsInBothLanguages()
{
    const QList<ui::HelpDialog::Topic> en = ui::HelpDialog::topics(QStringLiteral("en"));
    const QList<ui::HelpDialog::Topic> ko = ui::HelpDialog::topics(QStringLiteral("ko"));
    QVERIFY(en.size() >= 4);
    QCOMPARE(ko.size(), en.size());
    auto titles = [](const QList<ui::HelpDialog::Topic> &topics) {
        QStringList t;
        for (const auto &topic : topics)
            t << topic.title;
        return t;
    };
    QVERIFY2(titles(en).contains(QLatin1String("Settings")), qPrintable(titles(en).join(QLatin1Char('|'))));
    QVERIFY2(titles(ko).contains(QStringLiteral("설정")), qPrintable(titles(ko).join(QLatin1Char('|'))));
    for (const auto &topic : en)
        QVERIFY2(!topic.markdown.contains(QLatin1String("](docs/screenshots")), qPrintable(topic.title));

    ui::HelpDialog *help = m_window->showHelp(QStringLiteral("Settings"));
    QCOMPARE(help->currentTitle(), QStringLiteral("Settings"));
    QVERIFY(help->browser()->toPlainText().contains(QLatin1String("berth.ini")));
    // The menu lists the same topics.
    m_window->helpTopicsMenu()->popup(QPoint(0, 0));
    QTRY_VERIFY(!m_window->helpTopicsMenu()->actions().isEmpty());
    QCOMPARE(m_window->helpTopicsMenu()->actions().size(), en.size());
    m_window->helpTopicsMenu()->hide();
    // A language switch keeps the topic, now in Korean.
    ui::LanguageManager::instance().apply(QStringLiteral("ko"));
    QTRY_COMPARE(help->currentTitle(), QStringLiteral("설정"));
    ui::LanguageManager::instance().apply(QStringLiteral("en"));
    QTRY_COMPARE(help->currentTitle(), QStringLiteral("Settings"));
    help->close();
}

void TestPreferences::about_saysVersionAndWhereSettingsLive()
{
    const QString text =
        ui::HelpDialog::aboutText(core::Settings::instance().fileName(), core::Settings::instance().dataDir());
    QVERIFY2(text.contains(QLatin1String("9.8.7")), qPrintable(text));
    QVERIFY2(text.contains(m_config.path()), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("standard error")), qPrintable(text));
}

void TestPreferences::messageBar_retranslatesItsMessage()
{
    ui::MessageBar bar;
    bar.showMessage(ui::MessageBar::Kind::Information, [] {
        return QCoreApplication::translate("berth::ui::VolumesPage", "No volume is unused; there is nothing to prune.");
    });
    QCOMPARE(bar.text(), QStringLiteral("No volume is unused; there is nothing to prune."));
    ui::LanguageManager::instance().apply(QStringLiteral("ko"));
    QTRY_VERIFY2(bar.text().contains(QRegularExpression(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"))),
                 qPrintable(bar.text()));
    ui::LanguageManager::instance().apply(QStringLiteral("en"));
    QTRY_COMPARE(bar.text(), QStringLiteral("No volume is unused; there is nothing to prune."));
    // A plain text stays as it was given.
    bar.showMessage(ui::MessageBar::Kind::Information, QStringLiteral("fixed"));
    ui::LanguageManager::instance().apply(QStringLiteral("ko"));
    QCOMPARE(bar.text(), QStringLiteral("fixed"));
    ui::LanguageManager::instance().apply(QStringLiteral("en"));
}

void TestPreferences::korean_launchRunAndRunningAreDistinctWords()
{
    ui::LanguageManager::instance().apply(QStringLiteral("ko"));
    auto *pages = m_window->findChild<QListWidget *>(QStringLiteral("pageList"));
    QVERIFY(pages);
    QTRY_VERIFY(m_window->launchPanel()->runButton()->text() != QLatin1String("Run"));
    const QString page = pages->item(ui::MainWindow::Launch)->text();
    const QString button = m_window->launchPanel()->runButton()->text().remove(QLatin1Char('&'));
    const QString state = QCoreApplication::translate("berth::ui::ContainerTableModel", "Running");
    const QString up = QCoreApplication::translate("berth::ui::ContainerStatusText", "Up %1");
    ui::LanguageManager::instance().apply(QStringLiteral("en"));
    QVERIFY2(!page.contains(button) && !state.contains(button) && !up.contains(button) && !state.contains(page),
             qPrintable(page + QLatin1Char('|') + button + QLatin1Char('|') + state + QLatin1Char('|') + up));
    QCOMPARE(button, QStringLiteral("실행"));
    // The requirements row's label reads in Korean too.
    ui::LanguageManager::instance().apply(QStringLiteral("ko"));
    const QString requirements = QCoreApplication::translate("berth::ui::LaunchForm", "Requirements:");
    ui::LanguageManager::instance().apply(QStringLiteral("en"));
    QVERIFY2(requirements.contains(QRegularExpression(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"))),
             qPrintable(requirements));
}

void TestPreferences::screenshots()
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ko")}) {
        ui::LanguageManager::instance().apply(language);
        ui::PreferencesDialog *prefs = m_window->showPreferences();
        QVERIFY(QTest::qWaitForWindowExposed(prefs));
        QVERIFY(prefs->grab().save(shotDir() + QStringLiteral("/preferences-") + language + QStringLiteral(".png")));
        prefs->reject();
        ui::HelpDialog *help = m_window->showHelp();
        help->showTopic(1);
        QVERIFY(QTest::qWaitForWindowExposed(help));
        QVERIFY(help->grab().save(shotDir() + QStringLiteral("/help-") + language + QStringLiteral(".png")));
        help->close();
    }
    ui::LanguageManager::instance().apply(QStringLiteral("en"));
}

QTEST_MAIN(TestPreferences)
#include "test_preferences.moc"
