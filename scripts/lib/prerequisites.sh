# shellcheck shell=bash
# The Debian packages the test suite needs beyond the .NET SDK and Node.js: PostgreSQL (integration
# tests), Chromium (browser tests), shellcheck, kubectl and nginx (deployment-file tests), promtool
# and amtool (prometheus, prometheus-alertmanager: the alerting rules' unit tests and routing), and
# redis-server (the rate limits and analysis cache shared across replicas).
# ensure_test_packages installs the missing ones when run as root, else names the command to run.

ensure_test_packages() {
  command -v dotnet >/dev/null || { echo "test: the .NET 10 SDK is required (dotnet on PATH)" >&2; return 1; }
  local missing=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  command -v chromium >/dev/null || missing+=(chromium)
  command -v node >/dev/null || missing+=(nodejs npm)
  command -v shellcheck >/dev/null || missing+=(shellcheck)
  command -v kubectl >/dev/null || missing+=(kubectl)
  command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx-light)
  command -v python3 >/dev/null || missing+=(python3)
  command -v promtool >/dev/null || missing+=(prometheus)
  command -v amtool >/dev/null || missing+=(prometheus-alertmanager)
  command -v redis-server >/dev/null || missing+=(redis-server)
  ((${#missing[@]})) || return 0
  if [[ "$(id -u)" != "0" ]]; then
    echo "test: missing packages; install them with: sudo apt-get install -y ${missing[*]}" >&2
    return 1
  fi
  echo "test: installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
