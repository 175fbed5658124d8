// SPDX-License-Identifier: Apache-2.0
#include "freegpufinder.h"

#include "engine/engineclient.h"
#include "gpu/gpuallocation.h"
#include "gpu/gpuholderscanner.h"
#include "gpu/nvidiasmiparser.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

namespace berth::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::FreeGpuFinder)
};

// One resolution: the holder scan and nvidia-smi run side by side; the choice is made when both are in.
struct Round
{
    GpuRequest wish;
    QString server;
    QList<GpuHold> holds;
    QList<GpuInfo> gpus;
    QString holdError;
    int pending = 2;
    std::function<void(const GpuRequest &, const QString &)> done;

    void partDone()
    {
        if (--pending > 0)
            return;
        if (!holdError.isEmpty()) {
            // Without the engine's list, a GPU another container holds could be handed out twice.
            done(wish, Tr::tr("Berth could not ask the engine which GPUs are in use: %1").arg(holdError));
            return;
        }
        QString error;
        const GpuRequest resolved =
            FreeGpuChooser::resolve(wish, GpuAllocation::compute(holds, gpus), gpus, server, &error);
        done(resolved, error);
    }
};
} // namespace

FreeGpuResolver FreeGpuFinder::resolver(EngineClient *client, CommandRunner runner, const QString &serverName)
{
    QPointer<EngineClient> guardClient(client);
    return [guardClient, runner, serverName](const GpuRequest &wish, QObject *context,
                                             std::function<void(const GpuRequest &, const QString &)> done) {
        auto round = std::make_shared<Round>();
        round->wish = wish;
        round->server = serverName;
        QPointer<QObject> guard(context);
        round->done = [guard, done](const GpuRequest &r, const QString &e) {
            if (guard)
                done(r, e);
        };
        if (!guardClient || !context) {
            round->pending = 1;
            round->holdError = Tr::tr("no engine");
            round->partDone();
            return;
        }
        auto *scanner = new GpuHolderScanner(guardClient, context);
        QObject::connect(scanner, &GpuHolderScanner::updated, context, [scanner, round] {
            if (scanner->error().isError())
                round->holdError = scanner->error().message();
            round->holds = scanner->holds();
            scanner->disconnect();
            scanner->deleteLater();
            round->partDone();
        });
        scanner->refresh();
        if (!runner) {
            round->partDone(); // no GPUs known: FreeGpuChooser says so
            return;
        }
        runner(QStringList{QStringLiteral("nvidia-smi")} + NvidiaSmiParser::queryArguments(), context,
               [round](const CommandResult &r) {
                   if (r.ok())
                       round->gpus = NvidiaSmiParser::parse(r.standardOutput).gpus;
                   round->partDone();
               });
    };
}

} // namespace berth::core
