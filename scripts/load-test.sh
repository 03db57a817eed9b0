#!/usr/bin/env bash
# Load test of the API with wrk (apt-get install wrk), run by hand, not in CI.
#   1. POST /api/extract-codes with an IU-length chest X-ray report: 32 connections, 30 s.
#   2. POST /api/documents (JSON uploads, each a distinct text): 8 connections, 20 s; then checks
#      that every upload answered 201 is stored (no lost documents).
#   --soak: instead, a mixed load (extract-codes, analyze, uploads, lists) for SOAK_DURATION in
#      rounds of SOAK_ROUND; after each round it prints one table row: requests/s, p50, p99, errors,
#      the process's resident memory and GC heap (from /metrics), and the documents stored. It fails
#      when a round has errors or the resident memory of the last round exceeds the first
#      round's by more than SOAK_MAX_GROWTH_MB.
#   --search: instead, GET /api/codes (the review panel's type-ahead) with the code-search benchmark's queries
#      in turn, SEARCH_CONNECTIONS connections for SEARCH_DURATION; prints wrk's p50/p99 and the server-side
#      p99 from the http_server_request_duration_seconds histogram (the issue's target: <= 50 ms p99).
# Usage: scripts/load-test.sh [--soak|--search] [BASE_URL]   (default: starts its own Release API on a free
#        port with a temporary SQLite database and storage folder and its rate limits off, and stops it
#        afterwards; a BASE_URL server answers 429 once its RATE_LIMIT_* budgets are spent)
# Env: DURATION (30s), CONNECTIONS (32), THREADS (2), UPLOAD_DURATION (20s), UPLOAD_CONNECTIONS (8),
#      SOAK_DURATION (600, seconds), SOAK_ROUND (60, seconds), SOAK_CONNECTIONS (16), SOAK_MAX_GROWTH_MB (100),
#      SEARCH_DURATION (30s), SEARCH_CONNECTIONS (8),
#      MEDDOC_IU_DEV (a report of median length is taken from it when present; else a synthetic one).
# Only loopback or an address you own: the load is bounded by the durations above and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "load-test: wrk is required (apt-get install -y wrk)" >&2; exit 1; }

DURATION="${DURATION:-30s}"; CONNECTIONS="${CONNECTIONS:-32}"; THREADS="${THREADS:-2}"
UPLOAD_DURATION="${UPLOAD_DURATION:-20s}"; UPLOAD_CONNECTIONS="${UPLOAD_CONNECTIONS:-8}"
WORK="$(mktemp -d /tmp/meddoc-load.XXXXXX)"
API_PID=""
cleanup() { if [[ -n "$API_PID" ]]; then kill "$API_PID" 2>/dev/null || true; wait "$API_PID" 2>/dev/null || true; fi; rm -rf "$WORK"; }
trap cleanup EXIT

SOAK=false; SEARCH=false
if [[ "${1:-}" == "--soak" ]]; then SOAK=true; shift; fi
if [[ "${1:-}" == "--search" ]]; then SEARCH=true; shift; fi
SEARCH_DURATION="${SEARCH_DURATION:-30s}"; SEARCH_CONNECTIONS="${SEARCH_CONNECTIONS:-8}"
SOAK_DURATION="${SOAK_DURATION:-600}"; SOAK_ROUND="${SOAK_ROUND:-60}"; SOAK_CONNECTIONS="${SOAK_CONNECTIONS:-16}"
SOAK_MAX_GROWTH_MB="${SOAK_MAX_GROWTH_MB:-100}"
BASE_URL="${1:-}"
if [[ -z "$BASE_URL" ]]; then
  dotnet build src/MedDoc.Api -c Release -v quiet -nologo -clp:ErrorsOnly
  PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
  BASE_URL="http://127.0.0.1:$PORT"
  # The load comes from one caller: its rate limits are off so that the server's capacity is measured.
  RATE_LIMIT_PER_MINUTE=0 TENANT_RATE_LIMIT_PER_MINUTE=0 ANALYSIS_RATE_LIMIT_PER_MINUTE=0 \
  ASPNETCORE_URLS="$BASE_URL" DB_URL="sqlite:///$WORK/app.db" STORAGE_DIR="$WORK/documents" \
    WEB_DIST_DIR="$WORK/no-ui" dotnet src/MedDoc.Api/bin/Release/net10.0/MedDoc.Api.dll >"$WORK/api.log" 2>&1 &
  API_PID=$!
  for _ in $(seq 1 120); do curl -sf "$BASE_URL/health" >/dev/null && break; sleep 0.5; done
  curl -sf "$BASE_URL/health" >/dev/null || { echo "load-test: the API did not start" >&2; cat "$WORK/api.log" >&2; exit 1; }
fi

