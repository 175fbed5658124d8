// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Tag names and Docker Hub JSON shaped like the real tensorflow/tensorflow, pytorch/pytorch and nvidia/cuda
// repositories (the tags API record layout of hub.docker.com/v2/namespaces/NS/repositories/REPO/tags).
// Deterministic: the same inputs give the same bytes. Used by the replay server, the tests and bench/tags.
namespace berth::test {

QStringList tensorflowTagNames();
QStringList pytorchTagNames();
QStringList cudaTagNames();
QStringList tagNamesFor(const QString &repository); // one of the three above, else a few generic tags

// One entry of "results": name, digest, full_size, last_updated, tag_last_pushed, images[…] and the rest.
// index (of total) spreads the dates over 2019–2025 in list order and varies the sizes; nightly tags that name
// their build date (2.3.0.dev20240101…) are dated by it.
QJsonObject hubTagObject(const QString &repository, const QString &name, int index, int total = 0);
QList<QJsonObject> hubTagObjects(const QString &repository, const QStringList &names);
QByteArray hubPageJson(const QList<QJsonObject> &results, int count, const QString &next, const QString &previous);

} // namespace berth::test
