#!/usr/bin/env bash
# Installs what the build and the tests need on a fresh machine. Idempotent: each step
# checks first, so a warm machine pays almost nothing.
#
# - Rust components clippy and rustfmt.
# - Guest toolchains (Debian): clang + wasi-libc for C guests, Debian's rustc 1.63 with
#   the wasm32-wasi standard library for Rust guests.
# - The sandbox (docs/security.md): bubblewrap, slirp4netns and nftables (user-mode
#   networking behind a packet filter), iproute2 (the network tests' own hosts).
# - Build toolchains of the compiled runtimes: Debian's Go (golang-go) and cargo (the
#   wasm32-wasi builds of Rust use Debian's cargo and rustc), Deno from the npm registry
#   in .tools/deno (the test servers find it there; a server elsewhere uses $IGNITE_DENO
#   or deno on PATH).
# - Images: buildah (the tests build their image with it) and docker-registry (the
#   tests' local registry).
# - PostgreSQL (Debian's postgresql): the store's second backend; .ci/run starts a
#   throwaway cluster with scripts/postgres.sh for the test matrix.
# - Bun (npm) in .tools/bun, the default runtime of `ignite run` (tests set IGNITE_BUN).
# - componentize-py (PyPI) in .tools/venv, to build wasi:http components from Python;
#   schemathesis (PyPI) there too, for scripts/schemathesis.sh, and kubernetes-validate
#   for the manifests under deploy/kubernetes. (cargo-fuzz is installed
#   by `cargo xtask fuzz` when missing.)
# - The real Infernet client (infernet-client 1.4.0, PyPI) in .tools/infernet, which the
#   jobs API's compatibility test drives.
# - Chromium (Debian) for the console's browser tests (scripts/console.sh test, which
#   installs playwright-core and Vite from the npm registry itself).
# - wit-bindgen-cli and wasm-tools (crates.io) in .tools/wasm-tools, for the C wasi:http
#   guest of the tests and benchmarks (scripts/http-guest.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo >/dev/null; then
  echo "setup: cargo is required (Rust 1.95, see rust-version in Cargo.toml)" >&2
  exit 1
fi
for component in clippy rustfmt; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^${component}"; then
    rustup component add "$component"
  fi
done

packages=(clang lld wasi-libc libclang-rt-dev-wasm32 rustc cargo libstd-rust-dev-wasm32 golang-go bubblewrap slirp4netns nftables iproute2 buildah docker-registry postgresql chromium)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The real interpreter, not a shell shim (pyenv's python3 costs ~90 ms a start).
python=$(python3 -c 'import sys; print(sys.executable)')
if [ ! -x .tools/venv/bin/componentize-py ]; then
  "$python" -m venv .tools/venv
  .tools/venv/bin/pip install -q --disable-pip-version-check componentize-py==0.25.1
fi
if [ ! -x .tools/venv/bin/st ]; then
  .tools/venv/bin/pip install -q --disable-pip-version-check schemathesis==4.32.5
fi
# The Kubernetes schemas (bundled, strict: unknown fields fail) for deploy/kubernetes.
if [ ! -x .tools/venv/bin/kubernetes-validate ]; then
  .tools/venv/bin/pip install -q --disable-pip-version-check kubernetes-validate==1.37.0
fi
# The Infernet client asks for infernet-ml >= 2.0.0.81, which PyPI does not carry (2.0.0
# is its newest): both go in without their declared dependencies, then the packages
# the client's import and HTTP calls need, pinned.
if ! .tools/infernet/bin/python -c 'import infernet_client' 2>/dev/null; then
  rm -rf .tools/infernet
  "$python" -m venv .tools/infernet
  .tools/infernet/bin/pip install -q --disable-pip-version-check --no-deps infernet-client==1.4.0 infernet-ml==2.0.0
  .tools/infernet/bin/pip install -q --disable-pip-version-check aiohttp==3.14.5 web3==6.20.4 click==8.5.1 \
    python-dotenv==1.2.4 huggingface_hub==0.25.1 pydantic==2.14.4 Quart==0.22.0 ritual-arweave==0.1.1
fi

if [ ! -x .tools/deno/node_modules/.bin/deno ]; then
  mkdir -p .tools/deno
  (cd .tools/deno && npm install --no-audit --no-fund --silent deno@2.9.6)
fi

# Bun for the local developer loop's default runtime (ignite run), from the npm registry.
if [ ! -x .tools/bun/node_modules/.bin/bun ]; then
  mkdir -p .tools/bun
  (cd .tools/bun && npm install --no-audit --no-fund --silent bun@1.4.5)
fi

bash scripts/http-guest.sh --tools
