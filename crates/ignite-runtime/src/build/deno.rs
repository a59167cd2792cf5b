//! Deno builds. `deno compile` downloads its runtime, which cannot happen here, so the
//! artifact is the type-checked program itself (a .tar.gz of the project with the SDK
//! and the import map that makes `import { start } from "ignite"` resolve to it), run
//! by the server's `deno` in the sandbox.
//!
//! The entry point is the first of `main.ts`, `main.js`, `mod.ts`, `index.ts`,
//! `index.js`; a single uploaded file is `main.ts`.

use std::collections::BTreeMap;
use std::path::Path;

use ignite_core::runtime::{Artifact, BuildRequest, RuntimeError, RuntimeKind};

use super::{BuildStep, Builder, base_env, missing, say, unpack};

/// Inside the artifact: the name of the entry file.
pub const DENO_ENTRY_FILE: &str = ".ignite/entry";
const ENTRIES: [&str; 5] = ["main.ts", "main.js", "mod.ts", "index.ts", "index.js"];

/// Adds `"ignite": "./.ignite/sdk/mod.ts"` to the project's import map (deno.json).
fn add_import_map(project: &Path) -> Result<(), RuntimeError> {
    let path = project.join("deno.json");
    let mut config: serde_json::Value = match std::fs::read_to_string(&path) {
        Ok(text) => serde_json::from_str(&text).map_err(|e| {
            RuntimeError::BuildFailed(format!("deno.json is not valid JSON ({e}); comments are not supported here"))
        })?,
        Err(_) => serde_json::json!({}),
    };
    let Some(object) = config.as_object_mut() else {
        return Err(RuntimeError::BuildFailed("deno.json must be a JSON object".into()));
    };
    let imports = object.entry("imports").or_insert_with(|| serde_json::json!({}));
    let Some(imports) = imports.as_object_mut() else {
        return Err(RuntimeError::BuildFailed("deno.json: `imports` must be an object".into()));
    };
    imports.insert("ignite".into(), "./.ignite/sdk/mod.ts".into());
    std::fs::write(&path, serde_json::to_vec_pretty(&config).expect("json"))?;
    Ok(())
}

pub(super) async fn build(builder: &Builder, request: &BuildRequest, dir: &Path) -> Result<Artifact, RuntimeError> {
    let log = request.log.as_ref();
    let deno =
        builder.toolchains.deno.clone().ok_or_else(|| missing("Deno", "install deno from npm, set IGNITE_DENO"))?;
    let project = dir.join("project");
    unpack(request, &project, RuntimeKind::Deno.single_file_name())?;
    let entry = ENTRIES.iter().find(|e| project.join(e).is_file()).ok_or_else(|| {
        RuntimeError::BuildFailed(format!("no entry point: the upload needs one of {}", ENTRIES.join(", ")))
    })?;
    std::fs::create_dir_all(project.join(".ignite/sdk"))?;
    std::fs::copy(builder.sdk_dir.join("deno/mod.ts"), project.join(".ignite/sdk/mod.ts"))?;
    std::fs::write(project.join(DENO_ENTRY_FILE), entry)?;
    add_import_map(&project)?;
    let deno_dir = builder.cache(request.function.org().as_str(), &["deno"])?;
    let deno_parent = deno.parent().expect("deno has a directory").to_path_buf();
    let mut env = base_env("/usr/local/bin:/usr/bin:/bin");
    env.push(("DENO_DIR".into(), builder.place(&deno_dir, "/deno-dir").display().to_string()));
    env.push(("DENO_NO_UPDATE_CHECK".into(), "1".into()));
    let step = BuildStep {
        project: &project,
        ro_binds: vec![(deno_parent.clone(), deno_parent)],
        rw_binds: vec![(deno_dir.clone(), "/deno-dir".into())],
        env,
    };
    let version = super::output_of(&deno, &["--version"]).await.unwrap_or_default();
    say(log, version.lines().next().unwrap_or("deno"));
    say(log, format!("type-checking {entry}"));
    builder.run(log, &step, &deno, &["check", "--quiet", entry], false).await?;
    let bytes = crate::blocking(move || pack(&project)).await?;
    say(log, format!("packed the program ({} bytes)", bytes.len()));
    let metadata = BTreeMap::from([("entry".to_string(), entry.to_string())]);
    Ok(Artifact { kind: RuntimeKind::Deno, bytes: bytes.into(), metadata })
}

/// The project as a .tar.gz (what the runtime unpacks and runs).
fn pack(project: &Path) -> Result<Vec<u8>, RuntimeError> {
    let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let mut tar = tar::Builder::new(gz);
    tar.follow_symlinks(false);
    tar.append_dir_all(".", project)?;
    Ok(tar.into_inner()?.finish()?)
}
