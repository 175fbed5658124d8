// SPDX-License-Identifier: Apache-2.0
#include "http/httprequest.h"

#include <QTest>

using berth::core::HttpRequest;

class TestHttpRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void get_hasHostAndNoLength()
    {
        HttpRequest r;
        r.target = "/v1.41/containers/json?all=1";
        const QByteArray wire = r.serialize();
        QVERIFY(wire.startsWith("GET /v1.41/containers/json?all=1 HTTP/1.1\r\nHost: api.moby.localhost\r\n"));
        QVERIFY(!wire.contains("Content-Length"));
        QVERIFY(wire.endsWith("\r\n\r\n"));
    }
    void post_hasLengthAndBody()
    {
        HttpRequest r;
        r.method = "POST";
        r.target = "/v1.41/containers/create";
        r.body = "{\"Image\":\"busybox\"}";
        r.setHeader("Content-Type", "application/json");
        const QByteArray wire = r.serialize();
        QVERIFY(wire.contains("Content-Length: 19\r\n"));
        QVERIFY(wire.contains("Content-Type: application/json\r\n"));
        QVERIFY(wire.endsWith("\r\n\r\n{\"Image\":\"busybox\"}"));
    }
    void emptyPost_sendsZeroLength()
    {
        HttpRequest r;
        r.method = "POST";
        r.target = "/x";
        QVERIFY(r.serialize().contains("Content-Length: 0\r\n"));
    }
    void upgrade_asksForTcp()
    {
        HttpRequest r;
        r.method = "POST";
        r.target = "/exec/1/start";
        r.upgrade = true;
        const QByteArray wire = r.serialize();
        QVERIFY(wire.contains("Connection: Upgrade\r\nUpgrade: tcp\r\n"));
    }
    void injection_isRefused_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("headerValue");
        QTest::newRow("CRLF in target") << QByteArray("/x\r\nEvil: 1") << QByteArray("ok");
        QTest::newRow("space in target") << QByteArray("/x y") << QByteArray("ok");
        QTest::newRow("LF in header") << QByteArray("/x") << QByteArray("a\nInjected: yes");
        QTest::newRow("NUL in header") << QByteArray("/x") << QByteArray("a\0b", 3);
    }
    void injection_isRefused()
    {
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, headerValue);
        HttpRequest r;
        r.target = target;
        r.setHeader("X-Test", headerValue);
        QVERIFY(r.serialize().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpRequest)
#include "test_httprequest.moc"
