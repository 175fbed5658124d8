// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTest>

#include <optional>

namespace berth::test {

// Holds the result of an asynchronous engine call; wait() spins the event loop until it arrives.
template<typename R> class Awaiter
{
public:
    auto callback()
    {
        return [this](const R &r) { m_result.emplace(r); };
    }
    bool wait(int timeoutMs = 60000)
    {
        return QTest::qWaitFor([this] { return m_result.has_value(); }, timeoutMs);
    }
    const R &result() const { return *m_result; }
    void reset() { m_result.reset(); }

private:
    std::optional<R> m_result;
};

} // namespace berth::test

// Waits for an awaiter, failing the test if nothing arrives.
#define BERTH_AWAIT(awaiter) QVERIFY2((awaiter).wait(), "the engine call did not complete in time")
