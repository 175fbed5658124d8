// SPDX-License-Identifier: Apache-2.0
#include "hubfixtures.h"
#include "hubreplayserver.h"
#include "registry/tagcatalog.h"
#include "settings/settings.h"
#include "tags/filterchip.h"
#include "tags/tagbrowser.h"
#include "tags/tagdetailspane.h"
#include "tags/tagtablemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using berth::test::HubReplayServer;

class TestTagBrowser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void cuda12RuntimeFilter_pickOne_tagChosenCarriesIt();
    void textFilter_narrowsAsYouType();
    void driverVerdict_comparesHostDriver();
    void hubErrors_areShownNotCrashed();
    void cachedTags_showTheirAge();
    void closingWithAnotherRepositoryTyped_opensNothing();
    void sort_boxAndHeaderShowOneState();
    void py3Chip_forTensorFlowOnly();
    void imagesWithoutVariants_showNoRuntimeChoice();
    void filterBox_staysReadableInANarrowWindow();
    void screenshot();

private:
    ui::TagBrowser *openBrowser(const QString &repository);
    void clickRow(ui::TagBrowser *browser, int row);

    QTemporaryDir *m_dir = nullptr;
    core::Settings *m_settings = nullptr;
    HubReplayServer *m_server = nullptr;
};

void TestTagBrowser::init()
{
    m_dir = new QTemporaryDir;
    m_settings = new core::Settings(m_dir->filePath(QStringLiteral("berth.ini")));
    m_server = new HubReplayServer;
    QVERIFY(m_server->listen());
    m_server->addRepository(QStringLiteral("tensorflow/tensorflow"));
    m_server->addRepository(QStringLiteral("pytorch/pytorch"));
    m_server->addRepository(QStringLiteral("nvidia/cuda"));
    m_server->addRepository(QStringLiteral("library/python"));
    m_settings->setValue(core::Settings::HubBaseUrl, m_server->baseUrl().toString());
}

void TestTagBrowser::cleanup()
{
    delete m_server;
    delete m_settings;
    delete m_dir;
}

ui::TagBrowser *TestTagBrowser::openBrowser(const QString &repository)
{
    auto *browser = new ui::TagBrowser(*m_settings, nullptr);
    browser->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_server, &QObject::destroyed, browser, &QObject::deleteLater);
    browser->resize(1100, 640);
    browser->setRepository(repository);
    browser->show();
    if (!QTest::qWaitForWindowExposed(browser))
        return nullptr;
    if (!QTest::qWaitFor([&] { return browser->catalog()->state() == core::TagCatalog::State::Done; }, 30000))
        return nullptr;
    return browser;
}

void TestTagBrowser::clickRow(ui::TagBrowser *browser, int row)
{
    auto *table = browser->findChild<QTableView *>(QStringLiteral("tags"));
    const QModelIndex index = table->model()->index(row, 0);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
}

void TestTagBrowser::cuda12RuntimeFilter_pickOne_tagChosenCarriesIt()
{
    ui::TagBrowser *browser = openBrowser(QStringLiteral("pytorch/pytorch"));
    QVERIFY(browser);
    QCOMPARE(browser->catalog()->index().size(), berth::test::pytorchTagNames().size());

    auto *cuda12 = browser->findChild<ui::FilterChip *>(QStringLiteral("chipCuda12"));
    auto *runtime = browser->findChild<ui::FilterChip *>(QStringLiteral("chipRuntime"));
    QVERIFY(cuda12 && runtime);
    QCOMPARE(cuda12->text(), QStringLiteral("CUDA 12"));
    QTest::mouseClick(cuda12, Qt::LeftButton);
    QTest::mouseClick(runtime, Qt::LeftButton);

    ui::TagTableModel *model = browser->model();
    QVERIFY(model->rowCount() > 10);
    QVERIFY(model->rowCount() < browser->catalog()->index().size());
    for (int row = 0; row < model->rowCount(); ++row) {
        const core::TagInfo *tag = model->tagAt(row);
        QVERIFY2(tag->facts.cudaMajor == 12 && tag->name.endsWith(QLatin1String("-runtime")), qPrintable(tag->name));
    }
    QVERIFY2(browser->statusText().contains(
                 QStringLiteral("%1 of %2 tag").arg(model->rowCount()).arg(berth::test::pytorchTagNames().size())),
             qPrintable(browser->statusText()));

    // newest first: the first row is the newest CUDA 12 runtime build
    const QString expected = QStringLiteral("pytorch/pytorch:") + model->tagAt(2)->name;
    clickRow(browser, 2);
    QCOMPARE(browser->selectedImageRef(), expected);
    auto *title = browser->findChild<QLabel *>(QStringLiteral("tagTitle"));
    QCOMPARE(title->text(), expected);

    QSignalSpy chosen(browser, &ui::TagBrowser::tagChosen);
    auto *use = browser->findChild<QPushButton *>(QStringLiteral("useTag"));
    QVERIFY(use->isEnabled());
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toString(), expected);

    // unchecking a chip widens the list again and keeps the selection
    QTest::mouseClick(cuda12, Qt::LeftButton);
    QVERIFY(model->rowCount() > 10);
    QCOMPARE(browser->selectedImageRef(), expected);
    delete browser;
}

