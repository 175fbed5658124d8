// SPDX-License-Identifier: Apache-2.0
#include "serverfolders.h"

#include "engine/endpoint.h"
#include "http/sshsession.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace berth::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::ServerFolders)
};
// $1 is the folder (empty: the home); its resolved path first, then its folders, one per line.
constexpr char listScript[] = "cd -- \"${1:-$HOME}\" && pwd && find . -mindepth 1 -maxdepth 1 -type d";
} // namespace

ServerFolders::Listing ServerFolders::parse(const QByteArray &output)
{
    Listing listing;
    const QList<QByteArray> lines = output.split('\n');
    if (lines.isEmpty() || !lines.first().startsWith('/')) {
        listing.error = Tr::tr("The server gave no folder listing.");
        return listing;
    }
    listing.path = QString::fromUtf8(lines.first());
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.startsWith("./") && line.size() > 2)
            listing.folders << QString::fromUtf8(line.mid(2));
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
