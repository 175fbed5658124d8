#pragma once

namespace berth::core {

// How hard a tag source tries before it gives up. Tests shrink the times.
struct RetryPolicy
{
    int maxAttempts = 4;         // per request, the first one included (timeouts, network errors, 5xx)
    int initialBackoffMs = 1000; // doubled after each failure
    int maxBackoffMs = 16000;
    int requestTimeoutMs = 20000;   // no bytes for this long counts as a timeout
    int maxRateLimitWaitSecs = 300; // a 429 asking for a longer wait ends the listing with RateLimited
    int maxRateLimitWaits = 3;
};

} // namespace berth::core
