#!/usr/bin/env bash
# A throw-away PostgreSQL 15 cluster for the storage tests.
#   pg_test_cluster.sh start DIR   create and start it; prints the admin URL on stdout
#   pg_test_cluster.sh stop DIR    stop it and remove DIR
# PostgreSQL refuses to run as root, so when run as root the server runs as the `postgres` user.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
FIRST_PORT=${PG_TEST_FIRST_PORT:-55432}

usage() {
  echo "usage: $0 start|stop DIR" >&2
  exit 64
}

[[ $# -eq 2 ]] || usage
action=$1
dir=$2

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    # -s: the postgres account may have no login shell; cd /: its home or our cwd may be unreadable to it.
    su postgres -s /bin/sh -c "cd / && $(printf '%q ' "$@")"
  else
    "$@"
  fi
}

port_in_use() {
  # bash's /dev/tcp connect succeeds only when something listens.
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start() {
  [[ -x $PG_BIN/initdb ]] || { echo "PostgreSQL 15 not found in $PG_BIN (apt-get install postgresql-15)" >&2; exit 1; }
  if [[ -e $dir/data/PG_VERSION ]]; then
    echo "$dir already holds a cluster; stop it first" >&2
    exit 1
  fi
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || { echo "user postgres does not exist (install postgresql-15)" >&2; exit 1; }
    chown postgres:postgres "$dir"
    # The server must reach DIR through every parent (e.g. a 0700 /tmp/xyz made by mktemp).
    local parent=$dir
    while [[ $parent != / ]]; do
      parent=$(dirname "$parent")
      if ! su postgres -s /bin/sh -c "test -x '$parent'"; then chmod o+x "$parent"; fi
    done
  fi
  as_owner "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
    --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  cat >"$dir/data/pg_hba.conf" <<'HBA'
# Throw-away test cluster: trust, local socket and loopback only.
local all all trust
host  all all 127.0.0.1/32 trust
HBA
  local port=$FIRST_PORT
  while port_in_use "$port" || [[ -e /tmp/.s.PGSQL.$port.lock || -e $dir/.s.PGSQL.$port.lock ]]; do
    port=$((port + 1))
    [[ $port -lt $((FIRST_PORT + 200)) ]] || { echo "no free port from $FIRST_PORT" >&2; exit 1; }
  done
  cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
shared_buffers = 64MB
logging_collector = off
CONF
  if [[ $(id -u) -eq 0 ]]; then chown postgres:postgres "$dir/data/pg_hba.conf"; fi
  as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
  echo "$port" >"$dir/port" 2>/dev/null || true
  echo "postgresql://postgres@127.0.0.1:$port/postgres"
}

stop() {
  if [[ -e $dir/data/PG_VERSION ]]; then
    as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case $action in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
