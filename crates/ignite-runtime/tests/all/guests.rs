//! Builds the test guests from source with the toolchains `scripts/setup.sh` installs:
//! C with clang + wasi-libc (wasi:http components with `scripts/http-guest.sh`), Rust
//! with Debian's rustc for wasm32-wasi, Python with componentize-py. Outputs are cached in the target directory and rebuilt when the
//! source is newer.

use std::path::{Path, PathBuf};
use std::process::Command;

const GUESTS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/all/guests");

fn out_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("guests");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn fresh(output: &Path, sources: &[PathBuf]) -> bool {
    let Ok(built) = output.metadata().and_then(|m| m.modified()) else { return false };
    sources.iter().all(|s| s.metadata().and_then(|m| m.modified()).map(|t| t <= built).unwrap_or(false))
}

fn run(cmd: &mut Command, what: &str) {
    let out = cmd.output().unwrap_or_else(|e| panic!("{what}: cannot run {cmd:?} ({e}); run scripts/setup.sh"));
    assert!(
        out.status.success(),
        "{what} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Builds into a temporary name and renames, so tests running in parallel never see a
/// half-written guest.
fn build(name: &str, sources: &[PathBuf], make: impl FnOnce(&Path)) -> Vec<u8> {
    let output = out_dir().join(format!("{name}.wasm"));
    if !fresh(&output, sources) {
        let tmp = out_dir().join(format!("{name}.{}.tmp.wasm", std::process::id()));
        make(&tmp);
        std::fs::rename(&tmp, &output).unwrap();
    }
    std::fs::read(&output).unwrap()
}

/// A C program from `guests/c`, as a WASI preview 1 command module.
pub fn c(name: &str) -> Vec<u8> {
    let src = PathBuf::from(format!("{GUESTS}/c/{name}.c"));
    build(&format!("c-{name}"), std::slice::from_ref(&src), |out| {
        run(Command::new("clang").args(["--target=wasm32-wasi", "-O2", "-o"]).arg(out).arg(&src), "clang");
    })
}

/// A C program from `guests/c_http` as a `wasi:http/proxy` component, built by
/// `scripts/http-guest.sh` (wit-bindgen bindings, clang, wasm-tools and the proxy adapter).
pub fn c_http_component(name: &str) -> Vec<u8> {
    let src = PathBuf::from(format!("{GUESTS}/c_http/{name}.c"));
    let script = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../scripts/http-guest.sh"));
    build(&format!("c-http-{name}"), &[src.clone(), script.clone()], |out| {
        run(Command::new("bash").arg(&script).arg(&src).arg(out), "scripts/http-guest.sh");
    })
}

/// A Rust program from `guests/rust`, compiled by Debian's rustc 1.63 for wasm32-wasi.
pub fn rust(name: &str) -> Vec<u8> {
    let src = PathBuf::from(format!("{GUESTS}/rust/{name}.rs"));
    build(&format!("rust-{name}"), std::slice::from_ref(&src), |out| {
        run(
            Command::new("/usr/bin/rustc")
                .args(["--edition", "2021", "--target", "wasm32-wasi", "-C", "opt-level=2", "-o"])
                .arg(out)
                .arg(&src),
            "rustc (wasm32-wasi)",
        );
    })
}

/// A Python module from `guests/python` as a component of `world` (e.g.
/// `wasi:http/proxy`), built by componentize-py.
pub fn python_component(module: &str, world: &str) -> Vec<u8> {
    let src = PathBuf::from(format!("{GUESTS}/python/{module}.py"));
    let tool = concat!(env!("CARGO_MANIFEST_DIR"), "/../../.tools/venv/bin/componentize-py");
    build(&format!("py-{module}"), std::slice::from_ref(&src), |out| {
        run(
            Command::new(tool)
                .args(["-d", &format!("{GUESTS}/wit"), "-w", world, "componentize", module, "-p"])
                .arg(format!("{GUESTS}/python"))
                .arg("-o")
                .arg(out),
            "componentize-py",
        );
    })
}
