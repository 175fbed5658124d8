// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

namespace berth::core {

// How hard a tag source tries before it gives up, and how much it lets a server make it read. Tests shrink these.
struct RetryPolicy
{
    static constexpr qint64 DefaultMaxBodyBytes = 32 * 1024 * 1024;

    int maxAttempts = 4;         // per request, the first one included (timeouts, network errors, 5xx)
    int initialBackoffMs = 1000; // doubled after each failure
    int maxBackoffMs = 16000;
    int requestTimeoutMs = 20000;   // no bytes for this long counts as a timeout
    int maxRateLimitWaitSecs = 300; // a 429 asking for a longer wait ends the listing with RateLimited
    int maxRateLimitWaits = 3;
    // A server that trickles bytes keeps the inactivity timer alive; this bounds one response however it arrives.
    int responseDeadlineMs = 90000;
    // A server that hands out a fresh next link on every page would be followed for ever.
    int maxPages = 2000;
    int maxRedirects = 5;
    // One reply's body, after any decompression (the Settings::MaxReplyMiB setting).
    qint64 maxBodyBytes = DefaultMaxBodyBytes;
};

} // namespace berth::core
