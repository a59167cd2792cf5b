//! `ignite invoke`, `ignite execution ...` and `ignite dead-letters ...`: calls and
//! durable executions.

use super::*;

#[derive(Debug, Subcommand)]
pub enum ExecutionCommand {
    /// Show an execution.
    Get { id: String },
    /// Follow an execution until it ends.
    Watch { id: String },
    /// Stop an execution: a pending one never starts, a running one is stopped.
    Cancel { id: String },
    /// An app's executions, newest first.
    List {
        app: String,
        /// Only this kind: invoke-async, test-draft, test-version, job, mcp or schedule.
        #[arg(long)]
        kind: Option<String>,
        /// Only this status: pending, running, succeeded, failed, timeout or cancelled.
        #[arg(long)]
        status: Option<String>,
        #[arg(long, default_value_t = 50)]
        limit: u32,
    },
}

/// An enum value named as the CLI spells it (`invoke-async` for
/// `EXECUTION_KIND_INVOKE_ASYNC`).
fn named<E>(flag: &str, name: &str, prefix: &str, parse: impl Fn(&str) -> Option<E>) -> Result<E, CliError> {
    parse(&format!("{prefix}{}", name.to_ascii_uppercase().replace('-', "_")))
        .ok_or_else(|| invalid(format!("--{flag} {name:?} is not one of the values --help lists")))
}

#[derive(Debug, Subcommand)]
pub enum DeadLetterCommand {
    /// List an app's dead letters (async executions that failed for good), newest first.
    List {
        app: String,
        #[arg(long, default_value_t = 50)]
        limit: u32,
    },
    /// Run a dead letter's request again (on the active version, or --version).
    Redrive {
        id: String,
        #[arg(long)]
        version: Option<u32>,
    },
    /// Delete every dead letter of an app.
    Purge { app: String },
}

pub(super) fn read_body(data: Option<String>, file: Option<PathBuf>) -> Result<Vec<u8>, CliError> {
    match (data, file) {
        (Some(d), _) => Ok(d.into_bytes()),
        (None, Some(f)) if f.as_os_str() == "-" => {
            let mut buf = Vec::new();
            std::io::stdin().read_to_end(&mut buf)?;
            Ok(buf)
        }
        (None, Some(f)) => Ok(std::fs::read(&f).map_err(|e| invalid(format!("{}: {e}", f.display())))?),
        (None, None) if !std::io::stdin().is_terminal() => {
            let mut buf = Vec::new();
            std::io::stdin().read_to_end(&mut buf)?;
            Ok(buf)
        }
        (None, None) => Ok(Vec::new()),
    }
}

pub(super) async fn invoke(ctx: &Ctx, id: &str, body: Vec<u8>, version: Option<u32>) -> Outcome {
    let (org, app) = ctx.app(id)?;
    let mut frames = ctx
        .client
        .invoke(v1::InvokeRequest {
            organization_name: org,
            app_name: app,
            body,
            version: version.unwrap_or(0),
            ..Default::default()
        })
        .await?;
    let mut out = std::io::stdout();
    let mut status = 0;
    while let Some(frame) = frames.next().await {
        let frame = frame?;
        if ctx.json() {
            println!("{}", serde_json::to_string(&frame).expect("json"));
            continue;
        }
        match frame.frame {
            Some(v1::invoke_response::Frame::Head(h)) => status = h.status_code,
            Some(v1::invoke_response::Frame::Chunk(chunk)) => {
                out.write_all(&chunk)?;
                out.flush()?;
            }
            Some(v1::invoke_response::Frame::Trailer(t)) if !t.error.is_empty() => {
                return Err(CliError { code: Code::Internal, message: t.error });
            }
            _ => {}
        }
    }
    if !ctx.json() && std::io::stdout().is_terminal() {
        println!();
    }
    if status >= 500 {
        return Err(CliError { code: Code::Internal, message: format!("the app answered {status}") });
    }
    Ok(())
}

pub(super) async fn watch(ctx: &Ctx, id: &str) -> Outcome {
    let mut updates = ctx.client.watch_execution(v1::WatchExecutionRequest { execution_id: id.into() }).await?;
    let mut last = None;
    while let Some(update) = updates.next().await {
        last = update?.execution;
    }
    let e = match last {
        Some(e) => e,
        None => ctx
            .client
            .get_execution(v1::GetExecutionRequest { execution_id: id.into() })
            .await?
            .execution
            .unwrap_or_default(),
    };
    print_execution(ctx, &e);
    Ok(())
}

