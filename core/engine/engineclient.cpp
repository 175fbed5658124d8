// SPDX-License-Identifier: Apache-2.0
#include "engineclient.h"

#include "async/handback.h"
#include "enginejson.h"
#include "hijackedconnection.h"
#include "http/httpclient.h"
#include "http/httpreply.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QtConcurrentRun>

namespace berth::core {

Q_LOGGING_CATEGORY(lcEngine, "berth.engine", QtWarningMsg)

namespace {
// The context is declared rather than passed to QCoreApplication::translate() in a helper: lupdate reads it
// from Q_DECLARE_TR_FUNCTIONS, but files a helper's texts under whatever class encloses each call.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::EngineClient)
};

// "1.41" → 1041, for ordering; -1 when malformed.
int versionKey(const QString &v)
{
    const QStringList parts = v.split(QLatin1Char('.'));
    bool ok1 = false, ok2 = false;
    if (parts.size() != 2)
        return -1;
    const int major = parts[0].toInt(&ok1), minor = parts[1].toInt(&ok2);
    return ok1 && ok2 ? major * 1000 + minor : -1;
}

QByteArray encodeFilters(const QMap<QString, QStringList> &filters)
{
    QJsonObject o;
    for (auto it = filters.begin(); it != filters.end(); ++it)
        o.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonDocument parseJson(const QByteArray &body, EngineError *error)
{
    QJsonParseError pe;
    QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        *error = {EngineError::Kind::Protocol, Tr::tr("The engine sent malformed JSON: %1").arg(pe.errorString())};
    return doc;
}

ContainerSummary parseSummary(const QJsonObject &o)
{
    ContainerSummary c;
    c.id = o.value(QLatin1String("Id")).toString();
    const QJsonArray names = o.value(QLatin1String("Names")).toArray();
    if (!names.isEmpty())
        c.name = names.first().toString().mid(names.first().toString().startsWith(QLatin1Char('/')) ? 1 : 0);
    c.image = o.value(QLatin1String("Image")).toString();
    c.imageId = o.value(QLatin1String("ImageID")).toString();
    c.command = o.value(QLatin1String("Command")).toString();
    c.state = o.value(QLatin1String("State")).toString();
    c.status = o.value(QLatin1String("Status")).toString();
    c.created = EngineJson::time(o.value(QLatin1String("Created")));
    c.statusInfo = ContainerStatus::parse(c.status, QDateTime::currentDateTimeUtc());
    if (c.statusInfo.kind == ContainerStatus::Kind::Created && c.created.isValid())
        c.statusInfo.since = c.created;
    c.labels = EngineJson::stringMap(o.value(QLatin1String("Labels")));
    c.ports = EngineJson::listPorts(o.value(QLatin1String("Ports")));
    c.mounts = EngineJson::mounts(o.value(QLatin1String("Mounts")));
    return c;
}

VolumeInfo parseVolume(const QJsonObject &o)
{
    VolumeInfo v;
    v.name = o.value(QLatin1String("Name")).toString();
    v.driver = o.value(QLatin1String("Driver")).toString();
    v.mountpoint = o.value(QLatin1String("Mountpoint")).toString();
    v.created = EngineJson::time(o.value(QLatin1String("CreatedAt")));
    v.labels = EngineJson::stringMap(o.value(QLatin1String("Labels")));
    const QJsonObject usage = o.value(QLatin1String("UsageData")).toObject();
    if (!usage.isEmpty()) {
        v.size = qint64(usage.value(QLatin1String("Size")).toDouble(-1));
        v.refCount = usage.value(QLatin1String("RefCount")).toInt(-1);
    }
    return v;
}

QString pathSegment(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}
} // namespace

EngineClient::EngineClient(const Endpoint &endpoint, QObject *parent)
    : QObject(parent), m_endpoint(endpoint), m_http(new HttpClient(endpoint.transport(), this))
{
    m_pinnedVersion = qEnvironmentVariable("DOCKER_API_VERSION").trimmed();
    if (m_pinnedVersion.startsWith(QLatin1Char('v')))
        m_pinnedVersion.remove(0, 1);
}

EngineClient::~EngineClient() = default;

void EngineClient::setMaxReplyBytes(qint64 bytes)
{
    m_http->setMaxBodyBytes(bytes);
}

QByteArray EngineClient::versionedTarget(const QString &path, const QUrlQuery &query) const
{
    QByteArray target = "/v" + m_apiVersion.toLatin1() + path.toUtf8();
    const QString q = query.query(QUrl::FullyEncoded);
    if (!q.isEmpty())
        target += '?' + q.toLatin1();
    return target;
}

void EngineClient::ensureNegotiated(QObject *context, std::function<void(const EngineError &)> then)
{
    Q_UNUSED(context)
    if (!m_apiVersion.isEmpty()) {
        then({});
        return;
    }
    if (!m_pinnedVersion.isEmpty()) {
        if (versionKey(m_pinnedVersion) < 0) {
            then({EngineError::Kind::ApiVersionUnsupported,
                  Tr::tr("DOCKER_API_VERSION=%1 is not a valid API version (expected a form like 1.41).")
                      .arg(m_pinnedVersion)});
            return;
        }
        // Below the floor, requests would go out in a form Berth does not speak (fields it reads are missing).
        if (versionKey(m_pinnedVersion) < versionKey(QLatin1String(MinApiVersion))) {
            then({EngineError::Kind::ApiVersionUnsupported,
                  Tr::tr("DOCKER_API_VERSION=%1 is older than API %2, the oldest Berth speaks. Unset it or pin %2 or "
                         "newer.")
                      .arg(m_pinnedVersion, QLatin1String(MinApiVersion))});
            return;
        }
        m_apiVersion = m_pinnedVersion;
        Q_EMIT negotiated(m_apiVersion);
        then({});
        return;
    }
    m_waiting.push_back(std::move(then));
    if (m_negotiating)
        return;
    startNegotiation();
}

void EngineClient::setEndpoint(const Endpoint &endpoint)
{
    m_endpoint = endpoint;
    HttpClient *old = std::exchange(m_http, new HttpClient(endpoint.transport(), this));
    ++m_generation;
    m_apiVersion.clear();
    // Requests and streams on the old engine end (with an error) when its connections close; the negotiation in
    // flight was the old engine's, so whoever waits for it waits for the new one instead.
    m_negotiating = false;
    old->deleteLater();
    if (!m_waiting.empty())
        startNegotiation();
    Q_EMIT endpointChanged(m_endpoint);
}

void EngineClient::startNegotiation()
{
    m_negotiating = true;
    HttpRequest request;
    request.target = "/_ping";
    request.timeoutMs = m_timeoutMs;
    HttpReply *reply = m_http->send(request);
    connect(reply, &HttpReply::finished, this, [this, reply, generation = m_generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return; // an answer from the engine used before setEndpoint()
        m_negotiating = false;
        EngineError error;
        if (reply->error().isError()) {
            error = EngineStream::engineErrorFromHttp(reply->error());
        } else if (reply->status() != 200) {
            error = EngineError::fromHttp(reply->status(), reply->body());
        } else {
            const QString server = QString::fromLatin1(reply->head().header("Api-Version"));
            const int serverKey = versionKey(server);
            if (serverKey < 0) {
                // Very old engines do not send the header; they are below our floor anyway.
                error = {EngineError::Kind::ApiVersionUnsupported,
                         Tr::tr("The engine did not say which API version it speaks; Berth needs API %1 or newer "
                                "(Docker Engine 19.03 or newer).")
                             .arg(QLatin1String(MinApiVersion))};
            } else if (serverKey < versionKey(QLatin1String(MinApiVersion))) {
                error = {EngineError::Kind::ApiVersionUnsupported,
                         Tr::tr("The engine speaks API %1, but Berth needs %2 or newer (Docker Engine 19.03 or newer). "
                                "Please upgrade Docker.")
                             .arg(server, QLatin1String(MinApiVersion))};
            } else {
                m_apiVersion =
                    serverKey > versionKey(QLatin1String(MaxApiVersion)) ? QLatin1String(MaxApiVersion) : server;
                qCDebug(lcEngine) << "negotiated API" << m_apiVersion << "with engine API" << server;
                Q_EMIT negotiated(m_apiVersion);
            }
        }
        auto waiting = std::exchange(m_waiting, {});
        for (auto &fn : waiting)
            fn(error);
    });
}

void EngineClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body,
                        QObject *context, std::function<void(int, const QByteArray &, const EngineError &)> done,
                        int timeoutMs)
{
    QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    auto alive = [guard, guarded] { return !guarded || guard; };
    ensureNegotiated(context, [=, this](const EngineError &negotiationError) {
        if (!alive())
            return;
        if (negotiationError) {
            done(0, {}, negotiationError);
            return;
        }
        HttpRequest request;
        request.method = method;
        request.target = versionedTarget(path, query);
        request.timeoutMs = timeoutMs < 0 ? m_timeoutMs : timeoutMs;
        if (!body.isNull()) {
            request.body = body;
            request.setHeader("Content-Type", "application/json");
        }
        HttpReply *reply = m_http->send(request);
        connect(reply, &HttpReply::finished, this, [reply, done, alive] {
            reply->deleteLater();
            if (!alive())
                return;
            if (reply->error().isError())
                done(0, {}, EngineStream::engineErrorFromHttp(reply->error()));
            else if (reply->status() >= 400)
                done(reply->status(), reply->body(), EngineError::fromHttp(reply->status(), reply->body()));
            else
                done(reply->status(), reply->body(), {});
        });
    });
}

