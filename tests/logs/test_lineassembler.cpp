// SPDX-License-Identifier: Apache-2.0
#include "logs/lineassembler.h"
#include "logs/logstore.h"
#include "logtestutil.h"

#include <QTest>

using namespace berth::core;
using berth::test::render;

class TestLineAssembler : public QObject
{
    Q_OBJECT

private:
    static QString assemble(const QList<QByteArray> &pieces, LogChannel channel = LogChannel::Stdout)
    {
        LogStore store(1000);
        LineAssembler assembler(store);
        for (const QByteArray &piece : pieces)
            assembler.feed(channel, 0, piece);
        return render(store);
    }

private Q_SLOTS:
    void output_isTheSame_forEverySplit_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");

        auto row = [](const char *name, const QByteArray &input, const char *expected) {
            QTest::newRow(name) << input << QString::fromUtf8(expected);
        };
        row("plainLines", "alpha\nbeta\n", "alpha\nbeta\n");
        row("crlfIsOneNewline", "a\r\nb\r\n", "a\nb\n");
        row("emptyLines", "\n\nx\n", "\n\nx\n");
        row("lineWithoutNewline_staysOpen", "no newline", "~no newline\n");
        row("tqdmBar_endsAsOneLine",
            "  0%|          | 0/10\r 50%|\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88     | 5/10"
            "\r100%|\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88"
            "\xe2\x96\x88\xe2\x96\x88| 10/10\n",
            "100%|█{10}| 10/10\n");
        row("barStillRunning_showsLatestState", "10%\r20%\r30%", "~30%\n");
        row("carriageReturn_overwritesLikeATerminal", "Downloading 50%\rDone\n", "Doneloading 50%\n");
        row("carriageReturnThenEraseLine_replacesLine", "Downloading 50%\r\x1b[KDone\n", "Done\n");
        row("eraseWholeLine_keepsColumn", "abc\x1b[2Kd\n", "   d\n");
        row("eraseToStart", "abcdef\x1b[3D\x1b[1Kx\n", "   xef\n");
        row("cursorToColumn", "abc\x1b[1Gx\n", "xbc\n");
        row("cursorForwardPastEnd_padsBlanks", "ab\x1b[3Cc\n", "ab   c\n");
        row("backspace_movesBack", "abc\b\bX\n", "aXc\n");
        row("utf8_overwriteByCharacter", "\xea\xb0\x80\xeb\x82\x98\xeb\x8b\xa4\r\xeb\x9d\xbc\n", "라나다\n");
        row("tabKept", "a\tb\n", "a\tb\n");
        row("controlCharactersDropped",
            QByteArray("a\x07"
                       "b\0c\x7f"
                       "d\n",
                       8),
            "abcd\n");
        row("invalidUtf8_kept",
            "a\xff"
            "b\n",
            "a\xef\xbf\xbd"
            "b\n");
        row("sgr16", "\x1b[31mred\x1b[0m plain\n", "[f1]red[] plain\n");
        row("sgrBrightAndBold", "\x1b[1;92mok\x1b[22;39m done\n", "[f10 B]ok[] done\n");
        row("sgrBackgrounds", "\x1b[44mb\x1b[103my\x1b[49mn\n", "[b4]b[b11]y[]n\n");
        row("sgr256", "\x1b[38;5;208morange\x1b[m\n", "[f208]orange\n");
        row("sgrTruecolour", "\x1b[38;2;255;128;0mrgb\x1b[48;2;0;0;255mbg\x1b[0m\n",
            "[f#ff8000]rgb[f#ff8000 b#0000ff]bg\n");
        row("sgrTruecolourColonForm", "\x1b[38:2::1:2:3mx\x1b[0m\n", "[f#010203]x\n");
        row("sgrColonForm256", "\x1b[48:5:17mx\x1b[0m\n", "[b17]x\n");
        row("sgrFlags", "\x1b[4mu\x1b[24m \x1b[3mi\x1b[7mv\x1b[9ms\x1b[0m\n", "[U]u[] [I]i[IV]v[IVS]s\n");
        row("sgrEmptyIsReset", "\x1b[1mB\x1b[mN\n", "[B]B[]N\n");
        row("sgrMalformedExtended_ignored", "\x1b[38;9mx\n", "x\n");
        row("styleCarriesAcrossLines", "\x1b[32mgreen\nstill\x1b[0m\nplain\n", "[f2]green\n[f2]still\nplain\n");
        row("overwriteKeepsStylesOfTheRest", "\x1b[31mred\x1b[0m\r\x1b[32mg\x1b[0m\n", "[f2]g[f1]ed\n");
        row("oscWithBell_removed",
            "a\x1b]0;title\x07"
            "b\n",
            "ab\n");
        row("oscHyperlink_keepsText", "a\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\b\n", "alinkb\n");
        row("otherCsi_removed", "a\x1b[2Jb\x1b[?25lc\x1b[1;1Hd\x1b[1Ae\n", "abcde\n");
        row("twoByteEscapes_removed",
            "a\x1b(Bb\x1b"
            "7c\x1b=d\n",
            "abcd\n");
        row("dcsString_removed", "a\x1bPqpayload\x1b\\b\n", "ab\n");
        row("unterminatedOsc_endsAtNewline", "a\x1b]0;never ends\nb\n", "a\nb\n");
        row("brokenCsi_endsAtNewline", "a\x1b[12\nb\n", "a\nb\n");
        row("escAtEnd_waitsForMore", "a\x1b", "~a\n");
        row("privateSgrLookalike_ignored", "\x1b[>4;1mx\n", "x\n");
    }

    void output_isTheSame_forEverySplit()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QCOMPARE(assemble({input}), expected);
        for (qsizetype cut = 1; cut < input.size(); ++cut)
            QCOMPARE(assemble({input.left(cut), input.mid(cut)}), expected);
        QList<QByteArray> bytes;
        for (char c : input)
            bytes.append(QByteArray(1, c));
        QCOMPARE(assemble(bytes), expected);
    }

    void channels_keepTheirOwnLineAndStyle()
    {
        LogStore store(100);
        LineAssembler assembler(store);
        assembler.feed(LogChannel::Stdout, 1, "\x1b[31mpart");
        assembler.feed(LogChannel::Stderr, 2, "error line\n");
        QCOMPARE(render(store), QStringLiteral("E:error line\n~[f1]part\n"));
        assembler.feed(LogChannel::Stdout, 3, " two\n");
        QCOMPARE(render(store), QStringLiteral("E:error line\n[f1]part two\n"));
        QCOMPARE(store.line(1).timestamp, 1); // a line keeps the time it started
    }

    void finish_commitsOpenLines()
    {
        LogStore store(100);
        LineAssembler assembler(store);
        assembler.feed(LogChannel::Stdout, 0, "last words");
        assembler.finish();
        QCOMPARE(render(store), QStringLiteral("last words\n"));
        QCOMPARE(store.committedCount(), 1);
    }

    void hugeLine_isBrokenAtTheLimit()
    {
        LogStore store(100);
        LineAssembler assembler(store);
        const QByteArray chunk(1024 * 1024, 'x');
        for (int i = 0; i < 9; ++i)
            assembler.feed(LogChannel::Stdout, 0, chunk);
        assembler.feed(LogChannel::Stdout, 0, "\n");
        QCOMPARE(store.committedCount(), 2);
        QCOMPARE(store.line(0).text.size(), LineAssembler::MaxLineBytes);
        QCOMPARE(store.line(1).text.size(), 9 * chunk.size() - LineAssembler::MaxLineBytes);
    }

    void hugeLineInOnePiece_isBrokenToo()
    {
        LogStore store(100);
        LineAssembler assembler(store);
        QByteArray big(LineAssembler::MaxLineBytes + 100, 'y');
        big.append('\n');
        assembler.feed(LogChannel::Stdout, 0, big);
        QCOMPARE(store.committedCount(), 2);
        QCOMPARE(store.line(1).text.size(), 100);
    }

    void garbage_neverHangsOrLosesLines()
    {
        // Random bytes with newlines sprinkled in: every newline outside an escape still ends a line.
        QByteArray input;
        quint32 seed = 12345;
        for (int i = 0; i < 200000; ++i) {
            seed = seed * 1664525u + 1013904223u;
            input.append(char(seed >> 24));
        }
        LogStore store(1000000);
        LineAssembler assembler(store);
        for (qsizetype at = 0; at < input.size(); at += 997)
            assembler.feed(LogChannel::Stdout, 0, input.mid(at, 997));
        QVERIFY(store.committedCount() > 0);
        QVERIFY(store.committedCount() <= input.count('\n'));
    }
};

QTEST_GUILESS_MAIN(TestLineAssembler)
#include "test_lineassembler.moc"
