//! Integration tests of the runtimes through the core `Runtime` trait, with real
//! guests. One test binary for link time.

mod guests;
mod pool;
mod python;
mod support;
mod wasm;
mod wasm_guests;
