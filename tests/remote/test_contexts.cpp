// SPDX-License-Identifier: Apache-2.0
// Docker contexts: Berth reads what the real `docker context create` writes, and the real `docker context ls` sees
// what Berth writes. The precedence of --host, DOCKER_HOST, --context, DOCKER_CONTEXT and currentContext.
#include "async.h"
#include "engine/contextstore.h"
#include "engine/endpoint.h"
#include "engine/engineclient.h"
#include "http/sshsession.h"
#include "remotetestenv.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace berth::core;
using berth::test::Awaiter;
namespace remote = berth::test::remote;

namespace {
// The newest docker CLI here understands ssh://host/path contexts; Debian's 20.10 does not (it refuses the path).
QString cli()
{
    return QFile::exists(QStringLiteral("/usr/local/bin/docker")) ? QStringLiteral("/usr/local/bin/docker")
                                                                  : remote::dockerCliPath();
}

EngineError versionError(const Endpoint &endpoint)
{
    EngineClient client(endpoint);
    Awaiter<Result<VersionInfo>> version;
    QObject context;
    client.version(&context, version.callback());
    if (!version.wait(60000))
        return {EngineError::Kind::Timeout, QStringLiteral("test: no answer")};
    return version.result().ok() ? EngineError() : version.result().error();
}
} // namespace

class TestContexts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void contextsCreatedByDockerCli_areReadByBerth();
    void contextsWrittenByBerth_areListedAndUsableByDockerCli();
    void use_setsCurrentContext_forTheCli_andKeepsOtherKeys();
    void remove_byBerth_isGoneForTheCli_andCurrentFallsBack();
    void rename_movesTlsFiles();
    void unreadableConfigJson_isNeverReplaced();
    void invalidNames_areRefused_data();
    void invalidNames_areRefused();
    void precedence_followsTheCli_data();
    void precedence_followsTheCli();
    void missingContext_isAnInvalidEndpointThatSaysSo();

private:
    QByteArray docker(const QStringList &args, int *code = nullptr);
    std::unique_ptr<QTemporaryDir> m_config;
};

void TestContexts::initTestCase()
{
    SshOptions options = SshOptions::fromEnvironment();
    options.configFile = remote::sshConfig();
    SshSession::setDefaultOptions(options);
}

void TestContexts::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    qputenv("DOCKER_CONFIG", m_config->path().toUtf8());
    qunsetenv("DOCKER_HOST");
    qunsetenv("DOCKER_CONTEXT");
}

void TestContexts::cleanup()
{
    qunsetenv("DOCKER_CONFIG");
    qunsetenv("DOCKER_HOST");
    qunsetenv("DOCKER_CONTEXT");
}

QByteArray TestContexts::docker(const QStringList &args, int *code)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_CONFIG"), m_config->path());
    env.remove(QStringLiteral("DOCKER_HOST"));
    env.remove(QStringLiteral("DOCKER_CONTEXT"));
    // The CLI runs plain `ssh`: the wrapper that uses the test sshd's keys.
    env.insert(QStringLiteral("PATH"),
               remote::env("BERTH_TEST_SSH_WRAPPER_DIR") + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    p.setProcessEnvironment(env);
    p.start(cli(), args);
    p.waitForFinished(60000);
    if (code)
        *code = p.exitCode();
    else if (p.exitCode() != 0)
        qWarning() << "docker" << args << "failed:" << p.readAllStandardError();
    return p.readAllStandardOutput();
}

