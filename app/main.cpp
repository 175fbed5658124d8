// SPDX-License-Identifier: Apache-2.0
#include "command.h"
#include "common/appidentity.h"
#include "engine/engineclient.h"
#include "http/sshsession.h"
#include "i18n/languagemanager.h"
#include "main/mainwindow.h"
#include "remote/askpass.h"
#include "settings/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[])
{
    // Started by ssh as its SSH_ASKPASS (for a server's host key, a password or a passphrase): ask, answer, exit.
    if (berth::ui::Askpass::isRequested() && argc == 2) {
        QApplication app(argc, argv);
        QApplication::setApplicationName(QStringLiteral("berth"));
        berth::ui::LanguageManager::instance().apply();
        return berth::ui::Askpass::run(QString::fromLocal8Bit(argv[1]));
    }
    // Headless subcommands run without a display.
    if (argc > 1 && argv[1][0] != '-') {
        const QString name = QString::fromLocal8Bit(argv[1]);
        if (const auto *command = berth::app::CommandRegistry::find(name)) {
            QCoreApplication app(argc, argv);
            QCoreApplication::setApplicationName(QStringLiteral("berth"));
            QCoreApplication::setApplicationVersion(QStringLiteral(BERTH_VERSION));
            // The setting's language, else the system's, as in the GUI: plural forms and Korean need a translator.
            berth::ui::LanguageManager::instance().apply();
            return command->run(app.arguments().mid(2));
        }
        QTextStream err(stderr);
        err << "berth: unknown command '" << name << "'. Commands:\n";
        for (const auto &c : berth::app::CommandRegistry::all())
            err << "  " << c.name << "\t" << c.summary << "\n";
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("berth"));
    QApplication::setApplicationDisplayName(QStringLiteral("Berth"));
    QApplication::setApplicationVersion(QStringLiteral(BERTH_VERSION));
    berth::ui::AppIdentity::apply();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Launch and watch machine-learning containers."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption host(QStringLiteral("host"),
                            QStringLiteral("Docker engine address (default: DOCKER_HOST or "
                                           "unix:///var/run/docker.sock)."),
                            QStringLiteral("HOST"));
    parser.addOption(host);
    QCommandLineOption context(QStringLiteral("context"),
                               QStringLiteral("Docker context to use (default: DOCKER_CONTEXT or the docker CLI's "
                                              "current context)."),
                               QStringLiteral("NAME"));
    parser.addOption(context);
    berth::ui::LanguageManager::addCommandLineOption(parser);
    parser.process(app);
    berth::ui::LanguageManager::instance().apply(parser);

    auto &settings = berth::core::Settings::instance();
    // ssh asks for passwords, passphrases and unknown host keys through Berth itself, never on an unseen terminal.
    berth::core::SshOptions ssh = berth::core::SshSession::defaultOptions();
    ssh.askpassProgram = QApplication::applicationFilePath();
    berth::core::SshSession::setDefaultOptions(ssh);
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &app, [] { berth::core::SshSession::closeAll(); });
    const auto endpoint = berth::core::Endpoint::resolve(
        parser.value(host), settings.value(berth::core::Settings::EngineHost).toString(), parser.value(context));
    berth::core::EngineClient client(endpoint);
    client.setMaxReplyBytes(settings.maxReplyBytes());
    berth::ui::MainWindow window(&client);
    QObject::connect(&window, &berth::ui::MainWindow::languageRequested, &berth::ui::LanguageManager::instance(),
                     &berth::ui::LanguageManager::setLanguage);
    window.show();

    // For documentation: BERTH_SCREENSHOT=file.png [BERTH_SCREENSHOT_PAGE=n] saves the window after it settles.
    const QString screenshot = qEnvironmentVariable("BERTH_SCREENSHOT");
    if (!screenshot.isEmpty()) {
        window.showPage(qEnvironmentVariableIntValue("BERTH_SCREENSHOT_PAGE"));
        QTimer::singleShot(qEnvironmentVariableIsSet("BERTH_SCREENSHOT_DELAY")
                               ? qEnvironmentVariableIntValue("BERTH_SCREENSHOT_DELAY")
                               : 3000,
                           &window, [&window, screenshot] {
                               window.grab().save(screenshot);
                               QApplication::quit();
                           });
    }
    return app.exec();
}
