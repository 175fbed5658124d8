// SPDX-License-Identifier: Apache-2.0
#include "launch/launchvalidator.h"
#include "mounts/mounteditor.h"
#include "mounts/mounttablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using berth::core::LaunchProblem;
using berth::core::LaunchSpec;
using berth::core::LaunchValidator;
using berth::core::MountSpec;
using berth::core::MountValidator;
using berth::ui::MountEditor;
using berth::ui::MountTableModel;

namespace {
MountValidator::HostContext testHost()
{
    MountValidator::HostContext host;
    host.userName = QStringLiteral("tester");
    host.homeDir = QDir::cleanPath(QDir::homePath());
    host.engineSockets = {QStringLiteral("/var/run/docker.sock"), QStringLiteral("/run/docker.sock")};
    return host;
}

MountSpec bind(const QString &source, const QString &target)
{
    MountSpec m;
    m.type = MountSpec::Type::Bind;
    m.source = source;
    m.target = target;
    return m;
}

// Types into the cell's editor the way a user does: open it, replace the text, press Return.
void typeIntoCell(QTableView *view, const QModelIndex &index, const QString &text)
{
    view->setCurrentIndex(index);
    view->edit(index);
    auto *line = qobject_cast<QLineEdit *>(view->indexWidget(index));
    QVERIFY2(line, "no line edit opened for the cell");
    line->selectAll();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_VERIFY(!view->indexWidget(index));
}

void sendDrop(QWidget *target, const QPoint &pos, const QList<QUrl> &urls, Qt::DropAction *accepted)
{
    QMimeData mime;
    mime.setUrls(urls);
    const Qt::DropActions offered = Qt::CopyAction | Qt::MoveAction | Qt::LinkAction;
    QDragEnterEvent enter(pos, offered, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(pos, offered, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(pos), offered, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
    *accepted = drop.dropAction();
}
} // namespace

class TestMountEditor final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void editingRowsInPlace_producesTheRightMountSpecs();
    void changingTheHostFolder_rederivesAMadeUpContainerPath();
    void typedFolder_thatDoesNotExistYet_offersToCreateIt();
    void setMounts_landsExactly_andUnrelatedEditsKeepEveryOtherField();
    void setMounts_sameList_doesNotEmitChanged();
    void invalidRows_blockRun_withTheReason();
    void unparsableTmpfsSize_blocksRun_andKeepsLastGoodSize();
    void riskyRow_allowsRun_butListsWarningToConfirm();
    void rowProblems_showIconTooltipAndSummary();
    void dropFolderUrl_addsBindRow_asLinkNotMove();
    void dropFolderOntoHostFolderCell_replacesIt();
    void dropNonLocalUrl_isRefused();
    void removeThenUndo_restoresRowsInPlace();
    void moveUpAndDown_reorders();
    void changeTypeToTmpfs_switchesToMountSyntax();
    void createFolderFixIt_createsItAndClearsTheError();
    void projectRow_detectedAtSrc_andTargetEditOffersWorkingDir();
    void workingDirectoryChange_offersToMoveProjectRow();
    void setProjectFolder_addsOrUpdatesTheProjectRow();
    void projectFolderHint_picksTheProjectRowOnImport();
    void launchValidator_findsTheSameMountProblemsAsTheEditor();

private:
    MountEditor *m_editor = nullptr;
    QTemporaryDir *m_tmp = nullptr;
};

void TestMountEditor::init()
{
    m_tmp = new QTemporaryDir;
    QVERIFY(m_tmp->isValid());
    QVERIFY(QDir(m_tmp->path()).mkpath(QStringLiteral("project")));
    QVERIFY(QDir(m_tmp->path()).mkpath(QStringLiteral("datasets/imagenet")));
    m_editor = new MountEditor;
    m_editor->setHostContext(testHost());
    m_editor->resize(900, 360);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
}

void TestMountEditor::cleanup()
{
    delete m_editor;
    m_editor = nullptr;
    delete m_tmp;
    m_tmp = nullptr;
}

void TestMountEditor::editingRowsInPlace_producesTheRightMountSpecs()
{
    QTableView *view = m_editor->view();
    MountTableModel *model = m_editor->model();
    QSignalSpy changed(m_editor, &MountEditor::changed);
    const QString project = m_tmp->path() + QStringLiteral("/project");

    m_editor->addHostFolder(project);
    typeIntoCell(view, model->index(0, MountTableModel::TargetColumn), QStringLiteral("/data"));
    QVERIFY(model->setData(model->index(0, MountTableModel::ReadOnlyColumn), Qt::Checked, Qt::CheckStateRole));

    m_editor->addVolume(); // opens the name editor at once
    QTRY_VERIFY(view->indexWidget(model->index(1, MountTableModel::SourceColumn)));
    auto *name = qobject_cast<QLineEdit *>(view->indexWidget(model->index(1, MountTableModel::SourceColumn)));
    QVERIFY(name && name->completer());
    QTest::keyClicks(name, QStringLiteral("pip_cache"));
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY(!view->indexWidget(model->index(1, MountTableModel::SourceColumn)));
    typeIntoCell(view, model->index(1, MountTableModel::TargetColumn), QStringLiteral("/pip_cache"));

    // A third row made a tmpfs through the type chooser.
    m_editor->addHostFolder(project, QStringLiteral("/scratch"));
    const QModelIndex typeCell = model->index(2, MountTableModel::TypeColumn);
    view->setCurrentIndex(typeCell);
    view->edit(typeCell);
    auto *combo = qobject_cast<QComboBox *>(view->indexWidget(typeCell));
    QVERIFY(combo);
    QTest::keyClick(combo, Qt::Key_Down);
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(model->mountAt(2).type, MountSpec::Type::Tmpfs); // applied before the editor closes
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_VERIFY(!view->indexWidget(typeCell));
    typeIntoCell(view, model->index(2, MountTableModel::SizeColumn), QStringLiteral("1g"));

    MountSpec expectedBind = bind(project, QStringLiteral("/data"));
    expectedBind.readOnly = true;
    MountSpec expectedVolume;
    expectedVolume.type = MountSpec::Type::Volume;
    expectedVolume.source = QStringLiteral("pip_cache");
    expectedVolume.target = QStringLiteral("/pip_cache");
    MountSpec expectedTmpfs;
    expectedTmpfs.type = MountSpec::Type::Tmpfs;
    expectedTmpfs.syntax = MountSpec::Syntax::Mount;
    expectedTmpfs.target = QStringLiteral("/scratch");
    expectedTmpfs.tmpfsSizeBytes = Q_INT64_C(1) << 30;

    const QList<MountSpec> mounts = m_editor->mounts();
    QCOMPARE(mounts.size(), 3);
    QCOMPARE(mounts.at(0), expectedBind);
    QCOMPARE(mounts.at(1), expectedVolume);
    QCOMPARE(mounts.at(2), expectedTmpfs);
    QVERIFY(changed.count() >= 6);
    QString reason;
    QVERIFY2(m_editor->canRun(&reason), qPrintable(reason));
    QCOMPARE(model->index(2, MountTableModel::SizeColumn).data().toString(), QStringLiteral("1g"));
}

void TestMountEditor::setMounts_landsExactly_andUnrelatedEditsKeepEveryOtherField()
{
    MountSpec a = bind(m_tmp->path() + QStringLiteral("/project"), QStringLiteral("/src"));
    a.propagation = QStringLiteral("rslave");
    a.selinuxLabel = QStringLiteral("z");
    MountSpec b;
    b.type = MountSpec::Type::Volume;
    b.syntax = MountSpec::Syntax::Mount;
    b.source = QStringLiteral("data_vol");
    b.target = QStringLiteral("/data");
    b.noCopy = true;
    b.volumeOptions = {QStringLiteral("type=nfs"), QStringLiteral("o=addr=10.0.0.1")};
    MountSpec c;
    c.type = MountSpec::Type::Tmpfs;
    c.syntax = MountSpec::Syntax::Tmpfs;
    c.target = QStringLiteral("/run/cache");
    c.tmpfsOptions = QStringLiteral("rw,noexec,size=64m,mode=1777");
    MountSpec d;
    d.type = MountSpec::Type::Volume;
    d.target = QStringLiteral("/anonymous");
    const QList<MountSpec> list{a, b, c, d};

    m_editor->setMounts(list);
    QCOMPARE(m_editor->mounts(), list);
    MountTableModel *model = m_editor->model();
    QCOMPARE(model->index(2, MountTableModel::SizeColumn).data().toString(), QStringLiteral("64m"));

    // Writing back after edits changes only what was edited.
    QVERIFY(model->setData(model->index(2, MountTableModel::SizeColumn), QStringLiteral("50%")));
    QVERIFY(model->setData(model->index(1, MountTableModel::TargetColumn), QStringLiteral("/datasets")));
    QList<MountSpec> expected = list;
    expected[2].tmpfsOptions = QStringLiteral("rw,noexec,size=50%,mode=1777");
    expected[1].target = QStringLiteral("/datasets");
    QCOMPARE(m_editor->mounts(), expected);
}

void TestMountEditor::setMounts_sameList_doesNotEmitChanged()
{
    const QList<MountSpec> list{bind(m_tmp->path(), QStringLiteral("/x"))};
    QSignalSpy changed(m_editor, &MountEditor::changed);
    m_editor->setMounts(list);
    QCOMPARE(changed.count(), 1);
    m_editor->setMounts(list);
    QCOMPARE(changed.count(), 1);
}

void TestMountEditor::invalidRows_blockRun_withTheReason()
{
    const QString missing = m_tmp->path() + QStringLiteral("/not-created-yet");
    m_editor->setMounts({bind(m_tmp->path() + QStringLiteral("/project"), QStringLiteral("src"))});
    QString reason;
    QVERIFY(!m_editor->canRun(&reason));
    QVERIFY2(reason.contains(QLatin1String("must start with /")), qPrintable(reason));

    m_editor->setMounts({bind(missing, QStringLiteral("/out"))});
    QVERIFY(!m_editor->canRun(&reason));
    QVERIFY2(reason.contains(missing) && reason.contains(QLatin1String("does not exist")), qPrintable(reason));

    m_editor->setMounts({bind(m_tmp->path(), QStringLiteral("/proc"))});
    QVERIFY(!m_editor->canRun(&reason));
    QVERIFY2(reason.contains(QLatin1String("system path")), qPrintable(reason));

    MountSpec badVolume;
    badVolume.type = MountSpec::Type::Volume;
    badVolume.source = QStringLiteral("my cache");
    badVolume.target = QStringLiteral("/cache");
    m_editor->setMounts({badVolume, bind(m_tmp->path(), QStringLiteral("/cache/"))});
    QVERIFY(!m_editor->canRun(&reason));
    QVERIFY2(reason.contains(QLatin1String("not a valid volume name")), qPrintable(reason));
    QTRY_COMPARE(m_editor->problems().size(), 3); // the name, and the duplicate on both rows

    m_editor->model()->setData(m_editor->model()->index(0, MountTableModel::SourceColumn), QStringLiteral("my_cache"));
    m_editor->model()->setData(m_editor->model()->index(1, MountTableModel::TargetColumn), QStringLiteral("/other"));
    QVERIFY2(m_editor->canRun(&reason), qPrintable(reason));
    QVERIFY(reason.isEmpty());
}

void TestMountEditor::unparsableTmpfsSize_blocksRun_andKeepsLastGoodSize()
{
    m_editor->addTmpfs(QStringLiteral("/scratch"));
    MountTableModel *model = m_editor->model();
    QVERIFY(model->setData(model->index(0, MountTableModel::SizeColumn), QStringLiteral("256m")));
    QVERIFY(model->setData(model->index(0, MountTableModel::SizeColumn), QStringLiteral("lots")));
    QString reason;
    QVERIFY(!m_editor->canRun(&reason));
    QVERIFY2(reason.contains(QStringLiteral("“lots”")), qPrintable(reason));
    QCOMPARE(model->index(0, MountTableModel::SizeColumn).data().toString(), QStringLiteral("lots"));
    QCOMPARE(m_editor->mounts().first().tmpfsSizeBytes, Q_INT64_C(256) << 20);
    QVERIFY(model->setData(model->index(0, MountTableModel::SizeColumn), QStringLiteral("2g")));
    QVERIFY(m_editor->canRun());
    QCOMPARE(m_editor->mounts().first().tmpfsSizeBytes, Q_INT64_C(2) << 30);
}

void TestMountEditor::riskyRow_allowsRun_butListsWarningToConfirm()
{
    MountSpec socket = bind(QStringLiteral("/var/run/docker.sock"), QStringLiteral("/var/run/docker.sock"));
    MountSpec etc = bind(QStringLiteral("/etc"), QStringLiteral("/host-etc"));
    etc.readOnly = true;
    MountValidator::HostContext host = testHost();
    host.checkHostPaths = false; // the socket need not exist on the test machine
    m_editor->setHostContext(host);
    m_editor->setMounts({socket, etc});
    QString reason;
    QVERIFY2(m_editor->canRun(&reason), qPrintable(reason));
    const QStringList warnings = m_editor->warningsToConfirm();
    QCOMPARE(warnings.size(), 2);
    QVERIFY(warnings.first().contains(QLatin1String("root on the host")));
}

void TestMountEditor::rowProblems_showIconTooltipAndSummary()
{
    m_editor->setMounts({bind(m_tmp->path(), QStringLiteral("/ok")), bind(m_tmp->path(), QStringLiteral("rel"))});
    MountTableModel *model = m_editor->model();
    QTRY_COMPARE(model->index(1, 0).data(MountTableModel::SeverityRole).toInt(), int(LaunchProblem::Severity::Error));
    QCOMPARE(model->index(0, 0).data(MountTableModel::SeverityRole).toInt(), -1);
    QVERIFY(!model->index(1, MountTableModel::TypeColumn).data(Qt::DecorationRole).isNull());
    QVERIFY(model->index(1, MountTableModel::TargetColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("must start with /")));
    QVERIFY(!model->index(1, MountTableModel::TargetColumn).data(Qt::BackgroundRole).isNull());
    QVERIFY(model->index(1, MountTableModel::SourceColumn).data(Qt::BackgroundRole).isNull());

    bool summaryShown = false;
    for (QLabel *label : m_editor->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(QLatin1String("Errors that block Run: 1")) &&
            label->text().contains(QLatin1String("Row 2")))
            summaryShown = true;
    }
    QVERIFY(summaryShown);
    // The fix-it for a relative container path is offered on the summary line and works.
    QPushButton *fix = nullptr;
    for (QPushButton *b : m_editor->findChildren<QPushButton *>()) {
        if (b->isVisible() && b->text() == QLatin1String("Use /rel"))
            fix = b;
    }
    QVERIFY(fix);
    fix->click();
    QCOMPARE(m_editor->mounts().at(1).target, QStringLiteral("/rel"));
    QTRY_VERIFY(m_editor->problems().isEmpty());
    QTRY_VERIFY(!fix->isVisible());
}

