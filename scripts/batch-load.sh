#!/usr/bin/env bash
# Batch throughput through the API with storage (issue 11's target: >= 300 documents/s on SQLite and on
# PostgreSQL), run by hand, not in CI: starts a Release API on a free loopback port (temporary SQLite
# database, or a throw-away PostgreSQL server with --postgres), POSTs the 1,864 IU dev reports as one
# JSON batch, polls until it is done, and prints documents/s end to end (first byte sent to batch done),
# the server's peak resident memory, and whether every document was stored. Exits 1 when one is missing.
# Usage: scripts/batch-load.sh [--postgres]
# Before measuring, BATCH_WARM_UP synthetic documents (200; 0 for none) go through as one batch, so the numbers
# are a warm server's, without the first requests' JIT compilation. Also prints the server's CPU time per document
# (receiving and processing), which unlike documents/s does not depend on how busy the machine is.
# Env: MEDDOC_IU_DEV (default ../shared/data/iu-cxr/dev.jsonl), BATCH_TIMEOUT (600, seconds), BATCH_WARM_UP, and
#      any API setting (e.g. BATCH_WORKERS).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/release-api.sh
source scripts/lib/release-api.sh

IU_DEV="${MEDDOC_IU_DEV:-../shared/data/iu-cxr/dev.jsonl}"
[[ -f "$IU_DEV" ]] || { echo "batch-load: $IU_DEV not found; set MEDDOC_IU_DEV" >&2; exit 1; }
WORK="$(mktemp -d /tmp/meddoc-batch-load.XXXXXX)"
cleanup() { stop_release_api; rm -rf "$WORK"; }
trap cleanup EXIT

release_api_arguments "$@"
start_release_api "$WORK"
echo "batch-load: API on $BASE_URL (process $API_PID), database ${DB_URL%%:*}, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 scripts/lib/batch_load.py --api-base "$BASE_URL" --pid "$API_PID" --iu "$IU_DEV" \
  --warm-up "${BATCH_WARM_UP:-200}" \
  --timeout "${BATCH_TIMEOUT:-600}" --label batch-load
