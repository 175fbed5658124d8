// SPDX-License-Identifier: Apache-2.0
#include "registry/authchallenge.h"
#include "registry/imagereference.h"
#include "registry/registrytagsource.h"

#include <QTest>

using namespace berth::core;
using namespace Qt::StringLiterals;

class TestImageReference : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void parse_rejectsWhatDockerRejects_data();
    void parse_rejectsWhatDockerRejects();
    void credentialKey_hubUsesIndexUrl();
    void registryBaseUrl_loopbackIsPlainHttp();
    void authChallenge_data();
    void authChallenge();
    void linkHeader_data();
    void linkHeader();
};

void TestImageReference::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("familiar");
    QTest::newRow("official image") << u"ubuntu"_s << u"docker.io"_s << u"library/ubuntu"_s << u""_s << u"ubuntu"_s;
    QTest::newRow("official with tag") << u"ubuntu:22.04"_s << u"docker.io"_s << u"library/ubuntu"_s << u"22.04"_s
                                       << u"ubuntu"_s;
    QTest::newRow("namespaced") << u"tensorflow/tensorflow:2.15.0-gpu"_s << u"docker.io"_s << u"tensorflow/tensorflow"_s
                                << u"2.15.0-gpu"_s << u"tensorflow/tensorflow"_s;
    QTest::newRow("explicit docker.io") << u"docker.io/pytorch/pytorch"_s << u"docker.io"_s << u"pytorch/pytorch"_s
                                        << u""_s << u"pytorch/pytorch"_s;
    QTest::newRow("index.docker.io alias")
        << u"index.docker.io/library/ubuntu"_s << u"docker.io"_s << u"library/ubuntu"_s << u""_s << u"ubuntu"_s;
    QTest::newRow("registry with port") << u"127.0.0.1:5000/berth/multilayer:1.0"_s << u"127.0.0.1:5000"_s
                                        << u"berth/multilayer"_s << u"1.0"_s << u"127.0.0.1:5000/berth/multilayer"_s;
    QTest::newRow("registry without port") << u"nvcr.io/nvidia/pytorch:24.01-py3"_s << u"nvcr.io"_s
                                           << u"nvidia/pytorch"_s << u"24.01-py3"_s << u"nvcr.io/nvidia/pytorch"_s;
    QTest::newRow("localhost") << u"localhost/team/img"_s << u"localhost"_s << u"team/img"_s << u""_s
                               << u"localhost/team/img"_s;
    QTest::newRow("deep path") << u"ghcr.io/org/group/img:v1"_s << u"ghcr.io"_s << u"org/group/img"_s << u"v1"_s
                               << u"ghcr.io/org/group/img"_s;
    QTest::newRow("separators") << u"ns_x/a__b--c.d"_s << u"docker.io"_s << u"ns_x/a__b--c.d"_s << u""_s
                                << u"ns_x/a__b--c.d"_s;
    QTest::newRow("ipv6 registry") << u"[::1]:5000/x/y"_s << u"[::1]:5000"_s << u"x/y"_s << u""_s
                                   << u"[::1]:5000/x/y"_s;
    QTest::newRow("spaces trimmed") << u"  nvidia/cuda  "_s << u"docker.io"_s << u"nvidia/cuda"_s << u""_s
                                    << u"nvidia/cuda"_s;
}

void TestImageReference::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, registry);
    QFETCH(QString, repository);
    QFETCH(QString, tag);
    QFETCH(QString, familiar);
    const ImageReference ref = ImageReference::parse(text);
    QVERIFY(ref.isValid());
    QCOMPARE(ref.registry(), registry);
    QCOMPARE(ref.repository(), repository);
    QCOMPARE(ref.tag(), tag);
    QCOMPARE(ref.familiarName(), familiar);
    QCOMPARE(ImageReference::parse(ref.toString()), ref);
}

void TestImageReference::parse_rejectsWhatDockerRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << u""_s;
    QTest::newRow("upper case repository") << u"Tensorflow/tensorflow"_s;
    QTest::newRow("space inside") << u"tensor flow/x"_s;
    QTest::newRow("empty component") << u"a//b"_s;
    QTest::newRow("bad tag") << u"ubuntu:bad/tag!"_s;
    QTest::newRow("trailing colon") << u"ubuntu:"_s;
    QTest::newRow("dot-dot path") << u"../../x"_s;
    QTest::newRow("dot-dot host") << u"../x/y"_s;
    QTest::newRow("dot-dot component") << u"ns/../x"_s;
    QTest::newRow("leading dot") << u"ns/.x"_s;
    QTest::newRow("trailing separator") << u"ns/x-"_s;
    QTest::newRow("double dot") << u"ns/a..b"_s;
    QTest::newRow("host with empty label") << u"reg..example.com/x/y"_s;
    QTest::newRow("host ending in dash") << u"reg-.example.com/x/y"_s;
    QTest::newRow("control character") << u"ns/x\u001b[31m"_s;
}

