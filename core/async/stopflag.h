// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <atomic>
#include <memory>

namespace berth::core {

// Tells a background job that its result is no longer wanted. The owner raises it; the job checks it between pieces
// of work and stops early, and the owner drops whatever still comes back. Unlike QFuture::cancel(), raising it never
// touches the future or its continuation, so it is safe at any moment, even while the job is finishing: Qt 6.4's
// cancel() follows a raw pointer to a continuation that a job finishing on another thread may just have freed.
// Copies share one flag.
class StopFlag final
{
public:
    StopFlag() : m_raised(std::make_shared<std::atomic_bool>(false)) {}

    void raise() const { m_raised->store(true, std::memory_order_relaxed); }
    bool isRaised() const { return m_raised->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic_bool> m_raised;
};

} // namespace berth::core