// Helpers turning raw replies into typed callbacks.
namespace {
template<typename T, typename Parse> auto typed(EngineClient::Callback<T> done, Parse parse)
{
    return [done = std::move(done), parse](int, const QByteArray &body, const EngineError &error) {
        if (error) {
            done(error);
            return;
        }
        EngineError parseError;
        const QJsonDocument doc = parseJson(body, &parseError);
        if (parseError) {
            done(parseError);
            return;
        }
        done(parse(doc));
    };
}

auto noValue(EngineClient::Callback<Done> done)
{
    return [done = std::move(done)](int, const QByteArray &, const EngineError &error) {
        if (error)
            done(error);
        else
            done(Done{});
    };
}
} // namespace

void EngineClient::ping(QObject *context, Callback<PingInfo> done)
{
    // Unversioned and re-run every time, so it also tells whether the engine is still there.
    QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    HttpRequest request;
    request.target = "/_ping";
    request.timeoutMs = m_timeoutMs;
    HttpReply *reply = m_http->send(request);
    connect(reply, &HttpReply::finished, this, [reply, done, guard, guarded] {
        reply->deleteLater();
        if (guarded && !guard)
            return;
        if (reply->error().isError()) {
            done(EngineStream::engineErrorFromHttp(reply->error()));
            return;
        }
        if (reply->status() != 200) {
            done(EngineError::fromHttp(reply->status(), reply->body()));
            return;
        }
        PingInfo info;
        info.apiVersion = QString::fromLatin1(reply->head().header("Api-Version"));
        info.osType = QString::fromLatin1(reply->head().header("Ostype"));
        info.experimental = reply->head().header("Docker-Experimental") == "true";
        done(info);
    });
}

