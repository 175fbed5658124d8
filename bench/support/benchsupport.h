// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/engineclient.h"

#include <QEventLoop>
#include <QList>

#include <algorithm>
#include <functional>
#include <optional>

// What every engine benchmark needs: a blocking call on the event loop, and the median of its rounds.
namespace berth::bench {

template<typename T> core::Result<T> await(std::function<void(core::EngineClient::Callback<T>)> call)
{
    std::optional<core::Result<T>> result;
    QEventLoop loop;
    call([&](const core::Result<T> &r) {
        result.emplace(r);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

inline double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace berth::bench
