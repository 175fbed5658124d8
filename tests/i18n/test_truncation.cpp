// SPDX-License-Identifier: Apache-2.0
#include "engine/engineclient.h"
#include "fakenvidiasmi.h"
#include "gpu/gpupicker.h"
#include "hubreplayserver.h"
#include "i18n/languagemanager.h"
#include "launch/advancedoptions.h"
#include "launch/launchform.h"
#include "launch/launchpanel.h"
#include "launch/pastecommanddialog.h"
#include "main/mainwindow.h"
#include "mounts/mounteditor.h"
#include "settings/settings.h"
#include "tags/tagbrowser.h"
#include "testenv.h"
#include "widgettexts.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace berth;
using ui::LanguageManager;

// No label, button, column header or tab may be cut off in either language at the default sizes. Every failure
// names the widget (objectName path), the text and both widths.
class TestTruncation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void checker_findsCutTextAndPassesRoom();
    void mainWindow_data();
    void mainWindow();
    void launchPanel_data();
    void launchPanel();
    void dialogs_data();
    void dialogs();

private:
    void addLanguages();
    core::EngineClient *engine();
    void settle(int ms = 300);

    QTemporaryDir m_config;
    test::FakeNvidiaSmi *m_smi = nullptr;
    test::HubReplayServer *m_hub = nullptr;
    core::EngineClient *m_engine = nullptr;
    core::EngineClient *m_noEngine = nullptr;
};

void TestTruncation::initTestCase()
{
    qputenv("BERTH_CONFIG_DIR", m_config.path().toUtf8());
    m_smi = new test::FakeNvidiaSmi;
    QVERIFY(m_smi->printFixture(QStringLiteral("gpus-8-busy.csv")));
    m_hub = new test::HubReplayServer;
    QVERIFY(m_hub->listen());
    m_hub->addRepository(QStringLiteral("pytorch/pytorch"));
    core::Settings::instance().setValue(core::Settings::HubBaseUrl, m_hub->baseUrl().toString());
    // The real engine when scripts/test started one (its version and rows in the status bar and tables);
    // otherwise the "cannot reach" state.
    const QString host = test::haveEngine()
                             ? test::dockerHost()
                             : QStringLiteral("unix://") + m_config.filePath(QStringLiteral("none.sock"));
    m_engine = new core::EngineClient(core::Endpoint::fromHost(host));
    m_noEngine =
        new core::EngineClient(core::Endpoint::fromHost(QStringLiteral("unix:///run/berth-missing/docker.sock")));
}

void TestTruncation::cleanupTestCase()
{
    delete m_noEngine;
    delete m_engine;
    delete m_hub;
    delete m_smi;
    LanguageManager::instance().apply(QStringLiteral("en"));
}

core::EngineClient *TestTruncation::engine()
{
    return m_engine;
}

void TestTruncation::settle(int ms)
{
    QCoreApplication::sendPostedEvents();
    QTest::qWait(ms);
}

void TestTruncation::addLanguages()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("view");
}

void TestTruncation::checker_findsCutTextAndPassesRoom()
{
    const QString longText = QStringLiteral("A rather long text that cannot fit");
    for (int width : {40, 600}) {
        QWidget root;
        auto *layout = new QVBoxLayout(&root);
        auto *label = new QLabel(longText);
        auto *button = new QPushButton(longText);
        auto *check = new QCheckBox(longText);
        auto *tabs = new QTabBar;
        tabs->setElideMode(Qt::ElideRight);
        tabs->setUsesScrollButtons(false);
        tabs->addTab(longText);
        tabs->addTab(longText);
        auto *table = new QTableView;
        QStandardItemModel model(1, 1);
        model.setHorizontalHeaderLabels({longText});
        table->setModel(&model);
        table->horizontalHeader()->resizeSection(0, width / 2);
        for (QWidget *w : std::initializer_list<QWidget *>{label, button, check, tabs}) {
            w->setFixedWidth(w == tabs ? width * 2 : width);
            layout->addWidget(w);
        }
        layout->addWidget(table);
        root.resize(width * 3, 400);
        root.show();
        settle(50);
        const auto found = test::findTruncations(&root);
        QStringList kinds;
        for (const auto &t : found)
            kinds << t.widgetClass + QLatin1Char(' ') + t.what;
        if (width == 40) {
            for (const char *kind : {"QLabel width", "QPushButton width", "QCheckBox width", "QTabBar tab 0",
                                     "QTabBar tab 1", "QHeaderView header section 0"})
                QVERIFY2(kinds.contains(QLatin1String(kind)),
                         qPrintable(QLatin1String(kind) + QStringLiteral(" in ") + kinds.join(u',')));
        } else {
            QVERIFY2(found.isEmpty(), qPrintable(test::describe(found)));
        }
    }
}

