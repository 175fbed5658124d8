// SPDX-License-Identifier: Apache-2.0
#include "httpreply.h"

#include "httpconnection.h"

#include <QIODevice>

namespace berth::core {

HttpReply::HttpReply(HttpRequest request, QObject *parent) : QObject(parent), m_request(std::move(request)) {}

HttpReply::~HttpReply()
{
    if (!m_finished && m_connection)
        m_connection->abortCurrent({HttpError::Kind::Cancelled, {}});
    delete m_upgradedDevice;
}

void HttpReply::abort()
{
    if (m_finished)
        return;
    if (m_connection)
        m_connection->abortCurrent({HttpError::Kind::Cancelled, tr("The request was cancelled.")});
    else
        finish({HttpError::Kind::Cancelled, tr("The request was cancelled.")});
}

QIODevice *HttpReply::takeUpgradedDevice(QByteArray *alreadyReceived)
{
    QIODevice *device = m_upgradedDevice;
    m_upgradedDevice = nullptr;
    if (alreadyReceived)
        *alreadyReceived = std::exchange(m_upgradeLeftover, {});
    if (device)
        device->setParent(nullptr);
    return device;
}

void HttpReply::deliverHead(const HttpResponseHead &head)
{
    m_head = head;
    Q_EMIT headReceived();
}

bool HttpReply::deliverBody(QByteArrayView data)
{
    if (m_bodyHandler) {
        m_bodyHandler(data);
        return true;
    }
    const qint64 cap = m_request.maxBodyBytes;
    if (cap >= 0 && qint64(m_body.size()) + data.size() > cap)
        return false;
    m_body.append(data);
    return true;
}

void HttpReply::finish(HttpError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    m_connection = nullptr;
    Q_EMIT finished();
}

void HttpReply::deliverUpgrade(QIODevice *device, QByteArray leftover)
{
    m_finished = true;
    m_connection = nullptr;
    m_upgradedDevice = device;
    device->setParent(this);
    m_upgradeLeftover = std::move(leftover);
    Q_EMIT upgraded();
}

} // namespace berth::core
