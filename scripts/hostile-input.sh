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
# shellcheck source=scripts/lib/release-api.sh
source scripts/lib/release-api.sh

WORK="$(mktemp -d /tmp/meddoc-hostile.XXXXXX)"
cleanup() { stop_release_api; rm -rf "$WORK"; }
trap cleanup EXIT

release_api_arguments "$@"
dotnet build benchmarks/MedDoc.HostileInput -c Release -v quiet -nologo -clp:ErrorsOnly
start_release_api "$WORK"

echo "hostile-input: API on $BASE_URL (process $API_PID), database ${DB_URL%%:*}"
status=0
dotnet benchmarks/MedDoc.HostileInput/bin/Release/net10.0/MedDoc.HostileInput.dll --api-base "$BASE_URL" --pid "$API_PID" || status=$?
kill -0 "$API_PID" 2>/dev/null || { echo "hostile-input: the API process died" >&2; status=1; }
exit "$status"
