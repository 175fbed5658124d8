// SPDX-License-Identifier: Apache-2.0
#include "envfile.h"

#include <QCoreApplication>

namespace berth::core {

namespace {
// The context is declared rather than passed to QCoreApplication::translate() in a helper: lupdate reads it
// from Q_DECLARE_TR_FUNCTIONS, but files a helper's texts under whatever class encloses each call.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::CreateBodyBuilder)
};
} // namespace

QStringList EnvFile::parse(QByteArray data, QString *error)
{
    QStringList vars;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QList<QByteArray> lines = data.split('\n');
    for (QByteArray raw : lines) {
        if (raw.endsWith('\r'))
            raw.chop(1);
        QString line = QString::fromUtf8(raw);
        qsizetype lead = 0;
        while (lead < line.size() && line.at(lead).isSpace())
            ++lead;
        line.remove(0, lead); // trailing blanks belong to the value
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? line : line.left(eq);
        if (key.isEmpty() || key.contains(QLatin1Char(' ')) || key.contains(QLatin1Char('\t'))) {
            *error = Tr::tr("line \"%1\" has no valid variable name").arg(line);
            return {};
        }
        if (eq >= 0)
            vars << line;
        else if (qEnvironmentVariableIsSet(key.toLocal8Bit().constData()))
            vars << key + QLatin1Char('=') + qEnvironmentVariable(key.toLocal8Bit().constData());
    }
    return vars;
}

} // namespace berth::core