fn execution_status_name(v: i32) -> String {
    short(v1::ExecutionStatus::try_from(v).unwrap_or_default().as_str_name(), "EXECUTION_STATUS_")
}

pub(super) fn print_execution(ctx: &Ctx, e: &v1::Execution) {
    ctx.print(e, || {
        let status = execution_status_name(e.status);
        let mut text = format!(
            "{} {status} in {} ms (HTTP {})\n{}",
            e.execution_id,
            e.duration_ms,
            e.http_status,
            String::from_utf8_lossy(&e.output)
        );
        if !e.error.is_empty() {
            text.push_str(&format!("\nerror: {}", e.error));
        }
        for a in &e.attempts {
            let status = execution_status_name(a.status);
            text.push_str(&format!("\nattempt {}: {status} (HTTP {}) {}", a.attempt, a.http_status, a.error));
        }
        if e.dead_letter {
            text.push_str("\ndead letter (ignite dead-letters redrive)");
        }
        text
    });
}

pub(super) async fn dead_letters(ctx: &Ctx, command: DeadLetterCommand) -> Outcome {
    match command {
        DeadLetterCommand::List { app, limit } => {
            let (org, app) = ctx.app(&app)?;
            let r = ctx
                .client
                .list_dead_letters(v1::ListDeadLettersRequest {
                    organization_name: org,
                    app_name: app,
                    limit,
                    cursor: String::new(),
                })
                .await?;
            ctx.print(&r, || {
                r.executions
                    .iter()
                    .map(|e| format!("{} v{} attempt {}: {}", e.execution_id, e.version, e.attempt, e.error))
                    .collect::<Vec<_>>()
                    .join("\n")
            });
            Ok(())
        }
        DeadLetterCommand::Redrive { id, version } => {
            let r = ctx
                .client
                .redrive_execution(v1::RedriveExecutionRequest { execution_id: id, version: version.unwrap_or(0) })
                .await?;
            ctx.print(&r, || r.execution_id.clone());
            Ok(())
        }
        DeadLetterCommand::Purge { app } => {
            let (org, app) = ctx.app(&app)?;
            let r = ctx
                .client
                .purge_dead_letters(v1::PurgeDeadLettersRequest { organization_name: org, app_name: app })
                .await?;
            ctx.print(&r, || format!("{} purged", r.purged));
            Ok(())
        }
    }
}

pub(super) async fn execution(ctx: &Ctx, command: ExecutionCommand) -> Outcome {
    match command {
        ExecutionCommand::Get { id } => {
            let r = ctx.client.get_execution(v1::GetExecutionRequest { execution_id: id }).await?;
            print_execution(ctx, &r.execution.unwrap_or_default());
            Ok(())
        }
        ExecutionCommand::Watch { id } => watch(ctx, &id).await,
        ExecutionCommand::List { app, kind, status, limit } => {
            let (org, app) = ctx.app(&app)?;
            let kind = kind
                .map(|k| named("kind", &k, "EXECUTION_KIND_", v1::ExecutionKind::from_str_name))
                .transpose()?
                .unwrap_or_default();
            let status = status
                .map(|s| named("status", &s, "EXECUTION_STATUS_", v1::ExecutionStatus::from_str_name))
                .transpose()?
                .unwrap_or_default();
            let r = ctx
                .client
                .list_executions(v1::ListExecutionsRequest {
                    organization_name: org,
                    app_name: app,
                    kind: kind as i32,
                    status: status as i32,
                    limit,
                    cursor: String::new(),
                })
                .await?;
            ctx.print(&r, || {
                r.executions
                    .iter()
                    .map(|e| {
                        let status = execution_status_name(e.status);
                        let kind = short(
                            v1::ExecutionKind::try_from(e.kind).unwrap_or_default().as_str_name(),
                            "EXECUTION_KIND_",
                        );
                        format!(
                            "{} {} {kind} {status} v{} attempt {}",
                            e.execution_id,
                            when(e.created_at_ms),
                            e.version,
                            e.attempt
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            });
            Ok(())
        }
        ExecutionCommand::Cancel { id } => {
            let r = ctx.client.cancel_execution(v1::CancelExecutionRequest { execution_id: id }).await?;
            print_execution(ctx, &r.execution.unwrap_or_default());
            Ok(())
        }
    }
}
