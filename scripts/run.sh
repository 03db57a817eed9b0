#!/usr/bin/env bash
# Starts MedDoc AI on http://127.0.0.1:8000 from a fresh clone: builds the web UI when web/
# exists, then runs the API with SQLite (./app.db), local document storage (./data/documents)
# and the offline engine. Settings come from the environment (see the README's configuration
# table); for example DB_URL, STORAGE_DIR, MAX_UPLOAD_MB, USE_CLAUDE_REAL.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [[ -f web/package.json ]]; then
  command -v npm >/dev/null || { echo "run: Node.js >= 20.19 with npm is required to build the web UI" >&2; exit 1; }
  echo "run: building the web UI (web/dist)"
  (cd web && npm ci --no-audit --no-fund --silent && npm run build --silent)
fi

echo "run: building the API"
dotnet build src/MedDoc.Api -c Release -v quiet -nologo -clp:ErrorsOnly

export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:8000}"
export WEB_DIST_DIR="${WEB_DIST_DIR:-$PWD/web/dist}"
echo "run: MedDoc AI on $ASPNETCORE_URLS (API reference at /docs; Ctrl+C stops it)"
exec dotnet src/MedDoc.Api/bin/Release/net10.0/MedDoc.Api.dll
