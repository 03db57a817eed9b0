# shellcheck shell=bash
# Starts the API's Release build on a free loopback port for the measuring scripts (batch-load.sh,
# soak-batch.sh, hostile-input.sh): start_release_api DB_URL WORK_DIR builds it, starts it with its rate limits off (the
# load comes from one caller) and a temporary storage folder, waits for /health, and sets BASE_URL and
# API_PID. stop_release_api stops it. Extra settings come from the caller's environment.

start_release_api() {
  local db_url="$1" work="$2" port
  dotnet build src/MedDoc.Api -c Release -v quiet -nologo -clp:ErrorsOnly
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
  BASE_URL="http://127.0.0.1:$port"
  RATE_LIMIT_PER_MINUTE=0 TENANT_RATE_LIMIT_PER_MINUTE=0 ANALYSIS_RATE_LIMIT_PER_MINUTE=0 \
  ASPNETCORE_URLS="$BASE_URL" DB_URL="$db_url" STORAGE_DIR="$work/documents" WEB_DIST_DIR="$work/no-ui" \
    dotnet src/MedDoc.Api/bin/Release/net10.0/MedDoc.Api.dll >"$work/api.log" 2>&1 &
  API_PID=$!
  local _
  for _ in $(seq 1 120); do curl -sf "$BASE_URL/health" >/dev/null && break; sleep 0.5; done
  curl -sf "$BASE_URL/health" >/dev/null || { echo "the API did not start:" >&2; cat "$work/api.log" >&2; return 1; }
}

stop_release_api() {
  if [[ -n "${API_PID:-}" ]]; then
    kill "$API_PID" 2>/dev/null || true
    wait "$API_PID" 2>/dev/null || true
    API_PID=""
  fi
}
