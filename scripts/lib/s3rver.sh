# shellcheck shell=bash
# Starts s3rver (an S3-protocol server, npm package pinned in tools/s3rver) on 127.0.0.1 with a
# free port and a temporary data folder, and exports MEDDOC_TEST_S3_ENDPOINT for the S3 store
# tests. Call stop_s3rver (the test script's trap does) to stop it and remove the folder.

s3rver_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

start_s3rver() {
  local root tools
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  tools="$root/tools/s3rver"
  command -v node >/dev/null || { echo "test: node is required for s3rver (apt-get install nodejs npm)" >&2; return 1; }
  if [[ ! -x "$tools/node_modules/.bin/s3rver" ]]; then
    (cd "$tools" && npm ci --no-audit --no-fund --silent) || { echo "test: could not install s3rver" >&2; return 1; }
  fi
  S3RVER_DIR="$(mktemp -d /tmp/meddoc-s3rver.XXXXXX)"
  S3RVER_PORT="$(s3rver_free_port)"
  node "$tools/node_modules/s3rver/bin/s3rver.js" --directory "$S3RVER_DIR/data" --address 127.0.0.1 \
    --port "$S3RVER_PORT" --silent --allow-mismatched-signatures >"$S3RVER_DIR/s3rver.log" 2>&1 &
  S3RVER_PID=$!
  local attempt
  for attempt in $(seq 1 100); do
    if python3 -c "import socket,sys; s=socket.socket(); s.settimeout(0.2); sys.exit(s.connect_ex(('127.0.0.1',$S3RVER_PORT)))"; then
      export MEDDOC_TEST_S3_ENDPOINT="http://127.0.0.1:$S3RVER_PORT"
      echo "test: s3rver on 127.0.0.1:$S3RVER_PORT"
      return 0
    fi
    if ! kill -0 "$S3RVER_PID" 2>/dev/null; then break; fi
    sleep 0.1
  done
  echo "test: s3rver did not start (attempt $attempt): $(cat "$S3RVER_DIR/s3rver.log")" >&2
  return 1
}

stop_s3rver() {
  if [[ -n "${S3RVER_PID:-}" ]]; then
    kill "$S3RVER_PID" 2>/dev/null || true
    wait "$S3RVER_PID" 2>/dev/null || true
    unset S3RVER_PID
  fi
  if [[ -n "${S3RVER_DIR:-}" ]]; then rm -rf "$S3RVER_DIR"; fi
}
