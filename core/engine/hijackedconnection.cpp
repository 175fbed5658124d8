// SPDX-License-Identifier: Apache-2.0
#include "hijackedconnection.h"

#include <QLocalSocket>
#include <QPointer>

#include <sys/socket.h>

namespace berth::core {

HijackedConnection::HijackedConnection(QIODevice *device, QByteArray alreadyReceived, QObject *parent)
    : QObject(parent), m_device(device), m_initial(std::move(alreadyReceived))
{
    m_device->setParent(this);
    connect(m_device, &QIODevice::readyRead, this, &HijackedConnection::onReadyRead);
    connect(m_device, &QIODevice::readChannelFinished, this, &HijackedConnection::onDisconnected);
    if (auto *local = qobject_cast<QLocalSocket *>(m_device))
        connect(local, &QLocalSocket::disconnected, this, &HijackedConnection::onDisconnected);
}

HijackedConnection::~HijackedConnection()
{
    if (m_device)
        disconnect(m_device, nullptr, this, nullptr);
}

void HijackedConnection::start()
{
    if (m_started)
        return;
    m_started = true;
    QPointer<HijackedConnection> self(this);
    if (!m_initial.isEmpty())
        Q_EMIT received(std::exchange(m_initial, {}));
    if (self && m_device->bytesAvailable() > 0)
        onReadyRead();
    if (self && !m_closed && (m_peerClosed || !m_device->isOpen()))
        onDisconnected();
}

bool HijackedConnection::isOpen() const
{
    return !m_closed && m_device->isOpen();
}

void HijackedConnection::write(const QByteArray &data)
{
    if (!m_closed)
        m_device->write(data);
}

void HijackedConnection::closeWrite()
{
    auto *local = qobject_cast<QLocalSocket *>(m_device);
    if (!local || m_closed)
        return;
    // QLocalSocket has no write-only close: flush what is queued, then shut down the write half of the fd.
    local->flush();
    if (local->bytesToWrite() > 0) {
        connect(local, &QLocalSocket::bytesWritten, this, [local] {
            if (local->bytesToWrite() == 0)
                ::shutdown(int(local->socketDescriptor()), SHUT_WR);
        });
        return;
    }
    ::shutdown(int(local->socketDescriptor()), SHUT_WR);
}

void HijackedConnection::close()
{
    if (m_closed)
        return;
    m_closed = true;
    disconnect(m_device, nullptr, this, nullptr);
    m_device->close();
    Q_EMIT closed({});
}

void HijackedConnection::onReadyRead()
{
    if (!m_started)
        return; // start() delivers in order
    const QByteArray data = m_device->readAll();
    if (!data.isEmpty())
        Q_EMIT received(data);
}

void HijackedConnection::onDisconnected()
{
    if (m_closed)
        return;
    if (!m_started) {
        m_peerClosed = true;
        return;
    }
    QPointer<HijackedConnection> self(this);
    if (m_device->bytesAvailable() > 0)
        onReadyRead();
    if (!self || m_closed)
        return;
    m_closed = true;
    Q_EMIT closed({});
}

} // namespace berth::core
