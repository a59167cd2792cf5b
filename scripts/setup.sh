#!/usr/bin/env bash
# Installs what the build and the tests need on a fresh machine. Idempotent: each step
# checks first, so a warm machine pays nothing.
set -euo pipefail

if ! command -v cargo >/dev/null; then
  echo "setup: cargo is required (Rust 1.95, see rust-version in Cargo.toml)" >&2
  exit 1
fi
for component in clippy rustfmt; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^${component}"; then
    rustup component add "$component"
  fi
done
