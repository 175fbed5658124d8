// SPDX-License-Identifier: Apache-2.0
#include "credentialtestutil.h"
#include "engine/engineclient.h"
#include "registry/dockercredentials.h"
#include "registry/tagcatalog.h"
#include "settings/settings.h"
#include "tags/pullprogresswidget.h"
#include "tags/tagbrowser.h"
#include "tags/tagtablemodel.h"
#include "testenv.h"

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;

// The browser's Pull button against the real engine and the auth registry: progress shown, cancel, the pulled
// tag marked as present afterwards.
class TestTagBrowserPull : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pullButton_showsProgressAndMarksTheTagLocal();
    void cancelButton_stopsThePull();

private:
    ui::TagBrowser *browser();
    QTemporaryDir m_dir;
    QTemporaryDir m_dockerConfig;
    core::Settings *m_settings = nullptr;
    core::EngineClient *m_engine = nullptr;
    core::DockerCredentials *m_credentials = nullptr;
    QString m_repository;
    bool m_hadImage = true;
};

void TestTagBrowserPull::initTestCase()
{
    BERTH_REQUIRE_ENGINE();
    QVERIFY(!berth::test::authRegistry().isEmpty());
    QVERIFY(writeDockerConfig(m_dockerConfig.path(),
                              {{QStringLiteral("auths"), QJsonObject{{berth::test::authRegistry(),
                                                                      authEntry(berth::test::registryUser(),
                                                                                berth::test::registryPassword())}}}}));
    m_settings = new core::Settings(m_dir.filePath(QStringLiteral("berth.ini")));
    m_engine = new core::EngineClient(core::Endpoint::fromHost(berth::test::dockerHost()), this);
    m_credentials = new core::DockerCredentials(m_dockerConfig.path(), this);
    m_repository = berth::test::authRegistry() + QStringLiteral("/berth/multilayer");
    int rc = 0;
    berth::test::docker({QStringLiteral("image"), QStringLiteral("inspect"), m_repository + QStringLiteral(":2.0")},
                        &rc);
    m_hadImage = rc == 0;
    if (m_hadImage)
        berth::test::docker({QStringLiteral("rmi"), m_repository + QStringLiteral(":2.0")}, &rc);
}

void TestTagBrowserPull::cleanupTestCase()
{
    int rc = 0;
    if (!m_hadImage && m_engine)
        berth::test::docker({QStringLiteral("rmi"), m_repository + QStringLiteral(":2.0")}, &rc);
    delete m_settings;
}

ui::TagBrowser *TestTagBrowserPull::browser()
{
    auto *b = new ui::TagBrowser(*m_settings, m_engine);
    b->setCredentials(m_credentials);
    b->resize(1000, 600);
    b->setRepository(m_repository);
    b->show();
    if (!QTest::qWaitFor([&] { return b->catalog()->state() == core::TagCatalog::State::Done; }, 30000)) {
        delete b;
        return nullptr;
    }
    return b;
}

void TestTagBrowserPull::pullButton_showsProgressAndMarksTheTagLocal()
{
    ui::TagBrowser *b = browser();
    QVERIFY(b);
    QCOMPARE(b->model()->rowCount(), 4);
    QVERIFY(!b->catalog()->isPresentLocally(QStringLiteral("2.0")));
    b->selectTag(QStringLiteral("2.0"));
    QCOMPARE(b->selectedImageRef(), m_repository + QStringLiteral(":2.0"));
    auto *pull = b->findChild<QPushButton *>(QStringLiteral("pullTag"));
    QVERIFY(pull->isEnabled());
    QTest::mouseClick(pull, Qt::LeftButton);
    auto *progress = b->findChild<ui::PullProgressWidget *>(QStringLiteral("pullProgress"));
    QVERIFY(progress->isVisible());
    QVERIFY(!pull->isEnabled()); // one pull at a time
    QTRY_VERIFY_WITH_TIMEOUT(b->catalog()->isPresentLocally(QStringLiteral("2.0")), 60000);
    QVERIFY2(progress->text().startsWith(QLatin1String("Pulled")), qPrintable(progress->text()));
    QVERIFY(pull->isEnabled());
    const int row = b->model()->rowOf(QStringLiteral("2.0"));
    QVERIFY(!b->model()->data(b->model()->index(row, 0), Qt::DecorationRole).isNull()); // the "on this engine" dot
    delete b;
}

void TestTagBrowserPull::cancelButton_stopsThePull()
{
    ui::TagBrowser *b = browser();
    QVERIFY(b);
    b->selectTag(QStringLiteral("1.1"));
    QTest::mouseClick(b->findChild<QPushButton *>(QStringLiteral("pullTag")), Qt::LeftButton);
    auto *cancel = b->findChild<QPushButton *>(QStringLiteral("cancelPull"));
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!cancel->isVisible()); // not left behind, disabled, after the pull ended
    bool cancelledShown = false;
    for (QLabel *label :
         b->findChild<ui::PullProgressWidget *>(QStringLiteral("pullProgress"))->findChildren<QLabel *>())
        cancelledShown = cancelledShown || label->text().contains(QLatin1String("cancelled"));
    QVERIFY(cancelledShown);
    QVERIFY(b->findChild<QPushButton *>(QStringLiteral("pullTag"))->isEnabled());
    delete b;
}

QTEST_MAIN(TestTagBrowserPull)
#include "test_tagbrowserpull.moc"
