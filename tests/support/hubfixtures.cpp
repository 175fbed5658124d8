// SPDX-License-Identifier: Apache-2.0
#include "hubfixtures.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace berth::test {

namespace {
QStringList versions(const QList<std::pair<QString, int>> &minors)
{
    // minors: "2.15" and its number of patch releases
    QStringList list;
    for (const auto &[minor, patches] : minors) {
        for (int rc = 0; rc <= 3; ++rc)
            list << minor + QStringLiteral(".0rc%1").arg(rc);
        for (int p = 0; p < patches; ++p)
            list << minor + QStringLiteral(".%1").arg(p);
    }
    return list;
}
} // namespace

QStringList tensorflowTagNames()
{
    QStringList tags;
    const QStringList v1 = versions({{QStringLiteral("1.0"), 2},
                                     {QStringLiteral("1.1"), 1},
                                     {QStringLiteral("1.2"), 2},
                                     {QStringLiteral("1.3"), 1},
                                     {QStringLiteral("1.4"), 2},
                                     {QStringLiteral("1.5"), 2},
                                     {QStringLiteral("1.6"), 1},
                                     {QStringLiteral("1.7"), 2},
                                     {QStringLiteral("1.8"), 1},
                                     {QStringLiteral("1.9"), 1},
                                     {QStringLiteral("1.10"), 2},
                                     {QStringLiteral("1.11"), 1},
                                     {QStringLiteral("1.12"), 4},
                                     {QStringLiteral("1.13"), 3},
                                     {QStringLiteral("1.14"), 1},
                                     {QStringLiteral("1.15"), 6}});
    const QStringList v20 = versions({{QStringLiteral("2.0"), 5}, {QStringLiteral("2.1"), 5}});
    const QStringList v2x =
        versions({{QStringLiteral("2.2"), 4},  {QStringLiteral("2.3"), 5},  {QStringLiteral("2.4"), 4},
                  {QStringLiteral("2.5"), 4},  {QStringLiteral("2.6"), 6},  {QStringLiteral("2.7"), 5},
                  {QStringLiteral("2.8"), 5},  {QStringLiteral("2.9"), 4},  {QStringLiteral("2.10"), 2},
                  {QStringLiteral("2.11"), 2}, {QStringLiteral("2.12"), 1}, {QStringLiteral("2.13"), 2},
                  {QStringLiteral("2.14"), 2}, {QStringLiteral("2.15"), 2}, {QStringLiteral("2.16"), 3},
                  {QStringLiteral("2.17"), 2}, {QStringLiteral("2.18"), 2}, {QStringLiteral("2.19"), 1},
                  {QStringLiteral("2.20"), 1}, {QStringLiteral("2.21"), 1}});
    // The py3 era had every combination of -gpu, -py3, -jupyter and -devel.
    const QStringList py3Era = {QString(),
                                QStringLiteral("-gpu"),
                                QStringLiteral("-py3"),
                                QStringLiteral("-gpu-py3"),
                                QStringLiteral("-jupyter"),
                                QStringLiteral("-gpu-jupyter"),
                                QStringLiteral("-py3-jupyter"),
                                QStringLiteral("-gpu-py3-jupyter"),
                                QStringLiteral("-devel"),
                                QStringLiteral("-devel-gpu"),
                                QStringLiteral("-devel-py3"),
                                QStringLiteral("-devel-gpu-py3"),
                                QStringLiteral("-custom-op"),
                                QStringLiteral("-custom-op-gpu")};
    const QStringList modern = {QString(),
                                QStringLiteral("-gpu"),
                                QStringLiteral("-jupyter"),
                                QStringLiteral("-gpu-jupyter"),
                                QStringLiteral("-devel"),
                                QStringLiteral("-devel-gpu")};
    for (const QString &v : v1 + v20) {
        for (const QString &s : py3Era)
            tags << v + s;
    }
    for (const QString &v : v2x) {
        for (const QString &s : modern)
            tags << v + s;
    }
    for (const QString &moving : {QStringLiteral("latest"), QStringLiteral("nightly"), QStringLiteral("devel")}) {
        for (const QString &s : py3Era)
            tags << moving + s;
    }
    // Nightly builds kept by date, as the nightly tags were for a while.
    QDate day(2023, 1, 2);
    for (int i = 0; i < 180; ++i, day = day.addDays(2)) {
        const QString date = day.toString(QStringLiteral("yyyyMMdd"));
        for (const QString &s : modern.mid(0, 4))
            tags << QStringLiteral("2.16.0.dev%1").arg(date) + s;
    }
    return tags;
}

