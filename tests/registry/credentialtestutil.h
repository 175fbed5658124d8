// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// Writes a docker config.json into dir; auths maps a registry key to "user:password".
inline bool writeDockerConfig(const QString &dir, const QJsonObject &config)
{
    QFile f(dir + QStringLiteral("/config.json"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(QJsonDocument(config).toJson());
    return true;
}

inline QJsonObject authEntry(const QString &user, const QString &password)
{
    const QByteArray pair = user.toUtf8() + ':' + password.toUtf8();
    return QJsonObject{{QStringLiteral("auth"), QString::fromLatin1(pair.toBase64())}};
}

// A docker-credential-NAME program in binDir speaking the helper protocol ("get", server URL on stdin, JSON out):
// it answers for serverUrl only, like a real store that holds one login.
inline bool writeCredentialHelper(const QString &binDir, const QString &name, const QString &serverUrl,
                                  const QString &user, const QString &secret)
{
    const QString path = binDir + QStringLiteral("/docker-credential-") + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QString script = QStringLiteral("#!/bin/sh\n"
                                          "[ \"$1\" = get ] || exit 2\n"
                                          "url=$(cat)\n"
                                          "echo \"$url\" >> \"$0.log\"\n"
                                          "if [ \"$url\" = '%1' ]; then\n"
                                          "  printf '{\"ServerURL\":\"%1\",\"Username\":\"%2\",\"Secret\":\"%3\"}'\n"
                                          "  exit 0\n"
                                          "fi\n"
                                          "echo 'credentials not found in native keychain'\n"
                                          "exit 1\n")
                               .arg(serverUrl, user, secret);
    f.write(script.toUtf8());
    f.close();
    return f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}