void TestTagBrowser::textFilter_narrowsAsYouType()
{
    ui::TagBrowser *browser = openBrowser(QStringLiteral("tensorflow/tensorflow"));
    QVERIFY(browser);
    auto *text = browser->findChild<QLineEdit *>(QStringLiteral("filterText"));
    int previous = browser->model()->rowCount();
    for (QChar c : QStringLiteral("2.15.0-gpu")) {
        QTest::keyClick(text, c.toLatin1());
        const int now = browser->model()->rowCount();
        QVERIFY(now <= previous);
        previous = now;
    }
    QCOMPARE(text->text(), QStringLiteral("2.15.0-gpu"));
    QCOMPARE(previous, 2); // 2.15.0-gpu and 2.15.0-gpu-jupyter
    for (int row = 0; row < browser->model()->rowCount(); ++row)
        QVERIFY(browser->model()->tagAt(row)->name.contains(QLatin1String("2.15.0-gpu")));
    QTest::mouseClick(browser->findChild<ui::FilterChip *>(QStringLiteral("chipGpu")), Qt::LeftButton);
    QVERIFY(browser->model()->rowCount() >= 2);
    delete browser;
}

void TestTagBrowser::driverVerdict_comparesHostDriver()
{
    ui::TagBrowser *browser = openBrowser(QStringLiteral("nvidia/cuda"));
    QVERIFY(browser);
    auto *text = browser->findChild<QLineEdit *>(QStringLiteral("filterText"));
    QTest::keyClicks(text, QStringLiteral("12.2.2-runtime-ubuntu22.04"));
    QCOMPARE(browser->model()->rowCount(), 1);
    clickRow(browser, 0);
    auto *pane = browser->findChild<ui::TagDetailsPane *>();
    QVERIFY(pane->driverText().contains(QLatin1String("unknown")));
    browser->setHostDriverVersion(QStringLiteral("535.104.05"));
    QVERIFY(pane->driverText().contains(QLatin1String("525.60.13")));
    QVERIFY(pane->driverText().contains(QLatin1String("compatible")));
    browser->setHostDriverVersion(QStringLiteral("470.82.01"));
    QVERIFY(pane->driverText().contains(QLatin1String("too old")));
    delete browser;
}

void TestTagBrowser::hubErrors_areShownNotCrashed()
{
    m_server->setFault(QStringLiteral("tensorflow/tensorflow"), 3, HubReplayServer::Fault::Malformed, 1);
    auto *browser = new ui::TagBrowser(*m_settings, nullptr);
    browser->setRepository(QStringLiteral("tensorflow/tensorflow"));
    browser->show();
    QTRY_COMPARE_WITH_TIMEOUT(browser->catalog()->state(), core::TagCatalog::State::Failed, 20000);
    QCOMPARE(browser->model()->rowCount(), 200); // the two pages before the bad one
    QVERIFY2(browser->statusText().contains(QLatin1String("could not read")), qPrintable(browser->statusText()));
    browser->setRepository(QStringLiteral("Not/A Repo"));
    QVERIFY(browser->statusText().contains(QLatin1String("is not a repository name")));
    delete browser;
}

