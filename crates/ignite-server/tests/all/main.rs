//! Integration tests of the real `ignite-server` binary, one test binary for link time.

mod abuse;
mod aliases;
mod auth;
mod bad_input;
mod catalog;
mod cluster;
mod compiled;
mod delivery;
mod durability;
mod executions;
mod grpc_coverage;
mod harness;
mod host_routing;
mod images;
mod invoke;
mod jobs;
mod lifecycle;
mod mcp;
mod observability;
mod protocol;
mod secrets;
mod security;
mod tidy;
mod traces;
