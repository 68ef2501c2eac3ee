#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine: installs what is missing,
# builds with Ninja and ccache, then
#   run      starts the GUI (on the default SQLite file, created on first start)
#   test     runs the whole test suite
#   package  builds the .deb
set -euo pipefail

mode=${1:-run}
shift || true
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build"

mapfile -t wanted < <(grep -v -e '^#' -e '^[[:space:]]*$' "$root/scripts/debian-packages.txt")
missing=()
for package in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    sudo=""
    [[ $(id -u) -eq 0 ]] || sudo=sudo
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --parallel "$(nproc)"

case "$mode" in
run)
    exec "$build/app/metodist" "$@"
    ;;
test)
    cd "$build"
    # The PostgreSQL half of the tests on a throwaway server of its own,
    # unless one is named (METODIST_TEST_POSTGRESQL) or METODIST_TEST_SERVER
    # is «off» (then that half is skipped); «required» (CI) fails without one.
    server=${METODIST_TEST_SERVER:-on}
    if [ -z "${METODIST_TEST_POSTGRESQL:-}" ] && [ "$server" != off ]; then
        if pgdir=$(bash "$root/scripts/pg-test-server.sh" start); then
            trap 'bash "$root/scripts/pg-test-server.sh" stop "$pgdir"' EXIT
            METODIST_TEST_POSTGRESQL=$(cat "$pgdir/url")
            export METODIST_TEST_POSTGRESQL
        elif [ "$server" = required ]; then
            echo "no PostgreSQL server for the tests" >&2
            exit 1
        else
            echo "no PostgreSQL server for the tests: its half is skipped" >&2
        fi
    fi
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@"
    ;;
package)
    cd "$build"
    cpack -G DEB "$@"
    ;;
*)
    echo "usage: scripts/dev.sh run|test|package" >&2
    exit 2
    ;;
esac