QStringList pytorchTagNames()
{
    struct Release
    {
        const char *version;
        QList<const char *> cudas;
        const char *cudnn;
    };
    const QList<Release> releases = {
        {"0.4.1", {"cuda9"}, "cudnn7"},
        {"1.0", {"cuda10.0"}, "cudnn7"},
        {"1.1.0", {"cuda10.0"}, "cudnn7.5"},
        {"1.2", {"cuda10.0"}, "cudnn7"},
        {"1.3", {"cuda10.1"}, "cudnn7"},
        {"1.4", {"cuda10.1"}, "cudnn7"},
        {"1.5", {"cuda10.1"}, "cudnn7"},
        {"1.5.1", {"cuda10.1"}, "cudnn7"},
        {"1.6.0", {"cuda10.1"}, "cudnn7"},
        {"1.7.0", {"cuda11.0"}, "cudnn8"},
        {"1.7.1", {"cuda11.0"}, "cudnn8"},
        {"1.8.0", {"cuda11.1"}, "cudnn8"},
        {"1.8.1", {"cuda11.1"}, "cudnn8"},
        {"1.9.0", {"cuda10.2", "cuda11.1"}, "cudnn7"},
        {"1.9.1", {"cuda10.2", "cuda11.1"}, "cudnn8"},
        {"1.10.0", {"cuda11.3"}, "cudnn8"},
        {"1.11.0", {"cuda11.3"}, "cudnn8"},
        {"1.12.0", {"cuda11.3"}, "cudnn8"},
        {"1.12.1", {"cuda11.3"}, "cudnn8"},
        {"1.13.0", {"cuda11.6"}, "cudnn8"},
        {"1.13.1", {"cuda11.6"}, "cudnn8"},
        {"2.0.0", {"cuda11.7"}, "cudnn8"},
        {"2.0.1", {"cuda11.7"}, "cudnn8"},
        {"2.1.0", {"cuda11.8", "cuda12.1"}, "cudnn8"},
        {"2.1.1", {"cuda11.8", "cuda12.1"}, "cudnn8"},
        {"2.1.2", {"cuda11.8", "cuda12.1"}, "cudnn8"},
        {"2.2.0", {"cuda11.8", "cuda12.1"}, "cudnn8"},
        {"2.2.1", {"cuda11.8", "cuda12.1"}, "cudnn8"},
        {"2.2.2", {"cuda11.8", "cuda12.1"}, "cudnn8"},
        {"2.3.0", {"cuda11.8", "cuda12.1"}, "cudnn8"},
        {"2.3.1", {"cuda11.8", "cuda12.1"}, "cudnn8"},
        {"2.4.0", {"cuda11.8", "cuda12.1", "cuda12.4"}, "cudnn9"},
        {"2.4.1", {"cuda11.8", "cuda12.1", "cuda12.4"}, "cudnn9"},
        {"2.5.0", {"cuda11.8", "cuda12.1", "cuda12.4"}, "cudnn9"},
        {"2.5.1", {"cuda11.8", "cuda12.1", "cuda12.4"}, "cudnn9"},
        {"2.6.0", {"cuda11.8", "cuda12.4", "cuda12.6"}, "cudnn9"},
        {"2.7.0", {"cuda11.8", "cuda12.6", "cuda12.8"}, "cudnn9"},
        {"2.7.1", {"cuda11.8", "cuda12.6", "cuda12.8"}, "cudnn9"},
        {"2.8.0", {"cuda12.6", "cuda12.8", "cuda12.9"}, "cudnn9"},
        {"2.9.0", {"cuda12.6", "cuda12.8", "cuda13.0"}, "cudnn9"},
    };
    QStringList tags{QStringLiteral("latest"), QStringLiteral("nightly"), QStringLiteral("nightly-devel")};
    for (const Release &r : releases) {
        const QString v = QLatin1String(r.version);
        for (const char *cuda : r.cudas) {
            for (const char *flavour : {"runtime", "devel"})
                tags << QStringLiteral("%1-%2-%3-%4")
                            .arg(v, QLatin1String(cuda), QLatin1String(r.cudnn), QLatin1String(flavour));
        }
        if (QLatin1String(r.version) >= QLatin1String("2.4"))
            tags << v + QStringLiteral("-runtime");
    }
    QDate day(2024, 1, 3);
    for (int i = 0; i < 200; ++i, day = day.addDays(1)) {
        const QString date = day.toString(QStringLiteral("yyyyMMdd"));
        for (const char *flavour : {"runtime", "devel"})
            tags << QStringLiteral("2.3.0.dev%1-cuda12.1-cudnn8-%2").arg(date, QLatin1String(flavour));
    }
    return tags;
}

