//! The guest SDKs, compiled into the server and written out for builds.

use std::path::Path;

const RUST_LIB: &str = include_str!("../../sdk/rust/ignite/src/lib.rs");
const RUST_MACROS: &str = include_str!("../../sdk/rust/ignite-macros/src/lib.rs");
const GO_SDK: &str = include_str!("../../sdk/go/ignite/ignite.go");
const DENO_SDK: &str = include_str!("../../sdk/deno/mod.ts");

/// The SDK's version: what `ignite = "0.1"` in a user's Cargo.toml resolves to.
pub const RUST_SDK_VERSION: &str = "0.1.0";

/// The dependencies of the Rust SDK. Wasm builds use Debian's rustc 1.63, so serde and
/// serde_json are pinned to the last releases that support it (the resolver picks
/// compatible versions of everything else).
fn rust_manifest(wasm: bool) -> String {
    let (serde, serde_json) = if wasm { ("=1.0.152", "=1.0.91") } else { ("1", "1") };
    let pin_derive = if wasm { "serde_derive = \"=1.0.152\"\n" } else { "" };
    format!(
        "[package]\nname = \"ignite\"\nversion = \"{RUST_SDK_VERSION}\"\nedition = \"2021\"\n\
         description = \"The Ignite guest SDK (shipped by the server)\"\n\n\
         [dependencies]\nignite-macros = {{ path = \"../ignite-macros\", version = \"{RUST_SDK_VERSION}\" }}\n\
         serde = \"{serde}\"\nserde_json = \"{serde_json}\"\n{pin_derive}"
    )
}

const MACROS_MANIFEST: &str = "[package]\nname = \"ignite-macros\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n\
                               [lib]\nproc-macro = true\n";

fn write(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    // Unchanged files keep their mtime, so cargo does not rebuild the SDK.
    if std::fs::read_to_string(path).ok().as_deref() == Some(text) {
        return Ok(());
    }
    std::fs::write(path, text)
}

/// Writes every SDK under `dir`: `rust-native/`, `rust-wasm/`, `go/ignite`, `deno/`.
pub fn write_all(dir: &Path) -> std::io::Result<()> {
    for (flavor, wasm) in [("rust-native", false), ("rust-wasm", true)] {
        let root = dir.join(flavor);
        write(&root.join("ignite/Cargo.toml"), &rust_manifest(wasm))?;
        write(&root.join("ignite/src/lib.rs"), RUST_LIB)?;
        write(&root.join("ignite-macros/Cargo.toml"), MACROS_MANIFEST)?;
        write(&root.join("ignite-macros/src/lib.rs"), RUST_MACROS)?;
    }
    write(&dir.join("go/ignite/go.mod"), "module ignite\n\ngo 1.19\n")?;
    write(&dir.join("go/ignite/ignite.go"), GO_SDK)?;
    write(&dir.join("deno/mod.ts"), DENO_SDK)?;
    Ok(())
}
