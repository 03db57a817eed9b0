# shellcheck shell=bash
# Starts a throw-away Redis server on 127.0.0.1 (a free port, no persistence) for the tests of the
# shared rate limits and the shared analysis cache, and exports MEDDOC_TEST_REDIS_URL. Call
# stop_redis (the test script's trap does) to stop it and remove its folder.

redis_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

start_redis() {
  command -v redis-server >/dev/null || { echo "test: Redis is not installed (apt-get install redis-server)" >&2; return 1; }
  REDIS_DIR="$(mktemp -d /tmp/meddoc-redis.XXXXXX)"
  REDIS_PORT="$(redis_free_port)"
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$REDIS_DIR" --save '' --appendonly no \
    --protected-mode yes --daemonize yes --pidfile "$REDIS_DIR/redis.pid" --logfile "$REDIS_DIR/redis.log" >/dev/null
  local _
  for _ in $(seq 1 50); do
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG && break
    sleep 0.1
  done
  redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG \
    || { echo "test: Redis did not start on 127.0.0.1:$REDIS_PORT" >&2; cat "$REDIS_DIR/redis.log" >&2; return 1; }
  export MEDDOC_TEST_REDIS_URL="redis://127.0.0.1:$REDIS_PORT"
  echo "test: Redis on 127.0.0.1:$REDIS_PORT"
}

stop_redis() {
  if [[ -n "${REDIS_DIR:-}" && -d "$REDIS_DIR" ]]; then
    if [[ -f "$REDIS_DIR/redis.pid" ]]; then
      local pid _
      pid="$(cat "$REDIS_DIR/redis.pid")"
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -rf "$REDIS_DIR"
  fi
}
