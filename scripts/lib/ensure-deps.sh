# shellcheck shell=bash
# Sourced by scripts/run, scripts/test and scripts/bench; not run directly.
#
#   ensure_deps [extra-apt-package...]
#   ensure_python_modules module[=pip-package]...
#
# Makes sure what Tolk needs besides Swift is present, installing it with
# apt-get only when something is missing (a fresh Debian machine has only
# Swift): libcmark-dev (cmark 0.30, the C Markdown parser; checked by its
# header), libsqlite3-dev (GRDB, which writes rules.sqlite, links the system
# SQLite; checked by its header), pkg-config (SwiftPM finds libcmark through
# it) and git (SwiftPM fetches the package dependencies with it), plus any extra
# Debian packages named as arguments (e.g. `cmark`, the CLI scripts/bench
# compares against). Prints nothing when all is there; apt output goes to
# stderr so that stdout stays machine output.
#
# ensure_python_modules does the same for Python modules the tests run
# (`jsonschema`, the JSON Schema validator that checks rules.schema.json):
# python3 (and pip) from apt when missing, then each missing module with pip,
# else, when pip refuses (Debian's externally managed Python), from apt as
# python3-<module>, else (no such Debian package: sarif-tools) with pip's
# --break-system-packages. `sarif=sarif-tools` names a module whose pip
# package has another name.

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
    [ -e /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
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

ensure_python_modules() {
    local module package

    if ! command -v python3 >/dev/null 2>&1; then
        ensure_deps python3 || return
    fi
    for module in "$@"; do
        package=${module#*=} module=${module%%=*}  # sarif=sarif-tools: import name=pip name
        python3 -c "import $module" >/dev/null 2>&1 && continue
        echo "installing Python module $module (pip)..." >&2
        if ! python3 -m pip --version >/dev/null 2>&1; then
            ensure_deps python3-pip || return
        fi
        # pip first: Debian's python3-<module> can be older than the tests need
        # (Ubuntu 22.04's jsonschema has no draft 2020-12); apt when pip refuses.
        python3 -m pip install --quiet --disable-pip-version-check "$package" >&2 ||
            ensure_deps "python3-$module" ||
            python3 -m pip install --quiet --disable-pip-version-check --break-system-packages "$package" >&2 ||
            return
        if ! python3 -c "import $module" >/dev/null 2>&1; then
            echo "error: Python module $module is still missing; install it by hand" \
                "(python3 -m pip install $package)" >&2
            return 2
        fi
    done
}
