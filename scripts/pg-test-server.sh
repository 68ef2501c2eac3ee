#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: a new cluster in a temporary
# folder (initdb), listening on a Unix socket in that folder only (no TCP
# port), trusted local connections, no fsync (nothing in it outlives the run).
#
#   dir=$(bash scripts/pg-test-server.sh start)   # prints the folder
#   export METODIST_TEST_POSTGRESQL=$(cat "$dir/url")
#   …
#   bash scripts/pg-test-server.sh stop "$dir"    # stops it and removes the folder
#
# initdb refuses to run as root: as root the cluster belongs to «nobody».
# Needs Debian's postgresql package (postgresql-15).
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] && [ -x "$bin/initdb" ] || { echo "PostgreSQL server programs are missing (Debian: postgresql)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}

case ${1:-} in
start)
    dir=$(mktemp -d /tmp/metodist-pg.XXXXXX)
    chmod 755 "$dir"
    mkdir "$dir/data" "$dir/socket"
    [ "$(id -u)" = 0 ] && chown nobody "$dir/data" "$dir/socket" && chmod 700 "$dir/data"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 -N >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    touch "$dir/server.log" && { [ "$(id -u)" != 0 ] || chown nobody "$dir/server.log"; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir/socket -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://postgres@/postgres?host=$dir/socket" >"$dir/url"
    echo "$dir"
    ;;
stop)
    dir=${2:?usage: pg-test-server.sh stop DIR}
    [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
*)
    echo "usage: bash scripts/pg-test-server.sh start | stop DIR" >&2
    exit 2
    ;;
esac
