// SPDX-License-Identifier: Apache-2.0
#include "terminal/terminalemulator.h"
#include "terminal/terminalwidget.h"

#include <QApplication>
#include <QClipboard>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyleHints>
#include <QTest>
#include <QVBoxLayout>

using berth::ui::TerminalEmulator;
using berth::ui::TerminalWidget;

// The widget on the offscreen platform: keys, input method, selection and clipboard, scrollback, size in cells,
// and what it paints.
class TestTerminalWidget : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        QWidget window;
        TerminalWidget *term;
        QLineEdit *other; // something else that could take focus
        QByteArray sent;

        Fixture()
        {
            auto *layout = new QVBoxLayout(&window);
            term = new TerminalWidget(&window);
            other = new QLineEdit(&window);
            layout->addWidget(term);
            layout->addWidget(other);
            window.resize(term->sizeForCells(24, 80) + QSize(0, 40));
            QObject::connect(term, &TerminalWidget::sendData, &window, [this](const QByteArray &b) { sent += b; });
            window.show();
            term->setFocus();
        }
    };

    static QPoint cellCenter(const TerminalWidget *term, int row, int col)
    {
        const QSizeF cell = term->cellSize();
        return QPoint(4 + int((col + 0.5) * cell.width()), 4 + int((row + 0.5) * cell.height()));
    }

