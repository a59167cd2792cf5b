//! The Ignite control plane: the ComputeService and SecretService over gRPC and the
//! HTTP/JSON gateway, storage (SQLite, content-addressed blobs), auth and scheduling.
