//! Runtime implementations behind [`ignite_core::runtime::Runtime`]: WebAssembly on
//! wasmtime, Python workers, and the compiled runtimes (native Rust, Go, Deno; Rust to
//! wasm) with their builds; OCI images run from their own root filesystem. Every process runs
//! in the sandbox with cgroup limits.
//!
//! Architecture invariant: this crate knows nothing of the API (no `ignite-proto`,
//! no tonic): the server and the CLI's local mode drive it through the core traits.

pub mod archive;
pub mod audit;
pub mod build;
pub mod confined;
pub mod egress;
pub mod image;
pub mod lines;
pub mod native;
pub mod pool;
pub mod protocol;
pub mod python;
pub mod sandbox;
#[cfg(feature = "wasm")]
pub mod wasm;
#[cfg(feature = "wasm")]
mod wasm_io;
mod worker;

use ignite_core::runtime::RuntimeError;

/// Runs blocking file work (archives, unpacking, hashing) off the async threads.
pub(crate) async fn blocking<T, E>(work: impl FnOnce() -> Result<T, E> + Send + 'static) -> Result<T, RuntimeError>
where
    T: Send + 'static,
    E: Into<RuntimeError> + Send + 'static,
{
    tokio::task::spawn_blocking(work).await.map_err(|e| RuntimeError::Io(e.to_string()))?.map_err(Into::into)
}

/// Copies a tree of the server's own (never a tenant's path): files, symbolic links (as
/// links) and directories, recursively; anything else is left out.
pub(crate) fn copy_tree(from: &std::path::Path, to: &std::path::Path) -> std::io::Result<()> {
    let meta = std::fs::symlink_metadata(from)?;
    if meta.file_type().is_symlink() {
        std::os::unix::fs::symlink(std::fs::read_link(from)?, to)
    } else if meta.is_dir() {
        std::fs::create_dir_all(to)?;
        for child in std::fs::read_dir(from)? {
            let child = child?;
            copy_tree(&child.path(), &to.join(child.file_name()))?;
        }
        Ok(())
    } else if meta.is_file() {
        std::fs::copy(from, to).map(drop)
    } else {
        Ok(())
    }
}
