// SPDX-License-Identifier: Apache-2.0
#include "http/httpresponseparser.h"

#include <QTest>

using berth::core::HttpResponseParser;
using Result = HttpResponseParser::Result;

namespace {
struct Outcome
{
    Result result = Result::NeedMore;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    qsizetype consumed = 0; // bytes of the input that belonged to the response
    int heads = 0;
    QString error;
};

// Feeds input in pieces of the given sizes (the last piece takes the rest), then EOF if eof is set.
Outcome run(const QByteArray &input, const QList<qsizetype> &pieces, bool eof, bool headRequest = false)
{
    HttpResponseParser parser;
    parser.reset(headRequest);
    Outcome out;
    parser.onHead = [&](const berth::core::HttpResponseHead &head) {
        ++out.heads;
        out.status = head.status;
        out.contentType = head.header("content-type");
    };
    parser.onBody = [&](QByteArrayView data) { out.body.append(data); };
    qsizetype pos = 0;
    int i = 0;
    while (pos < input.size()) {
        qsizetype len = i < pieces.size() ? pieces[i] : input.size() - pos;
        len = qMin(len, input.size() - pos);
        ++i;
        qsizetype consumed = 0;
        out.result = parser.feed(QByteArrayView(input).sliced(pos, len), &consumed);
        if (out.result != Result::NeedMore) {
            out.consumed = pos + consumed;
            out.error = parser.errorString();
            return out;
        }
        pos += len;
    }
    out.consumed = pos;
    if (eof)
        out.result = parser.finishEof();
    out.error = parser.errorString();
    return out;
}
} // namespace

class TestHttpResponseParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wellFormed_data();
    void wellFormed();
    void wellFormed_byteAtATimeAndEverySplit_data() { wellFormed_data(); }
    void wellFormed_byteAtATimeAndEverySplit();
    void malformed_data();
    void malformed();
    void upgrade_leavesRawBytes();
    void pipelinedBytes_areNotConsumed();
    void headRequest_hasNoBody();
    void hugeHeader_isRejected();
};

void TestHttpResponseParser::wellFormed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("eof");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello") << false << 200
                                    << QByteArray("hello");
    QTest::newRow("content-length zero") << QByteArray("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n") << false
                                         << 204 << QByteArray();
    QTest::newRow("no body for 204") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << false << 204 << QByteArray();
    QTest::newRow("no body for 304") << QByteArray("HTTP/1.1 304 Not Modified\r\n\r\n") << false << 304 << QByteArray();
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
                             << false << 200 << QByteArray("hello world");
    QTest::newRow("chunked uppercase hex") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                         "A\r\n0123456789\r\n0\r\n\r\n")
                                           << false << 200 << QByteArray("0123456789");
    QTest::newRow("chunk extensions") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                    "3;name=value\r\nabc\r\n0;last\r\n\r\n")
                                      << false << 200 << QByteArray("abc");
    QTest::newRow("chunked trailers") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                    "2\r\nok\r\n0\r\nX-Trailer: 1\r\nX-Other: two\r\n\r\n")
                                      << false << 200 << QByteArray("ok");
    QTest::newRow("header names case-insensitive") << QByteArray("HTTP/1.1 200 OK\r\ntRaNsFeR-eNcOdInG: CHUNKED\r\n"
                                                                 "content-TYPE: text/plain\r\n\r\n1\r\nx\r\n0\r\n\r\n")
                                                   << false << 200 << QByteArray("x");
    QTest::newRow("close-delimited") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil close")
                                     << true << 200 << QByteArray("until close");
    QTest::newRow("interim 100 skipped") << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\n"
                                                       "Content-Length: 2\r\n\r\n{}")
                                         << false << 201 << QByteArray("{}");
    QTest::newRow("two interim responses")
        << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\n"
                      "Link: </x>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nz")
        << false << 200 << QByteArray("z");
    QTest::newRow("engine error json") << QByteArray("HTTP/1.1 404 Not Found\r\nApi-Version: 1.41\r\nContent-Type: "
                                                     "application/json\r\nContent-Length: 40\r\n\r\n"
                                                     "{\"message\":\"No such container: nosuch\"}\n")
                                       << false << 404 << QByteArray("{\"message\":\"No such container: nosuch\"}\n");
    QTest::newRow("bare LF line ends") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\n\nhi") << false << 200
                                       << QByteArray("hi");
    QTest::newRow("empty reason") << QByteArray("HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n") << false << 200
                                  << QByteArray();
    QTest::newRow("repeated equal content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n"
                                                                 "Content-Length: 3\r\n\r\nabc")
                                                   << false << 200 << QByteArray("abc");
    QTest::newRow("transfer-encoding wins over length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99\r\n"
                                                                      "Transfer-Encoding: chunked\r\n\r\n"
                                                                      "1\r\na\r\n0\r\n\r\n")
                                                        << false << 200 << QByteArray("a");
    QTest::newRow("http/1.0 close") << QByteArray("HTTP/1.0 200 OK\r\n\r\nold") << true << 200 << QByteArray("old");
    QByteArray frames("HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.raw-stream\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n");
    QByteArray expected;
    for (int i = 0; i < 20; ++i) {
        QByteArray line = "line " + QByteArray::number(i) + "\n";
        frames += QByteArray::number(line.size(), 16) + "\r\n" + line + "\r\n";
        expected += line;
    }
    frames += "0\r\n\r\n";
    QTest::newRow("many chunks") << frames << false << 200 << expected;
}

