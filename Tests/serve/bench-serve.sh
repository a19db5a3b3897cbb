#!/usr/bin/env bash
# The load benchmark of rusctl serve (not a test: figures for the README, on this machine):
# a release build, wrk on the same machine over loopback with keep-alive —
#   1. 64 connections for DURATION seconds: requests per second, latency percentiles, errors;
#   2. about REQUESTS requests in all: the server's resident memory before and after (flat?);
#   3. 500 connections at once: errors.
# Usage: Tests/serve/bench-serve.sh [DURATION=30] [REQUESTS=1000000]. Bounded by its own timeouts.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-30}"
requests="${2:-1000000}"
swift build -c release --product rusctl >/dev/null
rusctl=.build/release/rusctl
work="$(mktemp -d)"
"$rusctl" serve --listen 127.0.0.1:0 --max-connections 2000 > "$work/out" 2> /dev/null &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do grep -q http:// "$work/out" 2>/dev/null && break; sleep 0.1; done
port="$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/ .*|\1|p' "$work/out" | head -1)"
url="http://127.0.0.1:$port/api/v1/evaluate?trace=false"
cat > "$work/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"offenceDate":"2024-03-01","decisionDate":"2024-05-01","person":{"ageAtOffence":30},"acts":["use","possession"],"substances":[{"substance":"cannabis","amount":4.5,"unit":"g"}]}'
LUA
rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$server/status"; }
echo "== 64 connections, ${duration} s =="
wrk -t2 -c64 -d"${duration}s" --latency -s "$work/post.lua" "$url" | grep -E "Requests/sec|Latency|50%|90%|99%|requests in|Non-2xx|Socket errors"
echo "memory after warm-up: $(rss)"
seconds=$(( requests / 8000 + 1 ))
echo "== about $requests requests (${seconds} s at 64 connections) =="
wrk -t2 -c64 -d"${seconds}s" -s "$work/post.lua" "$url" | grep -E "requests in|Requests/sec|Non-2xx|Socket errors"
echo "memory after: $(rss)"
echo "== 500 connections, 10 s =="
wrk -t2 -c500 -d10s --timeout 10s -s "$work/post.lua" "$url" | grep -E "Requests/sec|requests in|Non-2xx|Socket errors|99%"
kill -TERM $server
wait $server && echo "stopped cleanly (exit 0)"
