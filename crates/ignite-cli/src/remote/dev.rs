//! `ignite dev [DIR]`: the hot-reload loop against a server. It watches DIR and, at
//! each change (once the files have been quiet for the debounce period), saves them as
//! the app's draft, compiles the draft when its runtime needs it, runs TestDraft with
//! the sample payload and prints the result; the app's log lines stream meanwhile.
//! Failures (a compile error, a handler that raises) print and the loop goes on.
//! Nothing is ever published: Ctrl-C leaves the draft for `ignite draft publish`.

use std::collections::HashSet;
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

    // Paths are judged beneath the root: the root itself may lie in a `target/`.
    let root = std::fs::canonicalize(&args.dir)?;
    let events_root = root.clone();
    let (changed, mut changes) = tokio::sync::mpsc::unbounded_channel::<Vec<PathBuf>>();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event
            && !event.kind.is_access()
        {
            let paths: Vec<PathBuf> = event.paths.into_iter().filter(|p| !skipped(&events_root, p)).collect();
            if !paths.is_empty() {
                let _ = changed.send(paths);
            }
        }
    })
    .map_err(|e| CliError { code: Code::Internal, message: format!("cannot watch files: {e}") })?;
    let mut watched = HashSet::new();
    watch_tree(&mut watcher, &root, &root, &mut watched)
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
                let Some(mut paths) = change else { break };
                // Editors write a file in several steps: wait for the quiet.
                while let Ok(Some(more)) = tokio::time::timeout(debounce, changes.recv()).await {
                    paths.extend(more);
                }
                // A directory made since is watched too; one removed lost its watch.
                watched.retain(|w: &PathBuf| w.is_dir());
                for path in paths {
                    if path.is_dir() && !path.is_symlink() {
                        let _ = watch_tree(&mut watcher, &root, &path, &mut watched);
                    }
                }
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

/// Whether `path` lies, beneath `root`, inside a directory that is never uploaded
/// (`target`, `.git`, ...).
fn skipped(root: &Path, path: &Path) -> bool {
    let beneath = path.strip_prefix(root).unwrap_or(path);
    beneath.components().any(|c| SKIPPED.iter().any(|s| c.as_os_str() == *s))
}

/// Watches `dir` and each directory beneath it but the skipped ones, one watch each:
/// a recursive watch would also take one per directory of a `target/` or
/// `node_modules/`, which can hold more than inotify allows a user. Links are not
/// followed (the upload does not follow them either).
fn watch_tree(
    watcher: &mut impl Watcher,
    root: &Path,
    dir: &Path,
    watched: &mut HashSet<PathBuf>,
) -> notify::Result<()> {
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        if skipped(root, &dir) || !watched.insert(dir.clone()) {
            continue;
        }
        watcher.watch(&dir, notify::RecursiveMode::NonRecursive)?;
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            if entry.file_type().is_ok_and(|k| k.is_dir()) {
                stack.push(entry.path());
            }
        }
    }
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
