// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

namespace berth::ui {

// Call first thing in the destructor of a widget that connects its children's signals to its own slots or lambdas.
// Once that destructor returns, the object is only a QWidget, yet QWidget's destructor still hides it, moves focus
// out of it and deletes its children, and children emit on the way (a combo's line edit losing focus emits
// activated, a tab widget losing pages emits currentChanged, a model being deleted resets its view). Qt cuts the
// owner's connections only in QObject's destructor, later still, so without this a late signal calls a member of a
// half-destroyed object. Only connections whose receiver is the owner go; the children's own wiring stays intact.
inline void disconnectChildSignals(QObject *owner)
{
    QObject::disconnect(owner, nullptr, owner, nullptr);
    const auto children = owner->findChildren<QObject *>();
    for (QObject *child : children)
        QObject::disconnect(child, nullptr, owner, nullptr);
}

} // namespace berth::ui
