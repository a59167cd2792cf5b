//! Project chores, run as `cargo xtask <command>` (alias in `.cargo/config.toml`).

mod codegen;
mod fuzz;
mod peers;

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  codegen [--check]   regenerate crates/ignite-proto/src/gen from the .proto files;
                      --check fails if the checked-in code is stale
  bench runtime       in-process invoke latency of the runtimes vs. baselines measured
                      in the same run (wasmtime floor, plain interpreter start)
  bench invoke        HTTP latency and throughput of ignite-server under wrk, next to
                      `wasmtime serve` on the same guest
  bench sandbox       what tenant containment costs (seccomp, curated /etc, user-mode
                      networking) against the isolation it replaced, in the same run
  bench peers         side by side with what a user would run instead, same guests and
                      load: the light wasi:http guest vs `wasmtime serve`, Python vs
                      gunicorn, cold starts after scale-to-zero, 1..1,000 apps; installs
                      its tools and writes docs/benchmarks.md
  bench cluster       PostgreSQL, 2 API servers and 1..3 workers on loopback against the
                      single-process server: async and sync throughput per worker, and
                      executions lost / re-run / duplicated when a worker is SIGKILLed
  fuzz [--smoke] [--secs N] [TARGET...]
                      runs the fuzz targets of fuzz/ (cargo fuzz, stable toolchain), each
                      for N seconds [default 600; --smoke: 15, corpus left unchanged];
                      new inputs join fuzz/corpus, crashes go to fuzz/artifacts";

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["codegen"] => codegen::run(&workspace_root(), false),
        ["codegen", "--check"] => codegen::run(&workspace_root(), true),
        ["bench", "runtime"] => bench(&workspace_root(), "ignite-runtime", "runtime_bench"),
        ["bench", "invoke"] => bench(&workspace_root(), "ignite-server", "invoke_bench"),
        ["bench", "sandbox"] => bench(&workspace_root(), "ignite-runtime", "sandbox_bench"),
        ["bench", "cluster"] => bench_cluster(&workspace_root()),
        ["bench", "peers"] => peers::run_bench(&workspace_root()),
        ["fuzz", rest @ ..] => fuzz::run(&workspace_root(), rest),
        ["help" | "--help" | "-h"] | [] => {
            println!("{USAGE}");
            Ok(())
        }
        _ => bail!("unknown command {args:?}\n\n{USAGE}"),
    }
}

/// Runs `cmd` to its end; `what` names it in the error when it cannot start or fails.
fn run(cmd: &mut Command, what: &str) -> Result<()> {
    let status = cmd.status().with_context(|| what.to_string())?;
    if !status.success() {
        bail!("{what} failed ({status})");
    }
    Ok(())
}

/// The cargo running this xtask.
fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

/// The workspace's target directory.
fn target_dir(root: &Path) -> PathBuf {
    std::env::var("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|_| root.join("target"))
}

/// The command that builds and runs a benchmark example with the optimized
/// `bench-fast` profile.
fn bench_command(root: &Path, package: &str, example: &str) -> Command {
    let mut cmd = Command::new(cargo());
    cmd.current_dir(root).args(["run", "--profile", "bench-fast", "-p", package, "--example", example]);
    cmd
}

fn bench(root: &Path, package: &str, example: &str) -> Result<()> {
    run(&mut bench_command(root, package, example), &format!("benchmark {example}"))
}

/// The cluster benchmark runs the server binary (several processes): built first.
fn bench_cluster(root: &Path) -> Result<()> {
    run(
        Command::new(cargo()).current_dir(root).args([
            "build",
            "--profile",
            "bench-fast",
            "-p",
            "ignite-server",
            "--bin",
            "ignite-server",
        ]),
        "building ignite-server",
    )?;
    run(
        bench_command(root, "ignite-server", "cluster_bench")
            .env("IGNITE_SERVER_BIN", target_dir(root).join("bench-fast/ignite-server")),
        "benchmark cluster_bench",
    )
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one level below the workspace root")
        .to_path_buf()
}
