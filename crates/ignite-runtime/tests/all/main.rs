//! Integration tests of the runtimes through the core `Runtime` trait, with real
//! guests. One test binary for link time.

mod support;
mod wasm;
