// SPDX-License-Identifier: Apache-2.0
#include "gpu/gpurequest.h"
#include "i18n/languagemanager.h"
#include "launch/dockerrunparser.h"
#include "launch/launchvalidator.h"
#include "launch/shellwords.h"
#include "settings/settings.h"
#include "widgettexts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFontDatabase>
#include <QLocale>
#include <QRawFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QXmlStreamReader>

using namespace berth;
using ui::LanguageManager;

class TestLanguageManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void resolve_data();
    void resolve();
    void startUp_commandLineBeatsSettingBeatsSystem();
    void commandLineOption_isParsed();
    void setLanguage_savesTheChoiceAndSwitches();
    void settingChangedElsewhere_switchesAtOnce();
    void builtInCatalog_holdsEveryKoreanTranslation();
    void coreMessages_speakTheUiLanguage();
    void qtOwnTranslation_isLoaded();
    void locale_followsTheLanguage();
    void hangul_rendersWithACjkFont();

private:
    QTemporaryDir m_config;
};

void TestLanguageManager::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("BERTH_CONFIG_DIR", m_config.path().toUtf8());
    core::Settings::instance().reset(core::Settings::Language);
}

void TestLanguageManager::resolve_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QLocale>("system");
    QTest::addColumn<QString>("expected");
    const QLocale korean(QLocale::Korean, QLocale::SouthKorea);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QLocale french(QLocale::French, QLocale::France);
    QTest::newRow("system Korean") << QString() << korean << "ko";
    QTest::newRow("system British English") << QString() << english << "en";
    QTest::newRow("system French falls back to English") << QString() << french << "en";
    QTest::newRow("system C") << QString() << QLocale::c() << "en";
    QTest::newRow("ko over an English system") << "ko" << english << "ko";
    QTest::newRow("en over a Korean system") << "en" << korean << "en";
    QTest::newRow("ko_KR") << "ko_KR" << english << "ko";
    QTest::newRow("ko-KR") << "ko-KR" << english << "ko";
    QTest::newRow("unknown code is English") << "fr" << korean << "en";
}

void TestLanguageManager::resolve()
{
    QFETCH(QString, requested);
    QFETCH(QLocale, system);
    QFETCH(QString, expected);
    QCOMPARE(LanguageManager::resolve(requested, system), expected);
}

void TestLanguageManager::startUp_commandLineBeatsSettingBeatsSystem()
{
    auto &manager = LanguageManager::instance();
    auto &settings = core::Settings::instance();
    settings.reset(core::Settings::Language);
    manager.apply(QString());
    // The tests run with LANG=C.UTF-8: the system speaks no language Berth has, so English.
    QCOMPARE(manager.language(), QStringLiteral("en"));
    QCOMPARE(manager.requested(), QString());

    settings.setValue(core::Settings::Language, QStringLiteral("ko"));
    manager.apply(QString());
    QCOMPARE(manager.language(), QStringLiteral("ko"));

    manager.apply(QStringLiteral("en"));
    QCOMPARE(manager.language(), QStringLiteral("en"));
    // --lang is for this run only.
    QCOMPARE(settings.value(core::Settings::Language).toString(), QStringLiteral("ko"));
    settings.reset(core::Settings::Language);
}

void TestLanguageManager::commandLineOption_isParsed()
{
    QCommandLineParser parser;
    LanguageManager::addCommandLineOption(parser);
    QVERIFY(parser.parse({QStringLiteral("berth"), QStringLiteral("--lang"), QStringLiteral("ko")}));
    LanguageManager::instance().apply(parser);
    QCOMPARE(LanguageManager::instance().language(), QStringLiteral("ko"));
    QCommandLineParser none;
    LanguageManager::addCommandLineOption(none);
    QVERIFY(none.parse({QStringLiteral("berth")}));
    LanguageManager::instance().apply(none);
    QCOMPARE(LanguageManager::instance().language(), QStringLiteral("en"));
}

