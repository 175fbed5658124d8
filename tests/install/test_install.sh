#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# test_install BUILD_DIR VERSION APP_ID: `cmake --install` into a temporary prefix, then check the layout, the desktop
# metadata with the freedesktop and AppStream validators, and that the installed binary starts and finds its
# translations from where it was installed.
set -euo pipefail
build=$1 version=$2 id=$3
src=${BERTH_SOURCE_DIR:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
check() { local what=$1; shift; if "$@"; then echo "ok: $what"; else fail "$what"; fi; }

prefix=$tmp/prefix
cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" || { cat "$tmp/install.log"; exit 1; }

# The layout a desktop and a packager expect.
for f in bin/berth share/berth/translations/berth_ko.qm share/berth/translations/berth_en.qm \
    share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
    share/icons/hicolor/scalable/apps/$id.svg share/man/man1/berth.1.gz \
    share/bash-completion/completions/berth share/doc/berth/LICENSE; do
    check "installs $f" test -s "$prefix/$f"
done
check "bin/berth is executable" test -x "$prefix/bin/berth"
for size in 16 22 24 32 48 64 128 256 512; do
    png=$prefix/share/icons/hicolor/${size}x${size}/apps/$id.png
    # Width and height from the PNG header must match the folder the icon theme looks in.
    dims=$(od -An -tu1 -j16 -N8 "$png" 2>/dev/null | awk '{print $3*256+$4 "x" $7*256+$8}')
    check "icon ${size}x${size} is ${size}x${size} (got ${dims:-none})" test "$dims" = "${size}x${size}"
done
unexpected=$(cd "$prefix" && find . -type f | grep -v -E '^\./(bin/berth|share/(berth/translations/berth_(ko|en)\.qm|applications/|metainfo/|icons/hicolor/|man/man1/berth\.1\.gz|bash-completion/completions/berth|doc/berth/LICENSE))' || true)
check "installs nothing else (${unexpected//$'\n'/ })" test -z "$unexpected"

# The validators desktops and software centres run.
check "desktop-file-validate" desktop-file-validate "$prefix/share/applications/$id.desktop"
check "appstreamcli validate --no-net" appstreamcli validate --no-net --no-color "$prefix/share/metainfo/$id.metainfo.xml"
check "metainfo names the installed desktop file" \
    grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$prefix/share/metainfo/$id.metainfo.xml"
check "metainfo carries the version $version" grep -q "<release version=\"$version\"" "$prefix/share/metainfo/$id.metainfo.xml"

# The installed binary starts, and speaks Korean with translations found beside it, not in the build tree.
export BERTH_CONFIG_DIR=$tmp/config
out=$("$prefix/bin/berth" --version 2>&1) || fail "berth --version exited $?"
check "berth --version says $version (got: $out)" grep -q "^berth $version\$" <<<"$out"
out=$("$prefix/bin/berth" convert --to-cli -- 'docker run --rm --gpus all -v $(pwd):/src pytorch/pytorch python train.py' 2>&1) ||
    fail "berth convert exited $?: $out"
check "berth convert gives the canonical line (got: $out)" grep -q '^docker run .*--gpus all.*pytorch/pytorch' <<<"$out"
ko=$(LANGUAGE=ko LC_ALL=ko_KR.UTF-8 LANG=ko_KR.UTF-8 "$prefix/bin/berth" engine --help 2>&1 || true)
check "a Korean system gets Korean help" grep -q "Docker 엔진 연결을 확인합니다" <<<"$ko"
# Its problems read as Korean does: the particle fits the word before it ("data" ends in a vowel: 는).
ko=$(LANGUAGE=ko LC_ALL=ko_KR.UTF-8 LANG=ko_KR.UTF-8 "$prefix/bin/berth" convert --to-cli -- 'docker run -v /tmp:data img' 2>&1 || true)
check "berth convert in Korean picks the particle (got: $ko)" grep -q '“data”는 /로 시작해야' <<<"$ko"
check "berth convert in Korean leaves no particle pair (got: $ko)" bash -c '! grep -q "(는)\|(을)\|(이)\|(과)\|(으)" <<<"$1"' _ "$ko"
mv "$prefix/share/berth/translations" "$tmp/translations-aside"
en=$(LANGUAGE=ko LC_ALL=ko_KR.UTF-8 LANG=ko_KR.UTF-8 "$prefix/bin/berth" engine --help 2>&1 || true)
check "without the installed .qm files it falls back to English" grep -q "Check the Docker engine connection" <<<"$en"
mv "$tmp/translations-aside" "$prefix/share/berth/translations"

# Every command the binary has is in the man page and the bash completion.
commands=$("$prefix/bin/berth" no-such-command 2>&1 | awk '/^  /{print $1}' || true)
check "the binary lists its commands" test -n "$commands"
man=$(gzip -dc "$prefix/share/man/man1/berth.1.gz")
completion=$prefix/share/bash-completion/completions/berth
for c in $commands; do
    check "man page documents 'berth $c'" grep -q "^\.B berth $c\b" <<<"$man"
    check "bash completion offers '$c'" grep -q "^ *local commands=\".*\b$c\b" "$completion"
done
warnings=$(MANWIDTH=80 man --warnings -l "$prefix/share/man/man1/berth.1.gz" 2>&1 >/dev/null || true)
check "man renders berth.1 without warnings ($warnings)" test -z "$warnings"

# bash completion, with the bash-completion helpers it relies on.
if [ -f /usr/share/bash-completion/bash_completion ]; then
    complete_words() { # complete_words WORD...: what Tab offers after the words (the last one being completed)
        bash -c 'source /usr/share/bash-completion/bash_completion; source "$1"; shift
                 COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
                 _berth berth "${COMP_WORDS[-1]}" "${COMP_WORDS[-2]}"; printf "%s\n" "${COMPREPLY[@]}"' \
            _ "$completion" "$@"
    }
    check "berth ta<Tab> completes tags" test "$(complete_words berth ta)" = tags
    check "berth tags --j<Tab> completes --json" test "$(complete_words berth tags --j)" = --json
    check "berth --lang <Tab> offers ko and en" test "$(complete_words berth --lang '' | sort | tr '\n' ' ')" = "en ko "
    check "berth convert --to<Tab> completes --to-cli" test "$(complete_words berth convert --to)" = --to-cli
else
    fail "bash-completion is not installed (scripts/test installs it)"
fi

[ $failures -eq 0 ] || { echo "$failures check(s) failed" >&2; exit 1; }
echo "all install checks passed"