void TestMountEditor::dropFolderUrl_addsBindRow_asLinkNotMove()
{
    const QString folder = m_tmp->path() + QStringLiteral("/datasets/imagenet");
    m_editor->setMounts({bind(m_tmp->path() + QStringLiteral("/project"), QStringLiteral("/src"))});
    QWidget *viewport = m_editor->view()->viewport();
    Qt::DropAction action = Qt::IgnoreAction;
    // Below the last row: appended.
    sendDrop(viewport, QPoint(viewport->width() / 2, viewport->height() - 5), {QUrl::fromLocalFile(folder)}, &action);
    QCOMPARE(action, Qt::LinkAction);
    const QList<MountSpec> mounts = m_editor->mounts();
    QCOMPARE(mounts.size(), 2);
    QCOMPARE(mounts.at(1).type, MountSpec::Type::Bind);
    QCOMPARE(mounts.at(1).source, folder);
    QCOMPARE(mounts.at(1).target, QStringLiteral("/mnt/imagenet"));
    QVERIFY(m_editor->canRun());
    QCOMPARE(m_editor->view()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(m_editor->view()->selectionModel()->selectedRows().first().row(), 1);

    // The same folder again gets a container path of its own.
    sendDrop(viewport, QPoint(viewport->width() / 2, viewport->height() - 5), {QUrl::fromLocalFile(folder)}, &action);
    QCOMPARE(m_editor->mounts().at(2).target, QStringLiteral("/mnt/imagenet-2"));
}

void TestMountEditor::dropFolderOntoHostFolderCell_replacesIt()
{
    const QString folder = m_tmp->path() + QStringLiteral("/datasets");
    m_editor->setMounts({bind(m_tmp->path() + QStringLiteral("/project"), QStringLiteral("/data"))});
    QTableView *view = m_editor->view();
    const QRect cell = view->visualRect(m_editor->model()->index(0, MountTableModel::SourceColumn));
    Qt::DropAction action = Qt::IgnoreAction;
    sendDrop(view->viewport(), cell.center(), {QUrl::fromLocalFile(folder)}, &action);
    QCOMPARE(m_editor->mounts().size(), 1);
    QCOMPARE(m_editor->mounts().first().source, folder);
    QCOMPARE(m_editor->mounts().first().target, QStringLiteral("/data"));
}

void TestMountEditor::dropNonLocalUrl_isRefused()
{
    QWidget *viewport = m_editor->view()->viewport();
    QMimeData mime;
    mime.setUrls({QUrl(QStringLiteral("https://example.org/data"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(!enter.isAccepted());
    QVERIFY(m_editor->mounts().isEmpty());
}

void TestMountEditor::removeThenUndo_restoresRowsInPlace()
{
    const QList<MountSpec> list{bind(m_tmp->path() + QStringLiteral("/project"), QStringLiteral("/src")),
                                bind(m_tmp->path(), QStringLiteral("/b")),
                                bind(m_tmp->path() + QStringLiteral("/datasets"), QStringLiteral("/c")),
                                bind(m_tmp->path(), QStringLiteral("/d"))};
    m_editor->setMounts(list);
    QCOMPARE(m_editor->projectRow(), 0);
    QItemSelectionModel *selection = m_editor->view()->selectionModel();
    MountTableModel *model = m_editor->model();
    selection->select(model->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(model->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_editor->removeSelected();
    QCOMPARE(m_editor->mounts(), (QList<MountSpec>{list.at(1), list.at(3)}));
    QCOMPARE(m_editor->projectRow(), -1);
    QVERIFY(model->canUndoRemoval());

    // Ctrl+Z in the table puts them back where they were, the project row included.
    QTest::keySequence(m_editor->view(), QKeySequence::Undo);
    QCOMPARE(m_editor->mounts(), list);
    QCOMPARE(m_editor->projectRow(), 0);
    QVERIFY(!model->canUndoRemoval());
}

void TestMountEditor::moveUpAndDown_reorders()
{
    const MountSpec a = bind(m_tmp->path(), QStringLiteral("/a"));
    const MountSpec b = bind(m_tmp->path(), QStringLiteral("/b"));
    const MountSpec c = bind(m_tmp->path(), QStringLiteral("/c"));
    m_editor->setMounts({a, b, c});
    m_editor->view()->selectRow(2);
    m_editor->moveSelectedUp();
    QCOMPARE(m_editor->mounts(), (QList<MountSpec>{a, c, b}));
    m_editor->moveSelectedUp();
    QCOMPARE(m_editor->mounts(), (QList<MountSpec>{c, a, b}));
    m_editor->moveSelectedUp(); // already first
    QCOMPARE(m_editor->mounts(), (QList<MountSpec>{c, a, b}));
    m_editor->moveSelectedDown();
    QCOMPARE(m_editor->mounts(), (QList<MountSpec>{a, c, b}));
}

void TestMountEditor::changeTypeToTmpfs_switchesToMountSyntax()
{
    m_editor->setMounts({bind(m_tmp->path(), QStringLiteral("/cache"))});
    MountTableModel *model = m_editor->model();
    QVERIFY(model->setData(model->index(0, MountTableModel::TypeColumn), int(MountSpec::Type::Tmpfs)));
    MountSpec expected;
    expected.type = MountSpec::Type::Tmpfs;
    expected.syntax = MountSpec::Syntax::Mount;
    expected.target = QStringLiteral("/cache");
    QCOMPARE(m_editor->mounts().first(), expected);
    QVERIFY(!(model->flags(model->index(0, MountTableModel::SourceColumn)) & Qt::ItemIsEditable));
    QVERIFY(model->flags(model->index(0, MountTableModel::SizeColumn)) & Qt::ItemIsEditable);

    QVERIFY(model->setData(model->index(0, MountTableModel::TypeColumn), int(MountSpec::Type::Volume)));
    QCOMPARE(m_editor->mounts().first().type, MountSpec::Type::Volume);
    QCOMPARE(m_editor->mounts().first().syntax, MountSpec::Syntax::Mount);
}

void TestMountEditor::changingTheHostFolder_rederivesAMadeUpContainerPath()
{
    MountTableModel *model = m_editor->model();
    m_editor->addHostFolder(m_tmp->path() + QStringLiteral("/datasets"));
    QCOMPARE(model->mountAt(0).target, QStringLiteral("/mnt/datasets"));
    QVERIFY(model->setData(model->index(0, MountTableModel::SourceColumn),
                           QString(m_tmp->path() + QStringLiteral("/outputs"))));
    QCOMPARE(model->mountAt(0).target, QStringLiteral("/mnt/outputs"));
    // A path the user chose stays when the folder changes.
    QVERIFY(model->setData(model->index(0, MountTableModel::TargetColumn), QStringLiteral("/results")));
    QVERIFY(model->setData(model->index(0, MountTableModel::SourceColumn),
                           QString(m_tmp->path() + QStringLiteral("/other"))));
    QCOMPARE(model->mountAt(0).target, QStringLiteral("/results"));
    // A made-up path with a number to keep it unique counts as made up.
    m_editor->addHostFolder(m_tmp->path() + QStringLiteral("/a/logs"));
    m_editor->addHostFolder(m_tmp->path() + QStringLiteral("/b/logs"));
    QCOMPARE(model->mountAt(2).target, QStringLiteral("/mnt/logs-2"));
    QVERIFY(model->setData(model->index(2, MountTableModel::SourceColumn),
                           QString(m_tmp->path() + QStringLiteral("/ckpt"))));
    QCOMPARE(model->mountAt(2).target, QStringLiteral("/mnt/ckpt"));
}

void TestMountEditor::typedFolder_thatDoesNotExistYet_offersToCreateIt()
{
    auto *type = m_editor->findChild<QAction *>(QStringLiteral("typeFolderAction"));
    QVERIFY(type);
    QVERIFY(!type->text().isEmpty());
    type->trigger();
    QTableView *view = m_editor->view();
    MountTableModel *model = m_editor->model();
    QCOMPARE(model->rowCount(), 1);
    QTRY_VERIFY(view->indexWidget(model->index(0, MountTableModel::SourceColumn)));
    auto *edit = qobject_cast<QLineEdit *>(view->indexWidget(model->index(0, MountTableModel::SourceColumn)));
    QVERIFY(edit);
    const QString later = m_tmp->path() + QStringLiteral("/made/later");
    QTest::keyClicks(edit, later);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(model->mountAt(0).source, later);
    QCOMPARE(model->mountAt(0).target, QStringLiteral("/mnt/later"));
    QTRY_VERIFY(!m_editor->problems().isEmpty());
    QCOMPARE(m_editor->problems().first().fixIt, LaunchProblem::FixIt::CreateHostPathAsMe);
}

void TestMountEditor::createFolderFixIt_createsItAndClearsTheError()
{
    const QString missing = m_tmp->path() + QStringLiteral("/outputs/run1");
    m_editor->setMounts({bind(missing, QStringLiteral("/out"))});
    QVERIFY(!m_editor->canRun());
    QPushButton *fix = nullptr;
    QTRY_VERIFY((fix = [this] {
        for (QPushButton *b : m_editor->findChildren<QPushButton *>()) {
            if (b->isVisible() && b->text() == QLatin1String("Create folder"))
                return b;
        }
        return static_cast<QPushButton *>(nullptr);
    }()));
    fix->click();
    QTRY_VERIFY(QFileInfo(missing).isDir());
    QTRY_VERIFY(m_editor->problems().isEmpty());
    QVERIFY(m_editor->canRun());
}

void TestMountEditor::projectRow_detectedAtSrc_andTargetEditOffersWorkingDir()
{
    const QString project = m_tmp->path() + QStringLiteral("/project");
    m_editor->setMounts({bind(m_tmp->path(), QStringLiteral("/data")), bind(project, QStringLiteral("/src"))});
    QCOMPARE(m_editor->projectRow(), 1);
    QCOMPARE(m_editor->projectFolder(), project);
    QCOMPARE(m_editor->model()->index(1, MountTableModel::TypeColumn).data().toString(),
             QStringLiteral("Project folder"));

    QSignalSpy offered(m_editor, &MountEditor::projectTargetChanged);
    typeIntoCell(m_editor->view(), m_editor->model()->index(1, MountTableModel::TargetColumn),
                 QStringLiteral("/workspace"));
    QCOMPARE(offered.count(), 1);
    QCOMPARE(offered.first().at(0).toString(), QStringLiteral("/src"));
    QCOMPARE(offered.first().at(1).toString(), QStringLiteral("/workspace"));

    // Other rows' container paths are not the working directory's business.
    m_editor->model()->setData(m_editor->model()->index(0, MountTableModel::TargetColumn), QStringLiteral("/d2"));
    QCOMPARE(offered.count(), 1);
}

void TestMountEditor::workingDirectoryChange_offersToMoveProjectRow()
{
    const QString project = m_tmp->path() + QStringLiteral("/project");
    m_editor->setMounts({bind(project, QStringLiteral("/src"))});
    QSignalSpy offered(m_editor, &MountEditor::projectTargetChanged);
    m_editor->workingDirectoryChanged(QStringLiteral("/src"), QStringLiteral("/workspace/app"));
    QPushButton *accept = nullptr;
    for (QPushButton *b : m_editor->findChildren<QPushButton *>()) {
        if (b->isVisible() && b->text() == QLatin1String("Mount at /workspace/app"))
            accept = b;
    }
    QVERIFY(accept);
    accept->click();
    QCOMPARE(m_editor->projectTarget(), QStringLiteral("/workspace/app"));
    QVERIFY(!accept->isVisible());
    QCOMPARE(offered.count(), 0); // no ping-pong with the form

    // A working directory unrelated to the project row offers nothing.
    m_editor->workingDirectoryChanged(QStringLiteral("/elsewhere"), QStringLiteral("/tmp"));
    for (QPushButton *b : m_editor->findChildren<QPushButton *>())
        QVERIFY(!(b->isVisible() && b->text().startsWith(QLatin1String("Mount at"))));

    // A re-import keeps the project row on the bind mounted at the working directory.
    m_editor->setMounts({bind(m_tmp->path(), QStringLiteral("/src")), bind(project, QStringLiteral("/tmp"))});
    QCOMPARE(m_editor->projectRow(), 1);
}

void TestMountEditor::setProjectFolder_addsOrUpdatesTheProjectRow()
{
    m_editor->setMounts({bind(m_tmp->path(), QStringLiteral("/data"))});
    const QString project = m_tmp->path() + QStringLiteral("/project");
    QSignalSpy folderChanged(m_editor, &MountEditor::projectFolderChanged);
    m_editor->setProjectFolder(project);
    QCOMPARE(folderChanged.count(), 1);
    QCOMPARE(folderChanged.first().first().toString(), project);
    QCOMPARE(m_editor->projectRow(), 0);
    QCOMPARE(m_editor->mounts().first(), bind(project, QStringLiteral("/src")));
    m_editor->setProjectFolder(m_tmp->path() + QStringLiteral("/datasets"));
    QCOMPARE(m_editor->mounts().size(), 2);
    QCOMPARE(m_editor->mounts().first().source, m_tmp->path() + QStringLiteral("/datasets"));
    QCOMPARE(m_editor->mounts().first().target, QStringLiteral("/src"));
    QCOMPARE(folderChanged.count(), 2);
}

void TestMountEditor::projectFolderHint_picksTheProjectRowOnImport()
{
    const QString project = m_tmp->path() + QStringLiteral("/project");
    m_editor->setProjectFolderHint(project);
    // A pasted `-v $(pwd):/workspace -v data:/src` line: the project is the bind of $(pwd), not whatever is at /src.
    MountSpec data;
    data.type = MountSpec::Type::Volume;
    data.source = QStringLiteral("data");
    data.target = QStringLiteral("/src");
    m_editor->setMounts({data, bind(project, QStringLiteral("/workspace"))});
    QCOMPARE(m_editor->projectRow(), 1);
    QCOMPARE(m_editor->projectTarget(), QStringLiteral("/workspace"));
}

void TestMountEditor::launchValidator_findsTheSameMountProblemsAsTheEditor()
{
    // One set of mount rules: what the editor marks on its rows is what the launch validator reports for the launch.
    const QString project = m_tmp->path() + QStringLiteral("/project");
    MountSpec badVolume;
    badVolume.type = MountSpec::Type::Volume;
    badVolume.source = QStringLiteral("no/slash");
    badVolume.target = QStringLiteral("/v");
    const QList<MountSpec> mounts{bind(m_tmp->path() + QStringLiteral("/not/there"), QStringLiteral("/data")),
                                  bind(project, QStringLiteral("relative")),
                                  bind(QStringLiteral("/etc"), QStringLiteral("/host-etc")),
                                  bind(project, QStringLiteral("/data")),
                                  badVolume,
                                  bind(project, QStringLiteral("/proc"))};
    m_editor->setMounts(mounts);
    QVERIFY(!m_editor->canRun());
    const QList<LaunchProblem> shown = m_editor->problems();
    QStringList shownKeys;
    for (const LaunchProblem &p : shown)
        shownKeys << QStringLiteral("%1:%2[%3]")
                         .arg(QLatin1String(LaunchProblem::codeName(p.code)),
                              QLatin1String(LaunchProblem::partName(p.part)))
                         .arg(p.index);
    QCOMPARE(shownKeys,
             (QStringList{QStringLiteral("HostPathMissing:Source[0]"), QStringLiteral("Duplicate:Target[0]"),
                          QStringLiteral("PathNotAbsolute:Target[1]"), QStringLiteral("RiskySystemConfig:Source[2]"),
                          QStringLiteral("Duplicate:Target[3]"), QStringLiteral("InvalidName:Source[4]"),
                          QStringLiteral("SystemContainerPath:Target[5]")}));

    LaunchSpec spec;
    spec.image = QStringLiteral("busybox");
    spec.mounts = m_editor->mounts();
    LaunchValidator::Options options;
    options.host = m_editor->hostContext();
    QVERIFY(options.host);
    QList<LaunchProblem> fromLaunch;
    for (const LaunchProblem &p : LaunchValidator::validate(spec, options)) {
        if (p.field == LaunchProblem::Field::Mounts)
            fromLaunch << p;
    }
    QCOMPARE(fromLaunch.size(), shown.size());
    for (qsizetype i = 0; i < shown.size(); ++i) {
        QCOMPARE(fromLaunch.at(i).message, shown.at(i).message);
        QVERIFY(fromLaunch.at(i) == shown.at(i));
    }
}

QTEST_MAIN(TestMountEditor)
#include "test_mounteditor.moc"
