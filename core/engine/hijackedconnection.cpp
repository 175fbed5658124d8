// SPDX-License-Identifier: Apache-2.0
#include "hijackedconnection.h"

#include "http/processdevice.h"

#include <QLocalSocket>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>

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
    if (auto *tcp = qobject_cast<QAbstractSocket *>(m_device)) {
        connect(tcp, &QAbstractSocket::disconnected, this, &HijackedConnection::onDisconnected);
        // QSslSocket reports the engine's close_notify as an error, not as a disconnect.
        connect(tcp, &QAbstractSocket::errorOccurred, this, &HijackedConnection::onDisconnected);
    }
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
    if (m_closed)
        return;
    if (auto *process = qobject_cast<ProcessDevice *>(m_device)) {
        // ssh passes the EOF on to `docker system dial-stdio`, which half-closes the engine socket.
        process->closeWrite();
        return;
    }
    // Sockets have no write-only close in Qt: flush what is queued, then shut down the write half of the fd. Under
    // TLS the engine then reads end-of-stream without close_notify, which it takes as the end of stdin too.
    qintptr fd = -1;
    if (auto *local = qobject_cast<QLocalSocket *>(m_device))
        fd = local->socketDescriptor();
    else if (auto *tcp = qobject_cast<QAbstractSocket *>(m_device))
        fd = tcp->socketDescriptor();
    if (fd < 0)
        return;
    auto shutdownWhenFlushed = [this, fd] {
        if (m_device->bytesToWrite() == 0 && !(qobject_cast<QSslSocket *>(m_device) &&
                                               qobject_cast<QSslSocket *>(m_device)->encryptedBytesToWrite() > 0))
            ::shutdown(int(fd), SHUT_WR);
    };
    if (auto *local = qobject_cast<QLocalSocket *>(m_device))
        local->flush();
    else if (auto *tcp = qobject_cast<QAbstractSocket *>(m_device))
        tcp->flush();
    if (m_device->bytesToWrite() > 0) {
        connect(m_device, &QIODevice::bytesWritten, this, shutdownWhenFlushed);
        if (auto *ssl = qobject_cast<QSslSocket *>(m_device))
            connect(ssl, &QSslSocket::encryptedBytesWritten, this, shutdownWhenFlushed);
        return;
    }
    shutdownWhenFlushed();
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
