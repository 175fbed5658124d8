// SPDX-License-Identifier: Apache-2.0
#include "engineoptions.h"

#include "http/sshsession.h"
#include "settings/settings.h"

#include <QCoreApplication>

#include <unistd.h>

namespace berth::app {

EngineOptions::EngineOptions()
    : m_host(QStringLiteral("host"),
             QCoreApplication::translate("berth::app", "Engine address: unix://PATH, tcp://HOST:PORT or "
                                                       "ssh://[USER@]HOST[:PORT][/SOCKET]."),
             QStringLiteral("HOST")),
      m_context(QStringLiteral("context"),
                QCoreApplication::translate("berth::app", "Docker context to use (as in docker --context)."),
                QStringLiteral("NAME"))
{
}

void EngineOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_host);
    parser.addOption(m_context);
}

void EngineOptions::setUpSshForTerminal()
{
    core::SshOptions options = core::SshSession::defaultOptions();
    options.terminalPrompts = ::isatty(STDIN_FILENO) == 1;
    core::SshSession::setDefaultOptions(options);
}

core::Endpoint EngineOptions::resolve(const QCommandLineParser &parser) const
{
    setUpSshForTerminal();
    return core::Endpoint::resolve(parser.value(m_host),
                                   core::Settings::instance().value(core::Settings::EngineHost).toString(),
                                   parser.value(m_context));
}

} // namespace berth::app
