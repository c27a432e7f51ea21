#!/usr/bin/env bash
# Builds and runs test/consumer/ against this checkout of ctgrad, in one of two modes:
#   run.sh SOURCE_ROOT BUILD_ROOT subproject
#       a copy of test/consumer/ with subprojects/ctgrad -> SOURCE_ROOT (a symlink)
#   run.sh SOURCE_ROOT BUILD_ROOT installed
#       `meson install --destdir` of BUILD_ROOT into a temporary directory, then the consumer finds ctgrad
#       through pkg-config (ctgrad.pc) only: no subprojects/ directory, --wrap-mode=nofallback
# Either way it checks that ctgrad's own tests, examples and benchmarks were not configured: the consumer's
# build has no target of ctgrad and exactly one test, the consumer's own.
# CXX (set by test/consumer/meson.build to the compiler of BUILD_ROOT) selects the compiler.
set -euo pipefail

if [ $# -ne 3 ]; then
    echo "usage: $0 SOURCE_ROOT BUILD_ROOT subproject|installed" >&2
    exit 2
fi
src=$(cd "$1" && pwd)
build=$(cd "$2" && pwd)
mode=$3

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ctgrad-consumer-$mode.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cp -r "$src/test/consumer" "$tmp/consumer"

case "$mode" in
subproject)
    mkdir "$tmp/consumer/subprojects"
    ln -s "$src" "$tmp/consumer/subprojects/ctgrad"
    setup_args=(--force-fallback-for=ctgrad)
    ;;
installed)
    destdir=$tmp/destdir
    meson install -C "$build" --no-rebuild --quiet --destdir "$destdir"
    pc=$(find "$destdir" -name ctgrad.pc -print -quit)
    if [ -z "$pc" ]; then
        echo "FAIL: meson install did not install ctgrad.pc" >&2
        exit 1
    fi
    echo "installed: $pc"
    if ! find "$destdir" -path '*/include/ctgrad/detail/*.hpp' -print -quit | grep -q .; then
        echo "FAIL: meson install did not install include/ctgrad/detail/*.hpp" >&2
        exit 1
    fi
    # ctgrad.pc names the real prefix (say /usr/local): the sysroot maps it into the destdir.
    export PKG_CONFIG_PATH=$(dirname "$pc")
    export PKG_CONFIG_SYSROOT_DIR=$destdir
    setup_args=(--wrap-mode=nofallback)
    ;;
*)
    echo "unknown mode '$mode' (subproject or installed)" >&2
    exit 2
    ;;
esac

cd "$tmp/consumer"
meson setup "${setup_args[@]}" build
meson compile -C build
meson test -C build --print-errorlogs

# How ctgrad was found.
if [ "$mode" = installed ]; then
    grep -E "Run-time dependency ctgrad found: YES" build/meson-logs/meson-log.txt
    if [ -e build/subprojects ] || grep -q "Executing subproject ctgrad" build/meson-logs/meson-log.txt; then
        echo "FAIL: the consumer used ctgrad as a subproject, not the installed one" >&2
        exit 1
    fi
else
    grep -q "Executing subproject ctgrad" build/meson-logs/meson-log.txt || {
        echo "FAIL: ctgrad was not used as a subproject" >&2
        exit 1
    }
fi

# ctgrad's tests, examples and benchmarks must not be configured in a consumer's build.
meson introspect --tests --targets --benchmarks build > introspect.json
python3 - introspect.json <<'PY'
import json, sys
info = json.load(open(sys.argv[1]))
tests = [t['name'] for t in info['tests']]
benchmarks = [t['name'] for t in info['benchmarks']]
ctgrad_targets = [t['name'] for t in info['targets'] if t.get('subproject') == 'ctgrad']
print(f'consumer tests: {tests}; benchmarks: {benchmarks}; ctgrad targets: {ctgrad_targets}')
if tests != ['consumer'] or benchmarks or ctgrad_targets:
    sys.exit('FAIL: ctgrad configured tests, examples or benchmarks in the consumer build')
PY
echo "ok: consumer built against ctgrad ($mode)"
