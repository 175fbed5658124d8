// SPDX-License-Identifier: Apache-2.0
#include "askpass.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextStream>
#include <QVBoxLayout>

#include <cstdio>

namespace berth::ui {

bool Askpass::isRequested()
{
    return qEnvironmentVariableIsSet("BERTH_ASKPASS");
}

Askpass::Kind Askpass::kindOf(const QString &prompt)
{
    return prompt.contains(QLatin1String("(yes/no")) ? Kind::HostKey : Kind::Secret;
}

QString Askpass::fingerprintOf(const QString &prompt)
{
    static const QRegularExpression re(QStringLiteral("(SHA256:[A-Za-z0-9+/=]+|MD5:[0-9a-f:]+)"));
    return re.match(prompt).captured(1);
}

int Askpass::run(const QString &prompt)
{
    const QString server = qEnvironmentVariable("BERTH_ASKPASS");
    QDialog dialog;
    dialog.setWindowTitle(tr("Berth: ssh to %1").arg(server));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QLabel(&dialog);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);
    QLineEdit *secret = nullptr;
    auto *buttons = new QDialogButtonBox(&dialog);
    const Kind kind = kindOf(prompt);
    if (kind == Kind::HostKey) {
        const QString fingerprint = fingerprintOf(prompt);
        text->setText(tr("<p><b>Berth has never connected to %1 before.</b></p>"
                         "<p>Its host key fingerprint is:<br><tt>%2</tt></p>"
                         "<p>Connect only if this is the fingerprint your server administrator gave you. Berth will "
                         "remember it, and refuse to connect if it ever changes.</p>")
                          .arg(server.toHtmlEscaped(), fingerprint.isEmpty() ? prompt.toHtmlEscaped() : fingerprint));
        auto *details = new QLabel(prompt, &dialog);
        details->setWordWrap(true);
        details->setTextInteractionFlags(Qt::TextSelectableByMouse);
        details->setStyleSheet(QStringLiteral("color: palette(mid);"));
        layout->addWidget(details);
        buttons->addButton(tr("Trust and connect"), QDialogButtonBox::AcceptRole);
        buttons->addButton(QDialogButtonBox::Cancel);
    } else {
        // ssh's own words say which key or account is asked for.
        text->setText(tr("ssh asks for a password or key passphrase to reach %1:").arg(server.toHtmlEscaped()) +
                      QStringLiteral("<br><tt>") + prompt.toHtmlEscaped() + QStringLiteral("</tt>"));
        secret = new QLineEdit(&dialog);
        secret->setEchoMode(QLineEdit::Password);
        layout->addWidget(secret);
        buttons->addButton(QDialogButtonBox::Ok);
        buttons->addButton(QDialogButtonBox::Cancel);
    }
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return 1;
    QTextStream out(stdout);
    out << (secret ? secret->text() : QStringLiteral("yes")) << '\n';
    return 0;
}

} // namespace berth::ui
