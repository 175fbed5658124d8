// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace berth::core {

// Labels Berth puts on every container it creates, so the container list can tell whose runs are whose on a shared
// server and which saved profile started them. Reverse-DNS keys, as Docker asks of third-party tools; Berth 0.1
// wrote the short ones, which are still read so the containers it launched keep their owners.
struct BerthLabels
{
    static constexpr const char *Owner = "io.github.berth.owner";     // the launching user's login name
    static constexpr const char *Profile = "io.github.berth.profile"; // the saved profile's name; absent ad hoc
    static constexpr const char *LegacyOwner = "berth.owner";
    static constexpr const char *LegacyProfile = "berth.profile";

    // The value under the current key, else under the old one.
    static QString owner(const QMap<QString, QString> &labels) { return read(labels, Owner, LegacyOwner).trimmed(); }
    static QString profile(const QMap<QString, QString> &labels) { return read(labels, Profile, LegacyProfile); }
    static QString owner(const QJsonObject &labels) { return read(labels, Owner, LegacyOwner).trimmed(); }
    static QString profile(const QJsonObject &labels) { return read(labels, Profile, LegacyProfile); }

private:
    static QString read(const QMap<QString, QString> &labels, const char *key, const char *legacy)
    {
        const auto it = labels.constFind(QLatin1String(key));
        return it != labels.constEnd() ? *it : labels.value(QLatin1String(legacy));
    }
    static QString read(const QJsonObject &labels, const char *key, const char *legacy)
    {
        const auto it = labels.constFind(QLatin1String(key));
        return (it != labels.constEnd() ? *it : labels.value(QLatin1String(legacy))).toString();
    }
};

} // namespace berth::core
