#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on loopback for the tests, installing Debian's package
# when it is missing. Prints the connection string; `postgres.sh stop` stops the server.
#   PGPORT (default 55432) and TWIN_PG_DIR (default /tmp/twin-pg) say where.
set -euo pipefail

port=${PGPORT:-55432}
dir=${TWIN_PG_DIR:-/tmp/twin-pg}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)

if [ "${1:-}" = "stop" ]; then
  [ -n "$bin" ] && [ -d "$dir/data" ] && su postgres -c "$bin/pg_ctl -D $dir/data -m fast stop" >/dev/null 2>&1 || true
  exit 0
fi

if [ -z "$bin" ]; then
  echo "postgres.sh: installing Debian's postgresql package" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

if ! su postgres -c "$bin/pg_ctl -D $dir/data status" >/dev/null 2>&1; then
  rm -rf "$dir"
  mkdir -p "$dir"
  chown postgres:postgres "$dir"
  su postgres -c "$bin/initdb -D $dir/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
  su postgres -c "$bin/pg_ctl -D $dir/data -l $dir/log -w -o '-c listen_addresses=127.0.0.1 -p $port -k $dir' start" >/dev/null
fi

echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
