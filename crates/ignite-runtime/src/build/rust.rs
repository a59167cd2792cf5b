//! Rust builds: a cargo project (or a single `main.rs`) using the `ignite` SDK crate.
//!
//! * native: the machine's cargo, `--release`, dependencies from crates.io; the
//!   artifact is the package's one binary (it speaks the worker protocol).
//! * wasm: rustup cannot add targets here, so Debian's rustc 1.63 with its
//!   `wasm32-wasi` standard library compiles. Its cargo (1.65) cannot reach crates.io
//!   (it only knows the git index), so the machine's cargo resolves the dependencies
//!   to versions rustc 1.63 supports and vendors them, and Debian's cargo builds
//!   offline from that copy. The module is then made a `wasi:cli/command` component
//!   with the WASI preview-1 adapter of wasmtime 48.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use ignite_core::runtime::{Artifact, BuildRequest, RuntimeError, RuntimeKind};

use super::{BuildStep, Builder, base_env, missing, say, unpack};

/// Written when the upload has no Cargo.toml (a single `main.rs`).
const DEFAULT_MANIFEST: &str = "[package]\nname = \"app\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n\
                                [dependencies]\nignite = \"0.1\"\nserde = { version = \"1\", features = [\"derive\"] }\n\
                                serde_json = \"1\"\n";

fn prepare_project(request: &BuildRequest, project: &Path) -> Result<(), RuntimeError> {
    unpack(request, project, RuntimeKind::RustNative.single_file_name())?;
    if !project.join("Cargo.toml").exists() {
        let main = project.join("main.rs");
        if main.exists() {
            std::fs::create_dir_all(project.join("src"))?;
            std::fs::rename(&main, project.join("src/main.rs"))?;
        }
        if !project.join("src/main.rs").exists() {
            return Err(RuntimeError::BuildFailed(
                "a Rust upload is a cargo project (Cargo.toml at the root) or a single main.rs".into(),
            ));
        }
        std::fs::write(project.join("Cargo.toml"), DEFAULT_MANIFEST)?;
    }
    Ok(())
}

/// The binary cargo built for the package at `manifest` (from `--message-format=json`).
fn built_binary(messages: &[String], manifest: &Path) -> Result<PathBuf, RuntimeError> {
    let mut found = Vec::new();
    for line in messages {
        let Ok(m) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        if m["reason"] != "compiler-artifact" || m["manifest_path"].as_str() != manifest.to_str() {
            continue;
        }
        let is_bin = m["target"]["kind"].as_array().is_some_and(|k| k.iter().any(|k| k == "bin"));
        if let (true, Some(exe)) = (is_bin, m["executable"].as_str()) {
            found.push(PathBuf::from(exe));
        }
    }
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err(RuntimeError::BuildFailed(
            "the package has no binary: put the handler with #[ignite::main] in src/main.rs".into(),
        )),
        n => Err(RuntimeError::BuildFailed(format!("the package has {n} binaries; an app has exactly one"))),
    }
}

fn check_toolchain(requested: &str, installed: &str) -> Result<(), RuntimeError> {
    let requested = requested.trim();
    if requested.is_empty() || requested == "stable" || installed.starts_with(requested) {
        return Ok(());
    }
    Err(RuntimeError::BuildFailed(format!(
        "toolchain_version {requested:?} is not installed on this server; it builds with rustc {installed} \
         (leave toolchain_version empty or set \"stable\" or a prefix of {installed})"
    )))
}

/// A cargo project unpacked for a build, with the shared caches of its flavour
/// (`rust-native` or `rust-wasm`) and what cargo needs to see them.
struct CargoProject<'a> {
    step: BuildStep<'a>,
    /// The shared target directory: on the host, and as cargo sees it.
    target: PathBuf,
    target_in: PathBuf,
    /// `Cargo.toml` as cargo sees it.
    manifest: PathBuf,
    /// `--config` that points `ignite` at the bundled SDK.
    patch: String,
    /// Builds sharing the target directory take turns on this lock.
    lock: std::sync::Arc<tokio::sync::Mutex<()>>,
}

