// SPDX-License-Identifier: Apache-2.0
#include "engine/endpoint.h"
#include "engine/engineclient.h"
#include "i18n/languagemanager.h"
#include "runs/resourcemonitor.h"
#include "runs/resourceplot.h"
#include "runs/rundatabase.h"
#include "runs/runspage.h"
#include "runs/runstore.h"
#include "runs/runtablemodel.h"
#include "runs/runtracking.h"
#include "settings/settings.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace berth;
using namespace berth::core;
using berth::ui::RunsPage;

// The Runs page on a prepared history (no engine needed: the endpoint goes nowhere).
class TestRunsPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<EngineClient> m_client;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("runs.db")); }

    static RunRecord make(int i, RunOutcome outcome, std::optional<int> code)
    {
        RunRecord r;
        r.containerId = QStringLiteral("%1").arg(i, 64, 10, QLatin1Char('0'));
        r.name = QStringLiteral("experiment-%1").arg(i);
        r.server = i % 2 ? QStringLiteral("ssh://gpu-lab") : QStringLiteral("unix:///var/run/docker.sock");
        r.owner = QStringLiteral("alice");
        r.image = i % 3 ? QStringLiteral("pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime")
                        : QStringLiteral("tensorflow/tensorflow:2.15.0-gpu");
        r.imageDigest = r.image.section(QLatin1Char(':'), 0, 0) + QStringLiteral("@sha256:") +
                        QString(64, QLatin1Char('a' + i % 6));
        r.dockerRun = QStringLiteral("docker run --rm --gpus all -v /home/alice/proj:/src -w /src ") + r.image +
                      QStringLiteral(" python train.py --epochs %1").arg(i);
        LaunchSpec spec;
        spec.setImageReference(r.image);
        spec.command = QStringList{QStringLiteral("python"), QStringLiteral("train.py")};
        spec.autoRemove = true;
        r.spec = spec.toJson();
        r.createdAt = QDateTime::currentDateTimeUtc().addSecs(-3600 * (10 - i));
        r.startedAt = r.createdAt.addSecs(3);
        r.gpus = QStringLiteral("all");
        r.outcome = outcome;
        r.exitCode = code;
        if (outcome != RunOutcome::Running)
            r.finishedAt = r.startedAt.addSecs(600 + i * 37);
        r.logTail =
            QStringList{QStringLiteral("epoch 1/3 loss 0.91"), QStringLiteral("epoch 2/3 loss 0.55"),
                        code.value_or(0) ? QStringLiteral("RuntimeError: CUDA out of memory") : QStringLiteral("done")};
        r.summary.peakMemoryBytes = qint64(3) << 30;
        r.summary.meanGpuUtilPercent = 71;
        return r;
    }

    // A history longer than a page, in a real database: 1,234 runs, every other one failed.
    QString longHistory()
    {
        const QString path = m_dir.filePath(QStringLiteral("long.db"));
        if (QFile::exists(path))
            return path;
        RunDatabase db;
        if (!db.open(path))
            return {};
        QList<RunRecord> runs;
        for (int i = 0; i < 1234; ++i)
            runs << make(i, RunOutcome::Exited, i % 2 ? 1 : 0);
        return db.insertMany(runs) ? path : QString();
    }

    std::unique_ptr<ui::RunTracking> tracking(const QString &path = {})
    {
        return std::make_unique<ui::RunTracking>(m_client.get(), *m_settings, path.isEmpty() ? dbPath() : path);
    }

    // Newest first, each run once, every one passing check.
    template<typename Check> static bool listedInOrder(const RunsPage &page, Check check)
    {
        QSet<qint64> seen;
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            const RunRecord &r = page.model()->run(row);
            if (seen.contains(r.id) || (row > 0 && r.id >= page.model()->run(row - 1).id) || !check(r))
                return false;
            seen.insert(r.id);
        }
        return true;
    }

    static bool waitListed(RunsPage &page, int expected)
    {
        return QTest::qWaitFor([&] { return page.model()->rowCount() == expected; }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("BERTH_CONFIG_DIR", m_dir.path().toUtf8()); // the language switch saves the setting
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("berth.ini")));
        m_client =
            std::make_unique<EngineClient>(Endpoint::fromHost(QStringLiteral("unix:///nonexistent/docker.sock")));
        RunDatabase db;
        QVERIFY(db.open(dbPath()));
        QList<RunRecord> runs;
        for (int i = 0; i < 6; ++i) {
            const RunOutcome o = i == 5 ? RunOutcome::Running : (i == 4 ? RunOutcome::OomKilled : RunOutcome::Exited);
            runs << make(i, o, i == 5 ? std::nullopt : std::optional<int>(i == 4 ? 137 : (i == 2 ? 1 : 0)));
        }
        QVERIFY(db.insertMany(runs));
    }

    void opening_listsNewestFirst()
    {
        auto runs = tracking();
        RunsPage page(runs.get());
        page.resize(1100, 700);
        QVERIFY(waitListed(page, 6));
        QCOMPARE(page.model()->run(0).name, QStringLiteral("experiment-5"));
        QVERIFY(page.countLabel()->text().startsWith(QStringLiteral("6 run")));
    }

    void filters_narrowByStatusTextImageAndServer()
    {
        auto runs = tracking();
        RunsPage page(runs.get());
        QVERIFY(waitListed(page, 6));
        page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(QStringLiteral("failed")));
        QVERIFY(waitListed(page, 2)); // exit 1 and the OOM kill
        page.statusFilter()->setCurrentIndex(0);
        QVERIFY(waitListed(page, 6));
        page.imageFilter()->setText(QStringLiteral("tensorflow"));
        QVERIFY(waitListed(page, 2)); // 0 and 3
        page.imageFilter()->clear();
        page.serverFilter()->setText(QStringLiteral("ssh://gpu-lab"));
        QVERIFY(waitListed(page, 3));
        page.serverFilter()->clear();
        page.textFilter()->setText(QStringLiteral("--epochs 4"));
        QVERIFY(waitListed(page, 1));
        QCOMPARE(page.model()->run(0).name, QStringLiteral("experiment-4"));
    }

    void selecting_showsTheExactLineTheTailAndTheFacts()
    {
        auto runs = tracking();
        RunsPage page(runs.get());
        QVERIFY(waitListed(page, 6));
        page.showRun(page.model()->run(1).id); // experiment-4, OOM-killed
        QTRY_VERIFY(page.currentRun().has_value());
        QCOMPARE(page.currentRun()->name, QStringLiteral("experiment-4"));
        QVERIFY(page.commandView()->toPlainText().endsWith(QStringLiteral("python train.py --epochs 4")));
        QVERIFY(page.logView()->toPlainText().contains(QStringLiteral("CUDA out of memory")));
    }

    void runAgain_pinsTheDigestOrTakesTheTag()
    {
        const RunRecord r = make(1, RunOutcome::Exited, 0);
        const LaunchSpec pinned = RunsPage::specForRunAgain(r, true);
        QCOMPARE(pinned.digest, QStringLiteral("sha256:") + QString(64, QLatin1Char('b')));
        QCOMPARE(pinned.imageReference(), QStringLiteral("pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime@sha256:") +
                                              QString(64, QLatin1Char('b')));
        const LaunchSpec newest = RunsPage::specForRunAgain(r, false);
        QVERIFY(newest.digest.isEmpty());
        QCOMPARE(newest.imageReference(), QStringLiteral("pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime"));
        QCOMPARE(newest.command, (QStringList{QStringLiteral("python"), QStringLiteral("train.py")}));

        auto runs = tracking();
        RunsPage page(runs.get());
        QVERIFY(waitListed(page, 6));
        page.showRun(page.model()->run(0).id);
        QTRY_VERIFY(page.currentRun().has_value());
        QSignalSpy launch(&page, &RunsPage::launchRequested);
        QPushButton *edit = page.findChild<QPushButton *>(QStringLiteral("editAndRunButton"));
        QVERIFY(edit && edit->isEnabled());
        edit->click();
        QCOMPARE(launch.size(), 1);
        QCOMPARE(launch.first().at(1).toBool(), false); // edit first, run later
    }

    void export_writesTheLineDigestAndTail()
    {
        auto runs = tracking();
        RunsPage page(runs.get());
        QVERIFY(waitListed(page, 6));
        page.showRun(page.model()->run(2).id);
        QTRY_VERIFY(page.currentRun().has_value());
        const QString path = m_dir.filePath(QStringLiteral("export.json"));
        QString error;
        QVERIFY2(page.exportRun(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("experiment-3"));
        QVERIFY(o.value(QStringLiteral("dockerRun")).toString().startsWith(QStringLiteral("docker run")));
        QVERIFY(o.value(QStringLiteral("imageDigest")).toString().contains(QStringLiteral("@sha256:")));
        QCOMPARE(o.value(QStringLiteral("logTail")).toArray().size(), 3);
        QCOMPARE(RunRecord::fromJson(o).spec, page.currentRun()->spec);
    }

    void loadMore_scrollingToTheEndOrTheButtonLoadsOlderRunsKeepingFilters()
    {
        const QString path = longHistory();
        const int page = RunsPage::PageSize;
        QCOMPARE(page, 500);
        auto runs = tracking(path);
        RunsPage view(runs.get());
        view.resize(1100, 700);
        view.show();
        QVERIFY(waitListed(view, page));
        QCOMPARE(view.model()->run(0).name, QStringLiteral("experiment-1233"));
        QTRY_COMPARE(view.countLabel()->text(),
                     QStringLiteral("%1 of %2 runs").arg(QLocale().toString(page), QLocale().toString(1234)));
        QVERIFY(view.loadMoreButton()->isVisible());

        // Filtered: the next page keeps the filter, and the last one (117 runs) ends the list.
        QSignalSpy listed(&view, &RunsPage::listed);
        view.statusFilter()->setCurrentIndex(view.statusFilter()->findData(QStringLiteral("failed")));
        QTRY_VERIFY(!listed.isEmpty());
        QCOMPARE(view.model()->rowCount(), page);
        QScrollBar *scroll = view.table()->verticalScrollBar();
        QTRY_VERIFY(scroll->maximum() > 0);
        scroll->setValue(scroll->maximum());
        QVERIFY(waitListed(view, 617));
        QVERIFY(listedInOrder(view, [](const RunRecord &r) { return r.exitCode == 1; }));
        QCOMPARE(view.model()->run(616).name, QStringLiteral("experiment-1"));
        QTRY_VERIFY(view.countLabel()->text().startsWith(QStringLiteral("617 run")));
        QVERIFY(!view.loadMoreButton()->isVisible());
        QVERIFY(!view.model()->canFetchMore({}));

        // The text filter (through the text index) and the button.
        listed.clear();
        view.statusFilter()->setCurrentIndex(0);
        view.textFilter()->setText(QStringLiteral("train.py"));
        QTRY_VERIFY(listed.size() >= 2); // the status, then the text after its typing pause
        QCOMPARE(view.model()->rowCount(), page);
        QTRY_VERIFY(view.loadMoreButton()->isVisible());
        view.loadMoreButton()->click();
        QVERIFY(waitListed(view, 2 * page));
        view.loadMoreButton()->click();
        QVERIFY(waitListed(view, 1234));
        QVERIFY(listedInOrder(view, [](const RunRecord &) { return true; }));
        QTRY_VERIFY(!view.loadMoreButton()->isVisible());

        // A new run under the same filters keeps what was loaded (the list does not jump back to its first page).
        runs->store()->add(make(2000, RunOutcome::Running, std::nullopt));
        QVERIFY(waitListed(view, 1235));
        QCOMPARE(view.model()->run(0).name, QStringLiteral("experiment-2000"));
    }

    void plot_anHourOfReadings_drawsEveryPanelsLine()
    {
        // An hour of readings (a full history), the last ten minutes drawn, in English and Korean.
        core::ResourceMonitor monitor(m_client.get());
        monitor.setGpuInterval(0);
        const QString id = QStringLiteral("plotted");
        monitor.watch(id);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 3600; i > 0; --i) {
            StatsSample s;
            s.timeMs = now - qint64(i) * 1000;
            s.cpuPercent = 50 + 45 * std::sin(double(i) / 40.0);
            s.memoryBytes = (qint64(1) << 30) + qint64(i % 300) * (1 << 20);
            s.memoryLimitBytes = qint64(2) << 30;
            s.netRxBytes = qint64(3600 - i) * 250000;
            monitor.record(id, s);
        }
        const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR", QDir::tempPath());
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ko")}) {
            ui::LanguageManager::instance().setLanguage(lang);
            ui::ResourcePlot plot;
            plot.setSource(&monitor, id);
            plot.resize(420, 300);
            const QImage image = plot.grab().toImage();
            QVERIFY(image.save(dir + QStringLiteral("/runs-plot-%1.png").arg(lang)));
            // Each panel's line is there, in its colour, from the left edge (ten minutes ago) to the right.
            for (const QColor &line : {QColor(0x1f, 0x77, 0xb4), QColor(0x9c, 0x27, 0xb0), QColor(0xef, 0x6c, 0x00)}) {
                int left = image.width();
                int right = -1;
                for (int y = 0; y < image.height(); ++y) {
                    for (int x = 0; x < image.width(); ++x) {
                        const QColor c = image.pixelColor(x, y); // antialiased: near the colour
                        if (qAbs(c.red() - line.red()) + qAbs(c.green() - line.green()) + qAbs(c.blue() - line.blue()) <
                            60) {
                            left = qMin(left, x);
                            right = qMax(right, x);
                        }
                    }
                }
                QVERIFY2(left < 20 && right > image.width() - 20, qPrintable(line.name()));
            }
        }
        monitor.unwatch(id);
    }

    void screenshot_inEnglishAndKorean()
    {
        const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR", QDir::tempPath());
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ko")}) {
            ui::LanguageManager::instance().setLanguage(lang);
            auto runs = tracking();
            RunsPage page(runs.get());
            page.resize(1200, 640);
            page.show();
            QVERIFY(waitListed(page, 6));
            page.showRun(page.model()->run(1).id);
            QTRY_VERIFY(page.currentRun().has_value());
            page.detailTabs()->setCurrentIndex(1);
            QTest::qWait(50);
            QVERIFY(page.grab().save(dir + QStringLiteral("/runs-%1.png").arg(lang)));

            auto longer = tracking(longHistory());
            RunsPage more(longer.get());
            more.resize(1200, 400);
            more.show();
            QVERIFY(waitListed(more, RunsPage::PageSize));
            QTRY_VERIFY(more.loadMoreButton()->isVisible());
            QTest::qWait(50);
            QVERIFY(more.grab().save(dir + QStringLiteral("/runs-more-%1.png").arg(lang)));
        }
    }
};

QTEST_MAIN(TestRunsPage)
#include "test_runspage.moc"
