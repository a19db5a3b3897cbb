#!/usr/bin/env bash
# rusctl serve as CI checks it, on loopback only and bounded in time and count:
#   1. the OpenAPI document is valid (openapi-spec-validator, PyPI);
#   2. schemathesis (PyPI) fuzzes the API from it: no 5xx, every response matches its schema
#      (the check that every schema-valid request is accepted is left out: a schema cannot say
#      that 2026-02-31 does not exist or that a unit must fit its substance — the decoder does);
#   3. a short load run with wrk (Debian): keep-alive, 64 connections, 3 seconds, 0 errors;
#   4. a browser fills the form (browser_test.py), directly and once through nginx with the
#      configuration in deploy/ (TLS with a self-signed certificate, sign-on);
#   5. SIGTERM: the requests in flight finish and it exits 0.
# Usage: Tests/serve/check-serve.sh [RUSCTL]   (Python tools in $VENV, default .build/venv-ci)
set -euo pipefail
cd "$(dirname "$0")/../.."
rusctl="${1:-.build/debug/rusctl}"
venv="${VENV:-.build/venv-ci}"
python="$venv/bin/python"
work="$(mktemp -d)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

start() {  # start rusctl serve on a free port; sets $port and $server
  "$rusctl" serve --listen 127.0.0.1:0 "$@" > "$work/serve.out" 2> "$work/serve.log" &
  server=$!
  pids+=("$server")
  # Up to 30 s: on a loaded machine the start can take seconds; stop waiting if it exited.
  for _ in $(seq 300); do
    grep -q "http://" "$work/serve.out" 2>/dev/null && break
    kill -0 "$server" 2>/dev/null || break
    sleep 0.1
  done
  port="$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/ .*|\1|p' "$work/serve.out" | head -1)"
  [ -n "$port" ] || { echo "check-serve: rusctl serve did not start"; cat "$work/serve.log"; exit 1; }
}
start
base="http://127.0.0.1:$port"

echo "check-serve: OpenAPI document"
curl -sf "$base/api/v1/openapi.json" > "$work/openapi.json"
"$venv/bin/openapi-spec-validator" "$work/openapi.json"

echo "check-serve: schemathesis over the API (bounded)"
timeout 240 "$venv/bin/st" run "$base/api/v1/openapi.json" --checks all --exclude-checks positive_data_acceptance \
  -n 40 --request-timeout 5 --no-color > "$work/st.txt" 2>&1 || { tail -60 "$work/st.txt"; echo "check-serve: schemathesis failed"; exit 1; }
tail -3 "$work/st.txt"

echo "check-serve: load (wrk, 64 connections, 3 s)"
cat > "$work/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"offenceDate":"2024-03-01","decisionDate":"2024-05-01","person":{"ageAtOffence":30},"acts":["use","possession"],"substances":[{"substance":"cannabis","amount":4.5,"unit":"g"}]}'
LUA
wrk -t2 -c64 -d3s --timeout 5s -s "$work/post.lua" "$base/api/v1/evaluate?trace=false" > "$work/wrk.txt"
cat "$work/wrk.txt"
if grep -qE "Non-2xx|Socket errors" "$work/wrk.txt"; then echo "check-serve: errors under load"; exit 1; fi

echo "check-serve: the page in a browser"
"$python" Tests/serve/browser_test.py "$base" "$work"

echo "check-serve: the page through nginx (TLS, sign-on) with deploy/nginx.conf"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=localhost" -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
printf 'aktor:%s\n' "$(openssl passwd -apr1 hemmelig)" > "$work/htpasswd"
# nginx's workers run as another user: they must read the password file.
chmod 755 "$work"
chmod 644 "$work/htpasswd"
tls_port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
start --allow-host localhost
upstream=$port
sed -e "s|server 127.0.0.1:8081;|server 127.0.0.1:$upstream;|" -e "s|listen 443 ssl;|listen 127.0.0.1:$tls_port ssl;|" \
    -e "s|server_name rusctl.example.no;|server_name localhost;|" -e "s|/etc/ssl/rusctl/|$work/|g" \
    -e "s|/etc/nginx/rusctl.htpasswd|$work/htpasswd|" -e "s|/var/log/nginx/rusctl.log|$work/nginx-access.log|" \
    deploy/nginx.conf > "$work/site.conf"
cat > "$work/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 256; }
http {
  client_body_temp_path $work/body; proxy_temp_path $work/proxy; fastcgi_temp_path $work/fastcgi;
  uwsgi_temp_path $work/uwsgi; scgi_temp_path $work/scgi;
  types { text/html html; text/css css; }
  include $work/site.conf;
}
CONF
nginx -t -c "$work/nginx.conf" -p "$work" 2>&1 | tail -3
nginx -c "$work/nginx.conf" -p "$work" &
pids+=("$!")
for _ in $(seq 50); do curl -sk -o /dev/null "https://localhost:$tls_port/" && break; sleep 0.1; done
[ "$(curl -sk -o /dev/null -w '%{http_code}' "https://localhost:$tls_port/")" = 401 ] || { echo "check-serve: nginx does not ask for sign-on"; exit 1; }
"$python" Tests/serve/browser_test.py "https://aktor:hemmelig@localhost:$tls_port" "$work" --through-proxy \
  || { echo "check-serve: through nginx failed; nginx said:"; tail -20 "$work/nginx-error.log"; exit 1; }
if grep -q "cannabis\|sak-" "$work/nginx-access.log" "$work/serve.log"; then echo "check-serve: case content in a log"; exit 1; fi

echo "check-serve: SIGTERM stops it cleanly"
kill -TERM "$server"
status=0
wait "$server" || status=$?
[ "$status" = 0 ] && grep -q "stopped" "$work/serve.out" || { echo "check-serve: exit $status on SIGTERM"; exit 1; }
echo "check-serve: ok"