void EngineClient::version(QObject *context, Callback<VersionInfo> done)
{
    send("GET", QStringLiteral("/version"), {}, {}, context, typed<VersionInfo>(done, [](const QJsonDocument &doc) {
             const QJsonObject o = doc.object();
             VersionInfo v;
             v.version = o.value(QLatin1String("Version")).toString();
             v.apiVersion = o.value(QLatin1String("ApiVersion")).toString();
             v.minApiVersion = o.value(QLatin1String("MinAPIVersion")).toString();
             v.os = o.value(QLatin1String("Os")).toString();
             v.arch = o.value(QLatin1String("Arch")).toString();
             v.kernelVersion = o.value(QLatin1String("KernelVersion")).toString();
             return v;
         }));
}

void EngineClient::info(QObject *context, Callback<EngineInfo> done)
{
    send("GET", QStringLiteral("/info"), {}, {}, context, typed<EngineInfo>(done, [](const QJsonDocument &doc) {
             const QJsonObject o = doc.object();
             EngineInfo i;
             i.name = o.value(QLatin1String("Name")).toString();
             i.serverVersion = o.value(QLatin1String("ServerVersion")).toString();
             i.cpus = o.value(QLatin1String("NCPU")).toInt();
             i.memoryBytes = qint64(o.value(QLatin1String("MemTotal")).toDouble());
             i.containers = o.value(QLatin1String("Containers")).toInt();
             i.containersRunning = o.value(QLatin1String("ContainersRunning")).toInt();
             i.images = o.value(QLatin1String("Images")).toInt();
             i.runtimes = o.value(QLatin1String("Runtimes")).toObject().keys();
             i.defaultRuntime = o.value(QLatin1String("DefaultRuntime")).toString();
             for (const QJsonValue &d : o.value(QLatin1String("CDISpecDirs")).toArray())
                 i.cdiSpecDirs << d.toString();
             i.dockerRootDir = o.value(QLatin1String("DockerRootDir")).toString();
             return i;
         }));
}