QStringList cudaTagNames()
{
    const QStringList versions = {
        QStringLiteral("10.0"),   QStringLiteral("10.1"),   QStringLiteral("10.2"),   QStringLiteral("11.0.3"),
        QStringLiteral("11.1.1"), QStringLiteral("11.2.2"), QStringLiteral("11.3.1"), QStringLiteral("11.4.3"),
        QStringLiteral("11.5.2"), QStringLiteral("11.6.2"), QStringLiteral("11.7.1"), QStringLiteral("11.8.0"),
        QStringLiteral("12.0.1"), QStringLiteral("12.1.1"), QStringLiteral("12.2.2"), QStringLiteral("12.3.2"),
        QStringLiteral("12.4.1"), QStringLiteral("12.5.1"), QStringLiteral("12.6.3"), QStringLiteral("12.8.1"),
        QStringLiteral("12.9.1"), QStringLiteral("13.0.0")};
    const QStringList flavours = {QStringLiteral("base"), QStringLiteral("runtime"), QStringLiteral("devel"),
                                  QStringLiteral("cudnn-runtime"), QStringLiteral("cudnn-devel")};
    QStringList tags;
    for (const QString &v : versions) {
        const bool old = v.startsWith(QLatin1String("10."));
        const QStringList oses = old ? QStringList{QStringLiteral("ubuntu18.04"), QStringLiteral("centos7")}
                                 : v.startsWith(QLatin1String("11."))
                                     ? QStringList{QStringLiteral("ubuntu20.04"), QStringLiteral("ubuntu22.04"),
                                                   QStringLiteral("ubi8"), QStringLiteral("rockylinux8")}
                                     : QStringList{QStringLiteral("ubuntu22.04"), QStringLiteral("ubuntu24.04"),
                                                   QStringLiteral("ubi9"), QStringLiteral("rockylinux9")};
        for (const QString &os : oses) {
            for (QString f : flavours) {
                if (old)
                    f.replace(QLatin1String("cudnn-"), QLatin1String("cudnn7-"));
                tags << QStringLiteral("%1-%2-%3").arg(v, f, os);
            }
        }
    }
    return tags;
}

QStringList tagNamesFor(const QString &repository)
{
    if (repository.endsWith(QLatin1String("tensorflow/tensorflow")))
        return tensorflowTagNames();
    if (repository.endsWith(QLatin1String("pytorch/pytorch")))
        return pytorchTagNames();
    if (repository.endsWith(QLatin1String("nvidia/cuda")))
        return cudaTagNames();
    return {QStringLiteral("latest"), QStringLiteral("1.0"), QStringLiteral("1.1"), QStringLiteral("2.0")};
}

