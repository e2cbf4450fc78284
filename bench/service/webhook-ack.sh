#!/usr/bin/env bash
# Measures webhook acknowledgement latency (stored durably, then 2xx) with bench/service/webhook-ack.py: starts a
# release build of `saysomething serve` on a throw-away SQLite data folder with a Discourse community, sends
# deliveries at RATE per second for SECONDS, and stops the server it started.
# Usage: bash bench/service/webhook-ack.sh [RATE] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
rate=${1:-50}
seconds=${2:-20}
dotnet build src/SaySomething.Cli -c Release -v q -nologo >/dev/null
cli=artifacts/bin/SaySomething.Cli/release/saysomething.dll
data=$(mktemp -d)
port=5182
secret=bench-webhook-secret-1234
dotnet "$cli" communities set bench --platform discourse --secret "$secret" --data "$data" >/dev/null
dotnet "$cli" serve --urls "http://127.0.0.1:$port" --data "$data" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
python3 bench/service/webhook-ack.py "http://127.0.0.1:$port/webhooks/discourse/bench" "$secret" "$rate" "$seconds"
