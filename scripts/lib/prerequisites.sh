# shellcheck shell=bash
# The Debian packages the test suite needs beyond the .NET SDK and Node.js (>= 20.19, which web/package.json
# and Vite require; Debian 12's own nodejs is 18, so it is checked, not installed): PostgreSQL (integration
# tests), Chromium (browser tests), shellcheck, kubectl and nginx (deployment-file tests), promtool
# and amtool (prometheus, prometheus-alertmanager: the alerting rules' unit tests and routing), and
# redis-server (the rate limits and analysis cache shared across replicas).
# ensure_test_packages installs the missing ones when run as root, else names the command to run.

ensure_test_packages() {
  command -v dotnet >/dev/null || { echo "test: the .NET 10 SDK is required (dotnet on PATH)" >&2; return 1; }
  ensure_node || return 1
  local missing=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  command -v chromium >/dev/null || missing+=(chromium)
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

# ensure_node fails with one line unless node and npm are on PATH and node is at least 20.19 (web/package.json "engines").
ensure_node() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "test: Node.js >= 20.19 with npm is required (node and npm on PATH)" >&2
    return 1
  fi
  local version major minor
  version="$(node --version)"
  version="${version#v}"
  major="${version%%.*}"
  minor="${version#*.}"
  minor="${minor%%.*}"
  if ((major < 20 || (major == 20 && minor < 19))); then
    echo "test: Node.js >= 20.19 is required, found $(node --version)" >&2
    return 1
  fi
}
