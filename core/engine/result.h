// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engineerror.h"

#include <optional>
#include <utility>

namespace berth::core {

struct Done
{
};

// A typed outcome: a value, or an EngineError. Result<Done> for calls that return nothing.
template<typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(EngineError error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.isError(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const EngineError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    EngineError m_error;
};

} // namespace berth::core
