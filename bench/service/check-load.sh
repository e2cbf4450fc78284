#!/usr/bin/env bash
# Measures POST /v1/check on loopback with wrk (Debian package): starts a release build of `saysomething serve` on a
# throw-away data folder, creates a key, runs wrk at several connection counts, and stops the server it started.
# Usage: bash bench/service/check-load.sh [SECONDS]   (needs: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-15}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }

dotnet build src/SaySomething.Cli -c Release -v q -nologo >/dev/null
cli=artifacts/bin/SaySomething.Cli/release/saysomething.dll
data=$(mktemp -d)
port=5181
key=$(dotnet "$cli" keys add bench --data "$data" 2>/dev/null)
dotnet "$cli" serve --urls "http://127.0.0.1:$port" --data "$data" --check-requests-per-minute 10000000 >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done

# Warm-up (JIT, tiered compilation), then the measured runs.
KEY=$key wrk -t1 -c8 -d5s -s bench/service/check.lua "http://127.0.0.1:$port/v1/check" >/dev/null
for connections in 4 8 16 32; do
  echo "== wrk -t1 -c$connections -d${seconds}s"
  KEY=$key wrk -t1 -c"$connections" -d"${seconds}s" --latency -s bench/service/check.lua "http://127.0.0.1:$port/v1/check" \
    | grep -E "Requests/sec|Latency  |50%|75%|90%|99%|requests in|Non-2xx"
done
