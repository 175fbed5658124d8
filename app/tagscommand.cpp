// SPDX-License-Identifier: Apache-2.0
#include "command.h"
#include "common/errortext.h"
#include "engine/bytesize.h"
#include "registry/tagcatalog.h"
#include "settings/settings.h"
#include "terminaltext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace berth::app {

namespace {
// The context is declared rather than passed to QCoreApplication::translate() in a helper: lupdate reads it
// from Q_DECLARE_TR_FUNCTIONS, but files a helper's texts under whatever class encloses each call.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::app::TagsCommand)
};

QJsonValue gpuValue(core::TagFacts::Gpu gpu)
{
    switch (gpu) {
    case core::TagFacts::Gpu::Yes:
        return true;
    case core::TagFacts::Gpu::No:
        return false;
    case core::TagFacts::Gpu::Unknown:
        break;
    }
    return QJsonValue::Null;
}

QJsonObject toJson(const core::TagInfo &t, bool local)
{
    const core::TagFacts &f = t.facts;
    QJsonArray platforms;
    for (const core::TagImage &image : t.images) {
        QJsonObject p{{QStringLiteral("architecture"), image.architecture}, {QStringLiteral("os"), image.os}};
        if (!image.variant.isEmpty())
            p.insert(QStringLiteral("variant"), image.variant);
        if (image.size >= 0)
            p.insert(QStringLiteral("size"), image.size);
        platforms.append(p);
    }
    QJsonObject o{{QStringLiteral("name"), t.name},
                  {QStringLiteral("version"), f.version.toString()},
                  {QStringLiteral("gpu"), gpuValue(f.gpu)},
                  {QStringLiteral("cuda"), f.cudaVersion()},
                  {QStringLiteral("cudaFromTestedConfigurations"), f.cudaFromTable},
                  {QStringLiteral("cudnn"), f.cudnnMajor == 0 ? QStringLiteral("yes") : f.cudnnVersion()},
                  {QStringLiteral("variant"), QString::fromLatin1([&] {
                       switch (f.variant) {
                       case core::TagFacts::Variant::Runtime:
                           return "runtime";
                       case core::TagFacts::Variant::Devel:
                           return "devel";
                       case core::TagFacts::Variant::Base:
                           return "base";
                       case core::TagFacts::Variant::Unspecified:
                           break;
                       }
                       return "";
                   }())},
                  {QStringLiteral("jupyter"), f.jupyter},
                  {QStringLiteral("os"), f.os},
                  {QStringLiteral("minimumDriver"), f.minimumDriver()},
                  {QStringLiteral("digest"), QString::fromLatin1(t.digest)},
                  {QStringLiteral("size"), t.fullSize >= 0 ? QJsonValue(t.fullSize) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("lastPushed"),
                   t.lastPushedMs > 0
                       ? QJsonValue(QDateTime::fromMSecsSinceEpoch(t.lastPushedMs, Qt::UTC).toString(Qt::ISODate))
                       : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("platforms"), platforms}};
    if (local)
        o.insert(QStringLiteral("local"), true);
    return o;
}

void printTable(QTextStream &out, const core::TagCatalog &catalog, const QList<int> &rows)
{
    const QStringList header{Tr::tr("TAG"),     Tr::tr("VERSION"), Tr::tr("GPU"),  Tr::tr("CUDA"),  Tr::tr("CUDNN"),
                             Tr::tr("VARIANT"), Tr::tr("DRIVER"),  Tr::tr("SIZE"), Tr::tr("PUSHED")};
    QList<QStringList> table{header};
    for (int row : rows) {
        const core::TagInfo &t = catalog.index().at(row);
        const core::TagFacts &f = t.facts;
        const QString gpu = f.gpu == core::TagFacts::Gpu::Yes  ? Tr::tr("yes")
                            : f.gpu == core::TagFacts::Gpu::No ? Tr::tr("no")
                                                               : QStringLiteral("?");
        const QString driver =
            f.minimumDriver().isEmpty() ? QStringLiteral("-") : QStringLiteral(">=") + f.minimumDriver();
        table << QStringList{
            t.name,
            f.version.toString().isEmpty() ? QStringLiteral("-") : f.version.toString(),
            gpu,
            f.hasCuda() ? f.cudaVersion() + (f.cudaFromTable ? QStringLiteral("*") : QString()) : QStringLiteral("-"),
            f.cudnnMajor > 0 ? f.cudnnVersion() : (f.cudnnMajor == 0 ? Tr::tr("yes") : QStringLiteral("-")),
            f.variantName().isEmpty() ? QStringLiteral("-") : f.variantName().toLower(),
            driver,
            t.fullSize >= 0 ? core::ByteSize::format(t.fullSize, core::ByteSize::Units::Decimal, 1, QLocale::c())
                            : QStringLiteral("-"),
            t.lastPushedMs > 0 ? QDateTime::fromMSecsSinceEpoch(t.lastPushedMs, Qt::UTC).date().toString(Qt::ISODate)
                               : QStringLiteral("-")};
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &line : table)
        for (qsizetype c = 0; c < line.size(); ++c)
            widths[c] = qMax(widths[c], line[c].size());
    for (const QStringList &line : table) {
        QString text;
        for (qsizetype c = 0; c < line.size(); ++c)
            text += c + 1 < line.size() ? line[c].leftJustified(widths[c] + 2) : line[c];
        out << TerminalText::escape(text) << '\n';
    }
}

