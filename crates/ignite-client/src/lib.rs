//! The Ignite Rust SDK: a typed async client for the ComputeService and SecretService
//! over gRPC (and HTTP where gRPC cannot pass).
