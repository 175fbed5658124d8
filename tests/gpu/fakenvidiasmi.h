// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace berth::test {

// A stand-in nvidia-smi, first on PATH for as long as the object lives: a shell script in a temporary directory
// that prints a recorded-shape fixture, fails like a broken driver, hangs, or is absent. Restores PATH when destroyed.
// Given a folder, it is the nvidia-smi "on a server" instead: the script goes into that folder (first on PATH in the
// test sshd's sessions, BERTH_TEST_SSH_SERVER_BIN), this process's PATH is left alone, and it is removed again.
class FakeNvidiaSmi final
{
public:
    FakeNvidiaSmi();
    explicit FakeNvidiaSmi(const QString &serverBinDir);
    ~FakeNvidiaSmi();
    FakeNvidiaSmi(const FakeNvidiaSmi &) = delete;
    FakeNvidiaSmi &operator=(const FakeNvidiaSmi &) = delete;

    static QString fixturePath(const QString &name); // tests/gpu/fixtures/NAME
    static QByteArray fixture(const QString &name);

    bool printFixture(const QString &csvName);      // exit 0 with the fixture on stdout
    bool printBytes(const QByteArray &stdoutBytes); // exit 0 with these bytes
    bool fail(int exitCode = 9, const QString &stderrFixture = QStringLiteral("failing.stderr"));
    bool hang();       // sleeps far longer than any test waits
    void makeAbsent(); // PATH holds only an empty directory

    int calls() const;             // how many times the script ran
    QString lastArguments() const; // the arguments of the last run, space-separated

private:
    bool writeScript(const QByteArray &body);

    QString scriptPath() const;

    QTemporaryDir m_dir;
    QByteArray m_oldPath;
    QString m_serverBinDir; // empty: this machine's PATH
};

} // namespace berth::test