void EngineClient::diskUsage(QObject *context, Callback<DiskUsage> done)
{
    send(
        "GET", QStringLiteral("/system/df"), {}, {}, context,
        [this, context = QPointer<QObject>(context), done](int, const QByteArray &body, const EngineError &error) {
            if (error) {
                done(error);
                return;
            }
            struct Parsed
            {
                DiskUsage usage;
                EngineError error;
            };
            // A df of many images is parsed off this thread; the answer comes back to the caller's context (or to
            // this client when there is none) and not at all once that is gone.
            handBack(QtConcurrent::run([body] {
                         Parsed p;
                         p.usage = DiskUsage::parse(body, &p.error);
                         return p;
                     }),
                     context ? context.data() : this, [done](const Parsed &p) {
                         if (p.error)
                             done(p.error);
                         else
                             done(p.usage);
                     });
        },
        120000);
}

void EngineClient::listContainers(const ContainerFilter &filter, QObject *context,
                                  Callback<QList<ContainerSummary>> done)
{
    QUrlQuery q;
    if (filter.all)
        q.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    if (!filter.filters.isEmpty())
        q.addQueryItem(QStringLiteral("filters"),
                       QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(encodeFilters(filter.filters)))));
    send("GET", QStringLiteral("/containers/json"), q, {}, context,
         typed<QList<ContainerSummary>>(done, [](const QJsonDocument &doc) {
             QList<ContainerSummary> list;
             const QJsonArray array = doc.array();
             list.reserve(array.size());
             for (const QJsonValue &v : array)
                 list.append(parseSummary(v.toObject()));
             return list;
         }));
}

void EngineClient::inspectContainer(const QString &id, QObject *context, Callback<ContainerDetails> done)
{
    send("GET", QStringLiteral("/containers/%1/json").arg(pathSegment(id)), {}, {}, context,
         typed<ContainerDetails>(done,
                                 [](const QJsonDocument &doc) { return ContainerDetails::fromJson(doc.object()); }));
}

void EngineClient::createContainer(const QString &name, const QJsonObject &body, QObject *context,
                                   Callback<CreatedContainer> done)
{
    QUrlQuery q;
    if (!name.isEmpty())
        q.addQueryItem(QStringLiteral("name"), pathSegment(name));
    send("POST", QStringLiteral("/containers/create"), q, QJsonDocument(body).toJson(QJsonDocument::Compact), context,
         typed<CreatedContainer>(done, [](const QJsonDocument &doc) {
             CreatedContainer c;
             c.id = doc.object().value(QLatin1String("Id")).toString();
             for (const QJsonValue &w : doc.object().value(QLatin1String("Warnings")).toArray())
                 c.warnings << w.toString();
             return c;
         }));
}

