// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/dockerrunparser.h"
#include "launch/launchproblem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

// Shared by the launch tests: fixed parser inputs and a readable "expected subset" comparison.
namespace berth::test {

inline core::DockerRunParser::Options fixedOptions(const QString &projectFolder = QStringLiteral("/home/me/proj"))
{
    core::DockerRunParser::Options o;
    o.projectFolder = projectFolder;
    o.homeDir = QStringLiteral("/home/me");
    o.env = {{QStringLiteral("HOME"), QStringLiteral("/home/me")},
             {QStringLiteral("DATA"), QStringLiteral("/data/set")},
             {QStringLiteral("WANDB_API_KEY"), QStringLiteral("secret")},
             {QStringLiteral("EMPTY"), QString()}};
    o.uid = QStringLiteral("1000");
    o.gid = QStringLiteral("1001");
    return o;
}

// "Code:subject" for each problem, in order.
inline QStringList problemKeys(const QList<core::LaunchProblem> &problems)
{
    QStringList keys;
    for (const core::LaunchProblem &p : problems)
        keys << QLatin1String(core::LaunchProblem::codeName(p.code)) + QLatin1Char(':') + p.subject;
    return keys;
}

// Every key of `expected` must equal the one in `actual`; objects compare as subsets, arrays element by element.
inline bool jsonSubset(const QJsonValue &expected, const QJsonValue &actual, const QString &path, QString *where)
{
    if (expected.isObject()) {
        if (!actual.isObject()) {
            *where = path + QStringLiteral(": not an object");
            return false;
        }
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!jsonSubset(it.value(), a.value(it.key()), path + QLatin1Char('.') + it.key(), where))
                return false;
        }
        return true;
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (!actual.isArray() || e.size() != a.size()) {
            *where = path + QStringLiteral(": expected ") +
                     QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact)) + QStringLiteral(" got ") +
                     QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
            return false;
        }
        for (qsizetype i = 0; i < e.size(); ++i) {
            if (!jsonSubset(e.at(i), a.at(i), path + QStringLiteral("[%1]").arg(i), where))
                return false;
        }
        return true;
    }
    if (expected != actual) {
        *where = path + QStringLiteral(": expected ") +
                 QString::fromUtf8(QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact)) +
                 QStringLiteral(" got ") +
                 QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact));
        return false;
    }
    return true;
}

inline QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace berth::test
