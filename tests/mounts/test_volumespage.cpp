// SPDX-License-Identifier: Apache-2.0
#include "common/messagebar.h"
#include "engine/berthlabels.h"
#include "engine/engineclient.h"
#include "i18n/languagemanager.h"
#include "launch/createbodybuilder.h"
#include "mounts/mounteditor.h"
#include "mounts/mounttablemodel.h"
#include "mounts/volumelistmodel.h"
#include "mounts/volumespage.h"
#include "settings/settings.h"
#include "testenv.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace berth;
using ui::VolumeListModel;

namespace {
QMessageBox *openMessageBox()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
            return box;
    }
    return nullptr;
}

QAbstractButton *buttonNamed(QMessageBox *box, const QString &prefix)
{
    for (QAbstractButton *b : box->buttons()) {
        if (b->text().startsWith(prefix))
            return b;
    }
    return nullptr;
}

QToolButton *toolButtonNamed(QWidget *parent, const QString &prefix)
{
    for (QToolButton *b : parent->findChildren<QToolButton *>()) {
        if (b->text().startsWith(prefix))
            return b;
    }
    return nullptr;
}

bool volumeExists(const QString &name)
{
    int rc = -1;
    test::docker({QStringLiteral("volume"), QStringLiteral("inspect"), name}, &rc);
    return rc == 0;
}

QJsonObject volumeLabels(const QString &name)
{
    const QByteArray out = test::docker({QStringLiteral("volume"), QStringLiteral("inspect"),
                                         QStringLiteral("--format"), QStringLiteral("{{json .Labels}}"), name});
    return QJsonDocument::fromJson(out).object();
}
} // namespace

class TestVolumesPage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void list_showsDriverCreatedSizeAndUsers();
    void volumeEvents_refreshTheListWithoutAsking();
    void createPipCache_inOneClick();
    void removeVolumeInUse_isRefusedNamingTheContainer();
    void removeUnusedVolume_afterConfirmation();
    void prune_confirmationListsExactlyWhatGoes();
    void scope_showsOnlyMine_whenChosen();
    void screenshots();

private:
    QString name(const char *suffix) const { return m_prefix + QLatin1String(suffix); }
    void createVolume(const QString &volume, const QStringList &extraLabels = {});

    core::EngineClient *m_client = nullptr;
    core::Settings *m_settings = nullptr;
    ui::VolumesPage *m_page = nullptr;
    QTemporaryDir m_tmp;
    QString m_pid;
    QString m_prefix;
    QString m_label;
    QStringList m_containers;
    QStringList m_volumes;
};

void TestVolumesPage::initTestCase()
{
    BERTH_REQUIRE_ENGINE();
    m_pid = QString::number(QCoreApplication::applicationPid());
    m_prefix = QStringLiteral("berthvol") + m_pid + QLatin1Char('_');
    m_label = QStringLiteral("berth.test=volumespage-") + m_pid;
    m_client = new core::EngineClient(core::Endpoint::fromHost(test::dockerHost()), this);
    m_settings = new core::Settings(m_tmp.filePath(QStringLiteral("berth.ini")), this);
    m_settings->setValue(core::Settings::PipCacheVolume, QString(QStringLiteral("pip_cache_test_") + m_pid));
    m_volumes << QStringLiteral("pip_cache_test_") + m_pid;

    m_page = new ui::VolumesPage(m_client, m_settings);
    m_page->setLabelFilter(m_label);
    m_page->resize(980, 360);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    QTRY_VERIFY(!m_page->isLoading());
}

void TestVolumesPage::cleanupTestCase()
{
    delete m_page;
    if (!test::haveEngine())
        return;
    int rc = 0;
    for (const QString &c : std::as_const(m_containers))
        test::docker({QStringLiteral("rm"), QStringLiteral("-f"), c}, &rc);
    for (const QString &v : std::as_const(m_volumes))
        test::docker({QStringLiteral("volume"), QStringLiteral("rm"), QStringLiteral("-f"), v}, &rc);
}

