//! Runtime implementations behind [`ignite_core::runtime::Runtime`]: WebAssembly on
//! wasmtime, Python workers forked from a zygote, native Rust / Go / Deno binaries,
//! and OCI images, each in a process sandbox with cgroup limits.
//!
//! Architecture invariant: this crate knows nothing of the API (no `ignite-proto`,
//! no tonic): the server and the CLI's local mode drive it through the core traits.