QJsonObject hubTagObject(const QString &repository, const QString &name, int index, int total)
{
    auto digestOf = [](const QString &text) -> QString {
        return QStringLiteral("sha256:") +
               QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
    };
    const bool gpu = name.contains(QLatin1String("gpu")) || name.contains(QLatin1String("cuda")) ||
                     repository.endsWith(QLatin1String("nvidia/cuda"));
    const qint64 base = gpu ? 2'600'000'000LL : 600'000'000LL;
    const qint64 size = base + (qint64(index) * 7'919'993LL) % 900'000'000LL;
    const QDateTime start(QDate(2019, 1, 7), QTime(3, 0), Qt::UTC);
    const qint64 span = start.secsTo(QDateTime(QDate(2025, 6, 30), QTime(3, 0), Qt::UTC));
    QDateTime pushed = start.addSecs(total > 0 ? span * index / total : qint64(index) * 37'000);
    const qsizetype dev = name.indexOf(QLatin1String(".dev"));
    if (dev >= 0) {
        const QDate day = QDate::fromString(name.mid(dev + 4, 8), QStringLiteral("yyyyMMdd"));
        if (day.isValid())
            pushed = QDateTime(day, QTime(7, 12), Qt::UTC);
    }
    const QString when = pushed.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("123Z");

    QJsonArray images;
    QJsonObject amd64{{QStringLiteral("architecture"), QStringLiteral("amd64")},
                      {QStringLiteral("features"), QString()},
                      {QStringLiteral("variant"), QJsonValue::Null},
                      {QStringLiteral("digest"), digestOf(name + QStringLiteral("/amd64"))},
                      {QStringLiteral("os"), QStringLiteral("linux")},
                      {QStringLiteral("os_features"), QString()},
                      {QStringLiteral("os_version"), QJsonValue::Null},
                      {QStringLiteral("size"), size},
                      {QStringLiteral("status"), QStringLiteral("active")},
                      {QStringLiteral("last_pulled"), when},
                      {QStringLiteral("last_pushed"), when}};
    images.append(amd64);
    if (index % 3 == 0) {
        QJsonObject arm64 = amd64;
        arm64[QStringLiteral("architecture")] = QStringLiteral("arm64");
        arm64[QStringLiteral("variant")] = QStringLiteral("v8");
        arm64[QStringLiteral("digest")] = digestOf(name + QStringLiteral("/arm64"));
        arm64[QStringLiteral("size")] = size - 40'000'000;
        images.append(arm64);
    }
    return QJsonObject{{QStringLiteral("creator"), 7},
                       {QStringLiteral("id"), 100000 + index},
                       {QStringLiteral("images"), images},
                       {QStringLiteral("last_updated"), when},
                       {QStringLiteral("last_updater"), 7},
                       {QStringLiteral("last_updater_username"), QStringLiteral("releasebot")},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("repository"), 4242},
                       {QStringLiteral("full_size"), size},
                       {QStringLiteral("v2"), true},
                       {QStringLiteral("tag_status"), QStringLiteral("active")},
                       {QStringLiteral("tag_last_pulled"), when},
                       {QStringLiteral("tag_last_pushed"), when},
                       {QStringLiteral("media_type"), QStringLiteral("application/vnd.oci.image.index.v1+json")},
                       {QStringLiteral("content_type"), QStringLiteral("image")},
                       {QStringLiteral("digest"), digestOf(name)}};
}

QList<QJsonObject> hubTagObjects(const QString &repository, const QStringList &names)
{
    // release tags spread over the years in list order; dated nightlies carry their own date
    int releases = 0;
    for (const QString &n : names)
        releases += n.contains(QLatin1String(".dev")) ? 0 : 1;
    QList<QJsonObject> list;
    list.reserve(names.size());
    int release = 0;
    for (int i = 0; i < names.size(); ++i) {
        QJsonObject o = hubTagObject(repository, names.at(i), i, releases);
        if (!names.at(i).contains(QLatin1String(".dev"))) {
            const QJsonObject dated = hubTagObject(repository, names.at(i), release++, releases);
            for (const char *key : {"last_updated", "tag_last_pulled", "tag_last_pushed"})
                o.insert(QLatin1String(key), dated.value(QLatin1String(key)));
        }
        list << o;
    }
    return list;
}

QByteArray hubPageJson(const QList<QJsonObject> &results, int count, const QString &next, const QString &previous)
{
    QJsonArray array;
    for (const QJsonObject &o : results)
        array.append(o);
    QJsonObject page{
        {QStringLiteral("count"), count},
        {QStringLiteral("next"), next.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(next)},
        {QStringLiteral("previous"), previous.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(previous)},
        {QStringLiteral("results"), array}};
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

} // namespace berth::test
