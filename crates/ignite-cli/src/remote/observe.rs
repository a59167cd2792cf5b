//! `ignite logs`, `events`, `replicas` and `stats`: what an app is doing.

use super::*;

/// Prints a server stream as it comes: each item as one JSON document a line with
/// `-o json`, else as `line` renders it.
async fn print_stream<T: serde::Serialize>(
    ctx: &Ctx,
    mut items: impl futures::Stream<Item = Result<T, ClientError>> + Unpin,
    line: impl Fn(&T) -> String,
) -> Outcome {
    while let Some(item) = items.next().await {
        let item = item?;
        if ctx.json() {
            println!("{}", serde_json::to_string(&item).expect("json"));
        } else {
            println!("{}", line(&item));
        }
    }
    Ok(())
}

pub(super) fn log_line(l: &v1::LogLine) -> String {
    format!("{} {} {}", l.replica_id, if l.stream == v1::LogStream::Stderr as i32 { "err" } else { "out" }, l.line)
}

/// Which stored lines `ignite logs` shows.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct LogFilter {
    /// Only lines of the last DURATION (`90s`, `15m`, `2h`, `3d`).
    #[arg(long)]
    pub since: Option<String>,
    /// Only lines containing TEXT.
    #[arg(long)]
    pub contains: Option<String>,
    /// Only lines printed while serving this execution.
    #[arg(long)]
    pub execution: Option<String>,
}

/// The time DURATION (`90s`, `15m`, `2h`, `3d`) ago, in ms since the epoch.
fn ago(duration: &str) -> Result<i64, CliError> {
    let bad = || invalid(format!("--since {duration:?}: expected a number and s, m, h or d (e.g. 15m)"));
    let (number, unit) = duration.split_at(duration.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?);
    let number: i64 = number.parse().map_err(|_| bad())?;
    let unit_ms = match unit {
        "s" => 1_000,
        "m" => 60_000,
        "h" => 3_600_000,
        "d" => 86_400_000,
        _ => return Err(bad()),
    };
    Ok(chrono::Utc::now().timestamp_millis() - number.saturating_mul(unit_ms))
}

pub(super) async fn logs(ctx: &Ctx, id: &str, follow: bool, limit: u32, filter: LogFilter) -> Outcome {
    let (org, app) = ctx.app(id)?;
    if follow {
        let lines = ctx
            .client
            .stream_app_logs(v1::StreamAppLogsRequest {
                organization_name: org,
                app_name: app,
                from_start: true,
                ..Default::default()
            })
            .await?;
        return print_stream(ctx, lines, log_line).await;
    }
    let r = ctx
        .client
        .get_app_logs(v1::GetAppLogsRequest {
            organization_name: org,
            app_name: app,
            limit,
            since_ms: filter.since.as_deref().map(ago).transpose()?.unwrap_or(0),
            contains: filter.contains.unwrap_or_default(),
            execution_id: filter.execution.unwrap_or_default(),
            ..Default::default()
        })
        .await?;
    ctx.print(&r, || r.lines.iter().map(log_line).collect::<Vec<_>>().join("\n"));
    Ok(())
}

pub(super) fn event_line(e: &v1::AppEvent) -> String {
    let count = if e.count > 1 { format!(" (x{})", e.count) } else { String::new() };
    format!(
        "{:<7} {:<14} {} {}{count}",
        e.severity,
        e.reason,
        if e.replica_id.is_empty() { "-" } else { &e.replica_id },
        e.message
    )
}

pub(super) async fn events(ctx: &Ctx, id: &str, follow: bool, limit: u32) -> Outcome {
    let (org, app) = ctx.app(id)?;
    if follow {
        let events = ctx
            .client
            .stream_app_events(v1::StreamAppEventsRequest {
                organization_name: org,
                app_name: app,
                ..Default::default()
            })
            .await?;
        return print_stream(ctx, events, event_line).await;
    }
    let r = ctx
        .client
        .get_app_events(v1::GetAppEventsRequest { organization_name: org, app_name: app, limit, ..Default::default() })
        .await?;
    ctx.print(&r, || r.events.iter().map(event_line).collect::<Vec<_>>().join("\n"));
    Ok(())
}

pub(super) async fn replicas(ctx: &Ctx, id: &str) -> Outcome {
    let (org, app) = ctx.app(id)?;
    let r = ctx.client.list_app_replicas(v1::ListAppReplicasRequest { organization_name: org, app_name: app }).await?;
    let rows = r
        .replicas
        .iter()
        .map(|x| {
            vec![
                x.replica_id.clone(),
                x.version.to_string(),
                x.ready.to_string(),
                x.in_flight.to_string(),
                format!("{}m", x.cpu_millicores_used),
                format!("{} MB", x.memory_mb_used),
                when(x.started_ms),
            ]
        })
        .collect();
    ctx.print(&r, || table(&["REPLICA", "VERSION", "READY", "IN FLIGHT", "CPU", "MEMORY", "STARTED"], rows));
    Ok(())
}

pub(super) async fn stats(ctx: &Ctx, id: &str, minutes: u32, bucket: u32) -> Outcome {
    let (org, app) = ctx.app(id)?;
    let now = ignite_core::runtime::now_ms();
    let r = ctx
        .client
        .get_execution_stats(v1::GetExecutionStatsRequest {
            organization_name: org,
            app_name: app,
            start_ms: now - i64::from(minutes) * 60_000,
            end_ms: now,
            bucket_secs: bucket,
        })
        .await?;
    let t = r.total.unwrap_or_default();
    ctx.print(&r, || {
        format!(
            "last {minutes} min: {} ok, {} errors, {} timeouts, {} cold starts; p50 {:.1} ms, p95 {:.1} ms, p99 {:.1} ms",
            t.success_count, t.error_count, t.timeout_count, t.cold_starts, t.p50_ms, t.p95_ms, t.p99_ms
        )
    });
    Ok(())
}
