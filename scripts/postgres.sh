#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster (Debian's packages) in DIR on a free loopback
# port, and prints its URL (user `ignite`, trust authentication on loopback only).
# `scripts/postgres.sh stop DIR` stops it. The test matrix and `cargo xtask bench
# cluster` use it; nothing here is for production.
set -euo pipefail

if [ "${1:-}" = "stop" ]; then
  dir=$2
  bin=$(cat "$dir/bindir")
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null
  else "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null; fi
  exit 0
fi

dir=${1:?usage: scripts/postgres.sh DIR | stop DIR}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
  echo "postgres.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 1
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$dir"
echo "$bin" >"$dir/bindir"
# initdb refuses to run as root: the cluster belongs to the postgres user then.
as() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
as "$bin/initdb" -D "$dir/data" -U ignite --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=400 -c fsync=on" \
  start >/dev/null
echo "postgres://ignite@127.0.0.1:$port/postgres"