void TestVolumesPage::createVolume(const QString &volume, const QStringList &extraLabels)
{
    QStringList args{QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("--label"), m_label};
    for (const QString &l : extraLabels)
        args << QStringLiteral("--label") << l;
    args << volume;
    m_volumes << volume;
    int rc = -1;
    test::docker(args, &rc);
    QCOMPARE(rc, 0);
}

void TestVolumesPage::list_showsDriverCreatedSizeAndUsers()
{
    const QString volume = name("data");
    const QString user = name("trainer");
    createVolume(volume);
    m_containers << user;
    int rc = -1;
    // 256 KiB of data, so /system/df has a size to report.
    test::docker({QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("-v"), volume + QStringLiteral(":/d"),
                  test::busyboxImage(), QStringLiteral("dd"), QStringLiteral("if=/dev/zero"),
                  QStringLiteral("of=/d/blob"), QStringLiteral("bs=1024"), QStringLiteral("count=256")},
                 &rc);
    QCOMPARE(rc, 0);
    test::docker({QStringLiteral("create"), QStringLiteral("--name"), user, QStringLiteral("--label"),
                  QStringLiteral("io.github.berth.owner=alice"), QStringLiteral("-v"),
                  volume + QStringLiteral(":/data"), test::busyboxImage(), QStringLiteral("true")},
                 &rc);
    QCOMPARE(rc, 0);

    QSignalSpy sizes(m_page, &ui::VolumesPage::sizesUpdated);
    m_page->refresh();
    VolumeListModel *model = m_page->model();
    QTRY_VERIFY(model->rowOf(volume) >= 0 && !model->entry(model->rowOf(volume)).users.isEmpty());
    const int row = model->rowOf(volume);
    QCOMPARE(model->index(row, VolumeListModel::DriverColumn).data().toString(), QStringLiteral("local"));
    QVERIFY(!model->index(row, VolumeListModel::CreatedColumn).data().toString().isEmpty());
    const QString usedBy = model->index(row, VolumeListModel::UsedByColumn).data().toString();
    QCOMPARE(usedBy, user + QStringLiteral(" (alice)"));
    QTRY_VERIFY_WITH_TIMEOUT(sizes.count() > 0, 30000);
    const qint64 size =
        model->index(model->rowOf(volume), VolumeListModel::SizeColumn).data(VolumeListModel::SortRole).toLongLong();
    QVERIFY2(size >= 256 * 1024, qPrintable(QString::number(size)));
    QCOMPARE(model->index(model->rowOf(volume), VolumeListModel::SizeColumn).data().toString(),
             QLocale().formattedDataSize(size));
}

void TestVolumesPage::volumeEvents_refreshTheListWithoutAsking()
{
    const QString volume = name("evented");
    QTRY_VERIFY(!m_page->isLoading());
    createVolume(volume);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(volume) >= 0, 10000);
    int rc = -1;
    test::docker({QStringLiteral("volume"), QStringLiteral("rm"), volume}, &rc);
    QCOMPARE(rc, 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(volume) < 0, 10000);
}

void TestVolumesPage::createPipCache_inOneClick()
{
    const QString pip = QStringLiteral("pip_cache_test_") + m_pid;
    QToolButton *create = toolButtonNamed(m_page, QStringLiteral("Create ") + pip);
    QVERIFY(create);
    QTRY_VERIFY(create->isEnabled());
    QSignalSpy created(m_page, &ui::VolumesPage::volumeCreated);
    create->click();
    QTRY_COMPARE(created.count(), 1);
    QVERIFY(volumeExists(pip));
    const QJsonObject labels = volumeLabels(pip);
    QVERIFY(labels.contains(QStringLiteral("io.github.berth.owner")));
    QCOMPARE(labels.value(QStringLiteral("berth.test")).toString(), m_label.section(QLatin1Char('='), 1));
    QTRY_VERIFY(m_page->model()->rowOf(pip) >= 0);
    QTRY_COMPARE(m_page->selectedVolumes(), QStringList{pip});
    QVERIFY(!create->isEnabled());
}

