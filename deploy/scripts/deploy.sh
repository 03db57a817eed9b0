#!/usr/bin/env bash
# Deploys MedDoc AI to one environment of the cluster the current kubectl context points at.
#
#   deploy/scripts/deploy.sh ENVIRONMENT REGISTRY TAG
#   e.g. deploy/scripts/deploy.sh dev 123456789012.dkr.ecr.ap-south-1.amazonaws.com 3f2c1ab
#
# 1. renders deploy/k8s/overlays/ENVIRONMENT with both images set to REGISTRY/<name>:TAG
#    (a throw-away kustomization on top of the overlay: the checkout is not modified);
# 2. runs the database migration Job with the new image and waits for it: the objects labelled
#    meddoc.io/deploy-phase=pre-rollout (namespace, config, secret, network policies, the Job)
#    are applied first; a failed migration stops here while the old pods keep serving;
# 3. applies everything and waits for the api, worker and web rollouts; a rollout that does not become
#    ready is undone and the script fails.
# The overlay's secrets.env must exist (deploy/scripts/write-secrets-env.sh writes it in CD).
set -euo pipefail

usage() { echo "usage: $0 ENVIRONMENT REGISTRY TAG   (ENVIRONMENT: dev | prod)" >&2; exit 2; }
(($# == 3)) || usage
environment="$1" registry="${2%/}" tag="$3"
root="$(cd "$(dirname "$0")/../.." && pwd)"
overlay="$root/deploy/k8s/overlays/$environment"
namespace="$environment"
timeout="${ROLLOUT_TIMEOUT:-600s}"
migrate_wait_seconds="${MIGRATE_TIMEOUT_SECONDS:-600}"

[[ -f "$overlay/kustomization.yaml" ]] || { echo "deploy: no overlay named '$environment' in deploy/k8s/overlays" >&2; exit 2; }
[[ -f "$overlay/secrets.env" ]] || { echo "deploy: $overlay/secrets.env is missing (copy secrets.env.sample and fill it in, or run write-secrets-env.sh)" >&2; exit 2; }
[[ "$tag" =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$ ]] || { echo "deploy: '$tag' is not a valid image tag" >&2; exit 2; }
[[ -n "$registry" ]] || usage

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
overlay_from_work="$(realpath --relative-to="$work" "$overlay")"
cat >"$work/kustomization.yaml" <<YAML
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - $overlay_from_work
images:
  - name: med-doc-backend
    newName: $registry/med-doc-backend
    newTag: "$tag"
  - name: med-doc-frontend
    newName: $registry/med-doc-frontend
    newTag: "$tag"
YAML
rendered="$work/rendered.yaml"
kubectl kustomize "$work" >"$rendered"
echo "deploy: rendered $environment with images $registry/med-doc-{backend,frontend}:$tag"

echo "deploy: migrating the database"
kubectl delete job --namespace "$namespace" --selector app.kubernetes.io/component=migration --ignore-not-found --wait=true
kubectl apply --filename "$rendered" --selector meddoc.io/deploy-phase=pre-rollout
state=""
for ((waited = 0; waited < migrate_wait_seconds; waited += 5)); do
  state="$(kubectl get job api-migrate --namespace "$namespace" \
    --output 'jsonpath={.status.conditions[?(@.status=="True")].type}')"
  [[ " $state " == *" Complete "* || " $state " == *" Failed "* ]] && break
  sleep 5
done
if [[ " $state " != *" Complete "* ]]; then
  echo "deploy: the migration Job did not complete (state: '${state:-running}'); nothing was rolled out" >&2
  kubectl logs --namespace "$namespace" job/api-migrate --tail=50 >&2 || true
  exit 1
fi

echo "deploy: rolling out"
kubectl apply --filename "$rendered"
failed=()
for deployment in api worker web; do
  kubectl rollout status "deployment/$deployment" --namespace "$namespace" --timeout "$timeout" || failed+=("$deployment")
done
if ((${#failed[@]})); then
  echo "deploy: rollout of ${failed[*]} did not become ready; undoing" >&2
  for deployment in "${failed[@]}"; do
    kubectl rollout undo "deployment/$deployment" --namespace "$namespace" || true
  done
  exit 1
fi
echo "deploy: $environment runs $tag"
