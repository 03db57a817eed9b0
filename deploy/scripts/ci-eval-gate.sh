#!/usr/bin/env bash
# CI's evaluation gate: scores the in-process pipeline on the synthetic dataset against the
# contract's thresholds; meddoc eval writes report.json and summary.md to OUT_DIR, and
# summary.md goes to the job summary when run in GitHub Actions.
#
#   deploy/scripts/ci-eval-gate.sh [OUT_DIR]      (default: artifacts/eval)
# Exit status is meddoc eval's: 0 passed, 1 gate failed, 2 bad input.
set -uo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
out_dir="${1:-$root/artifacts/eval}"
mkdir -p "$out_dir"

dotnet run --project "$root/src/MedDoc.Cli" -c Release -- eval \
  --dataset "$root/evals/datasets/synthetic_v1.json" \
  --thresholds "$root/evals/thresholds.json" \
  --out "$out_dir"
status=$?

if [[ -n "${GITHUB_STEP_SUMMARY:-}" ]]; then
  {
    if ((status == 0)); then echo "## Eval gate: passed"; else echo "## Eval gate: FAILED (exit $status)"; fi
    if [[ -f "$out_dir/summary.md" ]]; then cat "$out_dir/summary.md"; else echo "(no summary.md in $out_dir)"; fi
  } >>"$GITHUB_STEP_SUMMARY"
fi
exit "$status"
