// SPDX-License-Identifier: Apache-2.0
#include "httprequest.h"

namespace berth::core {

namespace {
bool safe(const QByteArray &field)
{
    for (char c : field) {
        if (c == '\r' || c == '\n' || c == '\0')
            return false;
    }
    return true;
}
} // namespace

void HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpRequest::serialize(const QByteArray &host) const
{
    if (!safe(method) || !safe(target) || method.contains(' ') || target.contains(' ') || target.isEmpty())
        return {};
    QByteArray out;
    out.reserve(128 + target.size() + body.size());
    out += method;
    out += ' ';
    out += target;
    out += " HTTP/1.1\r\nHost: ";
    out += host;
    out += "\r\nUser-Agent: Berth/0.1\r\n";
    bool haveLength = false;
    for (const auto &h : headers) {
        if (!safe(h.first) || !safe(h.second) || h.first.isEmpty() || h.first.contains(':'))
            return {};
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0)
            haveLength = true;
        out += h.first;
        out += ": ";
        out += h.second;
        out += "\r\n";
    }
    if (!haveLength && (!body.isEmpty() || method == "POST" || method == "PUT")) {
        out += "Content-Length: ";
        out += QByteArray::number(body.size());
        out += "\r\n";
    }
    if (upgrade)
        out += "Connection: Upgrade\r\nUpgrade: tcp\r\n";
    out += "\r\n";
    out += body;
    return out;
}

} // namespace berth::core