void EngineClient::startContainer(const QString &id, QObject *context, Callback<Done> done)
{
    send("POST", QStringLiteral("/containers/%1/start").arg(pathSegment(id)), {}, QByteArray(""), context,
         noValue(done), 120000);
}

void EngineClient::stopContainer(const QString &id, int timeoutSecs, QObject *context, Callback<Done> done)
{
    QUrlQuery q;
    if (timeoutSecs >= 0)
        q.addQueryItem(QStringLiteral("t"), QString::number(timeoutSecs));
    send("POST", QStringLiteral("/containers/%1/stop").arg(pathSegment(id)), q, QByteArray(""), context, noValue(done),
         (qMax(timeoutSecs, 10) + 60) * 1000);
}

void EngineClient::killContainer(const QString &id, const QString &signal, QObject *context, Callback<Done> done)
{
    QUrlQuery q;
    if (!signal.isEmpty())
        q.addQueryItem(QStringLiteral("signal"), signal);
    send("POST", QStringLiteral("/containers/%1/kill").arg(pathSegment(id)), q, QByteArray(""), context, noValue(done));
}

void EngineClient::removeContainer(const QString &id, bool force, bool removeVolumes, QObject *context,
                                   Callback<Done> done)
{
    QUrlQuery q;
    if (force)
        q.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
    if (removeVolumes)
        q.addQueryItem(QStringLiteral("v"), QStringLiteral("1"));
    send("DELETE", QStringLiteral("/containers/%1").arg(pathSegment(id)), q, {}, context, noValue(done), 120000);
}

void EngineClient::waitContainer(const QString &id, const QString &condition, QObject *context,
                                 Callback<WaitResult> done)
{
    QUrlQuery q;
    if (!condition.isEmpty())
        q.addQueryItem(QStringLiteral("condition"), condition);
    send("POST", QStringLiteral("/containers/%1/wait").arg(pathSegment(id)), q, QByteArray(""), context,
         typed<WaitResult>(
             done,
             [](const QJsonDocument &doc) {
                 WaitResult r;
                 r.statusCode = doc.object().value(QLatin1String("StatusCode")).toInt();
                 r.error =
                     doc.object().value(QLatin1String("Error")).toObject().value(QLatin1String("Message")).toString();
                 return r;
             }),
         0);
}

void EngineClient::resizeContainer(const QString &id, int rows, int cols, QObject *context, Callback<Done> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("h"), QString::number(rows));
    q.addQueryItem(QStringLiteral("w"), QString::number(cols));
    send("POST", QStringLiteral("/containers/%1/resize").arg(pathSegment(id)), q, QByteArray(""), context,
         noValue(done));
}

void EngineClient::createExec(const QString &containerId, const QJsonObject &body, QObject *context,
                              Callback<QString> done)
{
    send("POST", QStringLiteral("/containers/%1/exec").arg(pathSegment(containerId)), {},
         QJsonDocument(body).toJson(QJsonDocument::Compact), context,
         typed<QString>(done,
                        [](const QJsonDocument &doc) { return doc.object().value(QLatin1String("Id")).toString(); }));
}

void EngineClient::inspectExec(const QString &execId, QObject *context, Callback<ExecDetails> done)
{
    send("GET", QStringLiteral("/exec/%1/json").arg(pathSegment(execId)), {}, {}, context,
         typed<ExecDetails>(done, [](const QJsonDocument &doc) {
             const QJsonObject o = doc.object();
             ExecDetails e;
             e.id = o.value(QLatin1String("ID")).toString();
             e.running = o.value(QLatin1String("Running")).toBool();
             e.exitCode =
                 o.value(QLatin1String("ExitCode")).isNull() ? -1 : o.value(QLatin1String("ExitCode")).toInt(-1);
             e.containerId = o.value(QLatin1String("ContainerID")).toString();
             return e;
         }));
}

void EngineClient::resizeExec(const QString &execId, int rows, int cols, QObject *context, Callback<Done> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("h"), QString::number(rows));
    q.addQueryItem(QStringLiteral("w"), QString::number(cols));
    send("POST", QStringLiteral("/exec/%1/resize").arg(pathSegment(execId)), q, QByteArray(""), context, noValue(done));
}

