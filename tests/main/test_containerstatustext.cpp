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
    void korean_readsNaturally()
    {
        berth::ui::LanguageManager::instance().apply(QStringLiteral("ko"));
        QCOMPARE(ContainerStatusText::translate(QStringLiteral("Up 5 minutes")), QStringLiteral("실행 중 (5분)"));
        QCOMPARE(ContainerStatusText::translate(QStringLiteral("Exited (3) 2 hours ago")),
                 QStringLiteral("종료됨 (3), 2시간 전"));
        berth::ui::LanguageManager::instance().apply(QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestContainerStatusText)
#include "test_containerstatustext.moc"