void TestVolumesPage::removeVolumeInUse_isRefusedNamingTheContainer()
{
    const QString volume = name("data");
    QTRY_VERIFY(m_page->model()->rowOf(volume) >= 0);
    m_page->selectVolume(volume);
    QSignalSpy refused(m_page, &ui::VolumesPage::removeRefused);
    toolButtonNamed(m_page, QStringLiteral("Remove"))->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = openMessageBox()));
    QVERIFY(box->text().contains(volume));
    buttonNamed(box, QStringLiteral("Remove"))->click();
    QTRY_COMPARE(refused.count(), 1);
    QCOMPARE(refused.first().at(0).toString(), volume);
    QCOMPARE(refused.first().at(1).toStringList(), QStringList{name("trainer")});
    const QString text = m_page->messageBar()->text();
    QVERIFY2(text.contains(name("trainer")) && text.contains(QLatin1String("in use")), qPrintable(text));
    QVERIFY(volumeExists(volume));
}

void TestVolumesPage::removeUnusedVolume_afterConfirmation()
{
    const QString pip = QStringLiteral("pip_cache_test_") + m_pid;
    QTRY_VERIFY(m_page->model()->rowOf(pip) >= 0);
    m_page->selectVolume(pip);
    // Cancel keeps it.
    m_page->removeSelected();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = openMessageBox()));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!openMessageBox());
    QTest::qWait(200);
    QVERIFY(volumeExists(pip));

    QSignalSpy removed(m_page, &ui::VolumesPage::volumeRemoved);
    m_page->removeSelected();
    QTRY_VERIFY((box = openMessageBox()));
    buttonNamed(box, QStringLiteral("Remove"))->click();
    QTRY_COMPARE(removed.count(), 1);
    QVERIFY(!volumeExists(pip));
    QTRY_VERIFY(m_page->model()->rowOf(pip) < 0);
}

void TestVolumesPage::prune_confirmationListsExactlyWhatGoes()
{
    const QString me =
        QLatin1String(core::BerthLabels::Owner) + QLatin1Char('=') + core::CreateBodyBuilder::currentUserName();
    const QString unusedA = name("old_a");
    const QString unusedB = name("old_b");
    const QString theirs = name("theirs");
    const QString unknown = name("unknown");
    const QString used = name("data");
    createVolume(unusedA, {me});
    createVolume(unusedB, {me});
    createVolume(theirs, {QLatin1String(core::BerthLabels::Owner) + QStringLiteral("=someone-else")});
    createVolume(unknown);
    m_page->refresh();
    QTRY_VERIFY(m_page->model()->rowOf(unusedA) >= 0 && m_page->model()->rowOf(unusedB) >= 0 &&
                m_page->model()->rowOf(theirs) >= 0 && !m_page->isLoading());
    QCOMPARE(m_page->model()->index(m_page->model()->rowOf(theirs), VolumeListModel::OwnerColumn).data().toString(),
             QStringLiteral("someone-else"));

    // By default only the user's own unused volumes go; other people's are offered, unticked.
    m_page->pruneUnused();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = openMessageBox()));
    QString listed = box->informativeText();
    QVERIFY2(listed.contains(unusedA) && listed.contains(unusedB), qPrintable(listed));
    QVERIFY2(!listed.contains(used) && !listed.contains(theirs) && !listed.contains(unknown), qPrintable(listed));
    QVERIFY2(box->text().contains(QLatin1String("2 unused volume")), qPrintable(box->text()));
    QVERIFY(box->checkBox());
    QVERIFY(!box->checkBox()->isChecked());
    QVERIFY2(box->checkBox()->text().contains(QLatin1String("someone-else")), qPrintable(box->checkBox()->text()));
    QSignalSpy finished(m_page, &ui::VolumesPage::pruneFinished);
    buttonNamed(box, QStringLiteral("Remove 2"))->click();
    QTRY_COMPARE(finished.count(), 1);
    QStringList removed = finished.first().at(0).toStringList();
    removed.sort();
    QCOMPARE(removed, (QStringList{unusedA, unusedB}));
    QVERIFY(finished.first().at(1).toStringList().isEmpty());
    QVERIFY(!volumeExists(unusedA));
    QVERIFY(!volumeExists(unusedB));
    QVERIFY(volumeExists(used));
    QVERIFY(volumeExists(theirs));
    QVERIFY(volumeExists(unknown));
    QTRY_VERIFY(m_page->model()->rowOf(unusedA) < 0 && !m_page->isLoading());

    // Other people's go only when ticked, and the list and the button say so.
    m_page->pruneUnused();
    QTRY_VERIFY((box = openMessageBox()));
    QVERIFY(!box->informativeText().contains(theirs));
    QVERIFY(!buttonNamed(box, QStringLiteral("Remove 0"))->isEnabled());
    box->checkBox()->setChecked(true);
    listed = box->informativeText();
    QVERIFY2(listed.contains(theirs) && listed.contains(unknown), qPrintable(listed));
    buttonNamed(box, QStringLiteral("Remove 2"))->click();
    QTRY_COMPARE(finished.count(), 2);
    QVERIFY(!volumeExists(theirs));
    QVERIFY(!volumeExists(unknown));
    QVERIFY(volumeExists(used));
}