impl<'a> CargoProject<'a> {
    fn prepare(
        builder: &Builder,
        request: &BuildRequest,
        project: &'a Path,
        sysroot: &Path,
        flavor: &str,
        rustc: &Path,
    ) -> Result<Self, RuntimeError> {
        prepare_project(request, project)?;
        let org = request.function.org().as_str();
        let cargo_home = builder.cache(org, &["cargo-home"])?;
        let target = builder.cache(org, &[flavor])?;
        let sdk = builder.sdk_dir.join(flavor);
        let inside = |host: &Path, at: &str| builder.place(host, at);
        let target_in = inside(&target, "/target");
        let mut env = base_env(&format!("{}/bin:/usr/local/bin:/usr/bin:/bin", sysroot.display()));
        env.extend([
            ("CARGO_HOME".into(), inside(&cargo_home, "/cargo-home").display().to_string()),
            ("CARGO_TARGET_DIR".into(), target_in.display().to_string()),
            ("RUSTC".into(), rustc.display().to_string()),
            ("CARGO_TERM_COLOR".into(), "never".into()),
            ("CARGO_TERM_PROGRESS_WHEN".into(), "never".into()),
        ]);
        let step = BuildStep {
            project,
            ro_binds: vec![(sysroot.to_path_buf(), sysroot.to_path_buf()), (sdk.clone(), "/sdk".into())],
            rw_binds: vec![(cargo_home.clone(), "/cargo-home".into()), (target.clone(), "/target".into())],
            env,
        };
        Ok(CargoProject {
            step,
            lock: builder.dir_lock(&target),
            manifest: inside(project, "/app").join("Cargo.toml"),
            patch: format!("patch.crates-io.ignite.path=\"{}\"", inside(&sdk, "/sdk").join("ignite").display()),
            target,
            target_in,
        })
    }

    /// The binary cargo reported, read from the target directory (never through a link
    /// out of it: build scripts write there).
    fn read_binary(&self, messages: &[String]) -> Result<(String, Vec<u8>), RuntimeError> {
        let inside = built_binary(messages, &self.manifest)?;
        let relative = inside.strip_prefix(&self.target_in).map_err(|_| {
            RuntimeError::BuildFailed(format!("cargo built {} outside its target directory", inside.display()))
        })?;
        let name = inside.file_name().unwrap_or_default().to_string_lossy().into_owned();
        Ok((name, super::read_output(&self.target, relative)?))
    }
}

pub(super) async fn build_native(
    builder: &Builder,
    request: &BuildRequest,
    dir: &Path,
    toolchain_version: &str,
) -> Result<Artifact, RuntimeError> {
    let log = request.log.as_ref();
    let sysroot = builder.toolchains.rust_sysroot.clone().ok_or_else(|| missing("Rust", "no rustc on PATH"))?;
    check_toolchain(toolchain_version, &builder.toolchains.rust_version)?;
    let project_dir = dir.join("project");
    let project =
        CargoProject::prepare(builder, request, &project_dir, &sysroot, "rust-native", &sysroot.join("bin/rustc"))?;
    let _turn = project.lock.lock().await;
    say(log, format!("building with rustc {} (release)", builder.toolchains.rust_version));
    let manifest = project.manifest.display().to_string();
    let args = ["build", "--release", "--message-format=json-render-diagnostics", "--manifest-path", &manifest];
    let args: Vec<&str> = args.into_iter().chain(["--config", &project.patch]).collect();
    let messages = builder.run(log, &project.step, &sysroot.join("bin/cargo"), &args, true).await?;
    let (name, bytes) = project.read_binary(&messages)?;
    say(log, format!("built {name} ({} bytes)", bytes.len()));
    let metadata = BTreeMap::from([("toolchain".to_string(), format!("rustc {}", builder.toolchains.rust_version))]);
    Ok(Artifact { kind: RuntimeKind::RustNative, bytes: bytes.into(), metadata })
}

