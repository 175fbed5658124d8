// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/endpoint.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace berth::app {

// --host and --context for every headless command that talks to an engine, resolved in the docker CLI's order
// (--host > DOCKER_HOST > --context > DOCKER_CONTEXT > currentContext > Berth's setting > the default socket).
class EngineOptions
{
public:
    EngineOptions();
    void addTo(QCommandLineParser &parser) const;
    // Also sets up ssh for a terminal: prompts there when stdin is a terminal, never hangs otherwise.
    core::Endpoint resolve(const QCommandLineParser &parser) const;
    QString context(const QCommandLineParser &parser) const { return parser.value(m_context); }
    QString host(const QCommandLineParser &parser) const { return parser.value(m_host); }
    static void setUpSshForTerminal();

private:
    QCommandLineOption m_host;
    QCommandLineOption m_context;
};

} // namespace berth::app