void TestImageReference::parse_rejectsWhatDockerRejects()
{
    QFETCH(QString, text);
    QVERIFY(!ImageReference::parse(text).isValid());
}

void TestImageReference::credentialKey_hubUsesIndexUrl()
{
    QCOMPARE(ImageReference::parse(QStringLiteral("pytorch/pytorch")).credentialKey(),
             QStringLiteral("https://index.docker.io/v1/"));
    QCOMPARE(ImageReference::parse(QStringLiteral("127.0.0.1:5401/berth/multilayer")).credentialKey(),
             QStringLiteral("127.0.0.1:5401"));
}

void TestImageReference::registryBaseUrl_loopbackIsPlainHttp()
{
    QCOMPARE(ImageReference::parse(QStringLiteral("127.0.0.1:5400/a/b")).registryBaseUrl(),
             QStringLiteral("http://127.0.0.1:5400"));
    QCOMPARE(ImageReference::parse(QStringLiteral("localhost:5000/a/b")).registryBaseUrl(),
             QStringLiteral("http://localhost:5000"));
    QCOMPARE(ImageReference::parse(QStringLiteral("nvcr.io/nvidia/cuda")).registryBaseUrl(),
             QStringLiteral("https://nvcr.io"));
    QCOMPARE(ImageReference::parse(QStringLiteral("nvidia/cuda")).registryBaseUrl(),
             QStringLiteral("https://registry-1.docker.io"));
}

void TestImageReference::authChallenge_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("realm");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("scope");
    QTest::newRow("docker hub")
        << QByteArray(
               R"(Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/ubuntu:pull")")
        << u"bearer"_s << u"https://auth.docker.io/token"_s << u"registry.docker.io"_s
        << u"repository:library/ubuntu:pull"_s;
    QTest::newRow("scope with comma") << QByteArray(R"(Bearer realm="https://r/t", scope="repository:a/b:pull,push")")
                                      << u"bearer"_s << u"https://r/t"_s << u""_s << u"repository:a/b:pull,push"_s;
    QTest::newRow("nvcr without service") << QByteArray(R"(Bearer realm="https://nvcr.io/proxy_auth",scope="x")")
                                          << u"bearer"_s << u"https://nvcr.io/proxy_auth"_s << u""_s << u"x"_s;
    QTest::newRow("basic") << QByteArray(R"(Basic realm="berth-test")") << u"basic"_s << u"berth-test"_s << u""_s
                           << u""_s;
    QTest::newRow("garbage") << QByteArray("=,,\"") << u"=,,\""_s << u""_s << u""_s << u""_s;
    QTest::newRow("empty") << QByteArray() << u""_s << u""_s << u""_s << u""_s;
}

void TestImageReference::authChallenge()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, scheme);
    QFETCH(QString, realm);
    QFETCH(QString, service);
    QFETCH(QString, scope);
    const AuthChallenge c = AuthChallenge::parse(header);
    QCOMPARE(c.scheme, scheme);
    QCOMPARE(c.realm(), realm);
    QCOMPARE(c.service(), service);
    QCOMPARE(c.scope(), scope);
}

void TestImageReference::linkHeader_data()
{
    QTest::addColumn<QByteArray>("link");
    QTest::addColumn<QString>("next");
    QTest::newRow("distribution") << QByteArray(R"(</v2/berth/multilayer/tags/list?last=1.1&n=2>; rel="next")")
                                  << u"http://127.0.0.1:5400/v2/berth/multilayer/tags/list?last=1.1&n=2"_s;
    QTest::newRow("absolute") << QByteArray(R"(<https://other/v2/x/tags/list?n=1&last=a>; rel="next")")
                              << u"https://other/v2/x/tags/list?n=1&last=a"_s;
    QTest::newRow("prev only") << QByteArray(R"(</v2/x?last=a>; rel="prev")") << u""_s;
    QTest::newRow("none") << QByteArray() << u""_s;
}

void TestImageReference::linkHeader()
{
    QFETCH(QByteArray, link);
    QFETCH(QString, next);
    const QUrl base(QStringLiteral("http://127.0.0.1:5400/v2/berth/multilayer/tags/list?n=2"));
    QCOMPARE(RegistryTagSource::nextFromLink(link, base).toString(), next);
}

QTEST_GUILESS_MAIN(TestImageReference)
#include "test_imagereference.moc"
