// SPDX-License-Identifier: Apache-2.0
#include "i18n/languagemanager.h"
#include "main/containerstatustext.h"

#include <QTest>

using berth::ui::ContainerStatusText;

class TestContainerStatusText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // English plurals ("5 seconds", "1 second") come from berth_en.ts like every other language's.
        berth::ui::LanguageManager::instance().apply(QStringLiteral("en"));
    }
    void engineForms_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("shown");
        QTest::newRow("created") << "Created"
                                 << "Created";
        QTest::newRow("up seconds") << "Up 5 seconds"
                                    << "Up 5 seconds";
        QTest::newRow("up one second") << "Up 1 second"
                                       << "Up 1 second";
        QTest::newRow("up less than a second") << "Up Less than a second"
                                               << "Up less than a second";
        QTest::newRow("up about a minute") << "Up About a minute"
                                           << "Up about a minute";
        QTest::newRow("up hours") << "Up 3 hours"
                                  << "Up 3 hours";
        QTest::newRow("up paused") << "Up 2 days (Paused)"
                                   << "Up 2 days, paused";
        QTest::newRow("up healthy") << "Up 4 weeks (healthy)"
                                    << "Up 4 weeks, healthy";
        QTest::newRow("up health starting") << "Up 9 seconds (health: starting)"
                                            << "Up 9 seconds, health check starting";
        QTest::newRow("exited") << "Exited (3) 2 months ago"
                                << "Exited (3) 2 months ago";
        QTest::newRow("exited signal") << "Exited (137) About an hour ago"
                                       << "Exited (137) about an hour ago";
        QTest::newRow("restarting") << "Restarting (1) 5 seconds ago"
                                    << "Restarting (1) 5 seconds ago";
        QTest::newRow("removal") << "Removal In Progress"
                                 << "Being removed";
        QTest::newRow("dead") << "Dead"
                              << "Dead";
        QTest::newRow("unknown form kept") << "Frobnicating"
                                           << "Frobnicating";
        QTest::newRow("unknown duration kept") << "Up forever"
                                               << "Up forever";
    }
    void engineForms()
    {
        QFETCH(QString, engine);
        QFETCH(QString, shown);
        QCOMPARE(ContainerStatusText::translate(engine), shown);
    }
    void durations_countOnFromTheListedSentence_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("laterSecs");
        QTest::addColumn<QString>("shown");
        QTest::newRow("just started, 5 s later") << "Up Less than a second" << 5 << "Up 5 seconds";
        QTest::newRow("just started, 1 s later") << "Up Less than a second" << 1 << "Up 1 second";
        QTest::newRow("just started, a minute later") << "Up Less than a second" << 61 << "Up about a minute";
        QTest::newRow("just started, 2 h later") << "Up Less than a second" << 7200 << "Up 2 hours";
        QTest::newRow("listed at once") << "Up 5 minutes" << 0 << "Up 5 minutes";
        // Listed as 5 minutes: taken as 5.5, so the sixth minute shows half a minute later.
        QTest::newRow("minutes move on") << "Up 5 minutes" << 31 << "Up 6 minutes";
        QTest::newRow("hours listed") << "Up 3 hours" << 0 << "Up 3 hours";
        QTest::newRow("health kept") << "Up 9 seconds (health: starting)" << 2
                                     << "Up 11 seconds, health check starting";
        QTest::newRow("paused kept") << "Up 2 days (Paused)" << 0 << "Up 2 days, paused";
        QTest::newRow("exited counts on") << "Exited (1) Less than a second ago" << 3 << "Exited (1) 3 seconds ago";
        QTest::newRow("exited about an hour") << "Exited (0) 59 minutes ago" << 90 << "Exited (0) about an hour ago";
        QTest::newRow("restarting") << "Restarting (2) 4 seconds ago" << 2 << "Restarting (2) 6 seconds ago";
        QTest::newRow("created") << "Created" << 50 << "Created";
        QTest::newRow("unknown kept") << "Frobnicating" << 50 << "Frobnicating";
    }
    void durations_countOnFromTheListedSentence()
    {
        QFETCH(QString, engine);
        QFETCH(int, laterSecs);
        QFETCH(QString, shown);
        const QDateTime listed = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
        const berth::core::ContainerStatus status = berth::core::ContainerStatus::parse(engine, listed);
        QCOMPARE(ContainerStatusText::describe(status, listed.addSecs(laterSecs)), shown);
    }
    void describe_neverShowsNegativeDurations()
    {
        const QDateTime listed = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
        const auto status = berth::core::ContainerStatus::parse(QStringLiteral("Up 2 seconds"), listed);
        QCOMPARE(ContainerStatusText::describe(status, listed.addSecs(-60)), QStringLiteral("Up less than a second"));
    }
    void korean_readsNaturally()
    {
        berth::ui::LanguageManager::instance().apply(QStringLiteral("ko"));
        QCOMPARE(ContainerStatusText::translate(QStringLiteral("Up 5 minutes")), QStringLiteral("동작 중 (5분)"));
        QCOMPARE(ContainerStatusText::translate(QStringLiteral("Exited (3) 2 hours ago")),
                 QStringLiteral("종료됨 (3), 2시간 전"));
        const QDateTime listed = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
        const auto status = berth::core::ContainerStatus::parse(QStringLiteral("Up Less than a second"), listed);
        QCOMPARE(ContainerStatusText::describe(status, listed.addSecs(7)), QStringLiteral("동작 중 (7초)"));
        berth::ui::LanguageManager::instance().apply(QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestContainerStatusText)
#include "test_containerstatustext.moc"