void TestVolumesPage::scope_showsOnlyMine_whenChosen()
{
    const QString me =
        QLatin1String(core::BerthLabels::Owner) + QLatin1Char('=') + core::CreateBodyBuilder::currentUserName();
    const QString mine = name("mine_scope");
    const QString theirs = name("theirs_scope");
    createVolume(mine, {me});
    createVolume(theirs, {QLatin1String(core::BerthLabels::Owner) + QStringLiteral("=someone-else")});
    m_page->refresh();
    QTRY_VERIFY(m_page->model()->rowOf(mine) >= 0 && m_page->model()->rowOf(theirs) >= 0 && !m_page->isLoading());
    auto shown = [this] {
        QStringList names;
        QAbstractItemModel *view = m_page->view()->model();
        for (int r = 0; r < view->rowCount(); ++r)
            names << view->index(r, 0).data(VolumeListModel::NameRole).toString();
        return names;
    };
    QVERIFY(shown().contains(mine) && shown().contains(theirs));
    m_page->scopeBox()->setCurrentIndex(1);
    QVERIFY(m_page->mineOnly());
    QVERIFY(shown().contains(mine));
    QVERIFY(!shown().contains(theirs));
    QCOMPARE(m_settings->value(core::Settings::VolumeScope).toString(), QStringLiteral("mine"));
    m_page->scopeBox()->setCurrentIndex(0);
    QVERIFY(shown().contains(theirs));
    // The owner column and the switch, in both languages.
    const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR", QDir::tempPath());
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ko")}) {
        ui::LanguageManager::instance().apply(language);
        QTest::qWait(100);
        QVERIFY(m_page->grab().save(dir + QStringLiteral("/volumes-owner-") + language + QStringLiteral(".png")));
    }
    ui::LanguageManager::instance().apply(QStringLiteral("en"));
}

