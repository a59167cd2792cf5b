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

#[derive(Debug, Subcommand)]
pub enum AliasCommand {
    /// Point an alias at a version (no split).
    Set {
        app: String,
        name: String,
        #[arg(long)]
        version: u32,
    },
    /// Send WEIGHT percent of an alias's calls to a canary version.
    Split {
        app: String,
        name: String,
        /// The version the rest of the calls run.
        #[arg(long)]
        version: u32,
        #[arg(long)]
        canary: u32,
        /// Percent of calls (0-100).
        #[arg(long)]
        weight: u32,
        #[command(flatten)]
        bounds: CanaryBoundsArgs,
    },
    /// Raise the canary's share to WEIGHT, or without --weight make it the alias's version.
    Promote {
        app: String,
        name: String,
        #[arg(long)]
        weight: Option<u32>,
    },
    /// Drop the canary: every call runs the alias's version again.
    Rollback { app: String, name: String },
    /// List an app's aliases.
    List { app: String },
    /// Delete an alias.
    Delete { app: String, name: String },
}

/// When the server rolls a canary back by itself (none set: never).
#[derive(Debug, Clone, Copy, Default, clap::Args)]
pub struct CanaryBoundsArgs {
    /// Roll back when more than this share of the canary's calls fail (0 to 1).
    #[arg(long, default_value_t = 0.0)]
    max_error_rate: f64,
    /// Roll back when the canary's p99 latency exceeds this many milliseconds.
    #[arg(long, default_value_t = 0)]
    max_p99_ms: u32,
    /// The window the bounds are judged over, in seconds [server default: 60].
    #[arg(long, default_value_t = 0)]
    window_secs: u32,
    /// Calls the canary must have served in the window before it is judged [default: 20].
    #[arg(long, default_value_t = 0)]
    min_calls: u32,
}

impl CanaryBoundsArgs {
    fn of(a: &v1::Alias) -> Self {
        Self {
            max_error_rate: a.max_error_rate,
            max_p99_ms: a.max_p99_ms,
            window_secs: a.window_secs,
            min_calls: a.min_calls,
        }
    }
}

fn alias_line(a: &v1::Alias) -> String {
    let mut line = match a.canary_version {
        0 => format!("{} -> v{}", a.name, a.version),
        canary => format!("{} -> v{} ({}% to v{canary})", a.name, a.version, a.canary_weight),
    };
    if a.canary_version != 0 && a.max_error_rate > 0.0 {
        line.push_str(&format!(", rolled back above {:.0}% errors", a.max_error_rate * 100.0));
    }
    if a.canary_version != 0 && a.max_p99_ms > 0 {
        line.push_str(&format!(", rolled back above p99 {} ms", a.max_p99_ms));
    }
    line
}

pub(super) async fn alias(ctx: &Ctx, command: AliasCommand) -> Outcome {
    let c = &ctx.client;
    let current = |app: String, name: String| async move {
        let (org, id) = ctx.app(&app)?;
        let listed = c.list_aliases(v1::ListAliasesRequest { organization_name: org, app_name: id }).await?;
        listed
            .aliases
            .into_iter()
            .find(|a| a.name == name)
            .ok_or_else(|| CliError { code: Code::NotFound, message: format!("{app} has no alias {name}") })
    };
    let set =
        |app: &str, name: &str, version: u32, canary_version: u32, canary_weight: u32, bounds: CanaryBoundsArgs| {
            let app = ctx.app(app);
            let name = name.to_string();
            async move {
                let (org, id) = app?;
                let r = c
                    .set_alias(v1::SetAliasRequest {
                        organization_name: org,
                        app_name: id,
                        name,
                        version,
                        canary_version,
                        canary_weight,
                        max_error_rate: bounds.max_error_rate,
                        max_p99_ms: bounds.max_p99_ms,
                        window_secs: bounds.window_secs,
                        min_calls: bounds.min_calls,
                    })
                    .await?;
                ctx.print(&r, || r.alias.as_ref().map(alias_line).unwrap_or_default());
                Ok::<(), CliError>(())
            }
        };
    match command {
        AliasCommand::Set { app, name, version } => {
            set(&app, &name, version, 0, 0, CanaryBoundsArgs::default()).await?
        }
        AliasCommand::Split { app, name, version, canary, weight, bounds } => {
            set(&app, &name, version, canary, weight, bounds).await?
        }
        AliasCommand::Promote { app, name, weight } => {
            let a = current(app.clone(), name.clone()).await?;
            if a.canary_version == 0 {
                return Err(invalid(format!("alias {name} has no canary to promote")));
            }
            // A partial promotion keeps the canary's bounds; a full one has no canary left.
            match weight {
                Some(w) => set(&app, &name, a.version, a.canary_version, w, CanaryBoundsArgs::of(&a)).await?,
                None => set(&app, &name, a.canary_version, 0, 0, CanaryBoundsArgs::default()).await?,
            }
        }
        AliasCommand::Rollback { app, name } => {
            let a = current(app.clone(), name.clone()).await?;
            set(&app, &name, a.version, 0, 0, CanaryBoundsArgs::default()).await?;
        }
        AliasCommand::List { app } => {
            let (org, id) = ctx.app(&app)?;
            let r = c.list_aliases(v1::ListAliasesRequest { organization_name: org, app_name: id }).await?;
            ctx.print(&r, || r.aliases.iter().map(alias_line).collect::<Vec<_>>().join("\n"));
        }
        AliasCommand::Delete { app, name } => {
            let (org, id) = ctx.app(&app)?;
            let r = c.delete_alias(v1::DeleteAliasRequest { organization_name: org, app_name: id, name }).await?;
            ctx.print(&r, || if r.deleted { "deleted".into() } else { "no such alias".into() });
        }
    }
    Ok(())
}
