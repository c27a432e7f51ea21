#!/usr/bin/env bash
# ctgrad's quick start. As root on a fresh Debian 12 machine:
#   tools/quickstart.sh demo     build, then run the demo (the examples, printing what they print)
#   tools/quickstart.sh test     build, then run every test (meson test), printing meson's summary
# It installs with apt-get only what is missing, configures build/ (or build-<compiler>/ when CXX names
# another compiler than g++, e.g. CXX=clang++-16 tools/quickstart.sh test uses build-clang/), builds, and
# runs. The exit status tells success (0) or failure.
set -euo pipefail

usage() {
    echo "usage: [CXX=clang++-16] $0 demo|test" >&2
    exit 2
}
[ $# -eq 1 ] || usage
mode=$1
case "$mode" in demo|test) ;; *) usage ;; esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

# --- what must be installed ----------------------------------------------------------------------
# cmake: meson finds doctest through doctest's CMake config. Benchmarks (off by default) need
# libbenchmark-dev, which this script does not install.
packages=(meson ninja-build ccache g++ clang-16 cmake pkg-config doctest-dev python3)

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

missing=()
for p in "${packages[@]}"; do
    installed "$p" || missing+=("$p")
done
# Boost (header-only Hana): libboost-dev (1.74) and libboost1.81-dev conflict; use whichever is there.
if ! installed libboost-dev && ! installed libboost1.81-dev && [ ! -e /usr/include/boost/hana.hpp ]; then
    missing+=(libboost-dev)
fi

if [ ${#missing[@]} -gt 0 ]; then
    echo "quickstart: installing ${missing[*]}"
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null; then
            sudo=(sudo)
        else
            echo "quickstart: missing packages (${missing[*]}): run as root" >&2
            exit 1
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# --- configure ----------------------------------------------------------------------------------
cxx=${CXX:-g++}
case "$(basename "${cxx%% *}")" in
    g++|c++) builddir=build ;;
    clang++*) builddir=build-clang ;;
    *) builddir=build-$(basename "${cxx%% *}") ;;
esac
# meson puts ccache in front of the compiler only when CXX is not set: do it here. The two CCACHE_
# settings let a fresh clone elsewhere (as CI's) reuse the cache of this one.
export CCACHE_BASEDIR=$root CCACHE_NOHASHDIR=true
if command -v ccache >/dev/null && [[ "$cxx" != *ccache* ]]; then
    export CXX="ccache $cxx"
else
    export CXX=$cxx
fi

if [ -f "$builddir/meson-private/coredata.dat" ]; then
    # Reconfigure; if that fails (say the compiler changed, or meson was upgraded), start afresh.
    meson setup --reconfigure "$builddir" || meson setup --wipe "$builddir"
else
    rm -rf "$builddir"
    meson setup "$builddir"
fi

# --- build and run ------------------------------------------------------------------------------
if [ "$mode" = demo ]; then
    # meson test builds what the demo's tests need (the examples), and no more. --verbose: show what each
    # example prints (it is also compared with its .expected file).
    meson test -C "$builddir" --suite demo --verbose
else
    # Keep going past a target that fails to compile, and then still run every test that could be built
    # (one whose executable is missing fails), so that one broken file does not hide the other results.
    build_status=0
    meson compile -C "$builddir" --ninja-args=-k0 || build_status=$?
    if [ "$build_status" -ne 0 ]; then
        # Each executable that could not be built (ninja -n lists what is still out of date) becomes a stub
        # that fails, so that its test fails (instead of running an old build, or meson test refusing to
        # run any test); mtime 0 keeps it out of date for the next build.
        ninja -C "$builddir" -n 2>/dev/null | sed -n 's/^\[[0-9/]*\] Linking target //p' |
            while read -r target; do
                printf '#!/bin/sh\necho "%s: not built, see the compile errors" >&2\nexit 1\n' \
                    "$target" > "$builddir/$target"
                chmod +x "$builddir/$target"
                touch -d @0 "$builddir/$target"
            done
    fi
    test_status=0
    meson test -C "$builddir" --no-rebuild --print-errorlogs || test_status=$?
    if [ "$build_status" -ne 0 ]; then
        echo "quickstart: the build failed (see the compiler errors above)" >&2
        exit "$build_status"
    fi
    exit "$test_status"
fi
