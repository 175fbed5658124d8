// SPDX-License-Identifier: Apache-2.0
#include "fulldisk.h"
#include "hubfixtures.h"
#include "registry/tagcache.h"
#include "registry/tagindex.h"
#include "registry/tagpageparser.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace berth::core;
using namespace Qt::StringLiterals;

class TestTagIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hubPage_parsesEveryField();
    void hubPage_malformedIsAnError_data();
    void hubPage_malformedIsAnError();
    void hubPage_outOfRangeNumbers_areUnknown();
    void registryPage_nullTagsIsEmpty();
    void isoTimestamp_data();
    void isoTimestamp();
    void filter_cuda12Runtime_onlyMatchingTags();
    void filter_textIsCaseInsensitiveAndEveryWord();
    void sort_versionNewestFirst_tiesByName();
    void sort_bySizeAndDate();
    void upsert_replacesInPlace_retainOnlyDrops();
    void cudaMajors_distinctAscending();
    void cache_roundTrip();
    void cache_garbageFileIsInvalidNotACrash();
    void cache_namesThatOnceCollided_getTheirOwnFiles();
    void cache_fullDisk_keepsTheOldFileAndSaysSo();

private:
    static QList<TagInfo> parsedFixture(const QString &repository);
};

QList<TagInfo> TestTagIndex::parsedFixture(const QString &repository)
{
    const QStringList names = berth::test::tagNamesFor(repository);
    const QByteArray json =
        berth::test::hubPageJson(berth::test::hubTagObjects(repository, names), int(names.size()), {}, {});
    TagPage page = TagPageParser::parseHub(json, TagFacts::grammarFor(repository));
    return page.tags;
}

void TestTagIndex::hubPage_parsesEveryField()
{
    const QJsonObject record =
        berth::test::hubTagObject(QStringLiteral("tensorflow/tensorflow"), QStringLiteral("2.15.0-gpu"), 3);
    const QByteArray json = berth::test::hubPageJson({record}, 3186, QStringLiteral("https://hub/next"), {});
    const TagPage page = TagPageParser::parseHub(json, TagFacts::Grammar::TensorFlow);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.count, 3186);
    QCOMPARE(page.next, QStringLiteral("https://hub/next"));
    QCOMPARE(page.tags.size(), 1);
    const TagInfo &t = page.tags.first();
    QCOMPARE(t.name, QStringLiteral("2.15.0-gpu"));
    QVERIFY(t.digest.startsWith("sha256:"));
    QCOMPARE(t.fullSize, qint64(record.value(QLatin1String("full_size")).toDouble()));
    QCOMPARE(t.images.size(), 2); // index 3 carries arm64 too
    QCOMPARE(t.architectures(), QStringLiteral("amd64, arm64/v8"));
    QCOMPARE(t.facts.cudaVersion(), QStringLiteral("12.2"));
    const QDateTime pushed =
        QDateTime::fromString(record.value(QLatin1String("tag_last_pushed")).toString(), Qt::ISODateWithMs);
    QCOMPARE(t.lastPushedMs, pushed.toMSecsSinceEpoch());
}

void TestTagIndex::hubPage_malformedIsAnError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << QByteArray(R"({"count": 3, "results": [{"name": "a")");
    QTest::newRow("html error page") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("no results") << QByteArray(R"({"count": 3})");
    QTest::newRow("results not array") << QByteArray(R"({"results": {"name": "x"}})");
    QTest::newRow("result without name") << QByteArray(R"({"results": [{"digest": "sha256:x"}]})");
    QTest::newRow("name not string") << QByteArray(R"({"results": [{"name": 5}]})");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("deep nesting") << QByteArray(R"({"results": [{"name": "a", "x": )") + QByteArray(100000, '[');
    QTest::newRow("data after the value") << QByteArray(R"({"results": []} {"results": []})");
    QTest::newRow("bad escape") << QByteArray(R"({"results": [{"name": "a\q"}]})");
    QTest::newRow("raw control character") << QByteArray("{\"results\": [{\"name\": \"a\x01b\"}]}");
}

