// SPDX-License-Identifier: Apache-2.0
#include "contextstore.h"

#include "settings/storefile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace berth::core {

namespace {
constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto Readable = OwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther;
} // namespace

ContextStore::ContextStore(const QString &configDir) : m_dir(configDir.isEmpty() ? defaultConfigDir() : configDir) {}

QString ContextStore::defaultConfigDir()
{
    const QString env = qEnvironmentVariable("DOCKER_CONFIG");
    if (!env.isEmpty())
        return env;
    return QDir::homePath() + QStringLiteral("/.docker");
}

QString ContextStore::nameHash(const QString &name)
{
    return QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool ContextStore::isValidName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$"));
    return name != QLatin1String("default") && re.match(name).hasMatch();
}

QString ContextStore::metaDir(const QString &name) const
{
    return m_dir + QStringLiteral("/contexts/meta/") + nameHash(name);
}

QString ContextStore::tlsDir(const QString &name) const
{
    return m_dir + QStringLiteral("/contexts/tls/") + nameHash(name) + QStringLiteral("/docker");
}

std::optional<DockerContext> ContextStore::readMeta(const QString &metaFile, QString *error) const
{
    QFile file(metaFile);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(metaFile, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1024 * 1024), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(metaFile, parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    DockerContext c;
    c.name = o.value(QLatin1String("Name")).toString();
    c.description = o.value(QLatin1String("Metadata")).toObject().value(QLatin1String("Description")).toString();
    const QJsonObject docker = o.value(QLatin1String("Endpoints")).toObject().value(QLatin1String("docker")).toObject();
    c.host = docker.value(QLatin1String("Host")).toString();
    c.skipTlsVerify = docker.value(QLatin1String("SkipTLSVerify")).toBool();
    if (c.name.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: no Name").arg(metaFile);
        return std::nullopt;
    }
    const QString tls = tlsDir(c.name);
    const auto present = [&tls](const char *file) {
        const QString path = tls + QLatin1Char('/') + QLatin1String(file);
        return QFileInfo::exists(path) ? path : QString();
    };
    c.caFile = present("ca.pem");
    c.certFile = present("cert.pem");
    c.keyFile = present("key.pem");
    return c;
}

QList<DockerContext> ContextStore::list(const QString &defaultHost, QString *error) const
{
    QList<DockerContext> contexts;
    DockerContext builtIn;
    builtIn.name = QStringLiteral("default");
    builtIn.isDefault = true;
    builtIn.host = defaultHost;
    contexts.append(builtIn);
    QList<DockerContext> stored;
    const QDir meta(m_dir + QStringLiteral("/contexts/meta"));
    const auto entries = meta.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        QString readError;
        if (auto c = readMeta(meta.filePath(entry) + QStringLiteral("/meta.json"), &readError))
            stored.append(*c);
        else if (error && !readError.isEmpty())
            *error = readError; // one unreadable context does not hide the others
    }
    std::sort(stored.begin(), stored.end(),
              [](const DockerContext &a, const DockerContext &b) { return a.name < b.name; });
    contexts.append(stored);
    return contexts;
}

std::optional<DockerContext> ContextStore::find(const QString &name, QString *error) const
{
    const QString file = metaDir(name) + QStringLiteral("/meta.json");
    if (!QFileInfo::exists(file)) {
        if (error)
            error->clear();
        return std::nullopt;
    }
    return readMeta(file, error);
}