int runTags(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Lists an image repository's tags with what each tag says: version, GPU, "
                                            "CUDA, cuDNN, runtime or devel, and the NVIDIA driver it needs."));
    const QCommandLineOption hubUrl(QStringLiteral("hub-url"), Tr::tr("Docker Hub API address (default: the setting)."),
                                    Tr::tr("URL"));
    const QCommandLineOption filter(QStringLiteral("filter"), Tr::tr("Only tags whose name contains every word."),
                                    Tr::tr("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON instead of a table."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."));
    parser.addOptions({hubUrl, filter, json, help});
    parser.addPositionalArgument(QStringLiteral("repository"),
                                 Tr::tr("tensorflow/tensorflow, pytorch/pytorch, nvidia/cuda or [registry/]ns/repo"));

    // Progress chatter belongs in the GUI's log, not in a command's stderr; QT_LOGGING_RULES still wins.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("berth.hub.info=false\nberth.registry.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(QStringList{QStringLiteral("berth tags")} + args)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(help)) {
        out << parser.helpText().replace(QStringLiteral("berth tags [options]"),
                                         QStringLiteral("berth tags [options] repository"));
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err << Tr::tr("Usage: berth tags [--hub-url URL] [--filter TEXT] [--json] REPOSITORY") << '\n';
        return 2;
    }

    core::TagCatalog catalog(core::Settings::instance());
    if (parser.isSet(hubUrl)) {
        const QUrl url = QUrl::fromUserInput(parser.value(hubUrl));
        if (!url.isValid()) {
            err << TerminalText::escape(Tr::tr("Not a URL: %1").arg(parser.value(hubUrl))) << '\n';
            return 2;
        }
        catalog.setHubBaseUrl(url);
    }
    QEventLoop loop;
    core::RegistryError result;
    QObject::connect(&catalog, &core::TagCatalog::finished, &loop, [&](const core::RegistryError &e) {
        result = e;
        loop.quit();
    });
    QObject::connect(&catalog, &core::TagCatalog::rateLimited, &loop, [&](const QDateTime &until) {
        err << Tr::tr("Docker Hub's rate limit was reached; waiting until %1.")
                   .arg(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat))
            << '\n';
        err.flush();
    });
    // A failed cache write loses nothing shown now, but the next offline open would show older tags: say so.
    QString cacheProblem;
    bool cacheDone = false;
    QObject::connect(&catalog, &core::TagCatalog::cacheWriteFailed, &loop,
                     [&](const QString &message) { cacheProblem = message; });
    QObject::connect(&catalog, &core::TagCatalog::cacheWritten, &loop, [&] {
        cacheDone = true;
        loop.quit();
    });
    // Whether open() fails at once (a bad name) or later, finished() says so; only wait when it did not yet.
    bool finishedEarly = false;
    QObject::connect(&catalog, &core::TagCatalog::finished, &loop, [&] { finishedEarly = true; });
    catalog.open(parser.positionalArguments().constFirst());
    if (!finishedEarly)
        loop.exec();
    // A complete listing is written to the cache next; wait for it, so a failure is reported and nothing is cut off.
    if (!result && !cacheDone) {
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!cacheProblem.isEmpty())
        err << TerminalText::escape(cacheProblem) << '\n';
    if (result) {
        err << TerminalText::escape(berth::ui::ErrorText::registryMessage(result), true) << '\n';
        if (!catalog.isShowingCache())
            return result.kind() == core::RegistryError::Kind::InvalidReference ? 2 : 1;
        err << Tr::tr("Showing the cached tags from %1.")
                   .arg(QLocale().toString(catalog.dataTime().toLocalTime(), QLocale::ShortFormat))
            << '\n';
    }
    if (catalog.droppedTagCount() > 0) {
        err << Tr::tr("%n tag name(s) from the registry broke the tag grammar (control characters, \"../\" …) and "
                      "were left out.",
                      nullptr, catalog.droppedTagCount())
            << '\n';
    }
    core::TagFilter tagFilter;
    tagFilter.text = parser.value(filter);
    const QList<int> rows = catalog.index().filter(tagFilter, core::TagSort::Version, Qt::DescendingOrder);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (int row : rows)
            array.append(toJson(catalog.index().at(row), catalog.isPresentLocally(catalog.index().at(row).name)));
        out << QJsonDocument(QJsonObject{{QStringLiteral("repository"), catalog.reference().familiarName()},
                                         {QStringLiteral("count"), int(rows.size())},
                                         {QStringLiteral("tags"), array}})
                   .toJson(QJsonDocument::Indented);
    } else {
        printTable(out, catalog, rows);
    }
    return 0;
}
} // namespace

} // namespace berth::app

BERTH_COMMAND(tags, "tags", "List a repository's tags with CUDA, cuDNN and driver needs", &berth::app::runTags);
