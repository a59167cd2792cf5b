//! `ignite version ...`: published versions, tests and rollbacks.

use super::calls::watch;
use super::*;

#[derive(Debug, Subcommand)]
pub enum VersionCommand {
    /// List versions, newest first.
    List { app: String },
    /// Show a version.
    Get { app: String, version: u32 },
    /// Make an existing version active.
    Rollback { app: String, version: u32 },
    /// Write a version's uploaded code to stdout (or `--out`).
    Code {
        app: String,
        /// 0 = the active version.
        #[arg(default_value_t = 0)]
        version: u32,
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Run a version with a payload; prints the execution.
    Test {
        app: String,
        version: u32,
        #[arg(long, short, default_value = "")]
        data: String,
    },
}

pub(super) async fn version(ctx: &Ctx, command: VersionCommand) -> Outcome {
    let c = &ctx.client;
    match command {
        VersionCommand::List { app } => {
            let (org, name) = ctx.app(&app)?;
            let r = c.list_app_versions(v1::ListAppVersionsRequest { organization_name: org, app_name: name }).await?;
            let rows = r
                .versions
                .iter()
                .map(|v| {
                    vec![
                        v.version.to_string(),
                        status_name(v.status),
                        runtime_name(&v.runtime),
                        v.code_hash.get(..12).unwrap_or_default().to_string(),
                        when(v.created_at_ms),
                    ]
                })
                .collect();
            ctx.print(&r, || table(&["VERSION", "STATUS", "RUNTIME", "CODE", "CREATED"], rows));
        }
        VersionCommand::Get { app, version } => {
            let (org, name) = ctx.app(&app)?;
            let r =
                c.get_app_version(v1::GetAppVersionRequest { organization_name: org, app_name: name, version }).await?;
            let v = r.version.clone().unwrap_or_default();
            ctx.print(&r, || {
                format!(
                    "version {} {} {} (code {})",
                    v.version,
                    status_name(v.status),
                    runtime_name(&v.runtime),
                    v.code_hash
                )
            });
        }
        VersionCommand::Rollback { app, version } => {
            let (org, name) = ctx.app(&app)?;
            let r = c.rollback_app(v1::RollbackAppRequest { organization_name: org, app_name: name, version }).await?;
            ctx.print(&r, || format!("active version {} (was {})", r.active_version, r.previous_version));
        }
        VersionCommand::Code { app, version, out } => {
            let (org, name) = ctx.app(&app)?;
            let r = c.get_app_code(v1::GetAppCodeRequest { organization_name: org, app_name: name, version }).await?;
            match out {
                Some(path) => {
                    std::fs::write(&path, &r.source_code)?;
                    eprintln!("wrote {} bytes of version {} to {}", r.source_code.len(), r.version, path.display());
                }
                None if ctx.json() => ctx.print(&r, String::new),
                None => std::io::stdout().write_all(&r.source_code)?,
            }
        }
        VersionCommand::Test { app, version, data } => {
            let (org, name) = ctx.app(&app)?;
            let r = c
                .test_app_version(v1::TestAppVersionRequest {
                    organization_name: org,
                    app_name: name,
                    version,
                    payload: data.into_bytes(),
                    ..Default::default()
                })
                .await?;
            watch(ctx, &r.execution_id).await?;
        }
    }
    Ok(())
}
