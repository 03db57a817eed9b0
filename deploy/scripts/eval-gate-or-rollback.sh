#!/usr/bin/env bash
# The deployment's evaluation gate: scores the API that was just deployed and, when the gate
# fails, rolls the deployments back and fails.
#
#   deploy/scripts/eval-gate-or-rollback.sh NAMESPACE [DEPLOYMENT...]     (default: api worker web)
#
# Reaches the API through `kubectl port-forward svc/api` on 127.0.0.1:$LOCAL_PORT, runs
#   meddoc eval --dataset $DATASET --thresholds $THRESHOLDS --out $OUT_DIR --api-base URL
# (exit 0 pass, 1 gate failed, 2 bad input) and, on anything but 0 (including an API that never
# answers), runs `kubectl rollout undo` for each deployment, waits for it, and exits non-zero
# with the gate's status. Fail closed: a deploy that cannot be verified is not kept.
# Migrations are not undone: they are backward compatible by rule (docs/deployment.md).
set -uo pipefail

(($# >= 1)) || { echo "usage: $0 NAMESPACE [DEPLOYMENT...]" >&2; exit 2; }
namespace="$1"; shift
deployments=("$@")
((${#deployments[@]})) || deployments=(api worker web)
root="$(cd "$(dirname "$0")/../.." && pwd)"
dataset="${DATASET:-$root/evals/datasets/synthetic_v1.json}"
thresholds="${THRESHOLDS:-$root/evals/thresholds.json}"
out_dir="${OUT_DIR:-$root/artifacts/eval-deploy}"
port="${LOCAL_PORT:-18080}"
service="${SERVICE:-svc/api}"
service_port="${SERVICE_PORT:-80}"
wait_seconds="${PORT_FORWARD_WAIT_SECONDS:-30}"
rollout_timeout="${ROLLOUT_TIMEOUT:-300s}"
forwarded="http://127.0.0.1:$port"
api_base="$forwarded/api"

summary() {
  [[ -n "${GITHUB_STEP_SUMMARY:-}" ]] || return 0
  printf '%s\n' "$@" >>"$GITHUB_STEP_SUMMARY"
  if [[ -f "$out_dir/summary.md" ]]; then cat "$out_dir/summary.md" >>"$GITHUB_STEP_SUMMARY"; fi
}

mkdir -p "$out_dir"
kubectl port-forward --namespace "$namespace" "$service" "$port:$service_port" >"$out_dir/port-forward.log" 2>&1 &
forward_pid=$!
trap 'kill "$forward_pid" 2>/dev/null; wait "$forward_pid" 2>/dev/null' EXIT

status=3
for ((i = 0; i < wait_seconds; i++)); do
  if curl -fsS -o /dev/null --max-time 2 "$forwarded/health"; then status=0; break; fi
  kill -0 "$forward_pid" 2>/dev/null || break
  sleep 1
done

if ((status == 0)); then
  echo "gate: evaluating $dataset against $api_base"
  dotnet run --project "$root/src/MedDoc.Cli" -c Release -- eval \
    --dataset "$dataset" --thresholds "$thresholds" --out "$out_dir" --api-base "$api_base"
  status=$?
else
  echo "gate: the deployed API did not answer on $forwarded/health within ${wait_seconds}s" >&2
fi

if ((status == 0)); then
  echo "gate: passed"
  summary "### Deployment eval gate: passed ($namespace)"
  exit 0
fi

echo "gate: failed (status $status); rolling back ${deployments[*]} in $namespace" >&2
summary "### Deployment eval gate: FAILED ($namespace, status $status), rolled back: ${deployments[*]}"
for deployment in "${deployments[@]}"; do
  kubectl rollout undo "deployment/$deployment" --namespace "$namespace" || echo "gate: undo of $deployment failed" >&2
done
for deployment in "${deployments[@]}"; do
  kubectl rollout status "deployment/$deployment" --namespace "$namespace" --timeout "$rollout_timeout" || true
done
exit "$status"
