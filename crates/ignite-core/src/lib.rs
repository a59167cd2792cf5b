//! Ignite's domain, independent of transport and storage.
//!
//! * [`app`] — the records of an app: config, code source, executions.
//! * [`names`] — validated organization, app and secret names.
//! * [`function_id`] — app identity and its DNS host encoding.
//! * [`lifecycle`] — the app / draft / version state machine.
//! * [`resources`] — resource tiers and limits.
//! * [`runtime`] — the `Runtime` trait every runtime implements.
//! * [`error`] — the error type and its mapping to gRPC, HTTP and CLI exit codes.
//!
//! Architecture invariant: this crate depends on no transport (tonic, axum, hyper) and
//! no storage crate; the wire types live in `ignite-proto`, which converts to and from
//! these.

pub mod app;
pub mod error;
pub mod function_id;
pub mod lifecycle;
pub mod names;
pub mod resources;
pub mod runtime;

pub use error::{Code, Error, Result};
pub use function_id::FunctionId;
