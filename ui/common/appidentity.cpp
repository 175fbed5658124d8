// SPDX-License-Identifier: Apache-2.0
#include "appidentity.h"

#include <QApplication>
#include <QDirIterator>

namespace berth::ui {

QString AppIdentity::desktopFileName()
{
    return QStringLiteral(BERTH_APP_ID);
}

QIcon AppIdentity::icon()
{
    QIcon builtIn;
    QDirIterator it(QStringLiteral(":/icons/hicolor"), {QStringLiteral("*.png")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        builtIn.addFile(it.next());
    return QIcon::fromTheme(desktopFileName(), builtIn);
}

void AppIdentity::apply()
{
    QGuiApplication::setDesktopFileName(desktopFileName());
    QApplication::setWindowIcon(icon());
}

} // namespace berth::ui