void TestTagBrowser::cachedTags_showTheirAge()
{
    ui::TagBrowser *first = openBrowser(QStringLiteral("nvidia/cuda"));
    QVERIFY(first);
    QSignalSpy written(first->catalog(), &core::TagCatalog::cacheWritten);
    QTRY_COMPARE(written.size(), 1);
    delete first;
    m_server->setFault(QStringLiteral("nvidia/cuda"), 1, HubReplayServer::Fault::Slow, 1, 1500);
    auto *second = new ui::TagBrowser(*m_settings, nullptr);
    second->setRepository(QStringLiteral("nvidia/cuda"));
    QTRY_VERIFY(second->catalog()->isShowingCache());
    QCOMPARE(second->model()->rowCount(), berth::test::cudaTagNames().size());
    QVERIFY2(second->statusText().contains(QLatin1String("cached just now")), qPrintable(second->statusText()));
    QTRY_COMPARE_WITH_TIMEOUT(second->catalog()->state(), core::TagCatalog::State::Done, 20000);
    QVERIFY(!second->statusText().contains(QLatin1String("cached")));
    delete second;
}

void TestTagBrowser::closingWithAnotherRepositoryTyped_opensNothing()
{
    // Closing moves focus out of the repository combo; its line edit then finishes editing and the combo emits
    // activated for the typed text. That signal must not reach the browser being destroyed (it used to open the
    // repository from inside the destructor: a member call on a half-destroyed object, and a needless request).
    ui::TagBrowser *browser = openBrowser(QStringLiteral("nvidia/cuda"));
    QVERIFY(browser);
    browser->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(browser));
    auto *combo = browser->findChild<QComboBox *>(QStringLiteral("repository"));
    QVERIFY(combo);
    combo->lineEdit()->setFocus();
    QTRY_VERIFY(combo->lineEdit()->hasFocus());
    combo->lineEdit()->setText(QStringLiteral("pytorch/pytorch"));
    QSignalSpy opened(browser->catalog(), &core::TagCatalog::reset);
    const int requests = m_server->requestCount();
    delete browser;
    QCOMPARE(opened.size(), 0);
    QTest::qWait(300);
    QCOMPARE(m_server->requestCount(), requests);
}

void TestTagBrowser::sort_boxAndHeaderShowOneState()
{
    ui::TagBrowser *browser = openBrowser(QStringLiteral("pytorch/pytorch"));
    QVERIFY(browser);
    QHeaderView *header = browser->table()->horizontalHeader();
    ui::TagTableModel *model = browser->model();
    auto boxSays = [&] { return browser->sortBox()->currentText(); };

    // Name in the box: A to Z, and the header's indicator on the tag column pointing up.
    browser->sortBox()->setCurrentIndex(browser->sortBox()->findText(QStringLiteral("Name")));
    QCOMPARE(header->sortIndicatorSection(), int(ui::TagTableModel::TagColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QVERIFY2(model->tagAt(0)->name < model->tagAt(model->rowCount() - 1)->name, qPrintable(model->tagAt(0)->name));

    // The header's Size: the box says Size.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(ui::TagTableModel::SizeColumn) + 10, 5));
    QCOMPARE(boxSays(), QStringLiteral("Size"));
    QCOMPARE(browser->sortKey(), core::TagSort::Size);
    QCOMPARE(header->sortIndicatorSection(), int(ui::TagTableModel::SizeColumn));

    // The tag column: by version, and the box says so.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(ui::TagTableModel::TagColumn) + 10, 5));
    QCOMPARE(browser->sortKey(), core::TagSort::Version);
    QCOMPARE(boxSays(), QStringLiteral("Newest version"));
    QCOMPARE(header->sortIndicatorSection(), int(ui::TagTableModel::TagColumn));

    // A column with no order of its own changes nothing, and the indicator stays where the sort is.
    const Qt::SortOrder before = browser->sortOrder();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(ui::TagTableModel::CudaColumn) + 10, 5));
    QCOMPARE(browser->sortKey(), core::TagSort::Version);
    QCOMPARE(browser->sortOrder(), before);
    QCOMPARE(header->sortIndicatorSection(), int(ui::TagTableModel::TagColumn));
    delete browser;
}

