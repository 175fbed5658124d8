// SPDX-License-Identifier: Apache-2.0
#include "serverfolders.h"

#include "engine/endpoint.h"
#include "http/sshsession.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace berth::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::ServerFolders)
};
// $1 is the folder (empty: the home); its resolved path first, then its folders, each ended by a NUL byte: a
// folder name may hold a newline, never a NUL.
constexpr char listScript[] =
    "cd -- \"${1:-$HOME}\" && printf '%s\\0' \"$PWD\" && find . -mindepth 1 -maxdepth 1 -type d -print0";
} // namespace

ServerFolders::Listing ServerFolders::parse(QByteArrayView output)
{
    // The server's bytes, whatever they are: a NUL-separated path and "./name" entries. Anything else is skipped,
    // and no more than MaxFolders names are kept.
    Listing listing;
    const qsizetype firstEnd = output.indexOf('\0');
    const QByteArrayView first = firstEnd < 0 ? output : output.first(firstEnd);
    if (firstEnd < 0 || !first.startsWith('/')) {
        listing.error = Tr::tr("The server gave no folder listing.");
        return listing;
    }
    listing.path = QString::fromUtf8(first);
    qsizetype start = firstEnd + 1;
    while (start < output.size()) {
        qsizetype end = output.indexOf('\0', start);
        if (end < 0)
            end = output.size(); // the last entry was cut short: not a name the server finished
        const QByteArrayView entry = output.sliced(start, end - start);
        start = end + 1;
        if (end == output.size() || !entry.startsWith("./") || entry.size() <= 2 || entry.indexOf('/', 2) >= 0)
            continue;
        if (listing.folders.size() == MaxFolders) {
            ++listing.notShown;
            continue;
        }
        listing.folders << QString::fromUtf8(entry.sliced(2));
    }
    std::sort(listing.folders.begin(), listing.folders.end(), [](const QString &a, const QString &b) {
        const bool hiddenA = a.startsWith(QLatin1Char('.'));
        const bool hiddenB = b.startsWith(QLatin1Char('.'));
        if (hiddenA != hiddenB)
            return hiddenB;
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return listing;
}

int ServerFolders::fuzzOne(const std::uint8_t *data, std::size_t size)
{
    const Listing listing = parse(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (listing.ok() != listing.path.startsWith(QLatin1Char('/')))
        std::abort();
    if (listing.folders.size() > MaxFolders || listing.notShown < 0)
        std::abort();
    for (const QString &name : listing.folders) {
        if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QChar(0)))
            std::abort();
    }
    return 0;
}

void ServerFolders::list(const Endpoint &endpoint, const QString &path, QObject *context,
                         std::function<void(const Listing &)> done)
{
    if (endpoint.scheme() != Endpoint::Scheme::Ssh) {
        Listing listing;
        listing.error = Tr::tr("Only an ssh:// server's folders can be looked at.");
        done(listing);
        return;
    }
    auto answered = std::make_shared<bool>(false);
    auto finish = [answered, done = std::move(done)](const Listing &listing) {
        if (!std::exchange(*answered, true))
            done(listing);
    };
    QTimer::singleShot(TimeoutMs, context, [finish] {
        Listing late;
        late.error = Tr::tr("The server did not answer in time.");
        finish(late);
    });
    SshSession::forDestination(endpoint.ssh())
        ->run({QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(listScript), QStringLiteral("sh"), path},
              context, [finish](const SshCommandResult &r) {
                  if (r.ok()) {
                      finish(parse(r.standardOutput));
                      return;
                  }
                  Listing failed;
                  const QString said = QString::fromUtf8(r.standardError).trimmed();
                  failed.error = !said.isEmpty()     ? said
                                 : r.error.isError() ? r.error.message
                                                     : Tr::tr("The folder cannot be read.");
                  finish(failed);
              });
}

} // namespace berth::core
