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
pub mod image;
pub mod native;
pub mod pool;
pub mod protocol;
pub mod python;
pub mod sandbox;
pub mod wasm;
mod wasm_io;
mod worker;
