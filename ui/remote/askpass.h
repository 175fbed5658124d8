// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

namespace berth::ui {

// Berth as ssh's SSH_ASKPASS program: ssh runs `berth "PROMPT"` with BERTH_ASKPASS naming the server, and reads the
// answer from stdout. A host-key question becomes a Yes/No dialog showing the fingerprint; a password or passphrase
// prompt a masked field. Cancel answers nothing and exits 1, which ssh takes as "no".
class Askpass
{
    Q_DECLARE_TR_FUNCTIONS(berth::ui::Askpass)
public:
    static bool isRequested(); // BERTH_ASKPASS is set
    // Runs the dialog for argv's prompt; returns the process exit code. Needs a QApplication.
    static int run(const QString &prompt);
    enum class Kind { HostKey, Secret };
    static Kind kindOf(const QString &prompt);
    // "SHA256:…" from ssh's host-key question, or empty
    static QString fingerprintOf(const QString &prompt);
};

} // namespace berth::ui
