//! The Ignite wire contract (protobuf package `dodil.ignite.v1`).
//!
//! Everything under `src/gen` is produced by `cargo xtask codegen` from the `.proto`
//! files in `proto/` and checked in; do not edit it by hand. Messages derive prost
//! (binary) and pbjson serde (JSON: camelCase out, camelCase or snake_case in, 64-bit
//! integers as strings, enums as names, bytes as base64). The `compute_service_*` and
//! `secret_service_*` modules hold the tonic servers and clients.
//!
//! [`convert`] maps the domain types of `ignite-core` to and from their wire form;
//! it is the only place where that mapping lives. [`http`] is the HTTP/JSON binding of
//! the RPCs (routes and request decoding).

pub mod convert;
pub mod http;

/// `google.api` annotation types (HttpRule), used to read the HTTP routes.
pub mod google {
    pub mod api {
        #![allow(clippy::all)]
        include!("gen/google.api.rs");
        include!("gen/google.api.serde.rs");
    }
}

/// `dodil.ignite.v1`.
pub mod dodil {
    pub mod ignite {
        pub mod v1 {
            #![allow(clippy::all)]
            include!("gen/dodil.ignite.v1.rs");
            include!("gen/dodil.ignite.v1.serde.rs");
        }
    }
}

pub use dodil::ignite::v1;

/// The encoded `FileDescriptorSet` of every proto file, with extension options kept
/// (google.api.http). Feeds gRPC server reflection and the HTTP gateway's route table.
pub const FILE_DESCRIPTOR_SET: &[u8] = include_bytes!("gen/descriptor.bin");

/// Fully-qualified service names.
pub const COMPUTE_SERVICE: &str = "dodil.ignite.v1.ComputeService";
pub const SECRET_SERVICE: &str = "dodil.ignite.v1.SecretService";