void TestContexts::contextsCreatedByDockerCli_areReadByBerth()
{
    BERTH_REQUIRE_REMOTE();
    const QString certs = remote::tlsCertPath();
    int code = -1;
    docker({QStringLiteral("context"), QStringLiteral("create"), QStringLiteral("lab-ssh"),
            QStringLiteral("--description"), QStringLiteral("GPU box"), QStringLiteral("--docker"),
            QStringLiteral("host=") + remote::sshHost()},
           &code);
    QCOMPARE(code, 0);
    docker({QStringLiteral("context"), QStringLiteral("create"), QStringLiteral("lab-tls"), QStringLiteral("--docker"),
            QStringLiteral("host=%1,ca=%2/ca.pem,cert=%2/cert.pem,key=%2/key.pem").arg(remote::tlsHost(), certs)},
           &code);
    QCOMPARE(code, 0);

    const ContextStore store;
    const QList<DockerContext> contexts = store.list(QStringLiteral("unix:///var/run/docker.sock"));
    QCOMPARE(contexts.size(), 3);
    QCOMPARE(contexts.at(0).name, QStringLiteral("default"));
    QVERIFY(contexts.at(0).isDefault);
    QCOMPARE(contexts.at(1).name, QStringLiteral("lab-ssh"));
    QCOMPARE(contexts.at(1).description, QStringLiteral("GPU box"));
    QCOMPARE(contexts.at(1).host, remote::sshHost());
    QVERIFY(!contexts.at(1).hasTls());
    QCOMPARE(contexts.at(2).name, QStringLiteral("lab-tls"));
    QVERIFY(contexts.at(2).caFile.endsWith(QLatin1String("/docker/ca.pem")));
    QVERIFY(!contexts.at(2).certFile.isEmpty() && !contexts.at(2).keyFile.isEmpty());

    // Both reach the remote engine through Berth's own transports.
    for (const QString &name : {QStringLiteral("lab-ssh"), QStringLiteral("lab-tls")}) {
        const Endpoint endpoint = Endpoint::resolve({}, {}, name);
        QCOMPARE(endpoint.contextName(), name);
        QCOMPARE(endpoint.source(), Endpoint::Source::Context);
        const EngineError error = versionError(endpoint);
        QVERIFY2(!error.isError(), qPrintable(name + QStringLiteral(": ") + error.toString()));
    }
    // `docker context use` is seen too.
    docker({QStringLiteral("context"), QStringLiteral("use"), QStringLiteral("lab-tls")});
    QCOMPARE(Endpoint::resolve().contextName(), QStringLiteral("lab-tls"));
}

void TestContexts::contextsWrittenByBerth_areListedAndUsableByDockerCli()
{
    BERTH_REQUIRE_REMOTE();
    ContextStore store;
    DockerContext tls;
    tls.name = QStringLiteral("berth-tls");
    tls.description = QStringLiteral("written by Berth");
    tls.host = remote::tlsHost();
    tls.caFile = remote::tlsCertPath() + QStringLiteral("/ca.pem");
    tls.certFile = remote::tlsCertPath() + QStringLiteral("/cert.pem");
    tls.keyFile = remote::tlsCertPath() + QStringLiteral("/key.pem");
    QString error;
    QVERIFY2(store.save(tls, &error), qPrintable(error));
    DockerContext ssh;
    ssh.name = QStringLiteral("berth-ssh");
    ssh.host = remote::sshHost();
    QVERIFY2(store.save(ssh, &error), qPrintable(error));

    const QByteArray listed = docker({QStringLiteral("context"), QStringLiteral("ls"), QStringLiteral("--format"),
                                      QStringLiteral("{{.Name}}|{{.Description}}|{{.DockerEndpoint}}")});
    QVERIFY2(listed.contains(QByteArray("berth-tls|written by Berth|" + remote::tlsHost().toUtf8())),
             listed.constData());
    QVERIFY2(listed.contains(QByteArray("berth-ssh||" + remote::sshHost().toUtf8())), listed.constData());
    // The CLI finds the TLS files where Berth put them: it can talk to the TLS engine with them.
    int code = -1;
    const QByteArray version =
        docker({QStringLiteral("--context"), QStringLiteral("berth-tls"), QStringLiteral("version"),
                QStringLiteral("--format"), QStringLiteral("{{.Server.Version}}")},
               &code);
    QCOMPARE(code, 0);
    QVERIFY(!version.trimmed().isEmpty());
    docker({QStringLiteral("--context"), QStringLiteral("berth-ssh"), QStringLiteral("ps")}, &code);
    QCOMPARE(code, 0);
}

