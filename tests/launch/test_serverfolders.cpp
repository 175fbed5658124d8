// SPDX-License-Identifier: Apache-2.0
// What a server's folder listing can hold, from a well-behaved server to a hostile one: the parser keeps the names
// the server finished, as they are, and nothing else.
#include "launch/serverfolders.h"

#include <QTest>

using berth::core::ServerFolders;

class TestServerFolders final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listing_sortsNamesWithHiddenOnesLast()
    {
        const auto l = ServerFolders::parse(QByteArrayView("/home/me\0./resnet\0./.cache\0./Alpha\0", 35));
        QVERIFY(l.ok());
        QCOMPARE(l.path, QStringLiteral("/home/me"));
        QCOMPARE(l.folders, (QStringList{QStringLiteral("Alpha"), QStringLiteral("resnet"), QStringLiteral(".cache")}));
        QCOMPARE(l.notShown, 0);
    }

    void namesWithNewlinesAndSpaces_stayWhole()
    {
        const QByteArray out = QByteArrayLiteral("/srv/a b\0./two\nlines\0./ lead\0./x\0");
        const auto l = ServerFolders::parse(out);
        QCOMPARE(l.path, QStringLiteral("/srv/a b"));
        QCOMPARE(l.folders, (QStringList{QStringLiteral(" lead"), QStringLiteral("two\nlines"), QStringLiteral("x")}));
    }

    void hostileEntries_areSkipped()
    {
        // Not "./name", a path with a slash, an empty name, and a last entry cut off before its NUL.
        const QByteArray out = QByteArrayLiteral("/srv\0name\0./a/b\0./\0../up\0./ok\0./cut-sho");
        const auto l = ServerFolders::parse(out);
        QVERIFY(l.ok());
        QCOMPARE(l.folders, QStringList{QStringLiteral("ok")});
    }

    void noPath_isAnError()
    {
        QVERIFY(!ServerFolders::parse(QByteArrayView()).ok());
        QVERIFY(!ServerFolders::parse(QByteArrayLiteral("relative\0./a\0")).ok());
        QVERIFY(!ServerFolders::parse(QByteArrayLiteral("/no/terminator")).ok());
        QVERIFY(!ServerFolders::parse(QByteArrayLiteral("sh: cd: can't cd\n")).ok());
    }

    void bytesThatAreNotUtf8_doNotStopTheListing()
    {
        const auto l = ServerFolders::parse(QByteArrayLiteral("/srv\0./\xff\xfe\0./fine\0"));
        QCOMPARE(l.folders.size(), 2);
        QVERIFY(l.folders.contains(QStringLiteral("fine")));
    }

    void tooManyFolders_keepsTheFirstAndCountsTheRest()
    {
        QByteArray out = QByteArrayLiteral("/big");
        out += '\0';
        const int total = ServerFolders::MaxFolders + 25;
        for (int i = 0; i < total; ++i)
            out += "./d" + QByteArray::number(i) + '\0';
        const auto l = ServerFolders::parse(out);
        QCOMPARE(l.folders.size(), ServerFolders::MaxFolders);
        QCOMPARE(l.notShown, 25);
    }
};

QTEST_GUILESS_MAIN(TestServerFolders)
#include "test_serverfolders.moc"
