// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diskusage.h"
#include "endpoint.h"
#include "enginestreams.h"
#include "models.h"
#include "result.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace berth::core {

class HttpClient;
class HijackedConnection;

// The Docker Engine API, asynchronous and typed. Every call takes a context object: when it is destroyed first,
// the callback is never run. The first call negotiates the API version through /_ping (floor 1.40, or the version
// DOCKER_API_VERSION pins); calls made meanwhile wait for it.
class EngineClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineClient)
public:
    template<typename T> using Callback = std::function<void(const Result<T> &)>;

    static constexpr const char *MinApiVersion = "1.40";
    static constexpr const char *MaxApiVersion = "1.45";

    explicit EngineClient(const Endpoint &endpoint, QObject *parent = nullptr);
    ~EngineClient() override;

    const Endpoint &endpoint() const { return m_endpoint; }
    // Switches to another engine (another context). Everything that holds this client keeps it; calls in flight
    // end with an error, streams end and their owners reconnect, now to the new engine; endpointChanged() says so.
    void setEndpoint(const Endpoint &endpoint);
    QString apiVersion() const { return m_apiVersion; } // empty until negotiated
    void setRequestTimeout(int msecs) { m_timeoutMs = msecs; }
    // The largest reply body buffered for a typed result (Settings::MaxReplyMiB); streams are not capped.
    void setMaxReplyBytes(qint64 bytes);

    // System
    void ping(QObject *context, Callback<PingInfo> done);
    void version(QObject *context, Callback<VersionInfo> done);
    void info(QObject *context, Callback<EngineInfo> done);
    // /system/df; the body is parsed on a worker thread (hundreds of images and containers are common).
    void diskUsage(QObject *context, Callback<DiskUsage> done);

    // Containers
    void listContainers(const ContainerFilter &filter, QObject *context, Callback<QList<ContainerSummary>> done);
    void inspectContainer(const QString &id, QObject *context, Callback<ContainerDetails> done);
    // body is the create document (Config fields at top level plus HostConfig, NetworkingConfig); name may be empty.
    void createContainer(const QString &name, const QJsonObject &body, QObject *context,
                         Callback<CreatedContainer> done);
    void startContainer(const QString &id, QObject *context, Callback<Done> done);
    void stopContainer(const QString &id, int timeoutSecs, QObject *context, Callback<Done> done);
    void killContainer(const QString &id, const QString &signal, QObject *context, Callback<Done> done);
    void removeContainer(const QString &id, bool force, bool removeVolumes, QObject *context, Callback<Done> done);
    // condition: not-running, next-exit or removed
    void waitContainer(const QString &id, const QString &condition, QObject *context, Callback<WaitResult> done);
    void resizeContainer(const QString &id, int rows, int cols, QObject *context, Callback<Done> done);

    // Exec
    void createExec(const QString &containerId, const QJsonObject &body, QObject *context, Callback<QString> done);
    void inspectExec(const QString &execId, QObject *context, Callback<ExecDetails> done);
    void resizeExec(const QString &execId, int rows, int cols, QObject *context, Callback<Done> done);

    // Images
    void listImages(QObject *context, Callback<QList<ImageSummary>> done);
    void inspectImage(const QString &ref, QObject *context, Callback<ImageDetails> done);
    void removeImage(const QString &ref, bool force, QObject *context, Callback<Done> done);

    // Volumes
    void listVolumes(QObject *context, Callback<QList<VolumeInfo>> done);
    void createVolume(const QString &name, const QMap<QString, QString> &labels, QObject *context,
                      Callback<VolumeInfo> done);
    void removeVolume(const QString &name, bool force, QObject *context, Callback<Done> done);
    void pruneVolumes(QObject *context, Callback<QStringList> done);

    // Streams: owned by parent (may be null: then delete it yourself or let it delete on finish via deleteLater).
    EventStream *events(const QMap<QString, QStringList> &filters = {}, qint64 sinceUnix = 0,
                        QObject *parent = nullptr);
    struct LogOptions
    {
        bool follow = true;
        bool stdoutStream = true;
        bool stderrStream = true;
        bool timestamps = false;
        QString tail = QStringLiteral("all"); // "all" or a number
        QString since;                        // unix seconds, may have a fraction: "1700000000.123456789"
        QString until;
    };
    // tty decides the framing (Config.Tty from inspect); engines at API >= 1.42 also say it in Content-Type.
    LogStream *logs(const QString &containerId, const LogOptions &options, bool tty, QObject *parent = nullptr);
    // registryAuth: the X-Registry-Auth value (base64url JSON) or empty.
    PullStream *pull(const QString &image, const QString &tag, const QByteArray &registryAuth = {},
                     QObject *parent = nullptr);

    // Hijacked connections for interactive sessions: done receives a connected raw stream after 101.
    void attach(const QString &containerId, bool logs, QObject *context,
                Callback<std::shared_ptr<HijackedConnection>> done);
    // Output only (no stdin): a watcher that must not hold a -i container's stdin open, such as the run recorder.
    void attachOutput(const QString &containerId, QObject *context, Callback<std::shared_ptr<HijackedConnection>> done);
    void startExec(const QString &execId, bool tty, QObject *context,
                   Callback<std::shared_ptr<HijackedConnection>> done);

    // /containers/ID/stats?stream=1: one sample a second, parsed as it arrives.
    StatsStream *stats(const QString &containerId, QObject *parent = nullptr);
    // /containers/ID/top: the container's processes as the host sees them (PIDs in the host's namespace).
    void top(const QString &containerId, QObject *context, Callback<QList<qint64>> done);

Q_SIGNALS:
    void negotiated(const QString &apiVersion);
    void endpointChanged(const berth::core::Endpoint &endpoint);

private:
    friend class EngineRawAccess; // tests and benches: the bare transport
    // Path without the version prefix, e.g. "/containers/json". What Berth needs gets a typed call instead.
    void call(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body,
              QObject *context, Callback<QByteArray> done);
    void ensureNegotiated(QObject *context, std::function<void(const EngineError &)> then);
    void startNegotiation();
    // timeoutMs: -1 = the client's default, 0 = none
    void send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body,
              QObject *context, std::function<void(int status, const QByteArray &body, const EngineError &)> done,
              int timeoutMs = -1);
    void startStream(EngineStream *stream, const QByteArray &method, const QString &path, const QUrlQuery &query,
                     const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {});
    void hijack(const QString &path, const QUrlQuery &query, const QByteArray &body, QObject *context,
                Callback<std::shared_ptr<HijackedConnection>> done);
    QByteArray versionedTarget(const QString &path, const QUrlQuery &query) const;

    Endpoint m_endpoint;
    HttpClient *m_http;
    QString m_apiVersion;
    QString m_pinnedVersion;
    bool m_negotiating = false;
    quint64 m_generation = 0;
    std::vector<std::function<void(const EngineError &)>> m_waiting;
    int m_timeoutMs = 30000;
};

} // namespace berth::core