void TestTagBrowser::py3Chip_forTensorFlowOnly()
{
    ui::TagBrowser *browser = openBrowser(QStringLiteral("tensorflow/tensorflow"));
    QVERIFY(browser);
    auto *py3 = browser->findChild<ui::FilterChip *>(QStringLiteral("chipPy3"));
    QVERIFY(py3);
    QVERIFY(py3->isVisible());
    QCOMPARE(py3->text(), QStringLiteral("py3"));
    const int all = browser->model()->rowCount();
    QTest::mouseClick(py3, Qt::LeftButton);
    QVERIFY(browser->model()->rowCount() > 0);
    QVERIFY(browser->model()->rowCount() < all);
    for (int row = 0; row < browser->model()->rowCount(); ++row)
        QVERIFY2(browser->model()->tagAt(row)->name.contains(QLatin1String("py3")),
                 qPrintable(browser->model()->tagAt(row)->name));
    delete browser;

    browser = openBrowser(QStringLiteral("pytorch/pytorch"));
    QVERIFY(browser);
    QVERIFY(!browser->findChild<ui::FilterChip *>(QStringLiteral("chipPy3"))->isVisible());
    delete browser;
}

void TestTagBrowser::imagesWithoutVariants_showNoRuntimeChoice()
{
    ui::TagBrowser *browser = openBrowser(QStringLiteral("python"));
    QVERIFY(browser);
    QVERIFY(browser->model()->rowCount() > 0);
    QVERIFY(!browser->findChild<ui::FilterChip *>(QStringLiteral("chipRuntime"))->isVisible());
    QVERIFY(!browser->findChild<ui::FilterChip *>(QStringLiteral("chipDevel"))->isVisible());
    QVERIFY(browser->table()->isColumnHidden(ui::TagTableModel::VariantColumn));
    // Back to an image that has the split: the choice returns.
    browser->setRepository(QStringLiteral("pytorch/pytorch"));
    QTRY_VERIFY_WITH_TIMEOUT(
        browser->catalog()->state() == core::TagCatalog::State::Done && browser->catalog()->index().size() > 10, 30000);
    QTRY_VERIFY(browser->findChild<ui::FilterChip *>(QStringLiteral("chipRuntime"))->isVisible());
    QVERIFY(!browser->table()->isColumnHidden(ui::TagTableModel::VariantColumn));
    delete browser;
}

void TestTagBrowser::filterBox_staysReadableInANarrowWindow()
{
    ui::TagBrowser *browser = openBrowser(QStringLiteral("nvidia/cuda"));
    QVERIFY(browser);
    browser->resize(640, 500);
    QTest::qWait(50);
    const int readable = browser->filterEdit()->fontMetrics().horizontalAdvance(QStringLiteral("12.4.1-cudnn"));
    QVERIFY2(browser->filterEdit()->width() >= readable, qPrintable(QString::number(browser->filterEdit()->width())));
    delete browser;
}

void TestTagBrowser::screenshot()
{
    // BERTH_SCREENSHOT_DIR=docs/screenshots renders the README picture; otherwise the build dir keeps it.
    QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::currentPath();
    ui::TagBrowser *browser = openBrowser(QStringLiteral("pytorch/pytorch"));
    QVERIFY(browser);
    browser->resize(1180, 660);
    browser->setHostDriverVersion(QStringLiteral("535.104.05"));
    QTest::mouseClick(browser->findChild<ui::FilterChip *>(QStringLiteral("chipGpu")), Qt::LeftButton);
    QTest::mouseClick(browser->findChild<ui::FilterChip *>(QStringLiteral("chipRuntime")), Qt::LeftButton);
    QTest::mouseClick(browser->findChild<ui::FilterChip *>(QStringLiteral("chipCuda12")), Qt::LeftButton);
    browser->selectTag(QStringLiteral("2.5.1-cuda12.4-cudnn9-runtime"));
    QTest::qWait(100);
    const QString file = dir + QStringLiteral("/tags-en.png");
    QVERIFY(browser->grab().save(file));
    qInfo("screenshot: %s", qPrintable(file));
    delete browser;
    // TensorFlow's chips (py3), in a narrow window.
    browser = openBrowser(QStringLiteral("tensorflow/tensorflow"));
    QVERIFY(browser);
    browser->resize(760, 560);
    QTest::qWait(100);
    QVERIFY(browser->grab().save(dir + QStringLiteral("/tags-tensorflow-narrow-en.png")));
    delete browser;
}

QTEST_MAIN(TestTagBrowser)
#include "test_tagbrowser.moc"
