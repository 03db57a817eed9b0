#!/usr/bin/env bash
# Batch soak (issue 11's target: a 100,000-document batch finishes with flat memory, <= 500 MB resident,
# and every document accounted for), run by hand, not in CI: starts a Release API on a free loopback port
# (temporary SQLite database, or a throw-away PostgreSQL server with --postgres), submits N synthetic chest
# X-ray reports (distinct texts, ~300 characters) in JSON batches of SOAK_BATCH_SIZE, samples the API
# process's resident memory from /proc every second, and at the end checks done + failed == N and that N
# documents were stored. Prints documents/s and the peak resident memory; exits 1 when a document is
# missing, memory passes SOAK_MAX_RSS_MB, or the run passes SOAK_TIMEOUT.
# Usage: scripts/soak-batch.sh [--postgres] [N]   (N defaults to 100000)
# Env: SOAK_BATCH_SIZE (5000), SOAK_MAX_RSS_MB (500), SOAK_TIMEOUT (3600, seconds), and any API setting.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/release-api.sh
source scripts/lib/release-api.sh

WORK="$(mktemp -d /tmp/meddoc-soak-batch.XXXXXX)"
cleanup() { stop_release_api; rm -rf "$WORK"; }
trap cleanup EXIT

release_api_arguments "$@"
COUNT="${RELEASE_API_ARGS[0]:-100000}"
[[ "$COUNT" =~ ^[1-9][0-9]*$ ]] || { echo "soak-batch: N must be a positive whole number, got '$COUNT'" >&2; exit 2; }
start_release_api "$WORK"
echo "soak-batch: API on $BASE_URL (process $API_PID), database ${DB_URL%%:*}, $COUNT documents, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 scripts/lib/batch_load.py --api-base "$BASE_URL" --pid "$API_PID" --synthetic "$COUNT" \
  --batch-size "${SOAK_BATCH_SIZE:-5000}" --max-rss-mb "${SOAK_MAX_RSS_MB:-500}" --timeout "${SOAK_TIMEOUT:-3600}" --label soak-batch
