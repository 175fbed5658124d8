// SPDX-License-Identifier: Apache-2.0
#include "command.h"
#include "common/errortext.h"
#include "engine/engineclient.h"
#include "engine/serverdirectory.h"
#include "engineoptions.h"
#include "gpu/gpuhold.h"
#include "gpu/ownerpolicy.h"
#include "settings/settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

using namespace berth::core;

namespace {
struct Row
{
    QString server;
    ContainerSummary container;
    QString gpus; // "all", a count, or device ids joined by ","; empty: none
    QString owner;
};

QString gpusText(const std::optional<GpuHold> &hold)
{
    if (!hold)
        return {};
    switch (hold->kind) {
    case GpuHold::Kind::All:
        return QStringLiteral("all");
    case GpuHold::Kind::Count:
        return QString::number(hold->count);
    case GpuHold::Kind::Devices:
        return hold->deviceIds.join(QLatin1Char(','));
    }
    return {};
}

// Lists one server's containers, then inspects them (a few at a time) for the GPUs they asked for.
class ServerListing final : public QObject
{
public:
    ServerListing(const QString &server, EngineClient *client, bool all, std::function<void()> done)
        : m_server(server), m_client(client), m_done(std::move(done))
    {
        ContainerFilter filter;
        filter.all = all;
        m_client->listContainers(filter, this, [this](const Result<QList<ContainerSummary>> &r) {
            if (!r.ok()) {
                error = r.error();
                m_done();
                return;
            }
            for (const ContainerSummary &c : r.value()) {
                Row row;
                row.server = m_server;
                row.container = c;
                row.owner = OwnerPolicy::ownerOf(c.labels);
                rows.append(row);
            }
            for (int i = 0; i < 4; ++i)
                inspectNext();
            if (rows.isEmpty())
                m_done();
        });
    }

    QList<Row> rows;
    EngineError error;

private:
    void inspectNext()
    {
        if (m_next >= rows.size())
            return;
        const int index = m_next++;
        ++m_inFlight;
        m_client->inspectContainer(rows[index].container.id, this, [this, index](const Result<ContainerDetails> &r) {
            --m_inFlight;
            if (r.ok())
                rows[index].gpus = gpusText(GpuHold::fromDetails(r.value()));
            inspectNext();
            if (m_inFlight == 0 && m_next >= rows.size())
                m_done();
        });
    }

    QString m_server;
    EngineClient *m_client;
    std::function<void()> m_done;
    int m_next = 0;
    int m_inFlight = 0;
};

QString pad(const QString &s, int width)
{
    return s.leftJustified(width, QLatin1Char(' '));
}

// berth ps [--host HOST | --context NAME | --all-servers] [--all] [--json]
int runPs(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("berth::app", "List containers on one server or on every server."));
    const berth::app::EngineOptions engineOptions;
    engineOptions.addTo(parser);
    QCommandLineOption allServers(QStringLiteral("all-servers"),
                                  QCoreApplication::translate("berth::app", "Every docker context, side by side."));
    QCommandLineOption all({QStringLiteral("a"), QStringLiteral("all")},
                           QCoreApplication::translate("berth::app", "Show stopped containers too."));
    QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("berth::app", "Print JSON."));
    parser.addOption(allServers);
    parser.addOption(all);
    parser.addOption(json);
    parser.addHelpOption();
    parser.process(QStringList{QStringLiteral("berth ps")} + args);

    QTextStream out(stdout), err(stderr);
    const QString configured = Settings::instance().value(Settings::EngineHost).toString();
    ServerDirectory directory(configured);
    QList<QPair<QString, EngineClient *>> targets;
    std::unique_ptr<EngineClient> single;
    if (parser.isSet(allServers)) {
        berth::app::EngineOptions::setUpSshForTerminal();
        QString storeError;
        const QList<Server> servers = directory.servers(&storeError);
        if (!storeError.isEmpty())
            err << storeError << Qt::endl;
        for (const Server &s : servers)
            targets.append({s.name, directory.client(s.name)});
    } else {
        const Endpoint endpoint = engineOptions.resolve(parser);
        single = std::make_unique<EngineClient>(endpoint);
        // The context name when one was used, else the address.
        const QString name = endpoint.source() == Endpoint::Source::Context ? endpoint.contextName() : endpoint.host();
        targets.append({name, single.get()});
    }

    QEventLoop loop;
    int pending = int(targets.size());
    std::vector<std::unique_ptr<ServerListing>> listings;
    for (const auto &[name, client] : targets) {
        listings.push_back(std::make_unique<ServerListing>(name, client, parser.isSet(all), [&] {
            if (--pending == 0)
                loop.quit();
        }));
    }
    if (pending > 0)
        loop.exec();

    int code = 0;
    QList<Row> rows;
    for (size_t i = 0; i < listings.size(); ++i) {
        const auto &listing = listings[i];
        if (listing->error.isError()) {
            code = 1;
            const auto text =
                berth::ui::ErrorText::describe(listing->error, targets[qsizetype(i)].second->endpoint().host());
            err << targets[qsizetype(i)].first << ": " << EngineError::kindName(listing->error.kind()) << ": "
                << text.full() << Qt::endl;
        }
        rows.append(listing->rows);
    }

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Row &r : rows) {
            array.append(QJsonObject{{QStringLiteral("id"), r.container.id},
                                     {QStringLiteral("name"), r.container.name},
                                     {QStringLiteral("image"), r.container.image},
                                     {QStringLiteral("state"), r.container.state},
                                     {QStringLiteral("status"), r.container.status},
                                     {QStringLiteral("owner"), r.owner},
                                     {QStringLiteral("server"), r.server},
                                     {QStringLiteral("gpus"), r.gpus}});
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return code;
    }

    const QStringList headers{
        QCoreApplication::translate("berth::app", "SERVER"), QCoreApplication::translate("berth::app", "CONTAINER ID"),
        QCoreApplication::translate("berth::app", "NAME"),   QCoreApplication::translate("berth::app", "IMAGE"),
        QCoreApplication::translate("berth::app", "STATUS"), QCoreApplication::translate("berth::app", "OWNER"),
        QCoreApplication::translate("berth::app", "GPUS")};
    QList<QStringList> table;
    for (const Row &r : rows)
        table.append({r.server, r.container.id.left(12), r.container.name, r.container.image, r.container.status,
                      r.owner, r.gpus});
    QList<int> widths;
    for (const QString &h : headers)
        widths.append(int(h.size()));
    for (const QStringList &line : table)
        for (int c = 0; c < line.size(); ++c)
            widths[c] = std::max(widths[c], int(line[c].size()));
    const auto print = [&](const QStringList &cells) {
        QString line;
        for (int c = 0; c < cells.size(); ++c)
            line += c + 1 < cells.size() ? pad(cells[c], widths[c] + 3) : cells[c];
        out << line.trimmed() << '\n';
    };
    print(headers);
    for (const QStringList &line : table)
        print(line);
    out.flush();
    return code;
}
} // namespace

BERTH_COMMAND(ps, "ps", "List containers on one server or on every server", &runPs);
