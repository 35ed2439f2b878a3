# shellcheck shell=bash
# Sourced by scripts/run, scripts/test and scripts/bench; not run directly.
#
#   ensure_deps [extra-apt-package...]
#
# Makes sure what Tolk needs besides Swift is present, installing it with
# apt-get only when something is missing (a fresh Debian machine has only
# Swift): libcmark-dev (cmark 0.30, the C Markdown parser; checked by its
# header), pkg-config (SwiftPM finds libcmark through it) and git (SwiftPM
# fetches the package dependencies with it), plus any extra
# Debian packages named as arguments (e.g. `cmark`, the CLI scripts/bench
# compares against). Prints nothing when all is there; apt output goes to
# stderr so that stdout stays machine output.

ensure_deps() {
    local missing=() pkg

    if ! command -v swift >/dev/null 2>&1; then
        echo "error: 'swift' is not on PATH; install Swift 6 from https://www.swift.org/install/" >&2
        return 2
    fi
    if [ ! -e /usr/include/cmark.h ] &&
        ! { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libcmark; }; then
        missing+=(libcmark-dev)
    fi
    command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
    command -v git >/dev/null 2>&1 || missing+=(git)  # SwiftPM fetches Yams, ArgumentParser
    for pkg in "$@"; do
        if command -v dpkg-query >/dev/null 2>&1; then
            case "$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null)" in
                ii*) ;;
                *) missing+=("$pkg") ;;
            esac
        elif ! command -v "$pkg" >/dev/null 2>&1; then
            missing+=("$pkg")
        fi
    done
    [ "${#missing[@]}" -eq 0 ] && return 0

    if ! command -v apt-get >/dev/null 2>&1; then
        echo "error: missing ${missing[*]} and no apt-get here; install them by hand" \
            "(macOS: brew install cmark pkg-config)" >&2
        return 2
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "error: missing ${missing[*]}; not root and no sudo: run" \
                "'apt-get install ${missing[*]}' as root" >&2
            return 2
        fi
    fi
    echo "installing ${missing[*]} (apt-get)..." >&2
    "${sudo[@]}" apt-get update -qq >&2
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}
