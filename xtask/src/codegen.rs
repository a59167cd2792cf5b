//! `cargo xtask codegen [--check]`: regenerates `crates/ignite-proto/src/gen` from the
//! `.proto` files in pure Rust (protox parses, tonic-prost-build and pbjson-build
//! generate; no system `protoc`).
//!
//! The generated files are checked in so that builds of the workspace need none of
//! the generators. `--check` generates into a scratch directory and fails when the
//! result differs from what is checked in (CI runs it).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// The `.proto` files compiled, relative to the proto root. Imports are resolved from
/// the same root (google/api is vendored there; google/protobuf is built into protox).
const PROTO_FILES: &[&str] = &[
    "dodil/ignite/v1/ignite_common.proto",
    "dodil/ignite/v1/ignite_compute.proto",
    "dodil/ignite/v1/ignite_secret.proto",
];

/// The packages pbjson writes serde impls for.
const JSON_PACKAGES: &[&str] = &[".dodil.ignite.v1", ".google.api"];

pub fn run(root: &Path, check: bool) -> Result<()> {
    let proto_root = root.join("crates/ignite-proto/proto");
    let out = root.join("crates/ignite-proto/src/gen");
    if !check {
        generate(&proto_root, &out)?;
        println!("codegen: wrote {}", out.display());
        return Ok(());
    }
    let scratch = scratch_dir()?;
    let result = generate(&proto_root, &scratch).and_then(|()| compare(&out, &scratch));
    let _ = fs::remove_dir_all(&scratch);
    result?;
    println!("codegen: {} is up to date", out.display());
    Ok(())
}

fn generate(proto_root: &Path, out: &Path) -> Result<()> {
    if out.exists() {
        fs::remove_dir_all(out).with_context(|| format!("clearing {}", out.display()))?;
    }
    fs::create_dir_all(out)?;

    let mut compiler = protox::Compiler::new([proto_root])?;
    compiler.include_imports(true).include_source_info(true);
    compiler
        .open_files(PROTO_FILES.iter().copied())
        .map_err(|e| anyhow::anyhow!("{e:?}"))
        .context("parsing .proto files")?;
    let fds = compiler.file_descriptor_set();
    // `encode_file_descriptor_set` keeps extension options (google.api.http) that a
    // round trip through prost_types would drop: the gateway and pbjson need them.
    let fds_bytes = compiler.encode_file_descriptor_set();

    tonic_prost_build::configure()
        .out_dir(out)
        .build_server(true)
        .build_client(true)
        .compile_well_known_types(true)
        .extern_path(".google.protobuf", "::pbjson_types")
        .compile_fds(fds)
        .context("generating prost/tonic code")?;

    pbjson_build::Builder::new()
        .register_descriptors(&fds_bytes)?
        .out_dir(out)
        .build(JSON_PACKAGES)
        .context("generating pbjson serde code")?;

    fs::write(out.join("descriptor.bin"), &fds_bytes)?;
    Ok(())
}

fn compare(checked_in: &Path, fresh: &Path) -> Result<()> {
    let old = read_tree(checked_in)?;
    let new = read_tree(fresh)?;
    let mut stale = Vec::new();
    for (name, bytes) in &new {
        match old.get(name) {
            Some(existing) if existing == bytes => {}
            Some(_) => stale.push(format!("{name} differs")),
            None => stale.push(format!("{name} is missing")),
        }
    }
    for name in old.keys().filter(|n| !new.contains_key(*n)) {
        stale.push(format!("{name} should not exist"));
    }
    if !stale.is_empty() {
        bail!("generated code in {} is stale ({}); run `cargo xtask codegen`", checked_in.display(), stale.join(", "));
    }
    Ok(())
}

fn read_tree(dir: &Path) -> Result<BTreeMap<String, Vec<u8>>> {
    let mut files = BTreeMap::new();
    if !dir.exists() {
        return Ok(files);
    }
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        files.insert(name, fs::read(entry.path())?);
    }
    Ok(files)
}

fn scratch_dir() -> Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!("ignite-codegen-{}", std::process::id()));
    fs::create_dir_all(&dir)?;
    Ok(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
    }

    fn copy_tree(from: &Path, to: &Path) {
        fs::create_dir_all(to).unwrap();
        for entry in fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let target = to.join(entry.file_name());
            if entry.file_type().unwrap().is_dir() {
                copy_tree(&entry.path(), &target);
            } else {
                fs::copy(entry.path(), target).unwrap();
            }
        }
    }

    #[test]
    fn checked_in_code_is_current_and_a_proto_edit_makes_it_stale() {
        let checked_in = root().join("crates/ignite-proto/src/gen");
        let proto_root = root().join("crates/ignite-proto/proto");
        let scratch = std::env::temp_dir().join(format!("ignite-codegen-test-{}", std::process::id()));
        let _ = fs::remove_dir_all(&scratch);

        // Regeneration is byte-identical to what is checked in.
        generate(&proto_root, &scratch.join("gen")).unwrap();
        compare(&checked_in, &scratch.join("gen")).unwrap();

        // An edited .proto makes the check fail, naming the stale files.
        let edited = scratch.join("proto");
        copy_tree(&proto_root, &edited);
        let secret = edited.join("dodil/ignite/v1/ignite_secret.proto");
        let text = fs::read_to_string(&secret).unwrap();
        fs::write(
            &secret,
            text.replace("message ListSecretsRequest {}", "message ListSecretsRequest { uint32 limit = 1; }"),
        )
        .unwrap();
        generate(&edited, &scratch.join("gen2")).unwrap();
        let err = compare(&checked_in, &scratch.join("gen2")).unwrap_err().to_string();
        assert!(err.contains("dodil.ignite.v1.rs differs"), "{err}");
        let _ = fs::remove_dir_all(&scratch);
    }
}
