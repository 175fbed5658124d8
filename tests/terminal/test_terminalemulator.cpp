// SPDX-License-Identifier: Apache-2.0
#include "terminal/terminalemulator.h"

#include <QSignalSpy>
#include <QTest>

using berth::ui::TerminalCell;
using berth::ui::TerminalEmulator;

Q_DECLARE_METATYPE(Qt::KeyboardModifiers)

class TestTerminalEmulator : public QObject
{
    Q_OBJECT

private:
    static QByteArray keyBytes(TerminalEmulator &t, int key, Qt::KeyboardModifiers mods, const QString &text)
    {
        QByteArray sent;
        QObject ctx;
        QObject::connect(&t, &TerminalEmulator::output, &ctx, [&sent](const QByteArray &b) { sent += b; });
        t.keyPress(key, mods, text);
        return sent;
    }

private Q_SLOTS:
    void colours_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("fg"); // #rrggbb, "default" or "palette:N"
        QTest::addColumn<QString>("bg");
        QTest::addColumn<int>("flags"); // TerminalCell flags that must be set
        QTest::addColumn<int>("underline");

        using C = TerminalCell;
        QTest::newRow("plain text uses the default colours") << QByteArray("X") << "default"
                                                             << "default" << 0 << 0;
        QTest::newRow("sgr 31 red foreground") << QByteArray("\x1b[31mX") << "palette:1"
                                               << "default" << 0 << 0;
        QTest::newRow("sgr 42 green background") << QByteArray("\x1b[42mX") << "default"
                                                 << "palette:2" << 0 << 0;
        QTest::newRow("sgr 91 bright red") << QByteArray("\x1b[91mX") << "palette:9"
                                           << "default" << 0 << 0;
        QTest::newRow("sgr 104 bright blue background") << QByteArray("\x1b[104mX") << "default"
                                                        << "palette:12" << 0 << 0;
        QTest::newRow("bold red shows bright red") << QByteArray("\x1b[1;31mX") << "palette:9"
                                                   << "default" << int(C::Bold) << 0;
        QTest::newRow("256 colour cube 196 is pure red") << QByteArray("\x1b[38;5;196mX") << "#ff0000"
                                                         << "default" << 0 << 0;
        QTest::newRow("256 colour cube 21 is pure blue background") << QByteArray("\x1b[48;5;21mX") << "default"
                                                                    << "#0000ff" << 0 << 0;
        QTest::newRow("256 colour grey ramp 244") << QByteArray("\x1b[38;5;244mX") << "#808080"
                                                  << "default" << 0 << 0;
        QTest::newRow("truecolour foreground") << QByteArray("\x1b[38;2;10;20;30mX") << "#0a141e"
                                               << "default" << 0 << 0;
        QTest::newRow("truecolour background") << QByteArray("\x1b[48;2;200;100;50mX") << "default"
                                               << "#c86432" << 0 << 0;
        QTest::newRow("sgr 0 resets colours") << QByteArray("\x1b[31;44m\x1b[0mX") << "default"
                                              << "default" << 0 << 0;
        QTest::newRow("sgr 39 resets foreground only") << QByteArray("\x1b[31;44m\x1b[39mX") << "default"
                                                       << "palette:4" << 0 << 0;
        QTest::newRow("reverse video attribute") << QByteArray("\x1b[7mX") << "default"
                                                 << "default" << int(C::Reverse) << 0;
        QTest::newRow("italic") << QByteArray("\x1b[3mX") << "default"
                                << "default" << int(C::Italic) << 0;
        QTest::newRow("strike through") << QByteArray("\x1b[9mX") << "default"
                                        << "default" << int(C::Strike) << 0;
        QTest::newRow("underline") << QByteArray("\x1b[4mX") << "default"
                                   << "default" << 0 << 1;
        QTest::newRow("double underline") << QByteArray("\x1b[21mX") << "default"
                                          << "default" << 0 << 2;
        QTest::newRow("bold and underline together") << QByteArray("\x1b[1m\x1b[4mX") << "default"
                                                     << "default" << int(C::Bold) << 1;
    }

    void colours()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, fg);
        QFETCH(QString, bg);
        QFETCH(int, flags);
        QFETCH(int, underline);

        TerminalEmulator t(24, 80);
        t.feed(input);
        const TerminalCell c = t.cell(0, 0);
        QCOMPARE(c.text(), QStringLiteral("X"));
        auto expect = [&t](const QString &spec, QRgb actual, bool isDefault, const QColor &defaultColour) {
            if (spec == QLatin1String("default")) {
                QVERIFY(isDefault);
                QCOMPARE(QColor(actual).name(), defaultColour.name());
            } else if (spec.startsWith(QLatin1String("palette:"))) {
                QVERIFY(!isDefault);
                QCOMPARE(QColor(actual).name(), t.paletteColor(spec.mid(8).toInt()).name());
            } else {
                QVERIFY(!isDefault);
                QCOMPARE(QColor(actual).name(), spec);
            }
        };
        expect(fg, c.fg, c.has(TerminalCell::DefaultFg), t.defaultForeground());
        if (QTest::currentTestFailed())
            return;
        expect(bg, c.bg, c.has(TerminalCell::DefaultBg), t.defaultBackground());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(c.flags & flags, flags);
        QCOMPARE(int(c.underline), underline);
    }

    void cursor_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QPoint>("expected"); // column, row

        QTest::newRow("text advances the cursor") << QByteArray("abc") << QPoint(3, 0);
        QTest::newRow("CR LF goes to the next line start") << QByteArray("ab\r\ncd") << QPoint(2, 1);
        QTest::newRow("CUP row 5 column 10") << QByteArray("\x1b[5;10H") << QPoint(9, 4);
        QTest::newRow("CUP without arguments is home") << QByteArray("abc\x1b[H") << QPoint(0, 0);
        QTest::newRow("CUF then CUB") << QByteArray("\x1b[10C\x1b[3D") << QPoint(7, 0);
        QTest::newRow("CUD moves down") << QByteArray("\x1b[5B") << QPoint(0, 5);
        QTest::newRow("CUU stops at the top") << QByteArray("\x1b[3;1H\x1b[9A") << QPoint(0, 0);
        QTest::newRow("CUP is clamped to the screen") << QByteArray("\x1b[999;999H") << QPoint(79, 23);
        QTest::newRow("backspace moves left") << QByteArray("abc\b") << QPoint(2, 0);
        QTest::newRow("tab stops every eight columns") << QByteArray("a\t") << QPoint(8, 0);
        QTest::newRow("CHA absolute column") << QByteArray("\x1b[20G") << QPoint(19, 0);
        QTest::newRow("VPA absolute row") << QByteArray("\x1b[7d") << QPoint(0, 6);
        QTest::newRow("DECSC and DECRC save and restore") << QByteArray("\x1b[3;3H\x1b"
                                                                        "7\x1b[10;10H\x1b"
                                                                        "8")
                                                          << QPoint(2, 2);
        QTest::newRow("a wide character takes two columns") << QByteArray("\xec\x95\x88") << QPoint(2, 0);
        QTest::newRow("Korean word and ASCII") << QByteArray("\xec\x95\x88\xeb\x85\x95 42") << QPoint(7, 0);
        QTest::newRow("line feed at the bottom scrolls") << QByteArray("\x1b[24;1Hx\r\n") << QPoint(0, 23);
        QTest::newRow("autowrap at the right margin") << QByteArray(81, 'x') << QPoint(1, 1);
    }

    void cursor()
    {
        QFETCH(QByteArray, input);
        QFETCH(QPoint, expected);
        TerminalEmulator t(24, 80);
        t.feed(input);
        QCOMPARE(t.cursor(), expected);
    }

    void wideCharacters_takeTwoCells()
    {
        TerminalEmulator t(24, 80);
        t.feed(QByteArray("\xec\x95\x88\xeb\x85\x95 42")); // 안녕 42
        QVERIFY(t.cell(0, 0).has(TerminalCell::Wide));
        QCOMPARE(t.cell(0, 0).text(), QString::fromUtf8("\xec\x95\x88"));
        QVERIFY(t.cell(0, 1).has(TerminalCell::WideTail));
        QCOMPARE(t.cell(0, 2).text(), QString::fromUtf8("\xeb\x85\x95"));
        QCOMPARE(t.lineText(0), QString::fromUtf8("\xec\x95\x88\xeb\x85\x95 42"));
    }

    void altScreen_restoresPrimaryScreen()
    {
        TerminalEmulator t(24, 80);
        t.feed("primary text");
        t.feed("\x1b[?1049h");
        QVERIFY(t.altScreen());
        QCOMPARE(t.lineText(0), QString());
        t.feed("\x1b[Hfull screen app");
        QCOMPARE(t.lineText(0), QStringLiteral("full screen app"));
        t.feed("\x1b[?1049l");
        QVERIFY(!t.altScreen());
        QCOMPARE(t.lineText(0), QStringLiteral("primary text"));
    }

    void altScreen_doesNotFillScrollback()
    {
        TerminalEmulator t(5, 20);
        t.feed("\x1b[?1049h");
        for (int i = 0; i < 20; ++i)
            t.feed("line\r\n");
        QCOMPARE(t.scrollbackCount(), 0);
    }

    void scrollback_keepsLinesThatLeaveTheScreen()
    {
        TerminalEmulator t(5, 20);
        for (int i = 0; i < 12; ++i)
            t.feed(QStringLiteral("line %1\r\n").arg(i).toUtf8());
        // 12 lines plus the empty line under the cursor: 8 have scrolled out.
        QCOMPARE(t.scrollbackCount(), 8);
        QCOMPARE(t.scrolledOut(), 8);
        QCOMPARE(t.lineText(-8), QStringLiteral("line 0"));
        QCOMPARE(t.lineText(-1), QStringLiteral("line 7"));
        QCOMPARE(t.lineText(0), QStringLiteral("line 8"));
        QCOMPARE(t.text(QPoint(0, -2), QPoint(19, 0)), QStringLiteral("line 6\nline 7\nline 8"));
    }

    void scrollback_keepsColours()
    {
        TerminalEmulator t(2, 20);
        t.feed("\x1b[32mgreen\x1b[0m\r\n\r\n\r\n");
        QCOMPARE(t.lineText(-1), QString());
        QCOMPARE(t.lineText(-2), QStringLiteral("green"));
        QCOMPARE(QColor(t.cell(-2, 0).fg).name(), t.paletteColor(2).name());
    }

    void scrollback_isBounded()
    {
        TerminalEmulator t(5, 20);
        t.setScrollbackLimit(100);
        for (int i = 0; i < 1000; ++i)
            t.feed(QStringLiteral("%1\r\n").arg(i).toUtf8());
        QCOMPARE(t.scrollbackCount(), 100);
        QCOMPARE(t.lineText(-1), QStringLiteral("995"));
    }

    void resize_growingPullsLinesBackFromScrollback()
    {
        TerminalEmulator t(5, 20);
        for (int i = 0; i < 10; ++i)
            t.feed(QStringLiteral("line %1\r\n").arg(i).toUtf8());
        const int before = t.scrollbackCount();
        t.resize(8, 30);
        QCOMPARE(t.rows(), 8);
        QCOMPARE(t.cols(), 30);
        QCOMPARE(t.scrollbackCount(), before - 3);
        QCOMPARE(t.lineText(0), QStringLiteral("line 3"));
    }

    void cursorPositionReport_isAnswered()
    {
        TerminalEmulator t(24, 80);
        QSignalSpy spy(&t, &TerminalEmulator::output);
        t.feed("\x1b[5;7H\x1b[6n");
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toByteArray(), QByteArray("\x1b[5;7R"));
    }

    void titleSequence_setsTitle()
    {
        TerminalEmulator t(24, 80);
        QSignalSpy spy(&t, &TerminalEmulator::titleChanged);
        t.feed("\x1b]0;root@box: /src\x07");
        QCOMPARE(t.title(), QStringLiteral("root@box: /src"));
        QCOMPARE(spy.count(), 1);
    }

    void cursorShape_followsDecscusr_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("shape");
        QTest::addColumn<bool>("blinking");
        QTest::newRow("steady block") << QByteArray("\x1b[2 q") << int(TerminalEmulator::CursorShape::Block) << false;
        QTest::newRow("blinking underline")
            << QByteArray("\x1b[3 q") << int(TerminalEmulator::CursorShape::Underline) << true;
        QTest::newRow("steady bar") << QByteArray("\x1b[6 q") << int(TerminalEmulator::CursorShape::Bar) << false;
    }

    void cursorShape_followsDecscusr()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, shape);
        QFETCH(bool, blinking);
        TerminalEmulator t(24, 80);
        t.feed(input);
        QCOMPARE(int(t.cursorShape()), shape);
        QCOMPARE(t.cursorBlinking(), blinking);
    }

    void cursorVisibility_followsDectcem()
    {
        TerminalEmulator t(24, 80);
        QVERIFY(t.cursorVisible());
        t.feed("\x1b[?25l");
        QVERIFY(!t.cursorVisible());
        t.feed("\x1b[?25h");
        QVERIFY(t.cursorVisible());
    }

    void keys_data()
    {
        QTest::addColumn<QByteArray>("setup"); // sent to the terminal first (modes)
        QTest::addColumn<int>("key");
        QTest::addColumn<Qt::KeyboardModifiers>("mods");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("bytes");

        const auto none = Qt::KeyboardModifiers();
        QTest::newRow("letter") << QByteArray() << int(Qt::Key_A) << none << "a" << QByteArray("a");
        QTest::newRow("enter sends CR") << QByteArray() << int(Qt::Key_Return) << none << "\r" << QByteArray("\r");
        QTest::newRow("tab") << QByteArray() << int(Qt::Key_Tab) << none << "\t" << QByteArray("\t");
        QTest::newRow("shift tab") << QByteArray() << int(Qt::Key_Backtab) << Qt::KeyboardModifiers(Qt::ShiftModifier)
                                   << "" << QByteArray("\x1b[Z");
        QTest::newRow("backspace sends DEL")
            << QByteArray() << int(Qt::Key_Backspace) << none << "\b" << QByteArray("\x7f");
        QTest::newRow("escape") << QByteArray() << int(Qt::Key_Escape) << none << "\x1b" << QByteArray("\x1b");
        QTest::newRow("up arrow") << QByteArray() << int(Qt::Key_Up) << none << "" << QByteArray("\x1b[A");
        QTest::newRow("left arrow") << QByteArray() << int(Qt::Key_Left) << none << "" << QByteArray("\x1b[D");
        QTest::newRow("up arrow in application cursor mode")
            << QByteArray("\x1b[?1h") << int(Qt::Key_Up) << none << "" << QByteArray("\x1bOA");
        QTest::newRow("ctrl right arrow")
            << QByteArray() << int(Qt::Key_Right) << Qt::KeyboardModifiers(Qt::ControlModifier) << ""
            << QByteArray("\x1b[1;5C");
        QTest::newRow("home") << QByteArray() << int(Qt::Key_Home) << none << "" << QByteArray("\x1b[H");
        QTest::newRow("end") << QByteArray() << int(Qt::Key_End) << none << "" << QByteArray("\x1b[F");
        QTest::newRow("page up") << QByteArray() << int(Qt::Key_PageUp) << none << "" << QByteArray("\x1b[5~");
        QTest::newRow("page down") << QByteArray() << int(Qt::Key_PageDown) << none << "" << QByteArray("\x1b[6~");
        QTest::newRow("delete") << QByteArray() << int(Qt::Key_Delete) << none << "" << QByteArray("\x1b[3~");
        QTest::newRow("insert") << QByteArray() << int(Qt::Key_Insert) << none << "" << QByteArray("\x1b[2~");
        QTest::newRow("F1") << QByteArray() << int(Qt::Key_F1) << none << "" << QByteArray("\x1bOP");
        QTest::newRow("F5") << QByteArray() << int(Qt::Key_F5) << none << "" << QByteArray("\x1b[15~");
        QTest::newRow("F12") << QByteArray() << int(Qt::Key_F12) << none << "" << QByteArray("\x1b[24~");
        QTest::newRow("ctrl c with letter text")
            << QByteArray() << int(Qt::Key_C) << Qt::KeyboardModifiers(Qt::ControlModifier) << "c"
            << QByteArray("\x03");
        QTest::newRow("ctrl c with control text (X11)")
            << QByteArray() << int(Qt::Key_C) << Qt::KeyboardModifiers(Qt::ControlModifier) << "\x03"
            << QByteArray("\x03");
        QTest::newRow("ctrl d") << QByteArray() << int(Qt::Key_D) << Qt::KeyboardModifiers(Qt::ControlModifier) << ""
                                << QByteArray("\x04");
        QTest::newRow("ctrl p") << QByteArray() << int(Qt::Key_P) << Qt::KeyboardModifiers(Qt::ControlModifier) << ""
                                << QByteArray("\x10");
        QTest::newRow("ctrl bracket is escape")
            << QByteArray() << int(Qt::Key_BracketLeft) << Qt::KeyboardModifiers(Qt::ControlModifier) << ""
            << QByteArray("\x1b");
        QTest::newRow("ctrl space is NUL") << QByteArray() << int(Qt::Key_Space)
                                           << Qt::KeyboardModifiers(Qt::ControlModifier) << " " << QByteArray(1, '\0');
        QTest::newRow("alt b sends escape b")
            << QByteArray() << int(Qt::Key_B) << Qt::KeyboardModifiers(Qt::AltModifier) << "b"
            << QByteArray("\x1b"
                          "b");
        QTest::newRow("korean text from the keyboard")
            << QByteArray() << 0 << none << QString::fromUtf8("\xed\x95\x9c") << QByteArray("\xed\x95\x9c");
    }

    void keys()
    {
        QFETCH(QByteArray, setup);
        QFETCH(int, key);
        QFETCH(Qt::KeyboardModifiers, mods);
        QFETCH(QString, text);
        QFETCH(QByteArray, bytes);
        TerminalEmulator t(24, 80);
        t.feed(setup);
        QCOMPARE(keyBytes(t, key, mods, text), bytes);
    }

    void paste_isBracketedWhenAsked()
    {
        TerminalEmulator t(24, 80);
        QByteArray sent;
        connect(&t, &TerminalEmulator::output, this, [&sent](const QByteArray &b) { sent += b; });
        t.paste(QStringLiteral("ls\nexit\n"));
        QCOMPARE(sent, QByteArray("ls\rexit\r"));
        sent.clear();
        t.feed("\x1b[?2004h");
        t.paste(QStringLiteral("echo hi\n"));
        QCOMPARE(sent, QByteArray("\x1b[200~echo hi\r\x1b[201~"));
    }

    void mouseReporting_sendsSgrEvents()
    {
        TerminalEmulator t(24, 80);
        QByteArray sent;
        connect(&t, &TerminalEmulator::output, this, [&sent](const QByteArray &b) { sent += b; });
        t.feed("\x1b[?1000h\x1b[?1006h");
        QCOMPARE(t.mouseMode(), TerminalEmulator::MouseMode::Click);
        t.mouseMove(2, 4, {});
        t.mouseButton(1, true, {});
        QCOMPARE(sent, QByteArray("\x1b[<0;5;3M"));
    }
};

QTEST_GUILESS_MAIN(TestTerminalEmulator)
#include "test_terminalemulator.moc"
