# shellcheck shell=bash
# Starts the API's Release build on a free loopback port for the measuring scripts (batch-load.sh,
# soak-batch.sh, hostile-input.sh), on a temporary SQLite database or a throw-away PostgreSQL server.
#   release_api_arguments "$@"   takes a leading --postgres: RELEASE_API_DATABASE is "postgres" or "sqlite",
#                                the other arguments are left in RELEASE_API_ARGS.
#   start_release_api WORK_DIR   builds the API, starts PostgreSQL when RELEASE_API_DATABASE is "postgres",
#                                starts the API with its rate limits off (the load comes from one caller) and a
#                                storage folder in WORK_DIR, waits for /health, and sets BASE_URL, API_PID, DB_URL.
#   stop_release_api             stops the API and the PostgreSQL server it started (safe to call twice).
# Extra API settings come from the caller's environment.

# shellcheck source=scripts/lib/postgres.sh
source "$(dirname "${BASH_SOURCE[0]}")/postgres.sh"

RELEASE_API_DATABASE="sqlite"

release_api_arguments() {
  RELEASE_API_DATABASE="sqlite"
  if [[ "${1:-}" == "--postgres" ]]; then
    RELEASE_API_DATABASE="postgres"
    shift
  fi
  # shellcheck disable=SC2034  # read by the script that sourced this file
  RELEASE_API_ARGS=("$@")
}

start_release_api() {
  local work="$1" port
  DB_URL="sqlite:///$work/app.db"
  if [[ "$RELEASE_API_DATABASE" == "postgres" ]]; then
    start_postgres >/dev/null
    DB_URL="$MEDDOC_TEST_POSTGRES_URL"
  fi
  dotnet build src/MedDoc.Api -c Release -v quiet -nologo -clp:ErrorsOnly
  port="$(free_port)"
  BASE_URL="http://127.0.0.1:$port"
  RATE_LIMIT_PER_MINUTE=0 TENANT_RATE_LIMIT_PER_MINUTE=0 ANALYSIS_RATE_LIMIT_PER_MINUTE=0 \
  ASPNETCORE_URLS="$BASE_URL" DB_URL="$DB_URL" STORAGE_DIR="$work/documents" WEB_DIST_DIR="$work/no-ui" \
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
  stop_postgres
}
