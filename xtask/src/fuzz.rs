//! `cargo xtask fuzz`: builds the targets of `fuzz/` with cargo-fuzz (no sanitizer, so
//! the stable toolchain suffices) and runs each for a bounded time.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};

/// The cargo-fuzz release the targets are built with (installed when missing).
const CARGO_FUZZ_VERSION: &str = "0.13.2";
/// Every target in fuzz/Cargo.toml.
const TARGETS: &[&str] =
    &["function_id", "gateway_request", "code_archive", "image_layers", "worker_frames", "image_import"];
/// libFuzzer's limits: an input larger than this is not tried; a target using more
/// memory than this fails (a leak or an unbounded allocation is a finding).
const MAX_LEN: &str = "-max_len=262144";
const RSS_LIMIT: &str = "-rss_limit_mb=3072";

pub fn run(root: &Path, args: &[&str]) -> Result<()> {
    let mut smoke = false;
    let mut secs: Option<u64> = None;
    let mut targets: Vec<&str> = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match *arg {
            "--smoke" => smoke = true,
            "--secs" => secs = Some(args.next().context("--secs needs a number")?.parse().context("--secs")?),
            t if TARGETS.contains(&t) => targets.push(t),
            other => bail!("unknown fuzz argument {other:?} (targets: {})", TARGETS.join(", ")),
        }
    }
    if targets.is_empty() {
        targets = TARGETS.to_vec();
    }
    let secs = secs.unwrap_or(if smoke { 15 } else { 600 });
    let cargo = crate::cargo();
    ensure_cargo_fuzz(&cargo)?;
    let fuzz_dir = root.join("fuzz");
    crate::run(
        Command::new(&cargo).current_dir(&fuzz_dir).args(["fuzz", "build", "--sanitizer", "none"]),
        "building the fuzz targets",
    )?;
    for target in targets {
        let corpus = fuzz_dir.join("corpus").join(target);
        std::fs::create_dir_all(&corpus)?;
        // libFuzzer adds new inputs to its first corpus directory: a scratch one in a
        // smoke run (the checkout stays clean), the checked-in one otherwise.
        let scratch = tempfile_dir(target)?;
        let mut dirs = vec![corpus.display().to_string()];
        if smoke {
            dirs.insert(0, scratch.display().to_string());
        }
        println!("fuzzing {target} for {secs} s");
        let status = Command::new(&cargo)
            .current_dir(&fuzz_dir)
            .args(["fuzz", "run", "--sanitizer", "none", target])
            .args(&dirs)
            .args(["--", &format!("-max_total_time={secs}"), MAX_LEN, RSS_LIMIT, "-print_final_stats=1"])
            .status()
            .with_context(|| format!("running fuzz target {target}"))?;
        let _ = std::fs::remove_dir_all(&scratch);
        if !status.success() {
            bail!("fuzz target {target} found a failure ({status}): the input is in fuzz/artifacts/{target}");
        }
    }
    Ok(())
}

fn ensure_cargo_fuzz(cargo: &str) -> Result<()> {
    let installed = Command::new(cargo).args(["fuzz", "--version"]).output().is_ok_and(|o| o.status.success());
    if installed {
        return Ok(());
    }
    crate::run(
        Command::new(cargo).args(["install", "cargo-fuzz", "--locked", "--version", CARGO_FUZZ_VERSION]),
        &format!("installing cargo-fuzz {CARGO_FUZZ_VERSION}"),
    )
}

/// A fresh scratch directory for one target's new inputs.
fn tempfile_dir(target: &str) -> Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("ignite-fuzz-{target}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}
