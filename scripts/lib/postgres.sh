# shellcheck shell=bash
# Starts a throw-away PostgreSQL cluster on 127.0.0.1 for the integration tests and exports
# MEDDOC_TEST_POSTGRES_URL. Call stop_postgres (the test script's trap does) to remove it.

pg_bin_dir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    if [[ -x "$dir/initdb" ]]; then echo "$dir"; return 0; fi
  done
  return 1
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

start_postgres() {
  local bin
  bin="$(pg_bin_dir)" || { echo "test: PostgreSQL is not installed (apt-get install postgresql)" >&2; return 1; }
  PG_DIR="$(mktemp -d /tmp/meddoc-pg.XXXXXX)"
  PG_PORT="$(free_port)"
  chown postgres:postgres "$PG_DIR" 2>/dev/null || true
  local as_postgres=()
  if [[ "$(id -u)" == "0" ]]; then as_postgres=(runuser -u postgres --); fi
  "${as_postgres[@]}" "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 >"$PG_DIR/initdb.log" 2>&1
  "${as_postgres[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c synchronous_commit=off -c max_connections=200" start >/dev/null
  PG_BIN="$bin"
  export MEDDOC_TEST_POSTGRES_URL="postgresql://postgres:postgres@127.0.0.1:$PG_PORT/postgres"
  echo "test: PostgreSQL on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
  if [[ -n "${PG_DIR:-}" && -d "$PG_DIR/data" ]]; then
    local as_postgres=()
    if [[ "$(id -u)" == "0" ]]; then as_postgres=(runuser -u postgres --); fi
    "${as_postgres[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
