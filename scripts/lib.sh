# SPDX-License-Identifier: Apache-2.0
# Shared by scripts/run, scripts/test, scripts/bench and scripts/fuzz. Sourced, not run.
set -euo pipefail
BERTH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BERTH_BUILD=${BERTH_BUILD:-$BERTH_ROOT/build}

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Debian packages Berth needs to build, test and run. Only missing ones are installed; apt-get update runs once.
BERTH_BUILD_PACKAGES=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libgl-dev libvterm-dev fonts-noto-cjk librsvg2-bin libqt6sql6-sqlite)
# scripts/package: dpkg-shlibdeps (dpkg-dev), lintian and the validators the tests also run.
BERTH_PACKAGE_PACKAGES=(dpkg-dev lintian desktop-file-utils appstream file)
BERTH_TEST_PACKAGES=(docker.io docker-registry busybox-static python3-docker python3-paramiko curl apache2-utils clang
    libclang-rt-14-dev xvfb xauth util-linux procps openssh-server openssh-client rsync openssl zlib1g-dev
    "${BERTH_PACKAGE_PACKAGES[@]}" bash-completion man-db dbus)

ensure_packages() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        say "Missing packages: ${missing[*]}. Run as root, or: sudo apt-get install ${missing[*]}"
        exit 1
    fi
    say "Installing ${missing[*]}"
    if [ -z "${BERTH_APT_UPDATED:-}" ]; then
        apt-get update -q
        export BERTH_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# configure_and_build [extra cmake args...]: incremental; reconfigures only when the build dir is new.
configure_and_build() {
    if [ ! -f "$BERTH_BUILD/build.ninja" ]; then
        local launcher=()
        # ccache, where installed, makes rebuilds in fresh build folders (worktrees, clean checkouts) cheap.
        command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        cmake -S "$BERTH_ROOT" -B "$BERTH_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBERTH_WERROR=ON \
            "${launcher[@]}" "$@"
    elif ! grep -q '^BERTH_WERROR:BOOL=ON' "$BERTH_BUILD/CMakeCache.txt"; then
        # A build folder made before the option existed: warnings stay errors here.
        cmake -DBERTH_WERROR=ON "$BERTH_BUILD" >/dev/null
    fi
    cmake --build "$BERTH_BUILD" --parallel "$(nproc)"
}

# The docker CLI that matches Debian's engine; an older/newer one elsewhere on PATH also works through negotiation.
docker_cli() { if [ -x /usr/bin/docker ]; then /usr/bin/docker "$@"; else docker "$@"; fi; }

engine_answers() { # engine_answers SOCKET_PATH
    [ -S "$1" ] && curl -sf --max-time 3 --unix-socket "$1" http://localhost/_ping >/dev/null 2>&1
}

# start_engine DIR [extra dockerd args...]: an engine of our own under DIR, not touching anyone else's.
start_engine() {
    local dir=$1; shift
    mkdir -p "$dir"
    dockerd --host "unix://$dir/docker.sock" --data-root "$dir/data" --exec-root "$dir/exec" \
        --pidfile "$dir/dockerd.pid" "$@" >"$dir/dockerd.log" 2>&1 &
    for _ in $(seq 1 150); do
        engine_answers "$dir/docker.sock" && return 0
        sleep 0.2
    done
    say "dockerd did not start; its log:"
    tail -n 40 "$dir/dockerd.log" >&2
    return 1
}

stop_pidfile() { # stop_pidfile FILE: TERM, then KILL after 15 s
    local f=$1 pid
    [ -f "$f" ] || return 0
    pid=$(cat "$f" 2>/dev/null || true)
    [ -n "$pid" ] || return 0
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 75); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
}

# A root filesystem from Debian's statically linked busybox, imported as an image whose CMD is sh.
import_busybox_image() { # import_busybox_image DOCKER_HOST TAG
    local host=$1 tag=$2 root
    root=$(mktemp -d)
    mkdir -p "$root/bin" "$root/tmp" "$root/etc" "$root/root" "$root/proc" "$root/sys" "$root/dev"
    cp /bin/busybox "$root/bin/busybox"
    for applet in $("$root/bin/busybox" --list); do
        [ "$applet" = busybox ] || ln -sf busybox "$root/bin/$applet"
    done
    printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' >"$root/etc/passwd"
    printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
    tar -C "$root" -c . | docker_cli -H "$host" import -c 'CMD ["sh"]' -c 'ENV PATH=/bin' - "$tag" >/dev/null
    rm -rf "$root"
}
