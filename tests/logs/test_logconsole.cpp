// SPDX-License-Identifier: Apache-2.0
#include "logs/lineassembler.h"
#include "logs/logconsole.h"
#include "logs/logstore.h"
#include "logs/logtabs.h"
#include "logs/logview.h"
#include "settings/settings.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStyleHints>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolButton>
#include <QWheelEvent>

using namespace berth;
using namespace berth::core;

namespace {
constexpr int Lines = 100000;

// Line i: every 7th mentions "needle", every 1000th "NEEDLE" in capitals, every 10th goes to stderr.
QByteArray lineText(int i)
{
    QByteArray text = "step " + QByteArray::number(i) + " loss=0." + QByteArray::number(i % 9973);
    if (i % 7 == 0)
        text += " found the needle";
    if (i % 1000 == 0)
        text += " NEEDLE upper";
    return text;
}
} // namespace

class TestLogConsole : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ui::LogConsole> m_console;

    static int expectedMatches(bool caseSensitive)
    {
        int n = 0;
        for (int i = 0; i < Lines; ++i) {
            const QByteArray t = lineText(i);
            if (caseSensitive ? t.contains("needle") : t.toLower().contains("needle"))
                ++n;
        }
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("berth.ini")));
        m_console = std::make_unique<ui::LogConsole>(nullptr, *m_settings);
        m_console->resize(1000, 600);
        m_console->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_console.get()));
        LineAssembler assembler(*m_console->store());
        for (int i = 0; i < Lines; ++i) {
            const QByteArray text = (i % 50 == 0 ? "\x1b[33m" + lineText(i) + "\x1b[0m" : lineText(i)) + '\n';
            assembler.feed(i % 10 == 0 ? LogChannel::Stderr : LogChannel::Stdout, 1700000000000000000LL + i, text);
        }
        QTRY_COMPARE(m_console->view()->displayCount(), Lines);
        QTRY_COMPARE(m_console->view()->lastPaintedLineId(), m_console->store()->idAt(Lines - 1));
    }

    void search_countsMatchingLines_caseInsensitive()
    {
        QSignalSpy finished(m_console.get(), &ui::LogConsole::searchFinished);
        m_console->setSearchOptions(false, false);
        m_console->setSearchText(QStringLiteral("needle"));
        QVERIFY(finished.wait(10000) || !finished.isEmpty());
        QCOMPARE(m_console->matchingLineCount(), expectedMatches(false));
    }

    void search_supersededAgainAndAgain_endsWithTheLastOne()
    {
        // New searches start while earlier ones are finishing on other threads: each is told to stop, never
        // cancel()led, so a search ending at that very moment is harmless, and only the last one's result counts.
        QSignalSpy finished(m_console.get(), &ui::LogConsole::searchFinished);
        for (int i = 0; i < 200; ++i) {
            m_console->setSearchText(i % 2 ? QStringLiteral("step 1") : QStringLiteral("needle"));
            if (i % 3 == 0)
                QThread::usleep(unsigned(i % 7) * 300);
            if (i % 5 == 0)
                QCoreApplication::processEvents();
        }
        m_console->setSearchText(QStringLiteral("needle"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_console->isSearching(), 20000);
        QCOMPARE(m_console->matchingLineCount(), expectedMatches(false));

        // A console closed while its search runs hears nothing back and leaves nothing behind.
        for (int round = 0; round < 5; ++round) {
            auto console = std::make_unique<ui::LogConsole>(nullptr, *m_settings);
            LineAssembler assembler(*console->store());
            for (int i = 0; i < 20000; ++i)
                assembler.feed(LogChannel::Stdout, 1700000000000000000LL + i, QByteArray(lineText(i) + '\n'));
            console->setSearchText(QStringLiteral("needle"));
            QThread::usleep(unsigned(round) * 500);
            console.reset();
            QCoreApplication::processEvents();
        }
    }

    void search_caseSensitive_skipsCapitals()
    {
        QSignalSpy finished(m_console.get(), &ui::LogConsole::searchFinished);
        m_console->setSearchOptions(true, false);
        QTRY_VERIFY(!finished.isEmpty());
        QCOMPARE(m_console->matchingLineCount(), expectedMatches(true));
        m_console->setSearchOptions(false, false);
        QTRY_COMPARE(m_console->matchingLineCount(), expectedMatches(false));
    }

    void search_regex()
    {
        QSignalSpy finished(m_console.get(), &ui::LogConsole::searchFinished);
        m_console->setSearchText(QStringLiteral("^step 9999\\d "));
        m_console->setSearchOptions(false, true);
        QTRY_VERIFY(!finished.isEmpty() && !m_console->isSearching());
        QCOMPARE(m_console->matchingLineCount(), 10); // 99990..99999
        m_console->setSearchText(QStringLiteral("(unclosed"));
        QTRY_VERIFY(!m_console->isSearching());
        QCOMPARE(m_console->matchingLineCount(), 0); // an invalid pattern matches nothing and says so
        m_console->setSearchOptions(false, false);
    }

    void findNext_andPrevious_walkTheMatches()
    {
        m_console->setSearchText(QStringLiteral("NEEDLE upper"));
        QTRY_VERIFY(!m_console->isSearching());
        QCOMPARE(m_console->matchingLineCount(), Lines / 1000);
        const qint64 first = m_console->store()->idAt(0);
        m_console->view()->setFollowing(false);
        m_console->view()->scrollToLine(first);
        m_console->findNext();
        QCOMPARE(m_console->currentMatchLine(), first); // line 0 itself matches
        m_console->findNext();
        QCOMPARE(m_console->currentMatchLine(), first + 1000);
        m_console->findPrevious();
        QCOMPARE(m_console->currentMatchLine(), first);
        m_console->findPrevious(); // wraps around to the last
        QCOMPARE(m_console->currentMatchLine(), first + 99000);
        // The current match is on screen.
        QVERIFY(!m_console->view()->isFollowing());
        QTRY_VERIFY(m_console->view()->lastPaintedLineId() >= first + 99000);
    }

    void typedSearch_showsFirstMatchWithoutEnter()
    {
        m_console->setSearchText(QString());
        QTRY_VERIFY(!m_console->isSearching());
        const qint64 first = m_console->store()->idAt(0);
        m_console->view()->setFollowing(false);
        m_console->view()->scrollToLine(first);
        auto *search = m_console->findChild<QLineEdit *>();
        QVERIFY(search);
        QSignalSpy finished(m_console.get(), &ui::LogConsole::searchFinished);
        // Typed as a user types, no Enter: the match far below the screen comes into view as the current one.
        QTest::keyClicks(search, QStringLiteral("step 54321 "));
        QTRY_VERIFY(!finished.isEmpty() && !m_console->isSearching());
        QCOMPARE(m_console->matchingLineCount(), 1);
        QCOMPARE(m_console->currentMatchLine(), first + 54321);
        QTRY_VERIFY(m_console->view()->topLineId() <= first + 54321 &&
                    m_console->view()->lastPaintedLineId() >= first + 54321);
        m_console->setSearchText(QString());
        QTRY_VERIFY(!m_console->isSearching());
    }

    void filter_showsOnlyMatchingLines()
    {
        m_console->setSearchText(QStringLiteral("needle"));
        QTRY_VERIFY(!m_console->isSearching());
        m_console->setFilterMode(true);
        QCOMPARE(m_console->view()->displayCount(), expectedMatches(false));
        for (int i = 0; i < 50; ++i)
            QVERIFY(m_console->view()->lineTextAt(i).contains(QLatin1String("needle"), Qt::CaseInsensitive));
        m_console->setFilterMode(false);
        QCOMPARE(m_console->view()->displayCount(), Lines);
    }

    void save_filteredLines_writesExactlyThem()
    {
        m_console->setSearchText(QStringLiteral("needle"));
        QTRY_VERIFY(!m_console->isSearching());
        m_console->setFilterMode(true);
        const QString path = m_dir.filePath(QStringLiteral("filtered.log"));
        QSignalSpy saved(m_console.get(), &ui::LogConsole::saveFinished);
        m_console->saveShownLines(path);
        QVERIFY(saved.wait(20000));
        QCOMPARE(saved.first().at(1).toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray expected;
        for (int i = 0; i < Lines; ++i) {
            if (lineText(i).toLower().contains("needle"))
                expected += lineText(i) + '\n';
        }
        QCOMPARE(file.readAll(), expected);
        m_console->setFilterMode(false);
    }

    void save_allLines_withoutEscapes()
    {
        m_console->setSearchText(QString());
        const QString path = m_dir.filePath(QStringLiteral("all.log"));
        QSignalSpy saved(m_console.get(), &ui::LogConsole::saveFinished);
        m_console->saveShownLines(path);
        QVERIFY(saved.wait(20000));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray all = file.readAll();
        QCOMPARE(all.count('\n'), Lines);
        QVERIFY(!all.contains('\x1b'));
        QVERIFY(all.startsWith(QByteArray(lineText(0) + '\n' + lineText(1) + '\n')));
    }

    void selection_copiesTheText()
    {
        m_console->view()->selectAll();
        const QString text = m_console->view()->selectedText();
        QCOMPARE(text.count(QLatin1Char('\n')), Lines - 1);
        QVERIFY(text.endsWith(QString::fromUtf8(lineText(Lines - 1))));
        m_console->view()->clearSelection();
        QVERIFY(!m_console->view()->hasSelection());
    }

    void copyButton_saysWhatItCopied()
    {
        QToolButton *copy = nullptr;
        for (QToolButton *b : m_console->findChildren<QToolButton *>())
            copy = b->text() == QLatin1String("Copy") ? b : copy;
        QVERIFY(copy);
        m_console->view()->selectAll();
        QVERIFY(copy->isEnabled());
        copy->click();
        QCOMPARE(QApplication::clipboard()->text().count(QLatin1Char('\n')), Lines - 1);
        QVERIFY2(m_console->statusText().contains(QStringLiteral("Copied 100000 line")),
                 qPrintable(m_console->statusText()));
        // Only for a moment.
        QTRY_VERIFY_WITH_TIMEOUT(!m_console->statusText().contains(QLatin1String("Copied")), 5000);
        m_console->view()->clearSelection();
    }

    void follow_pausesWhenScrolledUp_andResumes()
    {
        ui::LogView *view = m_console->view();
        view->setFollowing(true);
        QVERIFY(view->isFollowing());
        QWheelEvent up(QPointF(100, 100), view->viewport()->mapToGlobal(QPointF(100, 100)), QPoint(), QPoint(0, 120),
                       Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &up);
        QVERIFY(!view->isFollowing());
        LineAssembler assembler(*m_console->store());
        assembler.feed(LogChannel::Stdout, 0, "one more\n");
        // The store is at its limit: the oldest line makes room and a marker says so.
        QTRY_COMPARE(m_console->store()->droppedCount(), 1);
        QCOMPARE(view->displayCount(), Lines);
        const qint64 newest = m_console->store()->idAt(Lines - 1);
        QTest::qWait(50);
        QVERIFY(view->lastPaintedLineId() < newest); // it did not jump to the end
        view->setFollowing(true);
        QTRY_COMPARE(view->lastPaintedLineId(), newest);
    }

    void hugeLine_wrapsWithoutStalling()
    {
        LineAssembler assembler(*m_console->store());
        QByteArray huge;
        for (int i = 0; i < 200000; ++i)
            huge += "word" + QByteArray::number(i % 10) + ' ';
        huge += '\n';
        assembler.feed(LogChannel::Stdout, 0, huge);
        ui::LogView *view = m_console->view();
        view->setFollowing(true);
        QElapsedTimer timer;
        timer.start();
        const QPixmap shot = m_console->grab();
        QVERIFY(!shot.isNull());
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
    }

    // Colours, wide Hangul and a combining mark are drawn from the shared cell painter on the character grid: the
    // red word is red, each Hangul syllable's ink stays inside its two cells, and the text ends where its cells end.
    void wideAndColouredText_drawnOnTheGrid()
    {
        LogStore store(100);
        ui::LogView view;
        view.setStore(&store);
        view.resize(700, 120);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        LineAssembler assembler(store);
        // "ERROR" in red, then two Hangul syllables (two cells each), then "e" with a combining acute accent.
        assembler.feed(LogChannel::Stdout, 0, "\x1b[31mERROR\x1b[0m \xed\x95\x99\xec\x8a\xb5 e\xcc\x81 end\n");
        QTRY_COMPARE(view.displayCount(), 1);
        QTRY_COMPARE(view.lastPaintedLineId(), store.idAt(0));
        const QImage shot = view.viewport()->grab().toImage();
        if (qEnvironmentVariableIsSet("BERTH_SCREENSHOT_DIR"))
            shot.save(qEnvironmentVariable("BERTH_SCREENSHOT_DIR") + QStringLiteral("/log-grid.png"));

        const QColor base = view.palette().color(QPalette::Base);
        auto ink = [&](int x0, int x1, bool redOnly) {
            int n = 0;
            for (int x = std::max(0, x0); x < std::min(shot.width(), x1); ++x)
                for (int y = 0; y < std::min(shot.height(), 40); ++y) {
                    const QColor c = shot.pixelColor(x, y);
                    if (redOnly ? (c.red() > 120 && c.red() > c.green() + 60 && c.red() > c.blue() + 60)
                                : qAbs(c.lightness() - base.lightness()) > 60)
                        ++n;
                }
            return n;
        };
        int firstRed = -1;
        for (int x = 0; x < shot.width() && firstRed < 0; ++x)
            if (ink(x, x + 1, true) > 0)
                firstRed = x;
        QVERIFY2(firstRed >= 0, "the red word has no red ink");
        QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        font.setPointSizeF(view.fontPointSize());
        const qreal cell = QFontMetricsF(font, view.viewport()).horizontalAdvance(QLatin1Char('M'));
        // Where column 0 starts: "E" begins within a cell's width of the first red ink.
        const int col0 = firstRed - int(cell / 2);
        auto at = [&](qreal column) { return col0 + int(column * cell); };
        QVERIFY2(ink(at(0), at(5), true) > 20, "ERROR is not red");
        QVERIFY2(ink(at(5.5), at(6), false) == 0, "ink in the blank after ERROR");
        // Columns 6-7 and 8-9: one Hangul syllable each, with ink in both halves of its two cells.
        QVERIFY(ink(at(6), at(7), false) > 0 && ink(at(7), at(8), false) > 0);
        QVERIFY(ink(at(8), at(9), false) > 0 && ink(at(9), at(10), false) > 0);
        // Column 11: e with its accent (one cell); then " end" ends at column 15.
        QVERIFY(ink(at(11), at(12), false) > 0);
        QVERIFY(ink(at(13), at(16), false) > 0);
        QCOMPARE(ink(at(16) + 2, shot.width(), false), 0);
    }

    void mouseSelection_wordsLinesAndDrags_asInTheTerminal()
    {
        LogStore store(100);
        ui::LogView view;
        view.setStore(&store);
        view.resize(700, 120);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        LineAssembler assembler(store);
        assembler.feed(LogChannel::Stdout, 0,
                       "docker run pytorch/pytorch:1.2-cuda10.0 python train.py\n"
                       "second line\n"
                       "\xed\x95\x99\xec\x8a\xb5 done\n");
        QTRY_COMPARE(view.displayCount(), 3);
        const int interval = QGuiApplication::styleHints()->mouseDoubleClickInterval();
        // A point a quarter into a cell: the nearest boundary is the cell's left edge.
        auto leftOf = [&view](int line, int column) {
            const QPoint a = view.cellCenter(line, column);
            const QPoint b = view.cellCenter(line, column + 1);
            return QPoint(a.x() - (b.x() - a.x()) / 4, a.y());
        };
        auto send = [&view](QEvent::Type type, const QPoint &at, Qt::MouseButton button, Qt::MouseButtons held,
                            Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
            QMouseEvent e(type, at, view.viewport()->mapToGlobal(at), button, held, modifiers);
            QApplication::sendEvent(view.viewport(), &e);
        };

        // Double-click: the word, an image reference whole; a press right after: the whole line.
        QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, view.cellCenter(0, 15));
        QCOMPARE(view.selectedText(), QStringLiteral("pytorch/pytorch:1.2-cuda10.0"));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.cellCenter(0, 15));
        QCOMPARE(view.selectedText(), QStringLiteral("docker run pytorch/pytorch:1.2-cuda10.0 python train.py"));

        // A plain click selects nothing; a drag runs between the boundaries nearest the pointer, across lines.
        QTest::qWait(interval + 50);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, leftOf(0, 11));
        QVERIFY(!view.hasSelection());
        send(QEvent::MouseButtonPress, leftOf(0, 11), Qt::LeftButton, Qt::LeftButton);
        send(QEvent::MouseMove, leftOf(1, 6), Qt::NoButton, Qt::LeftButton);
        send(QEvent::MouseButtonRelease, leftOf(1, 6), Qt::LeftButton, Qt::NoButton);
        QCOMPARE(view.selectedText(), QStringLiteral("pytorch/pytorch:1.2-cuda10.0 python train.py\nsecond"));
        // Shift+click moves the end.
        send(QEvent::MouseButtonPress, leftOf(1, 9), Qt::LeftButton, Qt::LeftButton, Qt::ShiftModifier);
        send(QEvent::MouseButtonRelease, leftOf(1, 9), Qt::LeftButton, Qt::NoButton, Qt::ShiftModifier);
        QCOMPARE(view.selectedText(), QStringLiteral("pytorch/pytorch:1.2-cuda10.0 python train.py\nsecond li"));

        // A double-click held and dragged goes by whole words.
        QTest::qWait(interval + 50);
        send(QEvent::MouseButtonPress, view.cellCenter(0, 8), Qt::LeftButton, Qt::LeftButton);
        send(QEvent::MouseButtonRelease, view.cellCenter(0, 8), Qt::LeftButton, Qt::NoButton);
        send(QEvent::MouseButtonDblClick, view.cellCenter(0, 8), Qt::LeftButton, Qt::LeftButton);
        QCOMPARE(view.selectedText(), QStringLiteral("run"));
        send(QEvent::MouseMove, view.cellCenter(0, 42), Qt::NoButton, Qt::LeftButton);
        send(QEvent::MouseButtonRelease, view.cellCenter(0, 42), Qt::LeftButton, Qt::NoButton);
        QCOMPARE(view.selectedText(), QStringLiteral("run pytorch/pytorch:1.2-cuda10.0 python"));
        if (qEnvironmentVariableIsSet("BERTH_SCREENSHOT_DIR"))
            view.viewport()->grab().save(qEnvironmentVariable("BERTH_SCREENSHOT_DIR") +
                                         QStringLiteral("/log-selection.png"));

        // Hangul: a double-click on either cell of a syllable takes the word.
        QTest::qWait(interval + 50);
        QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, view.cellCenter(2, 3));
        QCOMPARE(view.selectedText(), QString::fromUtf8("\xed\x95\x99\xec\x8a\xb5"));
        view.clearSelection();
        QVERIFY(!view.hasSelection());
    }

    void doubleClick_rightOfAWrappedRow_staysOnThatRow()
    {
        LogStore store(100);
        ui::LogView view;
        view.setStore(&store);
        view.resize(500, 160);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int columns = view.columns();
        // The two-cell syllable does not fit the first row's last cell: it starts the second row, and that cell
        // stays blank. A double-click there is about the first row (its ","), not the syllable below.
        LineAssembler assembler(store);
        assembler.feed(LogChannel::Stdout, 0, QByteArray(QByteArray(columns - 2, 'a') + ",\xed\x95\x99 next\n"));
        QTRY_COMPARE(view.displayCount(), 1);
        QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, view.cellCenter(0, columns - 1));
        QCOMPARE(view.selectedText(), QStringLiteral(","));
        QTest::qWait(QGuiApplication::styleHints()->mouseDoubleClickInterval() + 50);
        QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, view.cellCenter(0, columns - 3));
        QCOMPARE(view.selectedText(), QString(columns - 2, QLatin1Char('a')));
    }

    void tabs_openOneConsolePerContainer()
    {
        ui::LogTabs tabs(nullptr, *m_settings);
        ui::LogConsole *a = tabs.open(QStringLiteral("aaaa1111"), QStringLiteral("train-a"));
        ui::LogConsole *b = tabs.open(QStringLiteral("bbbb2222"), QStringLiteral("train-b"));
        QCOMPARE(tabs.count(), 2);
        QVERIFY(a != b);
        QCOMPARE(tabs.open(QStringLiteral("aaaa1111"), QStringLiteral("train-a")), a); // brought forward, not doubled
        QCOMPARE(tabs.count(), 2);
        QCOMPARE(tabs.currentWidget(), a);
        QCOMPARE(tabs.tabText(1), QStringLiteral("train-b"));
    }

    void clear_emptiesTheConsole()
    {
        m_console->clear();
        QTRY_COMPARE(m_console->view()->displayCount(), 0);
        QCOMPARE(m_console->store()->committedCount(), 0);
    }
};

QTEST_MAIN(TestLogConsole)
#include "test_logconsole.moc"
