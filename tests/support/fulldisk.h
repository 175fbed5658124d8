// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

// A small tmpfs of its own, mounted for one test and unmounted (and its folder removed) when it goes out of scope:
// the full disk every store must survive. Mounting needs root, which scripts/test has; elsewhere isMounted() is
// false and the test skips.
namespace berth::test {

class FullDisk final
{
public:
    explicit FullDisk(int kibibytes = 512);
    ~FullDisk();
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;

    static bool canMount(); // running as root
    bool isMounted() const { return m_mounted; }
    QString path() const { return m_path; }
    // Takes every free byte with a filler file. Files written before stay as they are.
    bool fill();
    // Files that appeared after fill(), besides the filler: temporary files a failed write left behind.
    QStringList strayFiles() const;

private:
    QStringList files() const;

    QString m_path;
    QStringList m_beforeFill;
    bool m_mounted = false;
};

} // namespace berth::test