private Q_SLOTS:
    void keys_reachTheProgramAsBytes()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        QTest::keyClicks(f.term, QStringLiteral("ls -l"));
        QTest::keyClick(f.term, Qt::Key_Tab); // completion, not focus navigation
        QTest::keyClick(f.term, Qt::Key_C, Qt::ControlModifier);
        QTest::keyClick(f.term, Qt::Key_D, Qt::ControlModifier);
        QTest::keyClick(f.term, Qt::Key_Up);
        QTest::keyClick(f.term, Qt::Key_Home);
        QTest::keyClick(f.term, Qt::Key_F2);
        QTest::keyClick(f.term, Qt::Key_Return);
        QCOMPARE(f.sent, QByteArray("ls -l\t\x03\x04\x1b[A\x1b[H\x1bOQ\r"));
        QVERIFY(f.term->hasFocus());
    }

    void inputMethod_commitIsSentAndPreeditIsNot()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        QVERIFY(f.term->testAttribute(Qt::WA_InputMethodEnabled));
        QVERIFY(f.term->inputMethodQuery(Qt::ImEnabled).toBool());
        QInputMethodEvent preedit(QString::fromUtf8("\xe3\x85\x8e"), {}); // ㅎ while composing
        QApplication::sendEvent(f.term, &preedit);
        QCOMPARE(f.sent, QByteArray());
        QInputMethodEvent commit;
        commit.setCommitString(QString::fromUtf8("\xed\x95\x9c\xea\xb8\x80")); // 한글
        QApplication::sendEvent(f.term, &commit);
        QCOMPARE(f.sent, QByteArray("\xed\x95\x9c\xea\xb8\x80"));
    }

    void inputMethod_cursorRectangleFollowsTheCursor()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        f.term->feed("\x1b[3;11H");
        const QRect r = f.term->inputMethodQuery(Qt::ImCursorRectangle).toRect();
        const QSizeF cell = f.term->cellSize();
        QCOMPARE(r.top(), 4 + 2 * int(cell.height()));
        QVERIFY(qAbs(r.left() - (4 + 10 * cell.width())) <= 1.0);
    }

    void readOnly_sendsNothing()
    {
        Fixture f;
        f.term->setReadOnly(true);
        QTest::keyClicks(f.term, QStringLiteral("rm -rf /"));
        QTest::keyClick(f.term, Qt::Key_Return);
        QCOMPARE(f.sent, QByteArray());
    }

    void resize_announcesTheSizeInCells()
    {
        TerminalWidget term;
        QSignalSpy spy(&term, &TerminalWidget::terminalSizeChanged);
        term.resize(term.sizeForCells(30, 100));
        term.show();
        QVERIFY(QTest::qWaitForWindowExposed(&term));
        QTRY_COMPARE(term.rows(), 30);
        QCOMPARE(term.cols(), 100);
        QVERIFY(!spy.isEmpty());
        QCOMPARE(spy.last().at(0).toInt(), 30);
        QCOMPARE(spy.last().at(1).toInt(), 100);
        term.resize(term.sizeForCells(10, 40));
        QTRY_COMPARE(term.rows(), 10);
        QCOMPARE(term.cols(), 40);
        QCOMPARE(spy.last().at(1).toInt(), 40);
    }

    void doubleClick_selectsAWordAndCopyPutsItOnTheClipboard()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        f.term->feed("docker run pytorch/pytorch:1.2-cuda10.0 python train.py");
        QTest::mouseDClick(f.term->viewport(), Qt::LeftButton, {}, cellCenter(f.term, 0, 15));
        QVERIFY(f.term->hasSelection());
        QCOMPARE(f.term->selectedText(), QStringLiteral("pytorch/pytorch:1.2-cuda10.0"));
        QTest::keyClick(f.term, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("pytorch/pytorch:1.2-cuda10.0"));
        QCOMPARE(f.sent, QByteArray()); // copying sends nothing to the program
    }

    void drag_selectsAcrossLines()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        f.term->feed("first line\r\nsecond line\r\nthird");
        QTest::mousePress(f.term->viewport(), Qt::LeftButton, {}, cellCenter(f.term, 0, 6));
        QMouseEvent move(QEvent::MouseMove, cellCenter(f.term, 1, 5),
                         f.term->viewport()->mapToGlobal(cellCenter(f.term, 1, 5)), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(f.term->viewport(), &move);
        QTest::mouseRelease(f.term->viewport(), Qt::LeftButton, {}, cellCenter(f.term, 1, 5));
        QCOMPARE(f.term->selectedText(), QStringLiteral("line\nsecond"));
    }

    void tripleClick_selectsTheLine_andADragAfterADoubleClickGoesByWords()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        f.term->feed("docker run pytorch/pytorch:1.2-cuda10.0 python train.py");
        QTest::mouseDClick(f.term->viewport(), Qt::LeftButton, {}, cellCenter(f.term, 0, 1));
        QCOMPARE(f.term->selectedText(), QStringLiteral("docker"));
        QTest::mouseClick(f.term->viewport(), Qt::LeftButton, {}, cellCenter(f.term, 0, 1));
        QCOMPARE(f.term->selectedText(), QStringLiteral("docker run pytorch/pytorch:1.2-cuda10.0 python train.py"));
        // A double-click held down and dragged into "python" takes whole words, both ends.
        QTest::qWait(QGuiApplication::styleHints()->mouseDoubleClickInterval() + 50);
        const QPoint from = cellCenter(f.term, 0, 8);
        const QPoint to = cellCenter(f.term, 0, 42);
        auto send = [&](QEvent::Type type, const QPoint &at, Qt::MouseButton button, Qt::MouseButtons held) {
            QMouseEvent e(type, at, f.term->viewport()->mapToGlobal(at), button, held, Qt::NoModifier);
            QApplication::sendEvent(f.term->viewport(), &e);
        };
        send(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        send(QEvent::MouseButtonRelease, from, Qt::LeftButton, Qt::NoButton);
        send(QEvent::MouseButtonDblClick, from, Qt::LeftButton, Qt::LeftButton);
        QCOMPARE(f.term->selectedText(), QStringLiteral("run"));
        send(QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
        send(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
        QCOMPARE(f.term->selectedText(), QStringLiteral("run pytorch/pytorch:1.2-cuda10.0 python"));
        // Wide characters: both cells of a Hangul syllable belong to its word.
        f.term->feed("\r\n\xed\x95\x99\xec\x8a\xb5 done");
        QTest::qWait(QGuiApplication::styleHints()->mouseDoubleClickInterval() + 50);
        QTest::mouseDClick(f.term->viewport(), Qt::LeftButton, {}, cellCenter(f.term, 1, 3));
        QCOMPARE(f.term->selectedText(), QString::fromUtf8("\xed\x95\x99\xec\x8a\xb5"));
    }

    void paste_sendsTheClipboardBracketedWhenAsked()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        QGuiApplication::clipboard()->setText(QStringLiteral("echo 1\necho 2"));
        QTest::keyClick(f.term, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f.sent, QByteArray("echo 1\recho 2"));
        f.sent.clear();
        f.term->feed("\x1b[?2004h");
        f.term->paste();
        QCOMPARE(f.sent, QByteArray("\x1b[200~echo 1\recho 2\x1b[201~"));
    }

    void scrollback_shiftPageUpScrollsAndTypingReturnsToTheBottom()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        for (int i = 0; i < 100; ++i)
            f.term->feed(QStringLiteral("line %1\r\n").arg(i).toUtf8());
        QCOMPARE(f.term->scrollOffset(), 0);
        QTest::keyClick(f.term, Qt::Key_PageUp, Qt::ShiftModifier);
        QCOMPARE(f.term->scrollOffset(), f.term->rows());
        QCOMPARE(f.sent, QByteArray()); // scrolling is local
        // New output does not pull the view away from what is being read.
        f.term->feed("more\r\n");
        QCOMPARE(f.term->scrollOffset(), f.term->rows() + 1);
        QTest::keyClick(f.term, Qt::Key_A);
        QCOMPARE(f.term->scrollOffset(), 0);
    }

    void wheel_inAltScreenSendsArrows()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        f.term->feed("\x1b[?1049h");
        QWheelEvent wheel(cellCenter(f.term, 2, 2), f.term->viewport()->mapToGlobal(cellCenter(f.term, 2, 2)), {},
                          QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(f.term->viewport(), &wheel);
        QCOMPARE(f.sent, QByteArray("\x1b[A\x1b[A\x1b[A"));
    }

    void mouse_reportedWhenTheProgramAsksAndSelectsWithShift()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        f.term->feed("some text\x1b[?1000h\x1b[?1006h");
        QTest::mouseClick(f.term->viewport(), Qt::LeftButton, {}, cellCenter(f.term, 3, 7));
        QCOMPARE(f.sent, QByteArray("\x1b[<0;8;4M\x1b[<0;8;4m"));
        f.sent.clear();
        QTest::mouseDClick(f.term->viewport(), Qt::LeftButton, Qt::ShiftModifier, cellCenter(f.term, 0, 1));
        QCOMPARE(f.term->selectedText(), QStringLiteral("some"));
    }

    void paint_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("col");
        QTest::addColumn<QString>("colour"); // "bg", "fg", "palette:N" or #rrggbb

        QTest::newRow("blank cell is the background") << QByteArray("") << 5 << 5 << "bg";
        QTest::newRow("red background") << QByteArray("\x1b[41m \x1b[0m") << 0 << 0 << "palette:1";
        QTest::newRow("256 colour background") << QByteArray("\x1b[48;5;21m \x1b[0m") << 0 << 0 << "#0000ff";
        QTest::newRow("truecolour background") << QByteArray("\x1b[48;2;255;128;0m \x1b[0m") << 0 << 0 << "#ff8000";
        QTest::newRow("reverse video of a blank is the foreground colour")
            << QByteArray("\x1b[7m \x1b[0m") << 0 << 0 << "fg";
        QTest::newRow("a moved cursor paints its block where it went") << QByteArray("\x1b[4;9H") << 3 << 8 << "fg";
        QTest::newRow("a wide character's background covers both cells")
            << QByteArray("\x1b[42m\xed\x95\x9c\x1b[0m") << 0 << 1 << "palette:2";
        QTest::newRow("hidden cursor leaves the background") << QByteArray("\x1b[4;9H\x1b[?25l") << 3 << 8 << "bg";
    }

    void paint()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, row);
        QFETCH(int, col);
        QFETCH(QString, colour);
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        f.term->feed(input);
        const QImage image = f.term->viewport()->grab().toImage();
        // Near the cell's top-left corner: inside its background and cursor, clear of any glyph.
        const QSizeF cell = f.term->cellSize();
        const QPoint corner(4 + int(col * cell.width()) + 2, 4 + int(row * cell.height()) + 1);
        const QColor actual = image.pixelColor(corner);
        const TerminalEmulator *e = f.term->emulator();
        QColor expected;
        if (colour == QLatin1String("bg"))
            expected = e->defaultBackground();
        else if (colour == QLatin1String("fg"))
            expected = e->defaultForeground();
        else if (colour.startsWith(QLatin1String("palette:")))
            expected = e->paletteColor(colour.mid(8).toInt());
        else
            expected = QColor(colour);
        QCOMPARE(actual.name(), expected.name());
    }

    void paint_textUsesItsColour()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        f.term->feed("\x1b[31m\xe2\x96\x88\xe2\x96\x88\x1b[0m"); // two full blocks in red
        const QImage image = f.term->viewport()->grab().toImage();
        QCOMPARE(image.pixelColor(cellCenter(f.term, 0, 0)).name(), f.term->emulator()->paletteColor(1).name());
    }
};

QTEST_MAIN(TestTerminalWidget)
#include "test_terminalwidget.moc"
