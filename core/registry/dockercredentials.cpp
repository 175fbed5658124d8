// SPDX-License-Identifier: Apache-2.0
#include "dockercredentials.h"

#include "async/handback.h"
#include "registrylogging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace berth::core {

namespace {
struct ConfigAnswer
{
    QString helper;              // credential helper to ask, empty for none
    RegistryCredential fromFile; // auths entry, possibly empty
};

ConfigAnswer readConfig(const QString &configDir, const QString &key)
{
    ConfigAnswer answer;
    QFile file(configDir + QStringLiteral("/config.json"));
    if (!file.open(QIODevice::ReadOnly))
        return answer;
    const QJsonObject root = QJsonDocument::fromJson(file.read(4 * 1024 * 1024)).object();
    const QString wanted = DockerCredentials::normaliseKey(key);

    auto findIn = [&](const QJsonObject &map) -> QJsonValue {
        if (map.contains(key))
            return map.value(key);
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (DockerCredentials::normaliseKey(it.key()) == wanted)
                return it.value();
        }
        return {};
    };

    const QJsonValue helper = findIn(root.value(QLatin1String("credHelpers")).toObject());
    if (helper.isString() && !helper.toString().isEmpty())
        answer.helper = helper.toString();
    else
        answer.helper = root.value(QLatin1String("credsStore")).toString();

    const QJsonObject entry = findIn(root.value(QLatin1String("auths")).toObject()).toObject();
    answer.fromFile.serverAddress = key;
    const QByteArray auth = QByteArray::fromBase64(entry.value(QLatin1String("auth")).toString().toLatin1());
    const qsizetype colon = auth.indexOf(':');
    if (colon > 0) {
        answer.fromFile.username = QString::fromUtf8(auth.left(colon));
        answer.fromFile.password = QString::fromUtf8(auth.mid(colon + 1));
    } else {
        answer.fromFile.username = entry.value(QLatin1String("username")).toString();
        answer.fromFile.password = entry.value(QLatin1String("password")).toString();
    }
    answer.fromFile.identityToken = entry.value(QLatin1String("identitytoken")).toString();
    return answer;
}
} // namespace

QByteArray RegistryCredential::toRegistryAuth() const
{
    QJsonObject o;
    if (!identityToken.isEmpty()) {
        o.insert(QLatin1String("identitytoken"), identityToken);
    } else {
        o.insert(QLatin1String("username"), username);
        o.insert(QLatin1String("password"), password);
    }
    o.insert(QLatin1String("serveraddress"), serverAddress);
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding);
}

QByteArray RegistryCredential::basicAuthorization() const
{
    if (username.isEmpty() && password.isEmpty())
        return {};
    const QByteArray pair = username.toUtf8() + ':' + password.toUtf8();
    return "Basic " + pair.toBase64();
}

DockerCredentials::DockerCredentials(QObject *parent) : QObject(parent)
{
    m_configDir = qEnvironmentVariable("DOCKER_CONFIG");
    if (m_configDir.isEmpty())
        m_configDir = QDir::homePath() + QStringLiteral("/.docker");
}

DockerCredentials::DockerCredentials(const QString &configDir, QObject *parent)
    : QObject(parent), m_configDir(configDir)
{
}

QString DockerCredentials::normaliseKey(const QString &key)
{
    QString k = key.trimmed().toLower();
    if (const qsizetype scheme = k.indexOf(QLatin1String("://")); scheme >= 0)
        k = k.mid(scheme + 3);
    if (const qsizetype slash = k.indexOf(QLatin1Char('/')); slash >= 0)
        k.truncate(slash);
    if (k == QLatin1String("docker.io") || k == QLatin1String("registry-1.docker.io") ||
        k == QLatin1String("registry.hub.docker.com"))
        k = QStringLiteral("index.docker.io");
    return k;
}

void DockerCredentials::lookup(const QString &key, QObject *context, Callback done)
{
    QPointer<QObject> guard(context);
    handBack(QtConcurrent::run(readConfig, m_configDir, key), this, [=, this](const ConfigAnswer &answer) {
        if (!guard)
            return;
        if (!answer.helper.isEmpty()) {
            runHelper(answer.helper, key, answer.fromFile, context, done);
            return;
        }
        qCDebug(lcRegistry) << "credentials for" << normaliseKey(key)
                            << (answer.fromFile.isEmpty() ? "not found" : "from config.json");
        done(answer.fromFile);
    });
}

void DockerCredentials::runHelper(const QString &helper, const QString &key, const RegistryCredential &fallback,
                                  QObject *context, Callback done)
{
    const QString program = QStringLiteral("docker-credential-") + helper;
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        qCWarning(lcRegistry) << "credential helper" << program << "is not installed; using config.json only";
        done(fallback);
        return;
    }
    auto *process = new QProcess(this);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    QPointer<QObject> guard(context);
    auto finish = [=](const RegistryCredential &credential) {
        if (process->property("berthDone").toBool())
            return;
        process->setProperty("berthDone", true);
        process->deleteLater();
        if (guard)
            done(credential);
    };
    connect(timer, &QTimer::timeout, process, [=] {
        qCWarning(lcRegistry) << program << "did not answer in time";
        process->kill();
        finish(fallback);
    });
    connect(process, &QProcess::errorOccurred, process, [=](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            qCWarning(lcRegistry) << program << "could not be started";
            finish(fallback);
        }
    });
    connect(process, &QProcess::finished, process, [=](int exitCode, QProcess::ExitStatus status) {
        if (status != QProcess::NormalExit || exitCode != 0) {
            // "credentials not found in native keychain" is the normal answer for a registry never logged in to.
            qCDebug(lcRegistry) << program << "has no credentials for" << normaliseKey(key);
            finish(fallback);
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
        RegistryCredential c;
        c.serverAddress = key;
        const QString user = o.value(QLatin1String("Username")).toString();
        const QString secret = o.value(QLatin1String("Secret")).toString();
        if (user == QLatin1String("<token>"))
            c.identityToken = secret;
        else {
            c.username = user;
            c.password = secret;
        }
        qCDebug(lcRegistry) << "credentials for" << normaliseKey(key) << "from" << program;
        finish(c.isEmpty() ? fallback : c);
    });
    process->start(program, {QStringLiteral("get")});
    process->write(key.toUtf8());
    process->closeWriteChannel();
    timer->start(m_helperTimeoutMs);
}

} // namespace berth::core
