#!/usr/bin/env bash
# Measures issue 15's hostile-input targets against a real API process, run by hand, not in CI:
# every row of the table (PDF bombs, broken multipart, paging overflow, odd filenames, oversized JSON,
# 16 concurrent 1 MB analyses) answers as expected with no 5xx, each PDF is refused in <= 5 s with
# <= 300 MB growth of the server's resident memory, and after a client leaves mid-PDF the server's
# CPU is quiet within 5 s. Prints a Markdown table; exits 1 when a target is missed.
# Usage: scripts/hostile-input.sh [--postgres]   (starts its own Release API on a free loopback port with
#        a temporary SQLite database, or a temporary PostgreSQL server with --postgres, and stops it afterwards)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/postgres.sh
source scripts/lib/postgres.sh

WORK="$(mktemp -d /tmp/meddoc-hostile.XXXXXX)"
API_PID=""
cleanup() {
  if [[ -n "$API_PID" ]]; then kill "$API_PID" 2>/dev/null || true; wait "$API_PID" 2>/dev/null || true; fi
  stop_postgres
  rm -rf "$WORK"
}
trap cleanup EXIT

DB_URL="sqlite:///$WORK/app.db"
if [[ "${1:-}" == "--postgres" ]]; then
  start_postgres >/dev/null
  DB_URL="$MEDDOC_TEST_POSTGRES_URL"
fi

dotnet build src/MedDoc.Api -c Release -v quiet -nologo -clp:ErrorsOnly
dotnet build benchmarks/MedDoc.HostileInput -c Release -v quiet -nologo -clp:ErrorsOnly
BASE_URL="http://127.0.0.1:$(free_port)"
# One caller sends everything: its rate limits are off so that the budgets, not the limiter, answer.
RATE_LIMIT_PER_MINUTE=0 TENANT_RATE_LIMIT_PER_MINUTE=0 ANALYSIS_RATE_LIMIT_PER_MINUTE=0 \
ASPNETCORE_URLS="$BASE_URL" DB_URL="$DB_URL" STORAGE_DIR="$WORK/documents" WEB_DIST_DIR="$WORK/no-ui" \
  dotnet src/MedDoc.Api/bin/Release/net10.0/MedDoc.Api.dll >"$WORK/api.log" 2>&1 &
API_PID=$!
for _ in $(seq 1 120); do curl -sf "$BASE_URL/health" >/dev/null && break; sleep 0.5; done
curl -sf "$BASE_URL/health" >/dev/null || { echo "hostile-input: the API did not start" >&2; cat "$WORK/api.log" >&2; exit 1; }

echo "hostile-input: API on $BASE_URL (process $API_PID), database ${DB_URL%%:*}"
status=0
dotnet benchmarks/MedDoc.HostileInput/bin/Release/net10.0/MedDoc.HostileInput.dll --api-base "$BASE_URL" --pid "$API_PID" || status=$?
kill -0 "$API_PID" 2>/dev/null || { echo "hostile-input: the API process died" >&2; status=1; }
exit "$status"