void TestLanguageManager::setLanguage_savesTheChoiceAndSwitches()
{
    auto &manager = LanguageManager::instance();
    manager.apply(QStringLiteral("en"));
    QSignalSpy changed(&manager, &LanguageManager::languageChanged);
    manager.setLanguage(QStringLiteral("ko"));
    QCOMPARE(manager.language(), QStringLiteral("ko"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(core::Settings::instance().value(core::Settings::Language).toString(), QStringLiteral("ko"));
    QCOMPARE(QCoreApplication::translate("berth::ui::MainWindow", "Containers"), QStringLiteral("컨테이너"));
    manager.setLanguage(QString());
    QCOMPARE(manager.language(), QStringLiteral("en"));
    QCOMPARE(manager.requested(), QString());
    QCOMPARE(QCoreApplication::translate("berth::ui::MainWindow", "Containers"), QStringLiteral("Containers"));
}

void TestLanguageManager::settingChangedElsewhere_switchesAtOnce()
{
    auto &manager = LanguageManager::instance();
    manager.apply(QStringLiteral("en"));
    core::Settings::instance().setValue(core::Settings::Language, QStringLiteral("ko"));
    QCOMPARE(manager.language(), QStringLiteral("ko"));
    core::Settings::instance().reset(core::Settings::Language);
    QCOMPARE(manager.language(), QStringLiteral("en"));
}

void TestLanguageManager::builtInCatalog_holdsEveryKoreanTranslation()
{
    // The embedded .qm must say what berth_ko.ts says, for every entry: a stale or partial build fails here.
    LanguageManager::instance().apply(QStringLiteral("ko"));
    QFile file(qEnvironmentVariable("BERTH_SOURCE_DIR") + QStringLiteral("/translations/berth_ko.ts"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QString context, source, comment, translation;
    bool numerus = false;
    int checked = 0;
    QStringList wrong;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                source.clear();
                comment.clear();
                translation.clear();
            } else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("comment"))
                comment = xml.readElementText();
            else if (xml.name() == QLatin1String("translation") && !numerus)
                translation = xml.readElementText();
            else if (xml.name() == QLatin1String("numerusform"))
                translation = xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            const QByteArray ctx = context.toUtf8(), src = source.toUtf8(), cmt = comment.toUtf8();
            const QString got = QCoreApplication::translate(
                ctx.constData(), src.constData(), cmt.isEmpty() ? nullptr : cmt.constData(), numerus ? 2 : -1);
            QString want = translation;
            if (numerus)
                want.replace(QLatin1String("%n"), QLatin1String("2"));
            if (got != want)
                wrong << context + QStringLiteral(": ") + source;
            ++checked;
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(checked > 500);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 20).join(QLatin1Char('\n'))));
    LanguageManager::instance().apply(QStringLiteral("en"));
}

void TestLanguageManager::coreMessages_speakTheUiLanguage()
{
    // Messages made in core by file-local helpers and non-QObject classes: their context must be the one lupdate
    // files them under, or they stay English.
    auto &manager = LanguageManager::instance();
    manager.apply(QStringLiteral("ko"));
    QStringList messages;
    for (const auto &p : core::DockerRunParser::parse(QString(), {}).problems)
        messages << p.message;
    for (const auto &p : core::DockerRunParser::parse(QStringLiteral("docker run --frobnicate x img"), {}).problems)
        messages << p.message;
    for (const auto &p : core::LaunchValidator::validate(core::LaunchSpec()))
        messages << p.message;
    for (const auto &p : core::ShellWords::split(QStringLiteral("echo 'open"), {}).problems)
        messages << p.message;
    QString gpuError;
    core::GpuRequest::parse(QString(), &gpuError);
    messages << gpuError;
    QVERIFY(messages.size() >= 5);
    for (const QString &m : std::as_const(messages))
        QVERIFY2(test::hasHangul(m), qPrintable(m));
    QVERIFY(messages.contains(QStringLiteral("텍스트가 비어 있습니다")));

    manager.apply(QStringLiteral("en"));
    const auto problems = core::DockerRunParser::parse(QString(), {}).problems;
    QVERIFY(!problems.isEmpty());
    QCOMPARE(problems.first().message, QStringLiteral("The text is empty"));
}

void TestLanguageManager::qtOwnTranslation_isLoaded()
{
    LanguageManager::instance().apply(QStringLiteral("ko"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("취소"));
    LanguageManager::instance().apply(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void TestLanguageManager::locale_followsTheLanguage()
{
    auto &manager = LanguageManager::instance();
    const QDate date(2024, 3, 5);
    manager.apply(QStringLiteral("ko"));
    QCOMPARE(QLocale().language(), QLocale::Korean);
    QVERIFY2(QLocale().toString(date, QLocale::LongFormat).contains(QStringLiteral("3월")),
             qPrintable(QLocale().toString(date, QLocale::LongFormat)));
    QCOMPARE(QLocale().toString(1234567), QStringLiteral("1,234,567"));
    manager.apply(QStringLiteral("en"));
    // LANG=C.UTF-8: English keeps the C locale's neutral formats.
    QCOMPARE(QLocale().language(), QLocale::C);
    QVERIFY(QLocale().toString(date, QLocale::LongFormat).contains(QStringLiteral("March")));
}

void TestLanguageManager::hangul_rendersWithACjkFont()
{
    // Korean falls back from the UI font to a CJK font (fonts-noto-cjk): every glyph must come from a font that has
    // it, or the text shows as empty boxes.
    const QString text = QStringLiteral("컨테이너 실행 · 셸 열기 · 볼륨 삭제");
    QTextLayout layout(text, QApplication::font());
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    const QList<QGlyphRun> runs = layout.glyphRuns();
    QVERIFY(!runs.isEmpty());
    QStringList families;
    for (const QGlyphRun &run : runs) {
        for (quint32 glyph : run.glyphIndexes())
            QVERIFY2(glyph != 0, qPrintable(run.rawFont().familyName()));
        families << run.rawFont().familyName();
    }
    QVERIFY2(families.join(QLatin1Char(',')).contains(QLatin1String("CJK")),
             qPrintable(families.join(QLatin1Char(','))));
    QVERIFY(QFontDatabase::families(QFontDatabase::Korean).size() > 0);
}

QTEST_MAIN(TestLanguageManager)
#include "test_languagemanager.moc"
