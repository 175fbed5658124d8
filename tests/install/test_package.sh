#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# test_package BUILD_DIR VERSION APP_ID: builds the .deb from this build folder with CPack, as scripts/package does
# from its own, then checks its control fields, its contents and lintian's verdict.
set -euo pipefail
build=$1 version=$2 id=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
check() { local what=$1; shift; if "$@"; then echo "ok: $what"; else fail "$what"; fi; }

(cd "$tmp" && cpack --config "$build/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1) ||
    { cat "$tmp/cpack.log"; exit 1; }
deb=$(ls "$tmp"/out/berth_"$version"_*.deb)
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

field() { dpkg-deb -f "$deb" "$1"; }
check "Package is berth" test "$(field Package)" = berth
check "Version is $version" test "$(field Version)" = "$version"
depends=$(field Depends)
echo "Depends: $depends"
# dpkg-shlibdeps found the libraries the binary links; the Qt platform plugins are added by hand.
names=$(sed 's/ *([^)]*)//g; s/, */\n/g' <<<"$depends")
for lib in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libvterm0 qt6-qpa-plugins; do
    check "Depends on $lib" grep -qxF "$lib" <<<"$names"
done
check "Recommends docker.io" grep -q 'docker.io' <<<"$(field Recommends)"
check "has a description" test -n "$(field Description)"

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/berth ./usr/share/berth/translations/berth_ko.qm ./usr/share/berth/translations/berth_en.qm \
    ./usr/share/applications/$id.desktop ./usr/share/metainfo/$id.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/$id.svg ./usr/share/icons/hicolor/48x48/apps/$id.png \
    ./usr/share/man/man1/berth.1.gz ./usr/share/bash-completion/completions/berth \
    ./usr/share/doc/berth/copyright ./usr/share/doc/berth/changelog.gz; do
    check "contains $f" grep -qx -- "$f" <<<"$contents"
done
check "no LICENSE beside Debian's copyright file" bash -c '! grep -q "^./usr/share/doc/berth/LICENSE$" <<<"$1"' _ "$contents"
owners=$(dpkg-deb -c "$deb" | awk '{print $2}' | sort -u)
check "every file is owned by root/root ($owners)" test "$owners" = root/root

dpkg-deb -x "$deb" "$tmp/root"
check "the packaged binary is stripped" bash -c '! readelf -S "$1" | grep -q "\.debug_info"' _ "$tmp/root/usr/bin/berth"

# lintian's errors fail the package (scripts/package too); warnings are shown.
if command -v lintian >/dev/null; then
    lintian_out=$(lintian --fail-on error --suppress-tags-from-file /dev/null "$deb" 2>&1) && lint=0 || lint=$?
    [ -n "$lintian_out" ] && echo "$lintian_out"
    check "lintian finds no errors" test "$lint" -eq 0
else
    fail "lintian is not installed (scripts/test installs it)"
fi

[ $failures -eq 0 ] || { echo "$failures check(s) failed" >&2; exit 1; }
echo "all package checks passed"
