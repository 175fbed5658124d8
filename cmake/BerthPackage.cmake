# SPDX-License-Identifier: Apache-2.0
# The Debian package: `cpack -G DEB` in a build folder, as scripts/package does (see there for the whole recipe).
# Depends come from the binary (dpkg-shlibdeps) plus what Qt loads at run time, which no ELF dependency shows.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME berth)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Berth developers")
set(CPACK_PACKAGE_CONTACT "The Berth developers <berth@users.noreply.github.com>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://github.com/berth/berth)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The window-system plugins (xcb, wayland) live outside the libraries the binary links.
set(CPACK_DEBIAN_PACKAGE_DEPENDS qt6-qpa-plugins)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "docker.io, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "openssh-client")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "launch and watch machine-learning containers on GPU servers
Berth replaces long hand-typed docker run lines with a desktop form: pick a
framework image and tag from Docker Hub or a registry, the project folder and
other mounts and the GPUs, press Run and watch the output stream in. Every
launch is shown as, and can be imported from, the equivalent docker run line.
.
It lists the engine's containers with their owners, shows logs and terminals,
reads the GPUs with nvidia-smi and manages volumes and mounts. The interface
speaks Korean and English.")
# Debian's copyright file and changelog replace the plain LICENSE in /usr/share/doc/berth.
set(CPACK_PRE_BUILD_SCRIPTS ${PROJECT_SOURCE_DIR}/cmake/BerthDebianDocs.cmake)
set(CPACK_BERTH_DEBIAN_DIR ${PROJECT_SOURCE_DIR}/packaging/debian)
include(CPack)
