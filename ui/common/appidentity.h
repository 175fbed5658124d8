// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIcon>
#include <QString>

namespace berth::ui {

// How the desktop recognises Berth: the application id (the .desktop file's name, Wayland's app_id, AppStream's
// component) and the icon, for the window and the taskbar. main() applies it before the first window.
class AppIdentity final
{
public:
    static QString desktopFileName(); // io.github.berth.Berth
    // The icon theme's copy when one is installed, else the PNG renderings built into the binary.
    static QIcon icon();
    static void apply();
};

} // namespace berth::ui
