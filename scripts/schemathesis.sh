#!/usr/bin/env bash
# Property-based API test: schemathesis generates requests from the gateway's own
# OpenAPI document (/v1/ignite/openapi.json) and fails on any 5xx answer. Runs a server
# on embedded defaults in a scratch data directory, authenticated with its first-start
# token. Bounded: a fixed seed and a fixed number of examples per operation.
#   scripts/schemathesis.sh [MAX_EXAMPLES]
set -euo pipefail
cd "$(dirname "$0")/.."
examples=${1:-20}

if [ ! -x .tools/venv/bin/st ]; then
  echo "schemathesis: .tools/venv/bin/st is missing; run scripts/setup.sh" >&2
  exit 1
fi
# The binary the test command builds (the same features: nothing is rebuilt after it).
cargo test -q --workspace --locked --no-run 2>/dev/null

data=$(mktemp -d)
out=$(mktemp)
cleanup() {
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -rf "$data" "$out"
}
trap cleanup EXIT
RUST_LOG=warn target/debug/ignite-server --data-dir "$data" --listen 127.0.0.1:0 >"$out" &
server=$!
for _ in $(seq 1 300); do
  grep -q "listening on" "$out" 2>/dev/null && break
  sleep 0.1
done
addr=$(awk '/listening on/ { print $4; exit }' "$out")
[ -n "$addr" ] || { echo "schemathesis: the server did not start" >&2; exit 1; }
token=$(cat "$data/dev-token")

.tools/venv/bin/st run "http://$addr/v1/ignite/openapi.json" \
  --checks not_a_server_error \
  --header "Authorization: Bearer $token" \
  --max-examples "$examples" \
  --seed 20261202 \
  --request-timeout 30 \
  --workers 2 \
  --suppress-health-check all
