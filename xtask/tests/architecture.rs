//! Architecture invariants from ARCHITECTURE.md, checked on the real dependency graph.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

/// Every package in the normal (non-dev, non-build) dependency closure of `package`.
fn dependency_closure(package: &str) -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let out = Command::new(env!("CARGO"))
        .args(["tree", "--offline", "-p", package, "-e", "normal", "--prefix", "none", "--format", "{p}"])
        .current_dir(root)
        .output()
        .expect("cargo tree runs");
    assert!(out.status.success(), "cargo tree failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect()
}

fn assert_free_of(package: &str, forbidden: &[&str]) {
    let deps = dependency_closure(package);
    assert!(deps.contains(package), "{package} not in its own tree: {deps:?}");
    let found: Vec<_> = forbidden.iter().filter(|f| deps.contains(**f)).collect();
    assert!(found.is_empty(), "{package} must not depend on {found:?}");
}

#[test]
fn core_depends_on_no_transport_and_no_storage() {
    assert_free_of(
        "ignite-core",
        &["tonic", "axum", "hyper", "reqwest", "prost", "sqlx", "rusqlite", "tokio-postgres", "ignite-proto"],
    );
}

#[test]
fn runtime_does_not_know_the_api() {
    assert_free_of("ignite-runtime", &["ignite-proto", "tonic", "axum", "sqlx"]);
}
