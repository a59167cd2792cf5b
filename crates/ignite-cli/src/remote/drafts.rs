//! `ignite draft ...`: drafts, compiles and their streamed logs.

use super::apps::code_source;
use super::calls::watch;
use super::*;

#[derive(Debug, Subcommand)]
pub enum DraftCommand {
    /// Upload code as the draft.
    Save(CodeArgs),
    /// Show the draft.
    Info { app: String },
    /// Compile the draft; `--follow` streams the log and waits.
    Compile {
        app: String,
        #[arg(short, long)]
        follow: bool,
    },
    /// Print a compile's log.
    CompileLogs { deploy_id: String },
    /// Run the draft with a payload; prints the execution.
    Test {
        app: String,
        #[arg(long, short, default_value = "")]
        data: String,
    },
    /// Publish the draft as the next version.
    Publish { app: String },
}

/// A spinner on stderr while `message` is in progress (nothing when stderr is not a
/// terminal, e.g. in scripts and CI logs).
pub(super) fn spinner(message: impl Into<std::borrow::Cow<'static, str>>) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new_spinner().with_message(message);
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}

/// Follows a compile to its end, the log to stderr; fails when the compile failed.
pub(super) async fn follow_compile(ctx: &Ctx, org: &str, app: &str, deploy_id: &str) -> Outcome {
    let mut log = ctx
        .client
        .stream_compile_logs(v1::StreamCompileLogsRequest { deploy_id: deploy_id.into(), from_start: true })
        .await?;
    let bar = spinner(format!("compiling {org}/{app}"));
    let mut partial = String::new();
    while let Some(chunk) = log.next().await {
        partial.push_str(&String::from_utf8_lossy(&chunk?.data));
        while let Some(end) = partial.find('\n') {
            let line: String = partial.drain(..=end).collect();
            if bar.is_hidden() {
                eprint!("{line}");
            } else {
                bar.println(line.trim_end());
            }
        }
    }
    bar.finish_and_clear();
    if !partial.is_empty() {
        eprintln!("{partial}");
    }
    let info = ctx
        .client
        .get_draft_info(v1::GetDraftInfoRequest { organization_name: org.into(), app_name: app.into() })
        .await?
        .draft
        .unwrap_or_default();
    if info.status == v1::VersionStatus::Failed as i32 {
        return Err(CliError {
            code: Code::FailedPrecondition,
            message: format!("the compile failed: {}", info.error.lines().next().unwrap_or_default()),
        });
    }
    Ok(())
}

pub(super) async fn draft(ctx: &Ctx, command: DraftCommand) -> Outcome {
    let c = &ctx.client;
    match command {
        DraftCommand::Save(CodeArgs { app, path, runtime, image }) => {
            let (org, name) = ctx.app(&app)?;
            let (code, _) = code_source(&path, runtime, &image)?;
            let r = c
                .save_draft(v1::SaveDraftRequest {
                    organization_name: org,
                    app_name: name,
                    code: Some(code),
                    ..Default::default()
                })
                .await?;
            let d = r.draft.clone().unwrap_or_default();
            ctx.print(&r, || format!("saved the draft ({}, {} bytes)", status_name(d.status), d.size_bytes));
        }
        DraftCommand::Info { app } => {
            let (org, name) = ctx.app(&app)?;
            let r = c.get_draft_info(v1::GetDraftInfoRequest { organization_name: org, app_name: name }).await?;
            let d = r.draft.clone().unwrap_or_default();
            ctx.print(&r, || {
                let mut text = format!(
                    "{} {} (code {}, {} bytes, compiled: {})",
                    status_name(d.status),
                    runtime_name(&d.runtime),
                    d.code_hash.get(..12).unwrap_or_default(),
                    d.size_bytes,
                    d.compiled
                );
                if !d.error.is_empty() {
                    text.push_str(&format!("\n{}", d.error));
                }
                text
            });
        }
        DraftCommand::Compile { app, follow } => {
            let (org, name) = ctx.app(&app)?;
            let r = c
                .compile_draft(v1::CompileDraftRequest { organization_name: org.clone(), app_name: name.clone() })
                .await?;
            if follow {
                follow_compile(ctx, &org, &name, &r.deploy_id).await?;
            }
            ctx.print(&r, || format!("deploy {}", r.deploy_id));
        }
        DraftCommand::CompileLogs { deploy_id } => {
            let mut log = c.stream_compile_logs(v1::StreamCompileLogsRequest { deploy_id, from_start: true }).await?;
            let mut out = std::io::stdout();
            while let Some(chunk) = log.next().await {
                out.write_all(&chunk?.data)?;
            }
        }
        DraftCommand::Test { app, data } => {
            let (org, name) = ctx.app(&app)?;
            let r = c
                .test_draft(v1::TestDraftRequest {
                    organization_name: org,
                    app_name: name,
                    payload: data.into_bytes(),
                    ..Default::default()
                })
                .await?;
            watch(ctx, &r.execution_id).await?;
        }
        DraftCommand::Publish { app } => {
            let (org, name) = ctx.app(&app)?;
            let r = c.publish_draft(v1::PublishDraftRequest { organization_name: org, app_name: name }).await?;
            ctx.print(&r, || format!("published version {}", r.published_version));
        }
    }
    Ok(())
}
