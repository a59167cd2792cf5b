//! `ignite dev [DIR]`: the hot-reload loop against a server. It watches DIR and, at
//! each change (once the files have been quiet for the debounce period), saves them as
//! the app's draft, compiles the draft when its runtime needs it, runs TestDraft with
//! the sample payload and prints the result; the app's log lines stream meanwhile.
//! Failures (a compile error, a handler that raises) print and the loop goes on.
//! Nothing is ever published: Ctrl-C leaves the draft for `ignite draft publish`.

use std::time::Duration;

use notify::Watcher;

use super::apps::{RuntimeArg, compiled_source};
use super::calls::watch;
use super::declare;
use super::drafts::follow_compile;
use super::observe::log_line;
use super::*;

#[derive(Debug, Args)]
pub struct DevArgs {
    /// The directory to watch (with an ignite.yaml, its name, runtime and code are used).
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// The app (`org:app` or `app`) [default: ignite.yaml's name, else the directory's].
    #[arg(long)]
    pub app: Option<String>,
    /// The payload of each test run.
    #[arg(long, short, default_value = "")]
    pub data: String,
    /// Runtime [default: ignite.yaml's, else detected from the files].
    #[arg(long, value_enum)]
    pub runtime: Option<RuntimeArg>,
    /// How long the files must be quiet before a reload, in milliseconds.
    #[arg(long, default_value_t = 200)]
    pub debounce_ms: u64,
}

/// What is reloaded: the app, the code's path and its runtime.
struct Target {
    org: String,
    app: String,
    code: PathBuf,
    runtime: Option<RuntimeArg>,
}

fn target(ctx: &Ctx, args: &DevArgs) -> Result<Target, CliError> {
    let file = args.dir.join(declare::FILE_NAME);
    let declared = if file.is_file() { Some(declare::read(&file)?) } else { None };
    let name = match (&args.app, &declared) {
        (Some(app), _) => app.clone(),
        (None, Some(d)) => d.name.clone(),
        (None, None) => std::fs::canonicalize(&args.dir)?
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .ok_or_else(|| invalid("pass --app: the directory has no name"))?,
    };
    let (org, app) = ctx.app(&name)?;
    let code = match declared.as_ref().and_then(|d| d.code.clone()) {
        Some(code) => args.dir.join(code),
        None => args.dir.clone(),
    };
    Ok(Target { org, app, code, runtime: args.runtime.or(declared.and_then(|d| d.runtime)) })
}

pub(super) async fn dev(ctx: &Ctx, args: DevArgs) -> Outcome {
    let t = target(ctx, &args)?;
    let c = &ctx.client;
    match c.get_app(v1::GetAppRequest { organization_name: t.org.clone(), app_name: t.app.clone() }).await {
        Ok(_) => {}
        Err(e) if e.code == Code::NotFound => {
            c.create_app(v1::CreateAppRequest {
                organization_name: t.org.clone(),
                name: t.app.clone(),
                ..Default::default()
            })
            .await?;
            eprintln!("created app {}/{} (ignite dev never publishes it)", t.org, t.app);
        }
        Err(e) => return Err(e.into()),
    }

    // The app's log lines as they come, beside the reloads.
    let mut lines = c
        .stream_app_logs(v1::StreamAppLogsRequest {
            organization_name: t.org.clone(),
            app_name: t.app.clone(),
            ..Default::default()
        })
        .await?;
    let tail = tokio::spawn(async move {
        while let Some(Ok(line)) = lines.next().await {
            println!("log: {}", log_line(&line));
        }
    });

    let (changed, mut changes) = tokio::sync::mpsc::unbounded_channel();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event
            && !event.kind.is_access()
            && event.paths.iter().any(|p| !p.components().any(|c| SKIPPED.iter().any(|s| c.as_os_str() == *s)))
        {
            let _ = changed.send(());
        }
    })
    .map_err(|e| CliError { code: Code::Internal, message: format!("cannot watch files: {e}") })?;
    watcher
        .watch(&args.dir, notify::RecursiveMode::Recursive)
        .map_err(|e| invalid(format!("cannot watch {}: {e}", args.dir.display())))?;
    eprintln!("watching {} for {}/{} (Ctrl-C stops)", args.dir.display(), t.org, t.app);

    let debounce = Duration::from_millis(args.debounce_ms);
    let mut saved = String::new();
    reload(ctx, &t, &args.data, &mut saved).await;
    let stop = tokio::signal::ctrl_c();
    tokio::pin!(stop);
    loop {
        tokio::select! {
            _ = &mut stop => break,
            change = changes.recv() => {
                if change.is_none() {
                    break;
                }
                // Editors write a file in several steps: wait for the quiet.
                while let Ok(Some(())) = tokio::time::timeout(debounce, changes.recv()).await {}
                reload(ctx, &t, &args.data, &mut saved).await;
            }
        }
    }
    tail.abort();
    eprintln!(
        "stopped: nothing was published; the draft of {}/{} is kept (ignite draft publish {} publishes it)",
        t.org, t.app, t.app
    );
    Ok(())
}

/// One round: save (unless the code is what was saved last), compile, test. Errors are
/// printed, not returned: the loop waits for the next change.
async fn reload(ctx: &Ctx, t: &Target, payload: &str, saved: &mut String) {
    if let Err(e) = try_reload(ctx, t, payload, saved).await {
        use std::io::Write;
        let style = anstyle::Style::new().fg_color(Some(anstyle::AnsiColor::Red.into())).bold();
        let _ = writeln!(anstream::stdout(), "{style}error:{style:#} {}", e.message);
    }
}

async fn try_reload(ctx: &Ctx, t: &Target, payload: &str, saved: &mut String) -> Outcome {
    let c = &ctx.client;
    let (code, runtime) = compiled_source(&t.code, t.runtime)?;
    if declare::upload_hash(&code) == *saved {
        return Ok(());
    }
    let draft = c
        .save_draft(v1::SaveDraftRequest {
            organization_name: t.org.clone(),
            app_name: t.app.clone(),
            code: Some(code),
            ..Default::default()
        })
        .await?
        .draft
        .unwrap_or_default();
    println!(
        "saved the draft (code {}, {} bytes)",
        &draft.code_hash[..12.min(draft.code_hash.len())],
        draft.size_bytes
    );
    if runtime.is_built() {
        let compiled = c
            .compile_draft(v1::CompileDraftRequest { organization_name: t.org.clone(), app_name: t.app.clone() })
            .await?;
        follow_compile(ctx, &t.org, &t.app, &compiled.deploy_id).await?;
    }
    *saved = draft.code_hash;
    let test = c
        .test_draft(v1::TestDraftRequest {
            organization_name: t.org.clone(),
            app_name: t.app.clone(),
            payload: payload.as_bytes().to_vec(),
            ..Default::default()
        })
        .await?;
    watch(ctx, &test.execution_id).await
}