void TestContexts::use_setsCurrentContext_forTheCli_andKeepsOtherKeys()
{
    QFile config(m_config->filePath(QStringLiteral("config.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"auths": {"registry.example:5000": {"auth": "dTpw"}}, "detachKeys": "ctrl-x"})");
    config.close();
    ContextStore store;
    DockerContext c;
    c.name = QStringLiteral("gpu-1");
    c.host = QStringLiteral("ssh://me@gpu-1.example");
    QVERIFY(store.save(c));
    QString error;
    QVERIFY2(store.setCurrentContext(QStringLiteral("gpu-1"), &error), qPrintable(error));
    const QByteArray current = docker({QStringLiteral("context"), QStringLiteral("ls"), QStringLiteral("--format"),
                                       QStringLiteral("{{if .Current}}{{.Name}}{{end}}")});
    QCOMPARE(current.trimmed(), QByteArray("gpu-1"));
    QVERIFY(config.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(config.readAll()).object();
    config.close();
    QCOMPARE(o.value(QLatin1String("detachKeys")).toString(), QStringLiteral("ctrl-x"));
    QCOMPARE(o.value(QLatin1String("auths")).toObject().size(), 1);
    QCOMPARE(store.currentContext(), QStringLiteral("gpu-1"));
    QVERIFY(store.setCurrentContext(QStringLiteral("default")));
    QVERIFY(store.currentContext().isEmpty());
}

void TestContexts::remove_byBerth_isGoneForTheCli_andCurrentFallsBack()
{
    int code = -1;
    docker({QStringLiteral("context"), QStringLiteral("create"), QStringLiteral("old-box"), QStringLiteral("--docker"),
            QStringLiteral("host=ssh://me@old-box.example")},
           &code);
    QCOMPARE(code, 0);
    docker({QStringLiteral("context"), QStringLiteral("use"), QStringLiteral("old-box")});
    ContextStore store;
    QCOMPARE(store.currentContext(), QStringLiteral("old-box"));
    QString error;
    QVERIFY2(store.remove(QStringLiteral("old-box"), &error), qPrintable(error));
    const QByteArray listed = docker(
        {QStringLiteral("context"), QStringLiteral("ls"), QStringLiteral("--format"), QStringLiteral("{{.Name}}")});
    QVERIFY(!listed.contains("old-box"));
    QVERIFY(store.currentContext().isEmpty());
    QVERIFY(!store.remove(QStringLiteral("old-box"), &error));
}

void TestContexts::rename_movesTlsFiles()
{
    QTemporaryDir files;
    for (const char *name : {"ca.pem", "cert.pem", "key.pem"}) {
        QFile f(files.filePath(QLatin1String(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("-----BEGIN ") + name + "-----\n");
    }
    ContextStore store;
    DockerContext c;
    c.name = QStringLiteral("before");
    c.host = QStringLiteral("tcp://gpu.example:2376");
    c.caFile = files.filePath(QStringLiteral("ca.pem"));
    c.certFile = files.filePath(QStringLiteral("cert.pem"));
    c.keyFile = files.filePath(QStringLiteral("key.pem"));
    QVERIFY(store.save(c));
    QVERIFY(store.setCurrentContext(QStringLiteral("before")));
    DockerContext stored = *store.find(QStringLiteral("before"));
    stored.name = QStringLiteral("after");
    QString error;
    QVERIFY2(store.save(stored, &error, QStringLiteral("before")), qPrintable(error));
    QVERIFY(!store.find(QStringLiteral("before")));
    const DockerContext after = *store.find(QStringLiteral("after"));
    QFile ca(after.caFile);
    QVERIFY(ca.open(QIODevice::ReadOnly));
    QCOMPARE(ca.readAll(), QByteArray("-----BEGIN ca.pem-----\n"));
    QCOMPARE(store.currentContext(), QStringLiteral("after"));
    QVERIFY(
        !QDir(m_config->filePath(QStringLiteral("contexts/tls/") + ContextStore::nameHash(QStringLiteral("before"))))
             .exists());
}

void TestContexts::unreadableConfigJson_isNeverReplaced()
{
    QFile config(m_config->filePath(QStringLiteral("config.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("{\"auths\": {\"x\": "); // cut off
    config.close();
    ContextStore store;
    QString error;
    QVERIFY(!store.setCurrentContext(QStringLiteral("anything"), &error));
    QVERIFY(error.contains(QLatin1String("config.json")));
    QVERIFY(config.open(QIODevice::ReadOnly));
    QCOMPARE(config.readAll(), QByteArray("{\"auths\": {\"x\": "));
}

void TestContexts::invalidNames_areRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("default is built in") << QStringLiteral("default");
    QTest::newRow("one character") << QStringLiteral("a");
    QTest::newRow("slash") << QStringLiteral("lab/gpu");
    QTest::newRow("leading dot") << QStringLiteral(".hidden");
    QTest::newRow("space") << QStringLiteral("my server");
}

void TestContexts::invalidNames_areRefused()
{
    QFETCH(QString, name);
    QVERIFY(!ContextStore::isValidName(name));
    DockerContext c;
    c.name = name;
    c.host = QStringLiteral("ssh://x");
    QVERIFY(!ContextStore().save(c));
}

void TestContexts::precedence_followsTheCli_data()
{
    QTest::addColumn<QString>("explicitHost");
    QTest::addColumn<QString>("dockerHost");
    QTest::addColumn<QString>("explicitContext");
    QTest::addColumn<QString>("dockerContext");
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("expectedHost");
    const QString a = QStringLiteral("ssh://me@a.example"), b = QStringLiteral("ssh://me@b.example"),
                  c = QStringLiteral("ssh://me@c.example");
    const QString explicitHost = QStringLiteral("tcp://explicit.example:2375");
    const QString envHost = QStringLiteral("unix:///run/env.sock");
    QTest::newRow("--host beats everything") << explicitHost << envHost << "ctx-a"
                                             << "ctx-b"
                                             << "ctx-c" << explicitHost;
    QTest::newRow("DOCKER_HOST beats contexts") << "" << envHost << "ctx-a"
                                                << "ctx-b"
                                                << "ctx-c" << envHost;
    QTest::newRow("--context beats DOCKER_CONTEXT") << ""
                                                    << ""
                                                    << "ctx-a"
                                                    << "ctx-b"
                                                    << "ctx-c" << a;
    QTest::newRow("DOCKER_CONTEXT beats currentContext") << ""
                                                         << ""
                                                         << ""
                                                         << "ctx-b"
                                                         << "ctx-c" << b;
    QTest::newRow("currentContext") << ""
                                    << ""
                                    << ""
                                    << ""
                                    << "ctx-c" << c;
    QTest::newRow("default socket") << ""
                                    << ""
                                    << ""
                                    << ""
                                    << "" << QStringLiteral("unix:///var/run/docker.sock");
    QTest::newRow("--context default is the default socket")
        << ""
        << ""
        << "default"
        << "ctx-b"
        << "ctx-c" << QStringLiteral("unix:///var/run/docker.sock");
}

void TestContexts::precedence_followsTheCli()
{
    QFETCH(QString, explicitHost);
    QFETCH(QString, dockerHost);
    QFETCH(QString, explicitContext);
    QFETCH(QString, dockerContext);
    QFETCH(QString, current);
    QFETCH(QString, expectedHost);
    ContextStore store;
    for (const char *n : {"a", "b", "c"}) {
        DockerContext ctx;
        ctx.name = QStringLiteral("ctx-") + QLatin1String(n);
        ctx.host = QStringLiteral("ssh://me@%1.example").arg(QLatin1String(n));
        QVERIFY(store.save(ctx));
    }
    if (!current.isEmpty())
        QVERIFY(store.setCurrentContext(current));
    if (!dockerHost.isEmpty())
        qputenv("DOCKER_HOST", dockerHost.toUtf8());
    if (!dockerContext.isEmpty())
        qputenv("DOCKER_CONTEXT", dockerContext.toUtf8());
    const Endpoint endpoint = Endpoint::resolve(explicitHost, {}, explicitContext);
    QCOMPARE(endpoint.host(), expectedHost);
}

void TestContexts::missingContext_isAnInvalidEndpointThatSaysSo()
{
    const Endpoint endpoint = Endpoint::resolve({}, {}, QStringLiteral("no-such-context"));
    QVERIFY(!endpoint.isValid());
    QVERIFY(endpoint.invalidReason().contains(QLatin1String("no-such-context")));
    const EngineError error = versionError(endpoint);
    QCOMPARE(error.kind(), EngineError::Kind::NotSupported);
}

QTEST_MAIN(TestContexts)
#include "test_contexts.moc"
