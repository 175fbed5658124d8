// SPDX-License-Identifier: Apache-2.0
#include "command.h"
#include "common/errortext.h"
#include "engine/engineclient.h"
#include "engineoptions.h"
#include "settings/settings.h"
#include "terminaltext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

using namespace berth::core;
using berth::app::TerminalText;

namespace {
// berth engine [--host HOST | --context NAME]: says which engine Berth would use and whether it answers.
int runEngine(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("berth::app", "Check the Docker engine connection."));
    const berth::app::EngineOptions engineOptions;
    engineOptions.addTo(parser);
    parser.addHelpOption();
    parser.process(QStringList{QStringLiteral("berth engine")} + args);

    const Endpoint endpoint = engineOptions.resolve(parser);
    EngineClient client(endpoint);
    client.setMaxReplyBytes(Settings::instance().maxReplyBytes());
    QEventLoop loop;
    int code = 1;
    bool done = false;
    QTextStream out(stdout), err(stderr);
    client.version(&loop, [&](const Result<VersionInfo> &r) {
        // The engine's words (version, errors) go to a terminal: no control characters pass as they are.
        if (r.ok()) {
            out << TerminalText::escape(
                       QCoreApplication::translate("berth::app", "Docker Engine %1 at %2, API %3 (Berth uses %4)")
                           .arg(r->version, endpoint.host(), r->apiVersion, client.apiVersion()))
                << Qt::endl;
            if (endpoint.contextName() != QLatin1String("default"))
                out << QCoreApplication::translate("berth::app", "Context: %1").arg(endpoint.contextName()) << Qt::endl;
            if (endpoint.isUnencrypted())
                out << QCoreApplication::translate("berth::app",
                                                   "Warning: this connection is not encrypted, and anyone who can "
                                                   "reach the port controls the engine (root on that machine).")
                    << Qt::endl;
            code = 0;
        } else {
            const auto text = berth::ui::ErrorText::describe(r.error(), endpoint.host());
            err << QLatin1String(EngineError::kindName(r.error().kind())) << ": "
                << TerminalText::escape(text.full(), true) << Qt::endl;
        }
        done = true;
        loop.quit();
    });
    // A refusal before any request (a malformed DOCKER_API_VERSION) answers at once, before the loop would start.
    if (!done)
        loop.exec();
    return code;
}
} // namespace

BERTH_COMMAND(engine, "engine", "Check the Docker engine connection", &runEngine);
