// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QTimer>

// A unix socket in front of an engine's that passes every chunk on only after delayMs, both ways: a slow link.
// Made in the thread that runs it (the UI benchmark gives it a thread of its own: a real slow server's work is not
// the UI's).
class DelayProxy final : public QObject
{
public:
    DelayProxy(const QString &path, QString target, int delayMs)
        : m_server(this), m_target(std::move(target)), m_delayMs(delayMs)
    {
        QLocalServer::removeServer(path);
        m_server.listen(path);
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *client = m_server.nextPendingConnection()) {
                auto *engine = new QLocalSocket(client);
                engine->connectToServer(m_target);
                pipe(client, engine);
                pipe(engine, client);
                connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
            }
        });
    }

private:
    void pipe(QLocalSocket *from, QLocalSocket *to)
    {
        QPointer<QLocalSocket> target(to);
        connect(from, &QLocalSocket::readyRead, this, [this, from, target] {
            const QByteArray chunk = from->readAll();
            QTimer::singleShot(m_delayMs, this, [target, chunk] {
                if (target)
                    target->write(chunk);
            });
        });
    }

    QLocalServer m_server;
    QString m_target;
    int m_delayMs;
};
