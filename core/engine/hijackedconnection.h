// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engineerror.h"

#include <QByteArray>
#include <QObject>

class QIODevice;

namespace berth::core {

// The raw two-way byte stream an engine hands over after "101 UPGRADED" (attach, exec start).
// Bytes that arrived together with the 101 response are delivered first.
class HijackedConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HijackedConnection)
public:
    HijackedConnection(QIODevice *device, QByteArray alreadyReceived, QObject *parent = nullptr);
    ~HijackedConnection() override;

    void write(const QByteArray &data);
    void closeWrite(); // half-close: the container sees EOF on stdin, output keeps flowing
    void close();
    bool isOpen() const;
    // Delivers the bytes that came with the 101 response; call once the receiver is connected.
    void start();

Q_SIGNALS:
    void received(const QByteArray &data);
    void closed(const berth::core::EngineError &error); // kind None when the engine closed normally

private:
    void onReadyRead();
    void onDisconnected();
    QIODevice *m_device;
    QByteArray m_initial;
    bool m_closed = false;
    bool m_started = false;
    bool m_peerClosed = false;
};

} // namespace berth::core
