// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/engineerror.h"
#include "registry/registryerror.h"

#include <QCoreApplication>
#include <QString>

namespace berth::ui {

// Words an engine error for people: what happened and what to do, in the UI language. The engine's own message
// is kept as the detail so nothing is lost.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(berth::ui::ErrorText)
public:
    struct Text
    {
        QString title;        // one line: what happened
        QString advice;       // what to do about it
        QString detail;       // the engine's or system's own words
        QString full() const; // title, advice and detail as one paragraph for message boxes and tooltips
    };

    // host: the engine address, for messages that name it.
    static Text describe(const core::EngineError &error, const QString &host = {});
    // Why listing tags failed, with what to do: for the tag browser and `berth tags`.
    static QString registryMessage(const core::RegistryError &error);
};

} // namespace berth::ui
