#!/usr/bin/env bash
# Writes deploy/k8s/overlays/ENVIRONMENT/secrets.env (git-ignored, mode 600) from environment
# variables, for the overlay's secretGenerator. The CD workflow passes the GitHub environment's
# secrets this way; values never appear in a command line or a log.
#
#   DB_URL=... ANTHROPIC_API_KEY=... deploy/scripts/write-secrets-env.sh dev
set -euo pipefail

(($# == 1)) || { echo "usage: $0 ENVIRONMENT" >&2; exit 2; }
root="$(cd "$(dirname "$0")/../.." && pwd)"
overlay="$root/deploy/k8s/overlays/$1"
[[ -f "$overlay/secrets.env.sample" ]] || { echo "write-secrets-env: no overlay named '$1'" >&2; exit 2; }

# The keys are those of the committed sample, so the Secret always has the same shape.
mapfile -t keys < <(sed -n 's/^\([A-Z][A-Z0-9_]*\)=.*/\1/p' "$overlay/secrets.env.sample")
umask 077
tmp="$(mktemp "$overlay/.secrets.env.XXXXXX")"
trap 'rm -f "$tmp"' EXIT
for key in "${keys[@]}"; do
  value="${!key:-}"
  [[ -n "$value" ]] || { echo "write-secrets-env: $key is not set" >&2; exit 1; }
  [[ "$value" != *$'\n'* ]] || { echo "write-secrets-env: $key contains a line break" >&2; exit 1; }
  printf '%s=%s\n' "$key" "$value" >>"$tmp"
done
mv "$tmp" "$overlay/secrets.env"
trap - EXIT
echo "write-secrets-env: wrote ${#keys[@]} keys to deploy/k8s/overlays/$1/secrets.env"
