//! Go builds: a module (or a single `main.go`) whose `import "ignite"` resolves to the
//! bundled SDK. The artifact is a static binary (`CGO_ENABLED=0`).
//!
//! The Go module proxy is not reachable from here, so modules other than the SDK and
//! the standard library must be vendored in the upload (`vendor/`, `-mod=vendor` is
//! then used); `GOPROXY=off` makes a missing module a clear error instead of a hang.

use std::collections::BTreeMap;
use std::path::Path;

use ignite_core::runtime::{Artifact, BuildLog, BuildRequest, RuntimeError, RuntimeKind};

use super::{BuildStep, Builder, base_env, missing, say, unpack};

pub(super) async fn build(builder: &Builder, request: &BuildRequest, dir: &Path) -> Result<Artifact, RuntimeError> {
    let project = dir.join("project");
    unpack(request, &project, RuntimeKind::Go.single_file_name())?;
    let org = request.function.org().as_str();
    let bytes = static_binary(builder, request.log.as_ref(), &project, org, true).await?;
    let metadata = BTreeMap::from([("toolchain".to_string(), "go".to_string())]);
    Ok(Artifact { kind: RuntimeKind::Go, bytes: bytes.into(), metadata })
}

/// Builds the Go program in `project` (writable; a `go.mod` is added when missing) into
/// a static binary; `with_sdk` makes `import "ignite"` resolve to the bundled SDK.
pub(super) async fn static_binary(
    builder: &Builder,
    log: &dyn BuildLog,
    project: &Path,
    org: &str,
    with_sdk: bool,
) -> Result<Vec<u8>, RuntimeError> {
    let go_root = builder.toolchains.go_root.clone().ok_or_else(|| missing("Go", "install Debian's golang-go"))?;
    if !project.join("go.mod").exists() {
        std::fs::write(project.join("go.mod"), "module app\n\ngo 1.19\n")?;
    }
    let go_cache = builder.cache(org, &["go", "build-cache"])?;
    let go_path = builder.cache(org, &["go", "path"])?;
    let sdk = builder.sdk_dir.join("go");
    let inside = |host: &Path, at: &str| builder.place(host, at).display().to_string();
    let mut env = base_env(&format!("{}/bin:/usr/local/bin:/usr/bin:/bin", go_root.display()));
    let vendored = project.join("vendor/modules.txt").exists();
    env.extend([
        ("GOROOT".into(), go_root.display().to_string()),
        ("GOCACHE".into(), inside(&go_cache, "/go-cache")),
        ("GOPATH".into(), inside(&go_path, "/go-path")),
        ("GOPROXY".into(), "off".into()),
        ("GOTOOLCHAIN".into(), "local".into()),
        ("GOFLAGS".into(), if vendored { "-mod=vendor" } else { "-mod=mod" }.into()),
        ("CGO_ENABLED".into(), "0".into()),
    ]);
    let step = BuildStep {
        project,
        ro_binds: vec![(go_root.clone(), go_root.clone()), (sdk.clone(), "/sdk".into())],
        rw_binds: vec![(go_cache.clone(), "/go-cache".into()), (go_path.clone(), "/go-path".into())],
        env,
    };
    let go = go_root.join("bin/go");
    let sdk_in = format!("{}/ignite", inside(&sdk, "/sdk"));
    let app = inside(project, "/app");
    say(
        log,
        format!(
            "go: {}",
            std::fs::read_to_string(go_root.join("VERSION")).unwrap_or_default().lines().next().unwrap_or("")
        ),
    );
    if with_sdk {
        let replace = format!("-replace=ignite={sdk_in}");
        builder.run(log, &step, &go, &["mod", "edit", "-require=ignite@v0.0.0", &replace], false).await?;
    }
    let out = format!("{app}/.ignite-out/app");
    builder.run(log, &step, &go, &["build", "-trimpath", "-ldflags=-s -w", "-o", &out, "."], false).await?;
    let bytes = super::read_output(project, Path::new(".ignite-out/app"))?;
    say(log, format!("built a static binary ({} bytes)", bytes.len()));
    Ok(bytes)
}
