#!/usr/bin/env bash
# Runs every test of MedDoc AI: .NET unit and integration tests (SQLite and a real PostgreSQL,
# a real S3-protocol server, a real Redis), the web UI's lint, type check and component tests, and the
# end-to-end browser tests against the real API. Starts and stops the servers it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

export MEDDOC_IU_DEV="${MEDDOC_IU_DEV:-$ROOT/../shared/data/iu-cxr/dev.jsonl}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# shellcheck source=scripts/lib/prerequisites.sh
source scripts/lib/prerequisites.sh
# shellcheck source=scripts/lib/postgres.sh
source scripts/lib/postgres.sh
# shellcheck source=scripts/lib/s3rver.sh
source scripts/lib/s3rver.sh
# shellcheck source=scripts/lib/redis.sh
source scripts/lib/redis.sh

ensure_test_packages

LOG_DIR="$(mktemp -d /tmp/meddoc-test.XXXXXX)"
echo "test: full logs go to $LOG_DIR"
cleanup() { stop_redis; stop_s3rver; stop_postgres; echo "test: logs kept in $LOG_DIR"; }
trap cleanup EXIT

if [[ -f web/package.json ]]; then
  echo "== web: install, lint, type check, unit tests, build"
  (cd web && npm ci --no-audit --no-fund && npm run lint && npm run typecheck && npm test) 2>&1 | tee "$LOG_DIR/web.log"
  (cd web && npm run build) >"$LOG_DIR/web-build.log" 2>&1 || { cat "$LOG_DIR/web-build.log"; exit 1; }
fi
# The OpenID provider the browser sign-in test starts on loopback (tests/MedDoc.E2E/OidcSignInTests.cs).
(cd tests/MedDoc.E2E/oidc && npm ci --no-audit --no-fund --silent) || { echo "test: could not install the OpenID provider (tests/MedDoc.E2E/oidc)" >&2; exit 1; }

start_postgres
start_s3rver
start_redis

echo "== .NET: build (several minutes on 2 cores; one line per project built, full log $LOG_DIR/build.log)"
dotnet build MedDoc.slnx -c Release 2>&1 | tee "$LOG_DIR/build.log" | grep --line-buffered -E ' -> ' | sed -u 's|^ *|test: built |; s| -> .*||' || true
if ! grep -q "Build succeeded" "$LOG_DIR/build.log"; then
  grep -E "error|Error" "$LOG_DIR/build.log" | sort -u >&2 || cat "$LOG_DIR/build.log" >&2
  echo "test: the .NET build failed" >&2
  exit 1
fi
tail -3 "$LOG_DIR/build.log"
dotnet test MedDoc.slnx -c Release --no-build 2>&1 | tee "$LOG_DIR/dotnet.log"
dotnet_status=${PIPESTATUS[0]}

passed=0; failed=0; skipped=0
while read -r f p s; do
  failed=$((failed + f)); passed=$((passed + p)); skipped=$((skipped + s))
done < <(sed -n 's/.*Failed:[[:space:]]*\([0-9]*\),[[:space:]]*Passed:[[:space:]]*\([0-9]*\),[[:space:]]*Skipped:[[:space:]]*\([0-9]*\).*/\1 \2 \3/p' "$LOG_DIR/dotnet.log")
if [[ -f "$LOG_DIR/web.log" ]]; then
  web_passed=$(sed -n 's/.*Tests[[:space:]]*\([0-9]*\) passed.*/\1/p' "$LOG_DIR/web.log" | tail -1)
  web_failed=$(sed -n 's/.*Tests[[:space:]]*\([0-9]*\) failed.*/\1/p' "$LOG_DIR/web.log" | tail -1)
  passed=$((passed + ${web_passed:-0})); failed=$((failed + ${web_failed:-0}))
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit "$dotnet_status"