void EngineClient::listImages(QObject *context, Callback<QList<ImageSummary>> done)
{
    send("GET", QStringLiteral("/images/json"), {}, {}, context,
         typed<QList<ImageSummary>>(done, [](const QJsonDocument &doc) {
             QList<ImageSummary> list;
             for (const QJsonValue &v : doc.array()) {
                 const QJsonObject o = v.toObject();
                 ImageSummary s;
                 s.id = o.value(QLatin1String("Id")).toString();
                 for (const QJsonValue &t : o.value(QLatin1String("RepoTags")).toArray())
                     s.repoTags << t.toString();
                 for (const QJsonValue &t : o.value(QLatin1String("RepoDigests")).toArray())
                     s.repoDigests << t.toString();
                 s.size = qint64(o.value(QLatin1String("Size")).toDouble());
                 s.created = EngineJson::time(o.value(QLatin1String("Created")));
                 list.append(s);
             }
             return list;
         }));
}

void EngineClient::inspectImage(const QString &ref, QObject *context, Callback<ImageDetails> done)
{
    // Image references contain '/' and ':', which stay literal in the path.
    send("GET", QStringLiteral("/images/%1/json").arg(ref), {}, {}, context,
         typed<ImageDetails>(done, [](const QJsonDocument &doc) {
             const QJsonObject o = doc.object();
             ImageDetails i;
             i.id = o.value(QLatin1String("Id")).toString();
             for (const QJsonValue &t : o.value(QLatin1String("RepoTags")).toArray())
                 i.repoTags << t.toString();
             for (const QJsonValue &t : o.value(QLatin1String("RepoDigests")).toArray())
                 i.repoDigests << t.toString();
             i.size = qint64(o.value(QLatin1String("Size")).toDouble());
             i.created = EngineJson::time(o.value(QLatin1String("Created")));
             i.os = o.value(QLatin1String("Os")).toString();
             i.architecture = o.value(QLatin1String("Architecture")).toString();
             for (const QJsonValue &c :
                  o.value(QLatin1String("Config")).toObject().value(QLatin1String("Cmd")).toArray())
                 i.cmd << c.toString();
             return i;
         }));
}

void EngineClient::removeImage(const QString &ref, bool force, QObject *context, Callback<Done> done)
{
    QUrlQuery q;
    if (force)
        q.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
    send("DELETE", QStringLiteral("/images/%1").arg(ref), q, {}, context, noValue(done));
}

void EngineClient::listVolumes(QObject *context, Callback<QList<VolumeInfo>> done)
{
    send("GET", QStringLiteral("/volumes"), {}, {}, context,
         typed<QList<VolumeInfo>>(done, [](const QJsonDocument &doc) {
             QList<VolumeInfo> list;
             for (const QJsonValue &v : doc.object().value(QLatin1String("Volumes")).toArray())
                 list.append(parseVolume(v.toObject()));
             return list;
         }));
}

void EngineClient::createVolume(const QString &name, const QMap<QString, QString> &labels, QObject *context,
                                Callback<VolumeInfo> done)
{
    QJsonObject body{{QStringLiteral("Name"), name}};
    QJsonObject l;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        l.insert(it.key(), it.value());
    body.insert(QStringLiteral("Labels"), l);
    send("POST", QStringLiteral("/volumes/create"), {}, QJsonDocument(body).toJson(QJsonDocument::Compact), context,
         typed<VolumeInfo>(done, [](const QJsonDocument &doc) { return parseVolume(doc.object()); }));
}

void EngineClient::removeVolume(const QString &name, bool force, QObject *context, Callback<Done> done)
{
    QUrlQuery q;
    if (force)
        q.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
    send("DELETE", QStringLiteral("/volumes/%1").arg(pathSegment(name)), q, {}, context, noValue(done));
}

