// SPDX-License-Identifier: Apache-2.0
#include "credentialtestutil.h"
#include "registry/dockercredentials.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace berth::core;

class TestDockerCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void auths_base64UserPassword();
    void auths_keyWithSchemeAndPathStillMatches();
    void auths_hubAliasesMatchIndexKey();
    void missingConfig_isEmptyNotAnError();
    void credHelpers_askTheNamedHelper();
    void credsStore_usedWhenNoCredHelper();
    void helperWithoutEntry_fallsBackToAuths();
    void helperNotInstalled_fallsBackToAuths();
    void helperTokenUsername_isIdentityToken();
    void registryAuth_isBase64UrlJson();
    void contextDestroyed_callbackNeverRuns();
    void dockerConfigEnvironment_isDefaultDirectory();

private:
    std::optional<RegistryCredential> lookup(const QString &key);
    QTemporaryDir m_config;
    QTemporaryDir m_bin;
    QByteArray m_oldPath;
};

void TestDockerCredentials::initTestCase()
{
    m_oldPath = qgetenv("PATH");
    qputenv("PATH", m_bin.path().toUtf8() + ':' + m_oldPath);
}

void TestDockerCredentials::cleanupTestCase()
{
    qputenv("PATH", m_oldPath);
}

std::optional<RegistryCredential> TestDockerCredentials::lookup(const QString &key)
{
    DockerCredentials credentials(m_config.path(), nullptr);
    std::optional<RegistryCredential> result;
    QObject context;
    credentials.lookup(key, &context, [&](const RegistryCredential &c) { result = c; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return std::nullopt;
    return result;
}

void TestDockerCredentials::auths_base64UserPassword()
{
    QVERIFY(writeDockerConfig(
        m_config.path(),
        {{QStringLiteral("auths"), QJsonObject{{QStringLiteral("127.0.0.1:5401"),
                                                authEntry(QStringLiteral("berth"), QStringLiteral("pa:ss"))}}}}));
    const auto c = lookup(QStringLiteral("127.0.0.1:5401"));
    QVERIFY(c);
    QCOMPARE(c->username, QStringLiteral("berth"));
    QCOMPARE(c->password, QStringLiteral("pa:ss")); // only the first colon separates
    QCOMPARE(c->basicAuthorization(), "Basic " + QByteArray("berth:pa:ss").toBase64());
    QVERIFY(lookup(QStringLiteral("127.0.0.1:9999"))->isEmpty());
}

void TestDockerCredentials::auths_keyWithSchemeAndPathStillMatches()
{
    QVERIFY(writeDockerConfig(m_config.path(), {{QStringLiteral("auths"),
                                                 QJsonObject{{QStringLiteral("https://registry.example.com/v2/"),
                                                              authEntry(QStringLiteral("u"), QStringLiteral("p"))}}}}));
    QCOMPARE(lookup(QStringLiteral("registry.example.com"))->username, QStringLiteral("u"));
}

void TestDockerCredentials::auths_hubAliasesMatchIndexKey()
{
    QVERIFY(writeDockerConfig(
        m_config.path(),
        {{QStringLiteral("auths"),
          QJsonObject{{QStringLiteral("docker.io"), authEntry(QStringLiteral("hub"), QStringLiteral("pw"))}}}}));
    QCOMPARE(lookup(QStringLiteral("https://index.docker.io/v1/"))->username, QStringLiteral("hub"));
}

void TestDockerCredentials::missingConfig_isEmptyNotAnError()
{
    QFile::remove(m_config.filePath(QStringLiteral("config.json")));
    const auto c = lookup(QStringLiteral("127.0.0.1:5401"));
    QVERIFY(c);
    QVERIFY(c->isEmpty());
}

void TestDockerCredentials::credHelpers_askTheNamedHelper()
{
    QVERIFY(writeCredentialHelper(m_bin.path(), QStringLiteral("berthone"), QStringLiteral("127.0.0.1:5401"),
                                  QStringLiteral("helperuser"), QStringLiteral("helpersecret")));
    QVERIFY(writeDockerConfig(
        m_config.path(),
        {{QStringLiteral("credsStore"), QStringLiteral("doesnotexist")},
         {QStringLiteral("credHelpers"), QJsonObject{{QStringLiteral("127.0.0.1:5401"), QStringLiteral("berthone")}}},
         {QStringLiteral("auths"), QJsonObject{{QStringLiteral("127.0.0.1:5401"), QJsonObject{}}}}}));
    const auto c = lookup(QStringLiteral("127.0.0.1:5401"));
    QVERIFY(c);
    QCOMPARE(c->username, QStringLiteral("helperuser"));
    QCOMPARE(c->password, QStringLiteral("helpersecret"));
    QFile log(m_bin.filePath(QStringLiteral("docker-credential-berthone.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QCOMPARE(log.readAll().trimmed(), QByteArray("127.0.0.1:5401")); // the server URL went in on stdin
}

void TestDockerCredentials::credsStore_usedWhenNoCredHelper()
{
    QVERIFY(writeCredentialHelper(m_bin.path(), QStringLiteral("berthstore"),
                                  QStringLiteral("https://index.docker.io/v1/"), QStringLiteral("hubuser"),
                                  QStringLiteral("hubsecret")));
    QVERIFY(writeDockerConfig(m_config.path(), {{QStringLiteral("credsStore"), QStringLiteral("berthstore")}}));
    const auto c = lookup(QStringLiteral("https://index.docker.io/v1/"));
    QCOMPARE(c->username, QStringLiteral("hubuser"));
    QCOMPARE(c->password, QStringLiteral("hubsecret"));
}

void TestDockerCredentials::helperWithoutEntry_fallsBackToAuths()
{
    QVERIFY(writeCredentialHelper(m_bin.path(), QStringLiteral("berthstore"), QStringLiteral("elsewhere"),
                                  QStringLiteral("x"), QStringLiteral("y")));
    QVERIFY(writeDockerConfig(
        m_config.path(),
        {{QStringLiteral("credsStore"), QStringLiteral("berthstore")},
         {QStringLiteral("auths"), QJsonObject{{QStringLiteral("127.0.0.1:5401"),
                                                authEntry(QStringLiteral("fileuser"), QStringLiteral("filepw"))}}}}));
    QCOMPARE(lookup(QStringLiteral("127.0.0.1:5401"))->username, QStringLiteral("fileuser"));
}

void TestDockerCredentials::helperNotInstalled_fallsBackToAuths()
{
    QVERIFY(writeDockerConfig(
        m_config.path(),
        {{QStringLiteral("credsStore"), QStringLiteral("nosuchhelper")},
         {QStringLiteral("auths"), QJsonObject{{QStringLiteral("127.0.0.1:5401"),
                                                authEntry(QStringLiteral("fileuser"), QStringLiteral("filepw"))}}}}));
    QCOMPARE(lookup(QStringLiteral("127.0.0.1:5401"))->username, QStringLiteral("fileuser"));
}

void TestDockerCredentials::helperTokenUsername_isIdentityToken()
{
    QVERIFY(writeCredentialHelper(m_bin.path(), QStringLiteral("berthtoken"), QStringLiteral("ghcr.io"),
                                  QStringLiteral("<token>"), QStringLiteral("refresh-123")));
    QVERIFY(writeDockerConfig(m_config.path(), {{QStringLiteral("credsStore"), QStringLiteral("berthtoken")}}));
    const auto c = lookup(QStringLiteral("ghcr.io"));
    QCOMPARE(c->identityToken, QStringLiteral("refresh-123"));
    QVERIFY(c->username.isEmpty());
    const QJsonObject auth =
        QJsonDocument::fromJson(QByteArray::fromBase64(c->toRegistryAuth(), QByteArray::Base64UrlEncoding)).object();
    QCOMPARE(auth.value(QLatin1String("identitytoken")).toString(), QStringLiteral("refresh-123"));
}

void TestDockerCredentials::registryAuth_isBase64UrlJson()
{
    RegistryCredential c;
    c.username = QStringLiteral("berth");
    c.password = QStringLiteral("s3cr?t>>~~");
    c.serverAddress = QStringLiteral("127.0.0.1:5401");
    const QByteArray header = c.toRegistryAuth();
    QVERIFY(!header.contains('+') && !header.contains('/'));
    const QJsonObject o =
        QJsonDocument::fromJson(QByteArray::fromBase64(header, QByteArray::Base64UrlEncoding)).object();
    QCOMPARE(o.value(QLatin1String("username")).toString(), c.username);
    QCOMPARE(o.value(QLatin1String("password")).toString(), c.password);
    QCOMPARE(o.value(QLatin1String("serveraddress")).toString(), c.serverAddress);
}

void TestDockerCredentials::contextDestroyed_callbackNeverRuns()
{
    DockerCredentials credentials(m_config.path(), nullptr);
    bool called = false;
    auto *context = new QObject;
    credentials.lookup(QStringLiteral("x"), context, [&](const RegistryCredential &) { called = true; });
    delete context;
    QTest::qWait(300);
    QVERIFY(!called);
}

void TestDockerCredentials::dockerConfigEnvironment_isDefaultDirectory()
{
    qputenv("DOCKER_CONFIG", m_config.path().toUtf8());
    DockerCredentials credentials;
    QCOMPARE(credentials.configDir(), m_config.path());
    qunsetenv("DOCKER_CONFIG");
}

QTEST_GUILESS_MAIN(TestDockerCredentials)
#include "test_dockercredentials.moc"