void TestVolumesPage::screenshots()
{
    // BERTH_SCREENSHOT_DIR=docs/screenshots renders the README pictures; otherwise the build dir keeps them.
    QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::currentPath();

    // Volumes as a lab server might have them, with Berth containers of two people using some.
    const QString shotLabel = QStringLiteral("berth.test=shot-") + m_pid;
    const QStringList shotVolumes{QStringLiteral("pip_cache"), QStringLiteral("hf_models"),
                                  QStringLiteral("datasets_cifar10"), QStringLiteral("scratch_2024")};
    QStringList createdVolumes;
    for (const QString &v : shotVolumes) {
        if (volumeExists(v))
            continue; // someone else's: leave it alone
        int rc = -1;
        test::docker({QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("--label"), shotLabel, v},
                     &rc);
        QCOMPARE(rc, 0);
        createdVolumes << v;
        m_volumes << v;
    }
    const QList<std::pair<QString, int>> fill{{QStringLiteral("pip_cache"), 3100},
                                              {QStringLiteral("hf_models"), 9400},
                                              {QStringLiteral("datasets_cifar10"), 1700}};
    for (const auto &[v, kib] : fill) {
        if (!createdVolumes.contains(v))
            continue;
        int rc = -1;
        test::docker({QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("-v"), v + QStringLiteral(":/d"),
                      test::busyboxImage(), QStringLiteral("dd"), QStringLiteral("if=/dev/zero"),
                      QStringLiteral("of=/d/blob"), QStringLiteral("bs=1024"),
                      QStringLiteral("count=") + QString::number(kib)},
                     &rc);
    }
    const QList<QStringList> users{{QStringLiteral("train-resnet50"), QStringLiteral("alice"),
                                    QStringLiteral("pip_cache"), QStringLiteral("datasets_cifar10")},
                                   {QStringLiteral("notebook-bob"), QStringLiteral("bob"), QStringLiteral("hf_models"),
                                    QStringLiteral("pip_cache")}};
    for (const QStringList &u : users) {
        if (!createdVolumes.contains(u.at(2)))
            continue;
        int rc = -1;
        QStringList args{QStringLiteral("create"), QStringLiteral("--name"), u.at(0), QStringLiteral("--label"),
                         QStringLiteral("berth.owner=") + u.at(1)};
        for (const QString &v : u.mid(2))
            args << QStringLiteral("-v") << v + QStringLiteral(":/") + v;
        args << test::busyboxImage() << QStringLiteral("true");
        test::docker(args, &rc);
        if (rc == 0)
            m_containers << u.at(0);
    }

    core::Settings settings(m_tmp.filePath(QStringLiteral("shot.ini")));
    ui::VolumesPage page(m_client, &settings);
    page.setLabelFilter(shotLabel);
    page.resize(900, 330);
    page.move(300, 300);
    QSignalSpy sizes(&page, &ui::VolumesPage::sizesUpdated);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isLoading() && page.model()->rowCount() == createdVolumes.size());
    QTRY_VERIFY_WITH_TIMEOUT(sizes.count() > 0, 30000);
    page.selectVolume(QStringLiteral("hf_models"));
    page.view()->setFocus();
    QTest::qWait(100);
    const QString volumesFile = dir + QStringLiteral("/volumes-en.png");
    QVERIFY(page.grab().save(volumesFile));
    qInfo("screenshot: %s", qPrintable(volumesFile));

    ui::MountEditor editor;
    editor.setEngine(m_client);
    core::MountValidator::HostContext host;
    host.userName = QStringLiteral("alice");
    host.homeDir = QStringLiteral("/home/alice");
    host.otherHomes = {QStringLiteral("/home/bob")};
    host.engineSockets = {QStringLiteral("/var/run/docker.sock"), QStringLiteral("/run/docker.sock")};
    host.checkHostPaths = false; // alice's folders are not on the test machine
    editor.setHostContext(host);
    editor.setProjectFolder(QStringLiteral("/home/alice/projects/resnet"));
    editor.addHostFolder(QStringLiteral("/home/alice/datasets/imagenet"), QStringLiteral("/data"));
    ui::MountTableModel *model = editor.model();
    model->setData(model->index(1, ui::MountTableModel::ReadOnlyColumn), Qt::Checked, Qt::CheckStateRole);
    editor.addVolume(QStringLiteral("pip_cache"), QStringLiteral("/pip_cache"));
    editor.addTmpfs(QStringLiteral("/scratch"));
    model->setData(model->index(3, ui::MountTableModel::SizeColumn), QStringLiteral("2g"));
    editor.addHostFolder(QStringLiteral("/var/run/docker.sock"), QStringLiteral("/var/run/docker.sock"));
    editor.resize(900, 330);
    editor.move(300, 300); // offscreen keeps the cursor at 0,0: away from the buttons, so none looks hovered
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTRY_COMPARE(editor.warningsToConfirm().size(), 1);
    // No selection, so the warning's tint on the row shows.
    editor.view()->setFocus();
    editor.view()->setCurrentIndex(model->index(4, ui::MountTableModel::TargetColumn));
    editor.view()->clearSelection();
    QTest::qWait(100);
    const QString mountsFile = dir + QStringLiteral("/mounts-en.png");
    QVERIFY(editor.grab().save(mountsFile));
    qInfo("screenshot: %s", qPrintable(mountsFile));
}

QTEST_MAIN(TestVolumesPage)
#include "test_volumespage.moc"