void EngineClient::pruneVolumes(QObject *context, Callback<QStringList> done)
{
    send("POST", QStringLiteral("/volumes/prune"), {}, QByteArray(""), context,
         typed<QStringList>(done,
                            [](const QJsonDocument &doc) {
                                QStringList names;
                                for (const QJsonValue &v :
                                     doc.object().value(QLatin1String("VolumesDeleted")).toArray())
                                    names << v.toString();
                                return names;
                            }),
         300000);
}

void EngineClient::call(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body,
                        QObject *context, Callback<QByteArray> done)
{
    send(method, path, query, body, context, [done](int, const QByteArray &reply, const EngineError &error) {
        if (error)
            done(error);
        else
            done(reply);
    });
}

void EngineClient::startStream(EngineStream *stream, const QByteArray &method, const QString &path,
                               const QUrlQuery &query, const QList<QPair<QByteArray, QByteArray>> &headers,
                               const QByteArray &body)
{
    QPointer<EngineStream> guard(stream);
    ensureNegotiated(stream, [=, this](const EngineError &error) {
        if (!guard || guard->isFinished())
            return;
        if (error) {
            guard->finish(error);
            return;
        }
        HttpRequest request;
        request.method = method;
        request.target = versionedTarget(path, query);
        request.streaming = true;
        request.timeoutMs = m_timeoutMs;
        request.headers = headers;
        if (!body.isNull()) {
            request.body = body;
            request.setHeader("Content-Type", "application/json");
        }
        HttpReply *reply = m_http->send(request);
        reply->setParent(guard);
        guard->attach(reply);
    });
}

EventStream *EngineClient::events(const QMap<QString, QStringList> &filters, qint64 sinceUnix, QObject *parent)
{
    auto *stream = new EventStream(parent);
    QUrlQuery q;
    if (sinceUnix > 0)
        q.addQueryItem(QStringLiteral("since"), QString::number(sinceUnix));
    if (!filters.isEmpty())
        q.addQueryItem(QStringLiteral("filters"),
                       QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(encodeFilters(filters)))));
    startStream(stream, "GET", QStringLiteral("/events"), q);
    return stream;
}

LogStream *EngineClient::logs(const QString &containerId, const LogOptions &options, bool tty, QObject *parent)
{
    auto *stream = new LogStream(tty, parent);
    QUrlQuery q;
    auto flag = [&q](const char *name, bool on) {
        if (on)
            q.addQueryItem(QLatin1String(name), QStringLiteral("1"));
    };
    flag("follow", options.follow);
    flag("stdout", options.stdoutStream);
    flag("stderr", options.stderrStream);
    flag("timestamps", options.timestamps);
    if (!options.tail.isEmpty())
        q.addQueryItem(QStringLiteral("tail"), options.tail);
    if (!options.since.isEmpty())
        q.addQueryItem(QStringLiteral("since"), options.since);
    if (!options.until.isEmpty())
        q.addQueryItem(QStringLiteral("until"), options.until);
    startStream(stream, "GET", QStringLiteral("/containers/%1/logs").arg(pathSegment(containerId)), q);
    return stream;
}

PullStream *EngineClient::pull(const QString &image, const QString &tag, const QByteArray &registryAuth,
                               QObject *parent)
{
    auto *stream = new PullStream(parent);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("fromImage"), pathSegment(image));
    // An empty tag would pull every tag of the repository.
    q.addQueryItem(QStringLiteral("tag"), tag.isEmpty() ? QStringLiteral("latest") : pathSegment(tag));
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!registryAuth.isEmpty())
        headers.append({"X-Registry-Auth", registryAuth});
    startStream(stream, "POST", QStringLiteral("/images/create"), q, headers, QByteArray(""));
    return stream;
}

