#include "command.h"

#include <QApplication>
#include <QTextStream>

#include <cstring>

int main(int argc, char *argv[])
{
    // Headless subcommands run without a display.
    if (argc > 1 && argv[1][0] != '-') {
        const QString name = QString::fromLocal8Bit(argv[1]);
        if (const auto *command = berth::app::CommandRegistry::find(name)) {
            QCoreApplication app(argc, argv);
            QCoreApplication::setApplicationName(QStringLiteral("berth"));
            QStringList args = app.arguments().mid(2);
            return command->run(args);
        }
        QTextStream(stderr) << "berth: unknown command '" << name << "'. Commands:\n";
        for (const auto &c : berth::app::CommandRegistry::all())
            QTextStream(stderr) << "  " << c.name << "\t" << c.summary << "\n";
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("berth"));
    return 0;
}