QString ContextStore::currentContext() const
{
    QFile file(m_dir + QStringLiteral("/config.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString name =
        QJsonDocument::fromJson(file.read(4 * 1024 * 1024)).object().value(QLatin1String("currentContext")).toString();
    return name == QLatin1String("default") ? QString() : name;
}

bool ContextStore::setCurrentContext(const QString &name, QString *error)
{
    const QString path = m_dir + QStringLiteral("/config.json");
    QJsonObject config;
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(path, file.errorString());
            return false;
        }
        // The whole file is rewritten, so it is read whole, but not without bound: no real config comes near this.
        constexpr qint64 maxConfigBytes = 16 * 1024 * 1024;
        const QByteArray bytes = file.read(maxConfigBytes + 1);
        file.close();
        if (bytes.size() > maxConfigBytes) {
            if (error)
                *error = QStringLiteral("%1: larger than 16 MiB; left unchanged").arg(path);
            return false;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        // Never replace a config Berth cannot read: it holds the user's registry logins.
        if (!doc.isObject()) {
            if (error)
                *error = QStringLiteral("%1: not a JSON object; left unchanged").arg(path);
            return false;
        }
        config = doc.object();
    }
    if (name.isEmpty() || name == QLatin1String("default"))
        config.remove(QLatin1String("currentContext"));
    else
        config.insert(QLatin1String("currentContext"), name);
    QDir().mkpath(m_dir);
    const auto permissions = file.exists() ? file.permissions() : QFileDevice::Permissions(OwnerOnly);
    return StoreFile::write(path, QJsonDocument(config).toJson(QJsonDocument::Indented), error, permissions);
}

bool ContextStore::save(const DockerContext &context, QString *error, const QString &previousName)
{
    if (!isValidName(context.name)) {
        if (error)
            *error = QStringLiteral("invalid context name: %1").arg(context.name);
        return false;
    }
    // Read the TLS files first: when renaming, they may live in the folder that is about to go.
    struct Pem
    {
        const char *name;
        QString source;
        QByteArray data;
    };
    Pem pems[] = {{"ca.pem", context.caFile, {}}, {"cert.pem", context.certFile, {}}, {"key.pem", context.keyFile, {}}};
    for (Pem &pem : pems) {
        if (pem.source.isEmpty())
            continue;
        QFile f(pem.source);
        if (!f.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(pem.source, f.errorString());
            return false;
        }
        pem.data = f.read(1024 * 1024);
    }

    QJsonObject docker{{QStringLiteral("Host"), context.host},
                       {QStringLiteral("SkipTLSVerify"), context.skipTlsVerify}};
    QJsonObject metadata;
    if (!context.description.isEmpty())
        metadata.insert(QStringLiteral("Description"), context.description);
    const QJsonObject meta{{QStringLiteral("Name"), context.name},
                           {QStringLiteral("Metadata"), metadata},
                           {QStringLiteral("Endpoints"), QJsonObject{{QStringLiteral("docker"), docker}}}};
    const QString dir = metaDir(context.name);
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QStringLiteral("%1: cannot create the folder").arg(dir);
        return false;
    }
    if (!StoreFile::write(dir + QStringLiteral("/meta.json"), QJsonDocument(meta).toJson(QJsonDocument::Compact), error,
                          Readable))
        return false;

    const QString tls = tlsDir(context.name);
    bool anyTls = false;
    for (const Pem &pem : pems)
        anyTls = anyTls || !pem.source.isEmpty();
    if (anyTls && !QDir().mkpath(tls)) {
        if (error)
            *error = QStringLiteral("%1: cannot create the folder").arg(tls);
        return false;
    }
    for (const Pem &pem : pems) {
        const QString target = tls + QLatin1Char('/') + QLatin1String(pem.name);
        if (pem.source.isEmpty()) {
            QFile::remove(target);
            continue;
        }
        if (QFileInfo(pem.source).canonicalFilePath() == QFileInfo(target).canonicalFilePath())
            continue;
        if (!StoreFile::write(target, pem.data, error, OwnerOnly))
            return false;
    }
    if (!anyTls)
        QDir(m_dir + QStringLiteral("/contexts/tls/") + nameHash(context.name)).removeRecursively();
    if (!previousName.isEmpty() && previousName != context.name) {
        QDir(metaDir(previousName)).removeRecursively();
        QDir(m_dir + QStringLiteral("/contexts/tls/") + nameHash(previousName)).removeRecursively();
        if (currentContext() == previousName)
            return setCurrentContext(context.name, error);
    }
    return true;
}

bool ContextStore::remove(const QString &name, QString *error)
{
    if (!find(name)) {
        if (error)
            *error = QStringLiteral("no such context: %1").arg(name);
        return false;
    }
    const bool ok = QDir(metaDir(name)).removeRecursively() &&
                    QDir(m_dir + QStringLiteral("/contexts/tls/") + nameHash(name)).removeRecursively();
    if (!ok && error)
        *error = QStringLiteral("%1: cannot remove").arg(metaDir(name));
    // Like `docker context rm`: the current context falls back to the default.
    if (ok && currentContext() == name)
        return setCurrentContext({}, error);
    return ok;
}

} // namespace berth::core
