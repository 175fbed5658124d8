// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFuture>
#include <QMetaObject>
#include <QObject>

#include <memory>
#include <utility>

namespace berth::core {

// Hands a background result back to context's thread: QFuture::then(context, done), so done never runs once
// context is gone, with one difference. Qt 6.4 runs a continuation at once, inside then(), when the future has
// already finished, which a fast job on a busy machine does; callers (and their tests) count on hearing back only
// after the call that started the job has returned. A result that early is posted to context instead.
template<typename T, typename F> void handBack(QFuture<T> future, QObject *context, F &&done)
{
    auto starting = std::make_shared<bool>(true);
    future.then(context, [context, starting, done = std::forward<F>(done)](T value) mutable {
        if (!*starting) {
            done(std::move(value));
            return;
        }
        QMetaObject::invokeMethod(
            context, [done = std::move(done), value = std::move(value)]() mutable { done(std::move(value)); },
            Qt::QueuedConnection);
    });
    *starting = false;
}

} // namespace berth::core
