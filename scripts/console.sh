#!/usr/bin/env bash
# The web console (crates/ignite-console): its front end is built with Vite from the
# npm registry into crates/ignite-console/dist, which is checked in and compiled into
# ignite-server.
#
#   scripts/console.sh build   rebuild dist/ from web/
#   scripts/console.sh check   rebuild and fail if dist/ differs from what is checked in
#   scripts/console.sh test    the Playwright suite in headless Chromium against a real
#                              server (IGNITE_CONSOLE_SCREENSHOTS=DIR keeps the pages)
set -euo pipefail
cd "$(dirname "$0")/.."
web=crates/ignite-console/web

deps() {
  # package-lock.json pins every package; a changed lock reinstalls.
  if [ ! -f "$web/node_modules/.package-lock.json" ] || ! cmp -s "$web/package-lock.json" "$web/node_modules/.lock-installed"; then
    (cd "$web" && npm ci --no-audit --no-fund --silent && cp package-lock.json node_modules/.lock-installed)
  fi
}

build() {
  deps
  (cd "$web" && npx vite build --logLevel warn)
}

case "${1:-}" in
  build)
    build
    ;;
  check)
    build
    if [ -n "$(git status --porcelain -- crates/ignite-console/dist)" ]; then
      git status --short -- crates/ignite-console/dist >&2
      echo "console: dist/ is not the build of web/: run scripts/console.sh build and commit it" >&2
      exit 1
    fi
    ;;
  test)
    deps
    # The server binary as the workspace's tests build it (the same features: no rebuild).
    cargo test --workspace --locked --no-run --quiet
    target=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
    # The Deno that scripts/setup.sh installs, unless one is given (the suite deploys a Deno app).
    deno="$PWD/.tools/deno/node_modules/.bin/deno"
    if [ -z "${IGNITE_DENO:-}" ] && [ -x "$deno" ]; then export IGNITE_DENO="$deno"; fi
    IGNITE_SERVER_BIN="$target/debug/ignite-server" npm --prefix "$web" test
    ;;
  *)
    echo "usage: scripts/console.sh build|check|test" >&2
    exit 2
    ;;
esac