# The request body: a real IU report of median length when the shared data is there, else synthetic.
python3 - "$WORK/body.json" "${MEDDOC_IU_DEV:-../shared/data/iu-cxr/dev.jsonl}" <<'PY'
import json, os, sys
out, dev = sys.argv[1], sys.argv[2]
text = ("EXAMINATION: Xray Chest PA and Lateral\nINDICATION: Shortness of breath, cough.\nCOMPARISON: None.\n"
        "FINDINGS: The heart is enlarged. Mediastinal contours are within normal limits. There is no pleural "
        "effusion or pneumothorax. No focal airspace consolidation. Degenerative changes of the thoracic spine.\n"
        "IMPRESSION: Cardiomegaly. No acute cardiopulmonary process.")
if os.path.exists(dev):
    docs = [json.loads(line)["document_text"] for line in open(dev, encoding="utf-8")]
    docs.sort(key=len)
    text = docs[len(docs) // 2]
json.dump({"document_text": text}, open(out, "w", encoding="utf-8"))
print(f"load-test: report of {len(text)} characters")
PY

cat >"$WORK/extract.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$WORK/body.json", "rb"); wrk.body = f:read("*a"); f:close()
done = function(summary, latency, requests)
  io.write(string.format("summary: %d requests, %.0f req/s, p50 %.2f ms, p99 %.2f ms, errors connect=%d read=%d write=%d timeout=%d status=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status))
end
LUA

cat >"$WORK/upload.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local counter = 0
local thread_id = 0
setup = function(thread) thread_id = thread_id + 1; thread:set("tid", thread_id) end
request = function()
  counter = counter + 1
  local body = string.format('{"document_text":"FINDINGS: Cardiomegaly. No pleural effusion. Load upload %s-%d.","filename":"load-%s-%d.txt"}', tid, counter, tid, counter)
  return wrk.format(nil, "/api/documents", nil, body)
end
done = function(summary, latency, requests)
  io.write(string.format("summary: %d requests, %.0f req/s, p50 %.2f ms, p99 %.2f ms, errors connect=%d read=%d write=%d timeout=%d status=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status))
end
LUA

# One metric value from /metrics (summed over its series), e.g. process_memory_usage_bytes.
metric() { curl -sf "$BASE_URL/metrics" | awk -v name="$1" '$1 == name || index($1, name "{") == 1 { sum += $NF } END { printf "%.0f", sum }'; }

if [[ "$SEARCH" == true ]]; then
  # The queries of benchmarks/MedDoc.Benchmarks/IcdCodeSearchBenchmarks.cs, including the slowest kind (a
  # one-letter prefix matching tens of thousands of titles), URL-encoded.
  cat >"$WORK/search.lua" <<'LUA'
local queries = { "E11.2", "e1", "cardiomegaly", "diab%20kid", "type%202%20diabetes%20mellitus%20with", "c",
                  "fracture%20of%20left%20femur", "S72%20left", "pneumonia", "J18" }
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/api/codes?q=" .. queries[counter % #queries + 1] .. "&limit=10")
end
LUA
  sed -n '/^done = function/,$p' "$WORK/extract.lua" >>"$WORK/search.lua"
  echo "load-test: warm-up (5 s)"
  wrk -t"$THREADS" -c"$SEARCH_CONNECTIONS" -d5s -s "$WORK/search.lua" "$BASE_URL" >/dev/null
  curl -sf "$BASE_URL/metrics" >"$WORK/metrics-before.txt"
  echo "load-test: GET /api/codes, $SEARCH_CONNECTIONS connections, $SEARCH_DURATION, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  wrk -t"$THREADS" -c"$SEARCH_CONNECTIONS" -d"$SEARCH_DURATION" --latency -s "$WORK/search.lua" "$BASE_URL" | tee "$WORK/search.txt"
  curl -sf "$BASE_URL/metrics" >"$WORK/metrics-after.txt"
  # Server side: the route's request-duration histogram, counted over this run only (after minus before).
  python3 - "$WORK/metrics-before.txt" "$WORK/metrics-after.txt" <<'PY'
import re, sys
def buckets(path):
    counts = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("http_server_request_duration_seconds_bucket{") and 'http_route="/api/codes' in line and 'http_response_status_code="200"' in line:
            bound = re.search(r'le="([^"]+)"', line).group(1)
            counts[bound] = counts.get(bound, 0) + float(line.rsplit(" ", 1)[1])
    return counts
before, after = buckets(sys.argv[1]), buckets(sys.argv[2])
run = sorted(((float(bound), after[bound] - before.get(bound, 0)) for bound in after), key=lambda pair: pair[0])
total = run[-1][1] if run else 0
if not total:
    sys.exit("load-test: no GET /api/codes requests in the server's histogram")
p99 = next(bound for bound, count in run if count >= 0.99 * total)
within = next((count for bound, count in run if bound == 0.05), 0)
print(f"load-test: server side, {int(total)} searches answered 200: p99 <= {p99 * 1000:g} ms (histogram bucket); "
      f"{100 * within / total:.2f} % within 50 ms")
PY
  exit 0
fi

if [[ "$SOAK" == true ]]; then
  cat >"$WORK/soak.lua" <<LUA
local f = io.open("$WORK/body.json", "rb"); local body = f:read("*a"); f:close()
local counter = 0
local thread_id = 0
setup = function(thread) thread_id = thread_id + 1; thread:set("tid", thread_id) end
request = function()
  counter = counter + 1
  local slot = counter % 10
  local headers = { ["Content-Type"] = "application/json" }
  if slot < 6 then return wrk.format("POST", "/api/extract-codes", headers, body) end
  if slot < 8 then return wrk.format("POST", "/api/analyze", headers, body) end
  if slot < 9 then
    local upload = string.format('{"document_text":"FINDINGS: Cardiomegaly. No pleural effusion. Soak %s-%d.","filename":"soak-%s-%d.txt"}', tid, counter, tid, counter)
    return wrk.format("POST", "/api/documents", headers, upload)
  end
  return wrk.format("GET", "/api/documents?page=1&page_size=20")
end
done = function(summary, latency, requests)
  io.write(string.format("round: %d %.1f %.2f %.2f %d\n", summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status))
end
LUA
  rounds=$(( (SOAK_DURATION + SOAK_ROUND - 1) / SOAK_ROUND ))
  echo "load-test: soak, $rounds rounds of ${SOAK_ROUND}s, $SOAK_CONNECTIONS connections, mix 60 % extract-codes, 20 % analyze, 10 % uploads, 10 % lists; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "| round | minute | req/s | p50 ms | p99 ms | errors | resident MB | GC heap MB | documents |"
  echo "|---|---|---|---|---|---|---|---|---|"
  first_rss=""; total_errors=0; rss_mb=0
  for round in $(seq 1 "$rounds"); do
    line="$(wrk -t"$THREADS" -c"$SOAK_CONNECTIONS" -d"${SOAK_ROUND}s" --timeout 10s -s "$WORK/soak.lua" "$BASE_URL" | sed -n 's/^round: //p')"
    read -r _ rps p50 p99 errors <<<"$line"
    rss_mb=$(( $(metric process_memory_usage_bytes) / 1048576 ))
    heap_mb=$(( $(metric dotnet_gc_last_collection_heap_size_bytes) / 1048576 ))
    documents="$(curl -sf "$BASE_URL/api/documents?page_size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')"
    [[ -n "$first_rss" ]] || first_rss=$rss_mb
    total_errors=$((total_errors + errors))
    echo "| $round | $((round * SOAK_ROUND / 60)) | $rps | $p50 | $p99 | $errors | $rss_mb | $heap_mb | $documents |"
  done
  growth=$((rss_mb - first_rss))
  echo "load-test: soak finished: $total_errors errors; resident memory $first_rss MB after round 1, $rss_mb MB at the end ($growth MB)"
  if ((total_errors > 0)); then echo "load-test: ERRORS during the soak" >&2; exit 1; fi
  if ((growth > SOAK_MAX_GROWTH_MB)); then echo "load-test: resident memory grew by $growth MB (> $SOAK_MAX_GROWTH_MB MB)" >&2; exit 1; fi
  exit 0
fi

echo "load-test: warm-up (5 s)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$WORK/extract.lua" "$BASE_URL/api/extract-codes" >/dev/null
echo "load-test: POST /api/extract-codes, $CONNECTIONS connections, $DURATION, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/extract.lua" "$BASE_URL/api/extract-codes"
curl -sf "$BASE_URL/metrics" | python3 -c '
import re, sys
text = sys.stdin.read()
def value(name):
    match = re.search(r"^" + re.escape(name) + r"\{[^}]*operation=\"extract_codes\"[^}]*\} ([0-9.eE+-]+)", text, re.M)
    return float(match.group(1)) if match else 0.0
count = value("meddoc_analysis_duration_seconds_count")
total = value("meddoc_analysis_duration_seconds_sum")
if count:
    print(f"load-test: engine time per extract-codes request (server side): {1000 * total / count:.3f} ms mean over {int(count)} analyses")
'

for _ in $(seq 1 20); do curl -sf -o /dev/null -w '%{time_total} %{size_download}\n' "$BASE_URL/metrics"; done | sort -n | awk '
  { t[NR] = $1; size = $2 } END { printf "load-test: /metrics scrape: %d bytes, median %.1f ms, max %.1f ms over %d scrapes\n", size, 1000 * t[int((NR + 1) / 2)], 1000 * t[NR], NR }'

total() { curl -sf "$BASE_URL/api/documents?page_size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'; }
before="$(total)"
echo "load-test: POST /api/documents, $UPLOAD_CONNECTIONS connections, $UPLOAD_DURATION"
wrk -t"$THREADS" -c"$UPLOAD_CONNECTIONS" -d"$UPLOAD_DURATION" --timeout 10s --latency -s "$WORK/upload.lua" "$BASE_URL/api/documents" | tee "$WORK/upload.txt"
sleep 1
after="$(total)"
answered="$(sed -n 's/^summary: \([0-9]*\) requests.*status=\([0-9]*\)$/\1 \2/p' "$WORK/upload.txt")"
read -r requests failed <<<"$answered"
created=$((requests - failed)); stored=$((after - before))
echo "load-test: uploads answered 201: $created; documents stored: $stored"
if ((stored < created)); then echo "load-test: LOST DOCUMENTS: $((created - stored))" >&2; exit 1; fi
echo "load-test: no lost documents"
