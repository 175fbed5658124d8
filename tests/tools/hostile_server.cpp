// SPDX-License-Identifier: Apache-2.0
// Serves one HostileServer mode on 127.0.0.1 until killed, and prints its address, so berth can be measured against
// it from a shell, for example:
//   build/bin/hostile_server EndlessBody 5999 &
//   /usr/bin/time -v build/bin/berth tags 127.0.0.1:5999/berth/hostile
// Modes are HostileServer::Mode names; then a port (default: any free one) or a socket path; BombBytes=N sets the
// gzip bomb's size; a target URL (for RedirectTo, NextLinkTo, BearerRealmAt) may follow. tests/tools/hostile-figures
// runs every case under /usr/bin/time.
#include "hostileserver.h"

#include <QCoreApplication>
#include <QMetaEnum>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QMetaEnum modes = QMetaEnum::fromType<berth::test::HostileServer::Mode>();
    bool ok = false;
    const int mode = args.isEmpty() ? -1 : modes.keyToValue(args.first().toLatin1().constData(), &ok);
    if (!ok) {
        QTextStream(stderr) << "usage: hostile_server MODE [PORT [TARGET-URL]]; modes:";
        for (int i = 0; i < modes.keyCount(); ++i)
            QTextStream(stderr) << ' ' << modes.key(i);
        QTextStream(stderr) << '\n';
        return 2;
    }
    berth::test::HostileServer server;
    const qint64 bomb = qEnvironmentVariableIntValue("BombBytes");
    if (bomb > 0)
        server.setBombBytes(bomb);
    if (const int slow = qEnvironmentVariableIntValue("SlowIntervalMs"); slow > 0)
        server.setSlowIntervalMs(slow);
    server.setMode(berth::test::HostileServer::Mode(mode), args.size() > 2 ? QUrl(args.at(2)) : QUrl());
    // A path instead of a port: a unix socket, standing in for an engine (berth engine --host unix://PATH).
    const QString where = args.value(1);
    const bool local = where.startsWith(QLatin1Char('/'));
    if (local ? !server.listenLocal(where) : !server.listen(quint16(where.toUInt()))) {
        QTextStream(stderr) << "cannot listen\n";
        return 1;
    }
    QTextStream(stdout) << (local ? QStringLiteral("unix://") + where : server.baseUrl().toString()) << Qt::endl;
    return app.exec();
}
