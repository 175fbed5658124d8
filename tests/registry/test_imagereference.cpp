// SPDX-License-Identifier: Apache-2.0
#include "engine/imagereference.h"
#include "registry/authchallenge.h"
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
    void split_data();
    void split();
    void split_keepsInvalidTextAsTyped();
    void parse_registryPortTagAndDigest();
    void parse_roundTripsThroughToString_data();
    void parse_roundTripsThroughToString();
    void parse_refusesUpperCaseButKeepsItsRegistryHost();
    void isValidName_takesNoTagOrDigest();
    void isValidTag_followsTheReferenceGrammar();
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

void TestImageReference::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("digest");
    const QString digest = u"sha256:"_s + QString(64, u'a');
    QTest::newRow("bare") << u"ubuntu"_s << u"ubuntu"_s << u""_s << u""_s;
    QTest::newRow("tag") << u"pytorch/pytorch:2.3.0"_s << u"pytorch/pytorch"_s << u"2.3.0"_s << u""_s;
    QTest::newRow("port is not a tag") << u"localhost:5000/a/b"_s << u"localhost:5000/a/b"_s << u""_s << u""_s;
    QTest::newRow("port and tag") << u"localhost:5000/a/b:tag"_s << u"localhost:5000/a/b"_s << u"tag"_s << u""_s;
    QTest::newRow("digest") << (u"busybox@"_s + digest) << u"busybox"_s << u""_s << digest;
    QTest::newRow("tag and digest") << (u"localhost:5000/a/b:tag@"_s + digest) << u"localhost:5000/a/b"_s << u"tag"_s
                                    << digest;
}

void TestImageReference::split()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, tag);
    QFETCH(QString, digest);
    const ImageReference::Parts parts = ImageReference::split(text);
    QCOMPARE(parts.name, name);
    QCOMPARE(parts.tag, tag);
    QCOMPARE(parts.digest, digest);
    QCOMPARE(ImageReference::join(parts.name, parts.tag, parts.digest), text);
    QCOMPARE(ImageReference::hasTagOrDigest(text), !tag.isEmpty() || !digest.isEmpty());
}

void TestImageReference::split_keepsInvalidTextAsTyped()
{
    // A form keeps what was typed so the validator can point at it; parse() refuses the same text.
    const ImageReference::Parts parts = ImageReference::split(u"Tensorflow/Tensorflow:bad~tag"_s);
    QCOMPARE(parts.name, u"Tensorflow/Tensorflow"_s);
    QCOMPARE(parts.tag, u"bad~tag"_s);
    QVERIFY(!ImageReference::parse(u"Tensorflow/Tensorflow:bad~tag"_s).isValid());
}

void TestImageReference::parse_registryPortTagAndDigest()
{
    const QString digest = u"sha256:"_s + QString(64, u'0');
    const ImageReference ref = ImageReference::parse(u"localhost:5000/a/b:tag@"_s + digest);
    QVERIFY(ref.isValid());
    QCOMPARE(ref.registry(), u"localhost:5000"_s);
    QCOMPARE(ref.repository(), u"a/b"_s);
    QCOMPARE(ref.tag(), u"tag"_s);
    QCOMPARE(ref.digest(), digest);
    QVERIFY(ref.isLoopback());
    QCOMPARE(ref.withoutTag().toString(), u"localhost:5000/a/b"_s);
    // "localhost:5000" alone is the image "localhost" at tag 5000, as docker reads it.
    const ImageReference bare = ImageReference::parse(u"localhost:5000"_s);
    QCOMPARE(bare.registry(), u"docker.io"_s);
    QCOMPARE(bare.repository(), u"library/localhost"_s);
    QCOMPARE(bare.tag(), u"5000"_s);
    // A digest must name its algorithm and enough hex.
    QVERIFY(!ImageReference::parse(u"busybox@sha256:abc"_s).isValid());
    QVERIFY(!ImageReference::parse(u"busybox@"_s).isValid());
}

void TestImageReference::parse_roundTripsThroughToString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("library is implied") << u"docker.io/library/ubuntu:22.04"_s << u"ubuntu:22.04"_s;
    QTest::newRow("docker.io is implied") << u"docker.io/nvidia/cuda"_s << u"nvidia/cuda"_s;
    QTest::newRow("registry-1 alias") << u"registry-1.docker.io/pytorch/pytorch:2.3.0"_s << u"pytorch/pytorch:2.3.0"_s;
    QTest::newRow("other registry keeps its host") << u"localhost:5000/a/b:tag"_s << u"localhost:5000/a/b:tag"_s;
    QTest::newRow("library under another host stays") << u"nvcr.io/library/x"_s << u"nvcr.io/library/x"_s;
}

void TestImageReference::parse_roundTripsThroughToString()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    const ImageReference ref = ImageReference::parse(text);
    QVERIFY(ref.isValid());
    QCOMPARE(ref.toString(), written);
    QCOMPARE(ImageReference::parse(written), ref);
}

void TestImageReference::parse_refusesUpperCaseButKeepsItsRegistryHost()
{
    QVERIFY(!ImageReference::parse(u"tensorflow/TensorFlow"_s).isValid());
    QVERIFY(!ImageReference::parse(u"Ubuntu"_s).isValid());
    QVERIFY(!ImageReference::isValidName(u"localhost:5000/A/b"_s));
    // Host names are not case sensitive; only the repository path must be lower case.
    const ImageReference ref = ImageReference::parse(u"Registry.Example.com:443/team/img"_s);
    QVERIFY(ref.isValid());
    QCOMPARE(ref.registry(), u"Registry.Example.com:443"_s);
}

void TestImageReference::isValidName_takesNoTagOrDigest()
{
    QVERIFY(ImageReference::isValidName(u"localhost:5000/a/b"_s));
    QVERIFY(ImageReference::isValidName(u"ubuntu"_s));
    QVERIFY(!ImageReference::isValidName(u"ubuntu:22.04"_s));
    QVERIFY(!ImageReference::isValidName(u"ubuntu@sha256:"_s + QString(64, u'a')));
    QVERIFY(!ImageReference::isValidName(QString()));
    QVERIFY(!ImageReference::isValidName(u"a/"_s + QString(260, u'b')));
}

void TestImageReference::isValidTag_followsTheReferenceGrammar()
{
    QVERIFY(ImageReference::isValidTag(u"2.15.0-gpu"_s));
    QVERIFY(ImageReference::isValidTag(u"_private"_s));
    QVERIFY(ImageReference::isValidTag(QString(128, u'a')));
    QVERIFY(!ImageReference::isValidTag(QString(129, u'a')));
    QVERIFY(!ImageReference::isValidTag(u".hidden"_s));
    QVERIFY(!ImageReference::isValidTag(u"-rc"_s));
    QVERIFY(!ImageReference::isValidTag(u"bad~tag"_s));
    QVERIFY(!ImageReference::isValidTag(QString()));
    QVERIFY(!ImageReference::parse(u"ubuntu:-rc"_s).isValid());
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
