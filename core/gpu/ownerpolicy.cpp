// SPDX-License-Identifier: Apache-2.0
#include "ownerpolicy.h"

#include "engine/berthlabels.h"

#include <pwd.h>
#include <unistd.h>
#include <vector>

namespace berth::core {

OwnerPolicy::OwnerPolicy() : m_userName(currentUserName()) {}

OwnerPolicy::OwnerPolicy(QString userName) : m_userName(std::move(userName)) {}

QString OwnerPolicy::currentUserName()
{
    // The password database first: USER survives `su` and can be anything.
    std::vector<char> buffer(16384);
    passwd entry{};
    passwd *result = nullptr;
    if (getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &result) == 0 && result && result->pw_name &&
        *result->pw_name)
        return QString::fromLocal8Bit(result->pw_name);
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QString::number(geteuid());
}

QString OwnerPolicy::ownerOf(const QMap<QString, QString> &labels)
{
    return BerthLabels::owner(labels);
}

QString OwnerPolicy::profileOf(const QMap<QString, QString> &labels)
{
    return BerthLabels::profile(labels);
}

bool OwnerPolicy::isMine(const QMap<QString, QString> &labels) const
{
    const QString owner = ownerOf(labels);
    return !owner.isEmpty() && owner == m_userName;
}

bool OwnerPolicy::inScope(const QMap<QString, QString> &labels, const QString &scope) const
{
    return scope != QLatin1String(ScopeMine) || isMine(labels);
}

QMap<QString, QStringList> OwnerPolicy::scopeFilter(const QString &scope) const
{
    if (scope != QLatin1String(ScopeMine))
        return {};
    return {{QStringLiteral("label"), {QLatin1String(BerthLabels::Owner) + QLatin1Char('=') + m_userName}}};
}

QMap<QString, QString> OwnerPolicy::launchLabels(const QString &profile) const
{
    QMap<QString, QString> labels{{QLatin1String(BerthLabels::Owner), m_userName}};
    if (!profile.isEmpty())
        labels.insert(QLatin1String(BerthLabels::Profile), profile);
    return labels;
}

bool OwnerPolicy::needsConfirmation(const QMap<QString, QString> &labels) const
{
    const QString owner = ownerOf(labels);
    if (owner.isEmpty())
        return m_confirmUnlabelled;
    return owner != m_userName;
}

QString OwnerPolicy::confirmationText(Action action, const QString &containerName,
                                      const QMap<QString, QString> &labels) const
{
    if (!needsConfirmation(labels))
        return {};
    const QString owner = ownerOf(labels);
    if (owner.isEmpty()) {
        switch (action) {
        case Action::Stop:
            return tr("“%1” was not started with Berth, so its owner is unknown. It may be someone else’s run. "
                      "Stop it anyway?")
                .arg(containerName);
        case Action::Kill:
            return tr("“%1” was not started with Berth, so its owner is unknown. It may be someone else’s run. "
                      "Kill it anyway?")
                .arg(containerName);
        case Action::Remove:
            return tr("“%1” was not started with Berth, so its owner is unknown. It may be someone else’s. "
                      "Remove it anyway?")
                .arg(containerName);
        }
    }
    switch (action) {
    case Action::Stop:
        return tr("“%1” belongs to %2. Stopping it ends their run. Stop it anyway?").arg(containerName, owner);
    case Action::Kill:
        return tr("“%1” belongs to %2. Killing it ends their run at once. Kill it anyway?").arg(containerName, owner);
    case Action::Remove:
        return tr("“%1” belongs to %2. Removing it deletes their container and its output. Remove it anyway?")
            .arg(containerName, owner);
    }
    return {};
}

} // namespace berth::core
