// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace berth::core {

// Who owns a container, from the labels Berth puts on it (BerthLabels in engine/berthlabels.h, header only).
// Labels are a courtesy among colleagues on a shared server, not access control: anyone with engine access can set
// or ignore them.
class OwnerPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::OwnerPolicy)
public:
    enum class Action { Stop, Kill, Remove };

    OwnerPolicy(); // the current user
    explicit OwnerPolicy(QString userName);

    // The login name of the user running Berth (the password database, else USER/LOGNAME).
    static QString currentUserName();
    const QString &userName() const { return m_userName; }

    static QString ownerOf(const QMap<QString, QString> &labels); // empty: not launched by Berth
    static QString profileOf(const QMap<QString, QString> &labels);
    bool isMine(const QMap<QString, QString> &labels) const;

    // Settings::ContainerScope: "mine" keeps the user's own containers, anything else keeps all.
    static constexpr const char *ScopeMine = "mine";
    static constexpr const char *ScopeEveryone = "everyone";
    bool inScope(const QMap<QString, QString> &labels, const QString &scope) const;
    // The engine-side filter for ContainerFilter::filters with the same meaning (empty for everyone). The engine
    // ANDs label filters, so this matches the current owner label only; inScope() also knows the old one.
    QMap<QString, QStringList> scopeFilter(const QString &scope) const;
    // The labels a launch adds to its container.
    QMap<QString, QString> launchLabels(const QString &profile = {}) const;

    // Stopping, killing or removing a container that is not the user's asks first. Containers without an owner
    // label (started outside Berth) ask too unless setConfirmUnlabelled(false): on a shared server they are usually
    // someone else's.
    void setConfirmUnlabelled(bool confirm) { m_confirmUnlabelled = confirm; }
    bool needsConfirmation(const QMap<QString, QString> &labels) const;
    // The question to ask (translated, naming the owner), or empty when no confirmation is needed.
    QString confirmationText(Action action, const QString &containerName, const QMap<QString, QString> &labels) const;

private:
    QString m_userName;
    bool m_confirmUnlabelled = true;
};

} // namespace berth::core