void TestTagIndex::hubPage_malformedIsAnError()
{
    QFETCH(QByteArray, body);
    const TagPage page = TagPageParser::parseHub(body, TagFacts::Grammar::Generic);
    QVERIFY(!page.error.isEmpty());
    QVERIFY(page.tags.isEmpty());
}

void TestTagIndex::hubPage_outOfRangeNumbers_areUnknown()
{
    // Found by fuzz_hubpage: a full_size of 5e50 was converted to qint64 (undefined behaviour).
    const TagPage page = TagPageParser::parseHub(
        R"({"count": 1e300, "results": [{"name": "a", "full_size": 5e50, "images": [{"size": -3}]}]})",
        TagFacts::Grammar::Generic);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.count, -1);
    QCOMPARE(page.tags.size(), 1);
    QCOMPARE(page.tags.first().fullSize, qint64(-1));
    QCOMPARE(page.tags.first().images.first().size, qint64(-1));
}

void TestTagIndex::registryPage_nullTagsIsEmpty()
{
    TagPage page = TagPageParser::parseRegistry(R"({"name":"a/b","tags":null})", TagFacts::Grammar::Generic);
    QVERIFY(page.error.isEmpty());
    QVERIFY(page.tags.isEmpty());
    page = TagPageParser::parseRegistry(R"({"name":"a/b","tags":["1.0","latest"]})", TagFacts::Grammar::Generic);
    QCOMPARE(page.tags.size(), 2);
    page = TagPageParser::parseRegistry(R"({"name":"a/b","tags":[1]})", TagFacts::Grammar::Generic);
    QVERIFY(!page.error.isEmpty());
}

void TestTagIndex::isoTimestamp_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("hub micro") << u"2024-03-08T01:58:22.123456Z"_s;
    QTest::newRow("no fraction") << u"2019-12-31T23:59:59Z"_s;
    QTest::newRow("offset") << u"2024-03-08T10:58:22+09:00"_s;
    QTest::newRow("leap day") << u"2024-02-29T00:00:00.5Z"_s;
}

void TestTagIndex::isoTimestamp()
{
    QFETCH(QString, text);
    const QDateTime expected = QDateTime::fromString(text, Qt::ISODateWithMs);
    QVERIFY(expected.isValid());
    QCOMPARE(TagPageParser::parseIsoTimestampMs(text), expected.toMSecsSinceEpoch());
    QCOMPARE(TagPageParser::parseIsoTimestampMs(u"yesterday"), qint64(0));
}

void TestTagIndex::filter_cuda12Runtime_onlyMatchingTags()
{
    TagIndex index;
    index.replaceAll(parsedFixture(QStringLiteral("pytorch/pytorch")));
    TagFilter filter;
    filter.cudaMajor = 12;
    filter.variant = TagFacts::Variant::Runtime;
    filter.gpuOnly = true;
    const QList<int> rows = index.filter(filter);
    QVERIFY(rows.size() > 20);
    for (int row : rows) {
        const TagInfo &t = index.at(row);
        QVERIFY2(t.name.contains(QLatin1String("-cuda12.")) && t.name.endsWith(QLatin1String("-runtime")),
                 qPrintable(t.name));
    }
    // and nothing matching was left out
    int expected = 0;
    for (const TagInfo &t : index.tags())
        expected += t.name.contains(QLatin1String("-cuda12.")) && t.name.endsWith(QLatin1String("-runtime"));
    QCOMPARE(rows.size(), expected);
}

void TestTagIndex::filter_textIsCaseInsensitiveAndEveryWord()
{
    TagIndex index;
    index.replaceAll(parsedFixture(QStringLiteral("tensorflow/tensorflow")));
    TagFilter filter;
    filter.text = QStringLiteral("  2.15.0  GPU ");
    const QList<int> rows = index.filter(filter);
    QVERIFY(!rows.isEmpty());
    for (int row : rows) {
        QVERIFY(index.at(row).name.contains(QLatin1String("2.15.0")));
        QVERIFY(index.at(row).name.contains(QLatin1String("gpu")));
    }
    filter.text = QStringLiteral("no-such-tag");
    QVERIFY(index.filter(filter).isEmpty());
    QCOMPARE(index.filter(TagFilter{}).size(), index.size());
}

