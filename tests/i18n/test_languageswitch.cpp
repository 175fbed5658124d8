// SPDX-License-Identifier: Apache-2.0
#include "engine/engineclient.h"
#include "i18n/languagemanager.h"
#include "launch/launchform.h"
#include "launch/launchpanel.h"
#include "launch/pastecommanddialog.h"
#include "main/mainwindow.h"
#include "settings/settings.h"
#include "widgettexts.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using ui::LanguageManager;

namespace {
// Installing translators posts LanguageChange to every window; deliver them now.
void switchTo(const QString &language)
{
    LanguageManager::instance().setLanguage(language);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

QStringList menuTitles(QMainWindow &window)
{
    QStringList titles;
    for (QAction *a : window.menuBar()->actions())
        titles << a->text();
    return titles;
}

QAction *languageAction(QMainWindow &window, const QString &code)
{
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->isCheckable() && a->data().toString() == code && a->data().isValid() &&
            a->data().typeId() == QMetaType::QString)
            return a;
    }
    return nullptr;
}
} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void liveSwitch_windowFormAndDialogsRetranslate_typedValuesSurvive();
    void languageMenu_switchesAndRemembersTheChoice();

private:
    QTemporaryDir m_config;
};

void TestLanguageSwitch::initTestCase()
{
    qputenv("BERTH_CONFIG_DIR", m_config.path().toUtf8());
    LanguageManager::instance().apply(QStringLiteral("en"));
}

