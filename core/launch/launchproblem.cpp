// SPDX-License-Identifier: Apache-2.0
#include "launchproblem.h"

namespace berth::core {

bool LaunchProblem::hasErrors(const QList<LaunchProblem> &problems)
{
    for (const LaunchProblem &p : problems) {
        if (p.isError())
            return true;
    }
    return false;
}

const char *LaunchProblem::codeName(Code code)
{
    switch (code) {
    case Code::NotDockerRun:
        return "NotDockerRun";
    case Code::UnknownOption:
        return "UnknownOption";
    case Code::UnsupportedOption:
        return "UnsupportedOption";
    case Code::IgnoredOption:
        return "IgnoredOption";
    case Code::MissingValue:
        return "MissingValue";
    case Code::InvalidValue:
        return "InvalidValue";
    case Code::Placeholder:
        return "Placeholder";
    case Code::ShellConstruct:
        return "ShellConstruct";
    case Code::UnterminatedQuote:
        return "UnterminatedQuote";
    case Code::CommandSubstitution:
        return "CommandSubstitution";
    case Code::UnsetVariable:
        return "UnsetVariable";
    case Code::MissingImage:
        return "MissingImage";
    case Code::MultipleCommands:
        return "MultipleCommands";
    case Code::Required:
        return "Required";
    case Code::InvalidName:
        return "InvalidName";
    case Code::PathNotAbsolute:
        return "PathNotAbsolute";
    case Code::HostPathMissing:
        return "HostPathMissing";
    case Code::Conflict:
        return "Conflict";
    case Code::OutOfRange:
        return "OutOfRange";
    case Code::Duplicate:
        return "Duplicate";
    case Code::SystemContainerPath:
        return "SystemContainerPath";
    case Code::RiskyHostRoot:
        return "RiskyHostRoot";
    case Code::RiskySystemConfig:
        return "RiskySystemConfig";
    case Code::RiskyOtherUsersHome:
        return "RiskyOtherUsersHome";
    case Code::RiskyEngineSocket:
        return "RiskyEngineSocket";
    case Code::RiskyEngineData:
        return "RiskyEngineData";
    case Code::RiskySystemFolder:
        return "RiskySystemFolder";
    case Code::RiskyRootHome:
        return "RiskyRootHome";
    }
    return "Unknown";
}

const char *LaunchProblem::fieldName(Field field)
{
    switch (field) {
    case Field::None:
        return "None";
    case Field::Image:
        return "Image";
    case Field::Name:
        return "Name";
    case Field::Command:
        return "Command";
    case Field::Entrypoint:
        return "Entrypoint";
    case Field::WorkingDir:
        return "WorkingDir";
    case Field::Env:
        return "Env";
    case Field::EnvFiles:
        return "EnvFiles";
    case Field::Mounts:
        return "Mounts";
    case Field::Gpus:
        return "Gpus";
    case Field::IpcMode:
        return "IpcMode";
    case Field::ShmSize:
        return "ShmSize";
    case Field::User:
        return "User";
    case Field::Ports:
        return "Ports";
    case Field::Expose:
        return "Expose";
    case Field::Labels:
        return "Labels";
    case Field::AutoRemove:
        return "AutoRemove";
    case Field::Cpus:
        return "Cpus";
    case Field::Memory:
        return "Memory";
    case Field::MemorySwap:
        return "MemorySwap";
    case Field::Ulimits:
        return "Ulimits";
    case Field::NetworkMode:
        return "NetworkMode";
    case Field::Hostname:
        return "Hostname";
    case Field::RestartPolicy:
        return "RestartPolicy";
    case Field::Devices:
        return "Devices";
    case Field::Advanced:
        return "Advanced";
    case Field::Requirements:
        return "Requirements";
    case Field::ProjectFolder:
        return "ProjectFolder";
    }
    return "Unknown";
}

const char *LaunchProblem::partName(Part part)
{
    switch (part) {
    case Part::Whole:
        return "Whole";
    case Part::Type:
        return "Type";
    case Part::Source:
        return "Source";
    case Part::Target:
        return "Target";
    case Part::ReadOnly:
        return "ReadOnly";
    case Part::Size:
        return "Size";
    }
    return "Unknown";
}

} // namespace berth::core