void TestTagIndex::sort_versionNewestFirst_tiesByName()
{
    TagIndex index;
    QList<TagInfo> tags;
    for (const char *name : {"2.9.1", "2.10.0-gpu", "latest", "2.10.0", "2.10.0rc1", "custom-op", "2.10.0-jupyter"}) {
        TagInfo t;
        t.name = QLatin1String(name);
        t.facts = TagFacts::parse(TagFacts::Grammar::TensorFlow, t.name);
        tags << t;
    }
    index.replaceAll(tags);
    QStringList order;
    for (int row : index.filter({}, TagSort::Version, Qt::DescendingOrder))
        order << index.at(row).name;
    QCOMPARE(order, (QStringList{u"latest"_s, u"2.10.0"_s, u"2.10.0-gpu"_s, u"2.10.0-jupyter"_s, u"2.10.0rc1"_s,
                                 u"2.9.1"_s, u"custom-op"_s}));
}

void TestTagIndex::sort_bySizeAndDate()
{
    TagIndex index;
    index.replaceAll(parsedFixture(QStringLiteral("nvidia/cuda")));
    const QList<int> bySize = index.filter({}, TagSort::Size, Qt::DescendingOrder);
    for (int i = 1; i < bySize.size(); ++i)
        QVERIFY(index.at(bySize[i - 1]).fullSize >= index.at(bySize[i]).fullSize);
    const QList<int> byDate = index.filter({}, TagSort::LastPushed, Qt::AscendingOrder);
    for (int i = 1; i < byDate.size(); ++i)
        QVERIFY(index.at(byDate[i - 1]).lastPushedMs <= index.at(byDate[i]).lastPushedMs);
}

void TestTagIndex::upsert_replacesInPlace_retainOnlyDrops()
{
    TagIndex index;
    TagInfo a, b, c;
    a.name = QStringLiteral("1.0");
    b.name = QStringLiteral("2.0");
    c.name = QStringLiteral("3.0");
    QCOMPARE(index.upsert({a, b}), 2);
    b.fullSize = 42;
    QCOMPARE(index.upsert({b, c}), 1);
    QCOMPARE(index.size(), 3);
    QCOMPARE(index.indexOf(QStringLiteral("2.0")), 1);
    QCOMPARE(index.at(1).fullSize, qint64(42));
    QCOMPARE(index.retainOnly({QStringLiteral("1.0"), QStringLiteral("3.0")}), 1);
    QCOMPARE(index.names(), (QStringList{u"1.0"_s, u"3.0"_s}));
    QCOMPARE(index.indexOf(QStringLiteral("3.0")), 1);
    QCOMPARE(index.indexOf(QStringLiteral("2.0")), -1);
}

void TestTagIndex::cudaMajors_distinctAscending()
{
    TagIndex index;
    index.replaceAll(parsedFixture(QStringLiteral("pytorch/pytorch")));
    QCOMPARE(index.cudaMajors(), (QList<int>{9, 10, 11, 12, 13}));
}

void TestTagIndex::cache_roundTrip()
{
    QTemporaryDir dir;
    TagCache cache(dir.path());
    const auto ref = ImageReference::parse(QStringLiteral("pytorch/pytorch"));
    const QString file = cache.fileFor(ref);
    QVERIFY(file.startsWith(dir.path()));
    const QList<TagInfo> tags = parsedFixture(QStringLiteral("pytorch/pytorch"));
    const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(-7200);
    QVERIFY(TagCache::write(file, TagCache::key(ref), when, tags));
    const TagCache::Entry entry = TagCache::read(file, TagCache::key(ref), TagFacts::Grammar::PyTorch);
    QVERIFY(entry.valid);
    QCOMPARE(entry.fetchedAt.toMSecsSinceEpoch(), when.toMSecsSinceEpoch());
    QCOMPARE(entry.tags.size(), tags.size());
    for (int i = 0; i < tags.size(); ++i) {
        QCOMPARE(entry.tags[i].name, tags[i].name);
        QCOMPARE(entry.tags[i].digest, tags[i].digest);
        QCOMPARE(entry.tags[i].fullSize, tags[i].fullSize);
        QCOMPARE(entry.tags[i].lastPushedMs, tags[i].lastPushedMs);
        QCOMPARE(entry.tags[i].images.size(), tags[i].images.size());
        QCOMPARE(entry.tags[i].facts.cudaVersion(), tags[i].facts.cudaVersion());
    }
}

