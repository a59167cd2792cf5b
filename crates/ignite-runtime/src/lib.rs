//! Runtime implementations behind [`ignite_core::runtime::Runtime`]: WebAssembly on
//! wasmtime, with Python workers, native binaries, Go, Deno and OCI images to follow
//! in the same shape, each in a process sandbox with cgroup limits.
//!
//! Architecture invariant: this crate knows nothing of the API (no `ignite-proto`,
//! no tonic): the server and the CLI's local mode drive it through the core traits.

pub mod archive;
pub mod pool;
pub mod protocol;
pub mod python;
pub mod sandbox;
pub mod wasm;
mod wasm_io;
