#!/usr/bin/env bash
# Puts the shared tuning data (IU CXR and real clinical dev splits, ICD-10-CM files) at ../shared/data beside
# the checkout, where the tests look for it, on a CI runner that does not have it. The data is
# never committed: the team keeps one tarball of the `data/` folder (e.g. in a private S3 object)
# and gives its URL to CI as the repository variable MEDDOC_SHARED_DATA_URL. The download is
# accepted only when every file matches deploy/ci/shared-data.sha256.
#
#   MEDDOC_SHARED_DATA_URL=https://... deploy/scripts/fetch-shared-data.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
manifest="${SHARED_DATA_MANIFEST:-$root/deploy/ci/shared-data.sha256}"
shared="$(dirname "$root")/shared"

if (cd "$shared" 2>/dev/null && sha256sum --quiet --check "$manifest" >/dev/null 2>&1); then
  echo "fetch-shared-data: $shared/data is already present and verified"
  exit 0
fi
[[ -n "${MEDDOC_SHARED_DATA_URL:-}" ]] || {
  echo "fetch-shared-data: $shared/data is missing and MEDDOC_SHARED_DATA_URL is not set" >&2
  exit 1
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
curl -fsSL --retry 3 -o "$work/data.tar.gz" "$MEDDOC_SHARED_DATA_URL"
mkdir -p "$work/shared"
tar -xzf "$work/data.tar.gz" -C "$work/shared"
(cd "$work/shared" && sha256sum --quiet --check "$manifest") || {
  echo "fetch-shared-data: the downloaded data does not match $manifest" >&2
  exit 1
}
mkdir -p "$shared"
rm -rf "$shared/data"
mv "$work/shared/data" "$shared/data"
echo "fetch-shared-data: verified $(wc -l <"$manifest") files into $shared/data"
