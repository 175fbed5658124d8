// SPDX-License-Identifier: Apache-2.0
#include "launchfailuretext.h"

#include "common/errortext.h"
#include "launch/failurefield.h"

namespace berth::ui {

using Field = core::LaunchProblem::Field;
using Kind = core::EngineError::Kind;
using Cause = core::EngineError::Cause;
using Step = core::LaunchSession::Step;

LaunchFailureText::Placement LaunchFailureText::place(const core::LaunchSession::Failure &f,
                                                      const core::LaunchSpec &spec, const QString &host)
{
    Placement p;
    const ErrorText::Text words = ErrorText::describe(f.error, host);
    const QString engineSays = f.error.message();
    const QString image = f.imageReference.isEmpty() ? spec.imageReference() : f.imageReference;
    auto withDetail = [&](const QString &text) {
        return engineSays.isEmpty() ? text : tr("%1 The engine said: %2").arg(text, engineSays);
    };
    switch (f.step) {
    case Step::None:
    case Step::Parse:
    case Step::Validate:
    case Step::Build:
        break; // problems with fields: shown on the fields
    case Step::Send:
        p.field = Field::ProjectFolder;
        p.text = tr("The project could not be copied to %1 on the server: %2").arg(spec.projectFolder, f.sendError);
        break;
    case Step::Volume:
        p.field = Field::Requirements;
        p.text = withDetail(tr("The pip cache volume %1 could not be created.").arg(spec.requirements.cacheVolume));
        break;
    case Step::Image:
        if (f.error.kind() == Kind::NotFound) {
            p.field = Field::Image;
            p.offerPull = true;
            p.text = tr("The image %1 is not on this engine.").arg(image);
        } else {
            p.text = words.title + QLatin1Char(' ') + words.advice;
        }
        break;
    case Step::Pull: {
        p.field = Field::Image;
        p.offerPull = true;
        const core::EngineError pull = f.error.forPull();
        if (pull.kind() == Kind::Unauthorized || pull.cause() == Cause::PullAccessDenied) {
            p.text = withDetail(tr("The registry refused to give %1. If it is private, sign in with docker login; "
                                   "otherwise check the name.")
                                    .arg(image));
        } else if (pull.kind() == Kind::NotFound || pull.cause() == Cause::NotInRegistry) {
            p.text = withDetail(
                tr("The image %1 was not found in its registry. Check the image name and the tag.").arg(image));
        } else {
            p.text = withDetail(tr("The image %1 could not be pulled.").arg(image));
        }
        break;
    }
    case Step::Create:
    case Step::Start:
        if (f.error.cause() == Cause::NameInUse) {
            p.field = Field::Name;
            p.text = tr("The name %1 is already used by another container. Choose another name, or remove that "
                        "container first.")
                         .arg(spec.name);
        } else if (f.error.kind() == Kind::GpuDriverMissing) {
            p.field = Field::Gpus;
            p.text = words.title + QLatin1Char(' ') + words.advice;
        } else if (f.error.kind() == Kind::NotFound && f.error.cause() == Cause::NoSuchImage) {
            p.field = Field::Image;
            p.offerPull = true;
            p.text = tr("The image %1 is not on this engine.").arg(image);
        } else if (f.error.kind() == Kind::Unreachable || f.error.kind() == Kind::PermissionDenied ||
                   f.error.kind() == Kind::Timeout || f.error.kind() == Kind::ApiVersionUnsupported) {
            p.text = words.title + QLatin1Char(' ') + words.advice;
        } else {
            p.field = core::FailureField::forMessage(engineSays, spec);
            if (p.field == Field::Requirements && core::FailureField::saysNoBash(engineSays)) {
                p.offerShellSh = true;
                p.text = tr("This image has no /bin/bash, which the requirements step runs with. Use sh instead.");
            } else if (f.step == Step::Start) {
                p.text = withDetail(tr("The container could not start."));
            } else {
                p.text = withDetail(tr("The engine refused to create the container."));
            }
        }
        break;
    case Step::Attach:
        p.text = tr("The terminal could not attach to the container: %1").arg(engineSays);
        break;
    }
    return p;
}

QString LaunchFailureText::summary(const core::LaunchSession::Failure &f, const QString &host)
{
    Q_UNUSED(host)
    QString text = tr("Nothing was launched.");
    if (!f.containerId.isEmpty()) {
        const QString name = f.containerName.isEmpty() ? f.containerId.left(12) : f.containerName;
        if (f.removed) {
            text += QLatin1Char(' ') +
                    tr("The container %1 was created but did not start; it was removed again, so nothing is left "
                       "half-way.")
                        .arg(name);
        } else if (!f.removeError.isEmpty()) {
            text += QLatin1Char(' ') + tr("The container %1 did not start, and removing it failed too (%2): remove it "
                                          "from the container list.")
                                           .arg(name, f.removeError);
        } else {
            text += QLatin1Char(' ') + tr("The container %1 did not start; it was kept for you to inspect. Remove it "
                                          "from the container list when done.")
                                           .arg(name);
        }
    }
    return text;
}

} // namespace berth::ui
