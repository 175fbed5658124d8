// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArrayView>
#include <QObject>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <functional>

namespace berth::core {

class Endpoint;

// The folders in one folder on an ssh engine's server, for browsing there (the project folder that is already on
// the server): one command over the server's shared ssh session.
class ServerFolders final
{
public:
    ServerFolders() = delete;

    struct Listing
    {
        QString path;        // the folder, absolute as the server resolved it (an empty request: the home there)
        QStringList folders; // names, sorted; hidden ones last
        int notShown = 0;    // folders past MaxFolders, left out
        QString error;       // what went wrong (the server's own words), empty on success
        bool ok() const { return error.isEmpty(); }
    };

    static constexpr int TimeoutMs = 15000;
    static constexpr int MaxFolders = 10000; // a folder with more subfolders lists the first ones

    static void list(const Endpoint &endpoint, const QString &path, QObject *context,
                     std::function<void(const Listing &)> done);
    // The command's output: the resolved path, then "./name" per folder, each ended by a NUL byte.
    static Listing parse(QByteArrayView output);
    // For libFuzzer (LLVMFuzzerTestOneInput): parses and aborts when an invariant of Listing does not hold.
    static int fuzzOne(const std::uint8_t *data, std::size_t size);
};

} // namespace berth::core
