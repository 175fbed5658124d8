// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace berth::core {

// What went wrong below HTTP semantics: connecting, framing, time, cancellation.
struct HttpError
{
    enum class Kind {
        None,
        NotFound,       // no socket at that path
        Refused,        // socket exists, nobody listens (engine stopped)
        AccessDenied,   // no permission to open the socket
        Unsupported,    // transport scheme not available
        InvalidRequest, // the request itself cannot be sent (CR/LF in a header, …)
        Protocol,       // malformed response
        Closed,         // connection lost mid-response
        Timeout,
        Cancelled,
        TooLarge, // a buffered body past the request's cap (maxBodyBytes)
    };
    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }
};

} // namespace berth::core
