#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests (test/postgres/), independent of the system cluster.
#   scripts/pg-test-server.sh start   → prints the URL; writes it to $EW_PG_DIR/url
#   scripts/pg-test-server.sh stop    → stops the cluster this script started and removes its directory
#   scripts/pg-test-server.sh url     → prints the URL if the cluster runs
#   scripts/pg-test-server.sh restart [SECONDS] → fast shutdown, SECONDS down (default 2), start again
#                                      (the database-restart test runs it on a cluster of its own)
# Settings: EW_PG_DIR (default /tmp/eventwire-pg-test), EW_PG_PORT (default 54329), PG_BIN (default
# /usr/lib/postgresql/15/bin). Run as root, the cluster runs as the `postgres` user (initdb refuses root).
set -euo pipefail
DIR="${EW_PG_DIR:-/tmp/eventwire-pg-test}"
PORT="${EW_PG_PORT:-54329}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
URL="postgres://postgres@127.0.0.1:${PORT}/postgres"

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Throwaway: no fsync; enough connections for 3-4 workers × pool + pg-boss.
start_server() {
  as_pg "$PG_BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
    -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
    || { cat "$DIR/server.log" >&2; exit 3; }
}

case "${1:-}" in
  start)
    if [ -f "$DIR/data/postmaster.pid" ] && as_pg "$PG_BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
      echo "$URL"; exit 0
    fi
    [ -x "$PG_BIN/initdb" ] || { echo "no PostgreSQL at $PG_BIN" >&2; exit 3; }
    rm -rf "$DIR"; mkdir -p "$DIR"
    [ "$(id -u)" = 0 ] && chown postgres "$DIR"
    as_pg "$PG_BIN/initdb" -D "$DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
      || { cat "$DIR/initdb.log" >&2; exit 3; }
    start_server
    echo "$URL" > "$DIR/url"
    echo "$URL"
    ;;
  stop)
    if [ -d "$DIR/data" ]; then as_pg "$PG_BIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$DIR"
    ;;
  restart)
    [ -d "$DIR/data" ] || { echo "no cluster at $DIR" >&2; exit 3; }
    as_pg "$PG_BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null
    sleep "${2:-2}"
    start_server
    ;;
  url)
    as_pg "$PG_BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1 && echo "$URL"
    ;;
  *) echo "usage: $0 start|stop|restart [SECONDS]|url" >&2; exit 2 ;;
esac