pub(super) async fn build_wasm(
    builder: &Builder,
    request: &BuildRequest,
    dir: &Path,
) -> Result<Artifact, RuntimeError> {
    let log = request.log.as_ref();
    let sysroot = builder.toolchains.rust_sysroot.clone().ok_or_else(|| missing("Rust", "no rustc on PATH"))?;
    let (Some(wasm_rustc), Some(wasm_cargo)) =
        (builder.toolchains.wasm_rustc.clone(), builder.toolchains.wasm_cargo.clone())
    else {
        return Err(missing(
            "Rust wasm32-wasi",
            "install Debian's rustc, cargo and libstd-rust-dev-wasm32: scripts/setup.sh does",
        ));
    };
    let project_dir = dir.join("project");
    // The machine's cargo resolves with RUSTC = rustc 1.63, so it picks versions that
    // rustc supports.
    let mut project = CargoProject::prepare(builder, request, &project_dir, &sysroot, "rust-wasm", &wasm_rustc)?;
    project.step.env.push(("CARGO_RESOLVER_INCOMPATIBLE_RUST_VERSIONS".into(), "fallback".into()));
    let _turn = project.lock.clone().lock_owned().await;
    let cargo = sysroot.join("bin/cargo");
    let manifest_arg = project.manifest.display().to_string();
    let patch = project.patch.clone();
    say(log, "resolving dependencies for rustc 1.63 (wasm32-wasi)");
    builder
        .run(
            log,
            &project.step,
            &cargo,
            &["generate-lockfile", "--manifest-path", &manifest_arg, "--config", &patch],
            false,
        )
        .await?;
    let vendor = builder.place(&project_dir, "/app").join(".ignite-vendor");
    builder
        .run(
            log,
            &project.step,
            &cargo,
            &[
                "vendor",
                "--locked",
                "--versioned-dirs",
                "--manifest-path",
                &manifest_arg,
                "--config",
                &patch,
                &vendor.display().to_string(),
            ],
            true,
        )
        .await?;
    // Debian's cargo reads lock file version 3; for registry packages the formats agree.
    let project_root = crate::confined::Root::open(&project_dir)?;
    let lock = project_root.read(Path::new("Cargo.lock"), 64 << 20)?;
    let lock_text = String::from_utf8_lossy(&lock).replacen("version = 4", "version = 3", 1);
    project_root.write_file(Path::new("Cargo.lock"), 0o644, &mut lock_text.as_bytes(), 64 << 20)?;
    say(log, "compiling with Debian's rustc 1.63 for wasm32-wasi");
    let source = format!("source.vendored.directory=\"{}\"", vendor.display());
    let messages = builder
        .run(
            log,
            &project.step,
            &wasm_cargo,
            &[
                "build",
                "--offline",
                "--release",
                "--target",
                "wasm32-wasi",
                "--message-format=json-render-diagnostics",
                "--manifest-path",
                &manifest_arg,
                "--config",
                &patch,
                "--config",
                "source.crates-io.replace-with=\"vendored\"",
                "--config",
                &source,
                "--config",
                "profile.release.strip=true",
            ],
            true,
        )
        .await?;
    let (_, module) = project.read_binary(&messages)?;
    let component = crate::blocking(move || componentize(&module)).await?;
    say(log, format!("built a wasi:cli/command component ({} bytes)", component.len()));
    let metadata = BTreeMap::from([("toolchain".to_string(), "rustc 1.63 (Debian) wasm32-wasi".to_string())]);
    Ok(Artifact { kind: RuntimeKind::RustWasm, bytes: component.into(), metadata })
}

/// A WASI preview-1 command module as a `wasi:cli/command` component.
#[cfg(not(feature = "wasm"))]
fn componentize(_module: &[u8]) -> Result<Vec<u8>, RuntimeError> {
    Err(RuntimeError::Unsupported("this build has no wasm support (the `wasm` feature)".into()))
}

/// A WASI preview-1 command module as a `wasi:cli/command` component.
#[cfg(feature = "wasm")]
fn componentize(module: &[u8]) -> Result<Vec<u8>, RuntimeError> {
    let fail = |e: anyhow::Error| RuntimeError::BuildFailed(format!("making a component of the module: {e:#}"));
    wit_component::ComponentEncoder::default()
        .module(module)
        .map_err(fail)?
        .adapter(
            "wasi_snapshot_preview1",
            wasi_preview1_component_adapter_provider::WASI_SNAPSHOT_PREVIEW1_COMMAND_ADAPTER,
        )
        .map_err(fail)?
        .validate(true)
        .encode()
        .map_err(fail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toolchain_requests_match_the_installed_version_or_fail_clearly() {
        assert!(check_toolchain("", "1.95.0").is_ok());
        assert!(check_toolchain("stable", "1.95.0").is_ok());
        assert!(check_toolchain("1.95", "1.95.0").is_ok());
        let e = check_toolchain("1.70.0", "1.95.0").unwrap_err().to_string();
        assert!(e.contains("\"1.70.0\" is not installed") && e.contains("rustc 1.95.0"), "{e}");
    }
}