void EngineClient::hijack(const QString &path, const QUrlQuery &query, const QByteArray &body, QObject *context,
                          Callback<std::shared_ptr<HijackedConnection>> done)
{
    QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    ensureNegotiated(context, [=, this](const EngineError &error) {
        if (guarded && !guard)
            return;
        if (error) {
            done(error);
            return;
        }
        HttpRequest request;
        request.method = "POST";
        request.target = versionedTarget(path, query);
        request.upgrade = true;
        request.streaming = true;
        request.timeoutMs = m_timeoutMs;
        request.body = body;
        if (!body.isEmpty())
            request.setHeader("Content-Type", "application/json");
        HttpReply *reply = m_http->send(request);
        connect(reply, &HttpReply::upgraded, this, [reply, done, guard, guarded] {
            reply->deleteLater();
            QByteArray leftover;
            QIODevice *device = reply->takeUpgradedDevice(&leftover);
            if (guarded && !guard) {
                delete device;
                return;
            }
            done(std::make_shared<HijackedConnection>(device, leftover));
        });
        connect(reply, &HttpReply::finished, this, [reply, done, guard, guarded] {
            reply->deleteLater();
            if (guarded && !guard)
                return;
            if (reply->error().isError())
                done(EngineStream::engineErrorFromHttp(reply->error()));
            else if (reply->status() >= 400)
                done(EngineError::fromHttp(reply->status(), reply->body()));
            else
                done(EngineError(
                    EngineError::Kind::Protocol,
                    Tr::tr("The engine answered HTTP %1 instead of switching to a raw stream.").arg(reply->status()),
                    reply->status()));
        });
    });
}

void EngineClient::attach(const QString &containerId, bool logs, QObject *context,
                          Callback<std::shared_ptr<HijackedConnection>> done)
{
    QUrlQuery q;
    for (const char *name : {"stream", "stdin", "stdout", "stderr"})
        q.addQueryItem(QLatin1String(name), QStringLiteral("1"));
    if (logs)
        q.addQueryItem(QStringLiteral("logs"), QStringLiteral("1"));
    hijack(QStringLiteral("/containers/%1/attach").arg(pathSegment(containerId)), q, {}, context, std::move(done));
}

void EngineClient::attachOutput(const QString &containerId, QObject *context,
                                Callback<std::shared_ptr<HijackedConnection>> done)
{
    QUrlQuery q;
    for (const char *name : {"stream", "stdout", "stderr"})
        q.addQueryItem(QLatin1String(name), QStringLiteral("1"));
    hijack(QStringLiteral("/containers/%1/attach").arg(pathSegment(containerId)), q, {}, context, std::move(done));
}

StatsStream *EngineClient::stats(const QString &containerId, QObject *parent)
{
    auto *stream = new StatsStream(parent);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("stream"), QStringLiteral("1"));
    startStream(stream, "GET", QStringLiteral("/containers/%1/stats").arg(pathSegment(containerId)), q);
    return stream;
}

void EngineClient::top(const QString &containerId, QObject *context, Callback<QList<qint64>> done)
{
    send("GET", QStringLiteral("/containers/%1/top").arg(pathSegment(containerId)), {}, {}, context,
         [done](int, const QByteArray &body, const EngineError &error) {
             if (error) {
                 done(error);
                 return;
             }
             const QJsonObject o = QJsonDocument::fromJson(body).object();
             const QJsonArray titles = o.value(QStringLiteral("Titles")).toArray();
             int column = -1;
             for (int i = 0; i < titles.size(); ++i) {
                 if (titles.at(i).toString() == QLatin1String("PID"))
                     column = i;
             }
             QList<qint64> pids;
             for (const QJsonValue &row : o.value(QStringLiteral("Processes")).toArray()) {
                 const QJsonArray cells = row.toArray();
                 if (column >= 0 && column < cells.size())
                     pids.append(cells.at(column).toString().toLongLong());
             }
             done(pids);
         });
}

void EngineClient::startExec(const QString &execId, bool tty, QObject *context,
                             Callback<std::shared_ptr<HijackedConnection>> done)
{
    const QJsonObject body{{QStringLiteral("Detach"), false}, {QStringLiteral("Tty"), tty}};
    hijack(QStringLiteral("/exec/%1/start").arg(pathSegment(execId)), {},
           QJsonDocument(body).toJson(QJsonDocument::Compact), context, std::move(done));
}

} // namespace berth::core