void TestHttpResponseParser::wellFormed()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, eof);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const Outcome out = run(input, {}, eof);
    QCOMPARE(out.result, Result::Complete);
    QCOMPARE(out.status, status);
    QCOMPARE(out.body, body);
    QCOMPARE(out.heads, 1);
    QCOMPARE(out.consumed, input.size());
}

void TestHttpResponseParser::wellFormed_byteAtATimeAndEverySplit()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, eof);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const Outcome bytes = run(input, QList<qsizetype>(input.size(), 1), eof);
    QCOMPARE(bytes.result, Result::Complete);
    QCOMPARE(bytes.status, status);
    QCOMPARE(bytes.body, body);
    for (qsizetype split = 1; split < input.size(); ++split) {
        const Outcome out = run(input, {split}, eof);
        QVERIFY2(out.result == Result::Complete, qPrintable(QStringLiteral("split at %1").arg(split)));
        QCOMPARE(out.status, status);
        QCOMPARE(out.body, body);
        QCOMPARE(out.heads, 1);
    }
}

void TestHttpResponseParser::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("eof");

    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n") << false;
    QTest::newRow("bad version") << QByteArray("HTTP/2.0 200 OK\r\n\r\n") << false;
    QTest::newRow("status letters") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n") << false;
    QTest::newRow("status too short") << QByteArray("HTTP/1.1 20\r\n\r\n") << false;
    QTest::newRow("folded header") << QByteArray("HTTP/1.1 200 OK\r\nX-A: one\r\n two\r\nContent-Length: 0\r\n\r\n")
                                   << false;
    QTest::newRow("header without colon") << QByteArray("HTTP/1.1 200 OK\r\nBroken header\r\n\r\n") << false;
    QTest::newRow("space in header name") << QByteArray("HTTP/1.1 200 OK\r\nBad Name: x\r\n\r\n") << false;
    QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n") << false;
    QTest::newRow("length letters") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 12a\r\n\r\n") << false;
    QTest::newRow("conflicting lengths") << QByteArray(
                                                "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n")
                                         << false;
    QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                    << false;
    QTest::newRow("chunk longer than declared") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                              "2\r\nabc\r\n0\r\n\r\n")
                                                << false;
    QTest::newRow("huge chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                   "ffffffffffffffffffff\r\n")
                                     << false;
    QTest::newRow("truncated length body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc") << true;
    QTest::newRow("truncated chunked body") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                          "5\r\nab")
                                            << true;
    QTest::newRow("closed before head") << QByteArray("HTTP/1.1 200 OK\r\nContent-") << true;
    QTest::newRow("closed without answer") << QByteArray() << true;
}

void TestHttpResponseParser::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, eof);
    const Outcome whole = run(input, {}, eof);
    QCOMPARE(whole.result, Result::Error);
    QVERIFY(!whole.error.isEmpty());
    const Outcome bytes = run(input, QList<qsizetype>(input.size(), 1), eof);
    QCOMPARE(bytes.result, Result::Error);
}

void TestHttpResponseParser::upgrade_leavesRawBytes()
{
    const QByteArray head("HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\n"
                          "Connection: Upgrade\r\nUpgrade: tcp\r\n\r\n");
    const QByteArray input = head + "raw shell bytes";
    for (qsizetype split = 1; split <= input.size(); ++split) {
        HttpResponseParser parser;
        parser.reset();
        qsizetype consumed = 0;
        auto r = parser.feed(QByteArrayView(input).first(split), &consumed);
        qsizetype total = consumed;
        if (r == Result::NeedMore) {
            r = parser.feed(QByteArrayView(input).sliced(split), &consumed);
            total = split + consumed;
        }
        QCOMPARE(r, Result::Upgraded);
        QCOMPARE(total, head.size());
        QCOMPARE(parser.head().status, 101);
    }
}

void TestHttpResponseParser::pipelinedBytes_areNotConsumed()
{
    const QByteArray first("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOK");
    const QByteArray input = first + "HTTP/1.1 200 OK\r\n";
    const Outcome out = run(input, {}, false);
    QCOMPARE(out.result, Result::Complete);
    QCOMPARE(out.consumed, first.size());
}

void TestHttpResponseParser::headRequest_hasNoBody()
{
    const Outcome out = run("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n", {}, false, true);
    QCOMPARE(out.result, Result::Complete);
    QVERIFY(out.body.isEmpty());
}

void TestHttpResponseParser::hugeHeader_isRejected()
{
    QByteArray input("HTTP/1.1 200 OK\r\nX-Big: ");
    input += QByteArray(HttpResponseParser::MaxHeadBytes + 10, 'a');
    const Outcome out = run(input, {}, false);
    QCOMPARE(out.result, Result::Error);
}

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "test_httpresponseparser.moc"