void TestTruncation::mainWindow_data()
{
    addLanguages();
    for (const char *lang : {"en", "ko"}) {
        const QString l = QLatin1String(lang);
        QTest::addRow("%s containers", lang) << l << int(ui::MainWindow::Containers);
        QTest::addRow("%s images", lang) << l << int(ui::MainWindow::Images);
        QTest::addRow("%s volumes", lang) << l << int(ui::MainWindow::Volumes);
        QTest::addRow("%s gpus", lang) << l << int(ui::MainWindow::Gpus);
        QTest::addRow("%s sessions", lang) << l << -1;
        QTest::addRow("%s no engine", lang) << l << -2;
    }
}

void TestTruncation::mainWindow()
{
    QFETCH(QString, language);
    QFETCH(int, view);
    LanguageManager::instance().apply(language);
    if (view != -2 && !test::haveEngine())
        QSKIP("the views with content need the engine that scripts/test starts");
    ui::MainWindow window(view == -2 ? m_noEngine : engine());
    window.show();
    QCOMPARE(window.size(), QSize(1280, 800));
    if (view >= 0) {
        window.showPage(view);
        if (view == ui::MainWindow::Images)
            window.tagBrowser()->setRepository(QStringLiteral("pytorch/pytorch"));
    } else if (view == -1) {
        window.openLogs(QStringLiteral("0123456789ab"), QStringLiteral("train-resnet50"));
        window.openShell(QStringLiteral("0123456789ab"), QStringLiteral("train-resnet50"));
    }
    settle(1500);
    QList<test::Truncation> found = test::findTruncations(&window);
    QVERIFY2(found.isEmpty(), qPrintable(QLatin1Char('\n') + test::describe(found)));
}

void TestTruncation::launchPanel_data()
{
    addLanguages();
    for (const char *lang : {"en", "ko"}) {
        const QString l = QLatin1String(lang);
        QTest::addRow("%s form", lang) << l << -1;
        for (int tab = 0; tab < 6; ++tab)
            QTest::addRow("%s advanced tab %d", lang, tab) << l << tab;
    }
}

void TestTruncation::launchPanel()
{
    // The launch page's size in the main window: the window less the page list and margins.
    QFETCH(QString, language);
    QFETCH(int, view);
    LanguageManager::instance().apply(language);
    ui::LaunchPanel panel(engine(), core::Settings::instance());
    panel.resize(1090, 700);
    panel.show();
    panel.applyPreset(QStringLiteral("pytorch"));
    ui::LaunchForm *form = panel.form();
    if (view >= 0) {
        form->setAdvancedShown(true);
        QTabWidget *tabs = form->advanced()->tabs();
        if (view >= tabs->count())
            QSKIP("no such tab");
        tabs->setCurrentIndex(view);
    }
    settle();
    const auto found = test::findTruncations(&panel);
    QVERIFY2(found.isEmpty(), qPrintable(QLatin1Char('\n') + test::describe(found)));
}

void TestTruncation::dialogs_data()
{
    addLanguages();
    for (const char *lang : {"en", "ko"}) {
        const QString l = QLatin1String(lang);
        QTest::addRow("%s paste command", lang) << l << 0;
        QTest::addRow("%s mount editor", lang) << l << 1;
        QTest::addRow("%s gpu picker", lang) << l << 2;
    }
}

void TestTruncation::dialogs()
{
    QFETCH(QString, language);
    QFETCH(int, view);
    LanguageManager::instance().apply(language);
    std::unique_ptr<QWidget> widget;
    if (view == 0) {
        auto *paste = new ui::PasteCommandDialog(QStringLiteral("/home/me/projects/resnet"));
        widget.reset(paste);
        paste->show();
        paste->setText(QStringLiteral("docker run --rm -it --gpus all -v $(pwd):/src -w /src --ipc=host "
                                      "--security-opt seccomp=prof.json pytorch/pytorch python train.py"));
    } else if (view == 1) {
        auto *editor = new ui::MountEditor;
        widget.reset(editor);
        editor->resize(900, 320);
        core::MountSpec project;
        project.source = QDir::homePath();
        project.target = QStringLiteral("/src");
        core::MountSpec cache;
        cache.type = core::MountSpec::Type::Volume;
        cache.source = QStringLiteral("pip_cache");
        cache.target = QStringLiteral("/pip_cache");
        core::MountSpec tmp;
        tmp.type = core::MountSpec::Type::Tmpfs;
        tmp.target = QStringLiteral("/scratch");
        editor->setMounts({project, cache, tmp});
        editor->setProjectRow(0);
        editor->show();
    } else {
        auto *picker = new ui::GpuPicker;
        widget.reset(picker);
        picker->resize(520, 360);
        picker->show();
    }
    settle(800);
    const auto found = test::findTruncations(widget.get());
    QVERIFY2(found.isEmpty(), qPrintable(QLatin1Char('\n') + test::describe(found)));
}

QTEST_MAIN(TestTruncation)
#include "test_truncation.moc"