void TestLanguageSwitch::liveSwitch_windowFormAndDialogsRetranslate_typedValuesSurvive()
{
    // No engine: the window shows its "cannot reach" state, which is fine for words.
    core::EngineClient client(
        core::Endpoint::fromHost(QStringLiteral("unix://") + m_config.filePath(QStringLiteral("none.sock"))));
    ui::MainWindow window(&client);
    window.show();
    auto *pages = window.findChild<QListWidget *>(QStringLiteral("pageList"));
    QVERIFY(pages);
    QCOMPARE(pages->item(0)->text(), QStringLiteral("Containers"));

    ui::LaunchPanel launch(&client, core::Settings::instance());
    launch.resize(1100, 760);
    launch.show();
    auto *image = launch.findChild<QLineEdit *>(QStringLiteral("imageEdit"));
    auto *tag = launch.findChild<QLineEdit *>(QStringLiteral("tagEdit"));
    auto *command = launch.findChild<QLineEdit *>(QStringLiteral("commandEdit"));
    QVERIFY(image && tag && command);
    image->clear();
    tag->clear();
    command->clear();
    QTest::keyClicks(image, QStringLiteral("pytorch/pytorch"));
    QTest::keyClicks(tag, QStringLiteral("1.2-cuda10.0-cudnn7-runtime"));
    QTest::keyClicks(command, QStringLiteral("python train.py --epochs 3 --name "));
    // Korean arrives through the input method, as from a Hangul IME.
    QInputMethodEvent hangul;
    hangul.setCommitString(QStringLiteral("실험1"));
    QCoreApplication::sendEvent(command, &hangul);
    const core::LaunchSpec typed = launch.spec();
    QCOMPARE(typed.image, QStringLiteral("pytorch/pytorch"));

    ui::PasteCommandDialog paste(QStringLiteral("/tmp"), &window);
    paste.open();
    auto *pasteText = paste.findChild<QPlainTextEdit *>(QStringLiteral("pasteText"));
    QVERIFY(pasteText);
    QTest::keyClicks(pasteText, QStringLiteral("docker run --rm -it busybox sh"));
    const QString pasted = pasteText->toPlainText();

    QMessageBox box(QMessageBox::Question, QStringLiteral("Berth"), QStringLiteral("?"),
                    QMessageBox::Ok | QMessageBox::Cancel, &window);
    box.open();
    QCOMPARE(box.button(QMessageBox::Cancel)->text(), QStringLiteral("Cancel"));

    switchTo(QStringLiteral("ko"));
    QCOMPARE(pages->item(0)->text(), QStringLiteral("컨테이너"));
    QVERIFY2(menuTitles(window).contains(QStringLiteral("파일(&F)")), qPrintable(menuTitles(window).join(u',')));
    QVERIFY(menuTitles(window).contains(QStringLiteral("보기(&V)")));
    const QStringList windowTexts = test::visibleTexts(&window);
    QVERIFY2(windowTexts.contains(QStringLiteral("시작")) && windowTexts.contains(QStringLiteral("셸 열기")),
             qPrintable(windowTexts.join(u'|')));
    QCOMPARE(launch.runButton()->text(), QStringLiteral("실행"));
    QVERIFY(test::visibleTexts(&launch).contains(QStringLiteral("이미지(&I):")));
    QCOMPARE(paste.windowTitle(), QStringLiteral("docker run 명령 붙여넣기"));
    QCOMPARE(paste.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->text(),
             QStringLiteral("양식 채우기"));
    QCOMPARE(paste.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("취소"));
    QCOMPARE(box.button(QMessageBox::Cancel)->text(), QStringLiteral("취소"));
    QCOMPARE(box.button(QMessageBox::Ok)->text(), QStringLiteral("확인"));
    // Nothing typed is lost.
    QCOMPARE(launch.spec(), typed);
    QCOMPARE(command->text(), QStringLiteral("python train.py --epochs 3 --name 실험1"));
    QCOMPARE(pasteText->toPlainText(), pasted);
    QVERIFY(paste.isVisible());

    switchTo(QStringLiteral("en"));
    QCOMPARE(pages->item(0)->text(), QStringLiteral("Containers"));
    QVERIFY(menuTitles(window).contains(QStringLiteral("&File")));
    QCOMPARE(launch.runButton()->text(), QStringLiteral("Run"));
    QCOMPARE(paste.windowTitle(), QStringLiteral("Paste a docker run command"));
    QCOMPARE(paste.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->text(),
             QStringLiteral("Fill the form"));
    QCOMPARE(box.button(QMessageBox::Cancel)->text(), QStringLiteral("Cancel"));
    QCOMPARE(launch.spec(), typed);
    QCOMPARE(pasteText->toPlainText(), pasted);
    for (const QString &text : test::visibleTexts(&window))
        QVERIFY2(!test::hasHangul(text) || text == QStringLiteral("한국어"), qPrintable(text));
}

void TestLanguageSwitch::languageMenu_switchesAndRemembersTheChoice()
{
    core::EngineClient client(
        core::Endpoint::fromHost(QStringLiteral("unix://") + m_config.filePath(QStringLiteral("none.sock"))));
    ui::MainWindow window(&client);
    // What main() wires up.
    connect(&window, &ui::MainWindow::languageRequested, &LanguageManager::instance(), &LanguageManager::setLanguage);
    window.show();
    QAction *korean = languageAction(window, QStringLiteral("ko"));
    QAction *system = languageAction(window, QString());
    QVERIFY(korean && system);
    korean->trigger();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(LanguageManager::instance().language(), QStringLiteral("ko"));
    QCOMPARE(core::Settings::instance().value(core::Settings::Language).toString(), QStringLiteral("ko"));
    QVERIFY(menuTitles(window).contains(QStringLiteral("도움말(&H)")));
    QCOMPARE(system->text(), QStringLiteral("시스템 언어"));
    QVERIFY(korean->isChecked());
    system->trigger();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(LanguageManager::instance().language(), QStringLiteral("en")); // LANG=C.UTF-8
    QCOMPARE(core::Settings::instance().value(core::Settings::Language).toString(), QString());
    QVERIFY(menuTitles(window).contains(QStringLiteral("&Help")));
}

QTEST_MAIN(TestLanguageSwitch)
#include "test_languageswitch.moc"
