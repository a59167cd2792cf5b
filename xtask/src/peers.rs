//! `cargo xtask bench peers`: installs what the side-by-side benchmark needs on a fresh
//! machine (wrk from Debian, wasmtime-cli 48.0.8 from crates.io, gunicorn from PyPI),
//! builds the light wasi:http guest with `scripts/http-guest.sh`, then runs the
//! `peers_bench` example of ignite-server with their paths.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result};

use crate::{bench_command, cargo, run, target_dir};

/// The peer is the wasmtime release the runtime embeds.
const WASMTIME_CLI: &str = "wasmtime-cli@48.0.8";
const GUNICORN: &str = "gunicorn==23.0.0";

fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn ensure_wrk() -> Result<()> {
    // wrk -v exits non-zero; that it starts at all is the check.
    if Command::new("wrk").arg("-v").output().is_ok() {
        return Ok(());
    }
    run(Command::new("apt-get").args(["update", "-qq"]), "apt-get update")?;
    run(
        Command::new("apt-get")
            .args(["install", "-y", "-qq", "--no-install-recommends", "wrk"])
            .env("DEBIAN_FRONTEND", "noninteractive"),
        "apt-get install wrk",
    )
}

fn ensure_wasmtime(root: &Path, cargo: &str) -> Result<PathBuf> {
    let dir = root.join(".tools/wasmtime");
    let bin = dir.join("bin/wasmtime");
    let version = output(Command::new(&bin).arg("--version")).unwrap_or_default();
    if !version.starts_with("wasmtime 48.0.8") {
        run(
            Command::new(cargo)
                .args(["install", "--locked", WASMTIME_CLI, "--root"])
                .arg(&dir)
                .env("CARGO_TARGET_DIR", root.join("target/tools")),
            "cargo install wasmtime-cli",
        )?;
    }
    Ok(bin)
}

fn ensure_gunicorn(root: &Path) -> Result<PathBuf> {
    let venv = root.join(".tools/bench");
    let bin = venv.join("bin/gunicorn");
    if bin.exists() {
        return Ok(bin);
    }
    // The real interpreter, not a shell shim (pyenv's python3 is a script).
    let python = output(Command::new("python3").args(["-c", "import sys; print(sys.executable)"]))
        .context("python3 is needed for the Python floor")?;
    run(Command::new(&python).args(["-m", "venv"]).arg(&venv), "python3 -m venv")?;
    run(
        Command::new(venv.join("bin/pip")).args(["install", "-q", "--disable-pip-version-check", GUNICORN]),
        "pip install gunicorn",
    )?;
    Ok(bin)
}

pub fn run_bench(root: &Path) -> Result<()> {
    ensure_wrk()?;
    let wasmtime = ensure_wasmtime(root, &cargo())?;
    let gunicorn = ensure_gunicorn(root)?;
    let guest = target_dir(root).join("tmp/guests/c-http-hello.wasm");
    std::fs::create_dir_all(guest.parent().unwrap())?;
    run(
        Command::new("bash")
            .arg(root.join("scripts/http-guest.sh"))
            .arg(root.join("crates/ignite-runtime/tests/all/guests/c_http/hello.c"))
            .arg(&guest),
        "scripts/http-guest.sh",
    )?;
    let commit =
        output(Command::new("git").current_dir(root).args(["rev-parse", "--short", "HEAD"])).unwrap_or_default();
    let dirty = output(Command::new("git").current_dir(root).args(["status", "--porcelain", "--untracked-files=no"]))
        .is_some_and(|s| !s.is_empty());
    let date = output(Command::new("date").args(["-u", "+%Y-%m-%d"])).unwrap_or_default();
    run(
        bench_command(root, "ignite-server", "peers_bench")
            .env("IGNITE_BENCH_GUEST", &guest)
            .env("IGNITE_BENCH_WASMTIME", &wasmtime)
            .env("IGNITE_BENCH_GUNICORN", &gunicorn)
            .env("IGNITE_BENCH_COMMIT", if dirty { format!("{commit}+changes") } else { commit })
            .env("IGNITE_BENCH_DATE", date),
        "benchmark peers_bench",
    )
}
