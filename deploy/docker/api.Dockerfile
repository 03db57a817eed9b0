# syntax=docker/dockerfile:1.7
# MedDoc API image (med-doc-backend). Build from the repository root:
#   docker build -f deploy/docker/api.Dockerfile -t med-doc-backend:local .
# Stages: web (builds the UI for the single-image mode) -> build (restore, compile)
#         -> test (unit tests that need no services; a failure stops the build)
#         -> publish -> runtime (ASP.NET Core, non-root, port 8080, HEALTHCHECK /health).
# No secret or environment-specific setting is baked in: everything comes from the
# environment at run time (see .env.sample and deploy/k8s/base/api-config.env).
ARG DOTNET_VERSION=10.0
ARG NODE_VERSION=22

FROM node:${NODE_VERSION}-bookworm-slim AS web
WORKDIR /src/web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/ ./
RUN npm run build

FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
WORKDIR /src
# Project files first, so the restore layer is reused until a dependency changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/MedDoc.Engine/MedDoc.Engine.csproj src/MedDoc.Engine/
COPY src/MedDoc.Contracts/MedDoc.Contracts.csproj src/MedDoc.Contracts/
COPY src/MedDoc.Llm/MedDoc.Llm.csproj src/MedDoc.Llm/
COPY src/MedDoc.Evaluation/MedDoc.Evaluation.csproj src/MedDoc.Evaluation/
COPY src/MedDoc.Fhir/MedDoc.Fhir.csproj src/MedDoc.Fhir/
COPY src/MedDoc.Api/MedDoc.Api.csproj src/MedDoc.Api/
COPY tests/Directory.Build.props tests/
COPY tests/MedDoc.Engine.Tests/MedDoc.Engine.Tests.csproj tests/MedDoc.Engine.Tests/
COPY tests/MedDoc.Llm.Tests/MedDoc.Llm.Tests.csproj tests/MedDoc.Llm.Tests/
# The engine tests check the shipped terminology table against its generator.
COPY tools/MedDoc.IcdTable/MedDoc.IcdTable.csproj tools/MedDoc.IcdTable/
RUN dotnet restore src/MedDoc.Api/MedDoc.Api.csproj \
 && dotnet restore tests/MedDoc.Engine.Tests/MedDoc.Engine.Tests.csproj \
 && dotnet restore tests/MedDoc.Llm.Tests/MedDoc.Llm.Tests.csproj
COPY src/ src/
# MedDoc.Evaluation embeds the quick dataset and the thresholds from evals/.
COPY evals/datasets/quick_v1.json evals/datasets/
COPY evals/thresholds.json evals/
COPY tests/Shared/ tests/Shared/
COPY tests/MedDoc.Engine.Tests/ tests/MedDoc.Engine.Tests/
COPY tests/MedDoc.Llm.Tests/ tests/MedDoc.Llm.Tests/
COPY tools/MedDoc.IcdTable/ tools/MedDoc.IcdTable/
RUN dotnet build src/MedDoc.Api/MedDoc.Api.csproj -c Release --no-restore

# The engine and LLM unit tests run inside the build; the full suite (PostgreSQL, S3, browser)
# runs in CI through scripts/test.sh before any image is built.
FROM build AS test
RUN dotnet test tests/MedDoc.Engine.Tests/MedDoc.Engine.Tests.csproj -c Release --no-restore \
 && dotnet test tests/MedDoc.Llm.Tests/MedDoc.Llm.Tests.csproj -c Release --no-restore

FROM test AS publish
RUN dotnet publish src/MedDoc.Api/MedDoc.Api.csproj -c Release --no-restore --no-build \
      -o /app/publish -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION} AS runtime
# The ASP.NET image has no HTTP client; curl serves the container HEALTHCHECK only.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1
COPY --from=publish /app/publish ./
# Single-image mode: the API serves the built UI from web/dist beside it (its default place).
COPY --from=web /src/web/dist ./web/dist/
# Where a named volume (docker compose) keeps originals when S3 is not used; owned by the
# non-root `app` user (APP_UID, 1654) that the .NET images ship.
RUN mkdir -p /data/documents && chown "$APP_UID:$APP_UID" /data/documents
USER $APP_UID
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${ASPNETCORE_HTTP_PORTS:-8080}/health" >/dev/null || exit 1
# With the argument --migrate (the Kubernetes Job) the API applies migrations and exits.
ENTRYPOINT ["dotnet", "MedDoc.Api.dll"]