void TestTagIndex::cache_garbageFileIsInvalidNotACrash()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("x.cbor"));
    for (const QByteArray &junk :
         {QByteArray("not cbor at all"), QByteArray("\xbf\x01"), QByteArray("\x9b\xff\xff\xff\xff\xff\xff\xff\xff")}) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(junk);
        f.close();
        QVERIFY(!TagCache::read(file, QStringLiteral("docker.io/x/y"), TagFacts::Grammar::Generic).valid);
    }
    QVERIFY(!TagCache::read(dir.filePath(QStringLiteral("missing.cbor")), QStringLiteral("docker.io/x/y"),
                            TagFacts::Grammar::Generic)
                 .valid);
}

void TestTagIndex::cache_namesThatOnceCollided_getTheirOwnFiles()
{
    // ns_x/y and ns/x_y both mapped to docker.io_ns_x_y: the wrong repository's tags were shown offline.
    QTemporaryDir dir;
    TagCache cache(dir.path());
    const auto a = ImageReference::parse(QStringLiteral("ns_x/y"));
    const auto b = ImageReference::parse(QStringLiteral("ns/x_y"));
    QVERIFY(a.isValid() && b.isValid());
    QVERIFY(cache.fileFor(a) != cache.fileFor(b));
    TagInfo onlyA;
    onlyA.name = QStringLiteral("only-in-a");
    QVERIFY(TagCache::write(cache.fileFor(a), TagCache::key(a), QDateTime::currentDateTimeUtc(), {onlyA}));
    QVERIFY(!TagCache::read(cache.fileFor(b), TagCache::key(b), TagFacts::Grammar::Generic).valid);
    // A file that is somehow another repository's is not read as this one's.
    QVERIFY(!TagCache::read(cache.fileFor(a), TagCache::key(b), TagFacts::Grammar::Generic).valid);
    QCOMPARE(TagCache::read(cache.fileFor(a), TagCache::key(a), TagFacts::Grammar::Generic).tags.size(), 1);
}

void TestTagIndex::cache_fullDisk_keepsTheOldFileAndSaysSo()
{
    if (!berth::test::FullDisk::canMount())
        QSKIP("needs root to mount a small tmpfs (scripts/test runs as root)");
    berth::test::FullDisk disk;
    QVERIFY(disk.isMounted());
    TagCache cache(disk.path());
    const auto ref = ImageReference::parse(QStringLiteral("pytorch/pytorch"));
    TagInfo old;
    old.name = QStringLiteral("old");
    QVERIFY(TagCache::write(cache.fileFor(ref), TagCache::key(ref), QDateTime::currentDateTimeUtc(), {old}));
    QVERIFY(disk.fill());
    QString error;
    QVERIFY(!TagCache::write(cache.fileFor(ref), TagCache::key(ref), QDateTime::currentDateTimeUtc(),
                             parsedFixture(QStringLiteral("pytorch/pytorch")), &error));
    QVERIFY2(error.contains(QLatin1String("No space left")) || error.contains(QLatin1String("space")),
             qPrintable(error));
    const TagCache::Entry entry = TagCache::read(cache.fileFor(ref), TagCache::key(ref), TagFacts::Grammar::PyTorch);
    QVERIFY(entry.valid);
    QCOMPARE(entry.tags.size(), 1);
    QCOMPARE(disk.strayFiles(), QStringList{}); // no temporary file left behind
}

QTEST_GUILESS_MAIN(TestTagIndex)
#include "test_tagindex.moc"
