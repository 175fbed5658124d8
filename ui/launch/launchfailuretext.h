// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/launchproblem.h"
#include "launch/launchsession.h"
#include "launch/launchspec.h"

#include <QCoreApplication>
#include <QString>

namespace berth::ui {

// Words a failed launch for the form: which field caused it (so the message sits next to that field), what happened
// and what to do, and one line for the panel saying what was (not) left behind.
class LaunchFailureText final
{
    Q_DECLARE_TR_FUNCTIONS(berth::ui::LaunchFailureText)
public:
    struct Placement
    {
        core::LaunchProblem::Field field = core::LaunchProblem::Field::None;
        QString text;
        bool offerPull = false;    // the image is missing: a Pull button fits
        bool offerShellSh = false; // the image has no /bin/bash for the requirements wrapper
    };

    static Placement place(const core::LaunchSession::Failure &failure, const core::LaunchSpec &spec,
                           const QString &engineHost = {});
    // "Nothing was launched: … The container X was removed again, so nothing is left half-way."
    static QString summary(const core::LaunchSession::Failure &failure, const QString &engineHost = {});
};

} // namespace berth::ui
