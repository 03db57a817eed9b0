#!/usr/bin/env bash
# Regenerates the UI's API contract after an endpoint or a contract changed: writes the running API's
# /openapi/v1.json to web/openapi/v1.json (through OpenApiSnapshotTests), then generates
# web/src/types/openapi.gen.ts from it with openapi-typescript. Commit both files.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
MEDDOC_UPDATE_OPENAPI=1 dotnet test tests/MedDoc.Api.Tests -c Debug --filter "FullyQualifiedName~OpenApiSnapshotTests" -v quiet -nologo
(cd web && npm run generate:api --silent)
echo "generate-openapi: web/openapi/v1.json and web/src/types/openapi.gen.ts are up to date"
