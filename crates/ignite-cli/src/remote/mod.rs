//! The remote commands: the Ignite API through the Rust SDK.
//!
//! Output is a table (or plain text) for people and `-o json` (the API's JSON, one
//! document per command, or one per line for streams) for scripts. Errors print one
//! line, `error: ...`, and exit with the code of their gRPC status.
//!
//! This module holds what every command shares (the connection, errors, output
//! helpers) and the dispatch; each command group is a submodule: `apps` (app, deploy,
//! code packing), `drafts`, `versions`, `calls` (invoke, executions), `observe` (logs,
//! events, replicas, stats), `catalog` (mcp tools, catalogs), `secrets`.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand, ValueEnum};
use futures::StreamExt;
use ignite_client::{Client, ClientError, Code, v1};

use crate::config::{ConfigFile, DEFAULT_SERVER, Profile};

mod apps;
mod calls;
mod catalog;
mod declare;
mod dev;
mod drafts;
mod observe;
mod secrets;
mod versions;

pub use apps::{AppCommand, CodeArgs, ScheduleCommand};
use apps::{app, deploy, schedule};
pub use calls::{DeadLetterCommand, ExecutionCommand};
use calls::{dead_letters, execution, invoke, read_body};
use catalog::catalog;
pub use catalog::mcp_tools;
pub use dev::DevArgs;
pub use drafts::DraftCommand;
use drafts::draft;
use observe::{events, logs, replicas, stats};
pub use secrets::SecretCommand;
use secrets::secret;
pub use versions::{AliasCommand, VersionCommand};
use versions::{alias, version};

/// A failed command: what to print and the exit code's status.
#[derive(Debug)]
pub struct CliError {
    pub code: Code,
    pub message: String,
}

impl From<ClientError> for CliError {
    fn from(e: ClientError) -> Self {
        CliError { code: e.code, message: e.to_string() }
    }
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        CliError { code: Code::Internal, message: e.to_string() }
    }
}

impl From<anyhow::Error> for CliError {
    fn from(e: anyhow::Error) -> Self {
        CliError { code: Code::Internal, message: format!("{e:#}") }
    }
}

fn invalid(message: impl Into<String>) -> CliError {
    CliError { code: Code::InvalidArgument, message: message.into() }
}

type Outcome = Result<(), CliError>;
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Output {
    Table,
    Json,
}

/// Where and who: flags over `IGNITE_*` variables over the profile.
#[derive(Debug, Args)]
pub struct Connection {
    /// Server URL [default: the profile's, else http://127.0.0.1:50051].
    #[arg(long, env = "IGNITE_SERVER", global = true)]
    pub server: Option<String>,
    /// Organization [default: the profile's].
    #[arg(long, env = "IGNITE_ORG", global = true)]
    pub org: Option<String>,
    /// Bearer token [default: the profile's].
    #[arg(long, env = "IGNITE_TOKEN", global = true, hide_env_values = true)]
    pub token: Option<String>,
    /// Profile of the config file [default: its `current`].
    #[arg(long, env = "IGNITE_PROFILE", global = true)]
    pub profile: Option<String>,
    /// Output format.
    #[arg(short, long, value_enum, default_value = "table", global = true)]
    pub output: Output,
}

impl Connection {
    pub fn resolved(&self) -> Result<Profile, CliError> {
        let file = ConfigFile::load()?;
        let profile = file.profile(self.profile.as_deref());
        Ok(Profile {
            server: self.server.clone().or(profile.server).or_else(|| Some(DEFAULT_SERVER.into())),
            org: self.org.clone().or(profile.org),
            token: self.token.clone().or(profile.token),
        })
    }
}

/// What a command runs with.
struct Ctx {
    client: Client,
    org: Option<String>,
    server: String,
    output: Output,
}

impl Ctx {
    async fn new(connection: &Connection) -> Result<Ctx, CliError> {
        let p = connection.resolved()?;
        let server = p.server.unwrap_or_else(|| DEFAULT_SERVER.into());
        let mut builder = Client::builder(&server);
        if let Some(token) = &p.token {
            builder = builder.token(token);
        }
        Ok(Ctx { client: builder.connect().await?, org: p.org, server, output: connection.output })
    }

    fn org(&self) -> Result<String, CliError> {
        self.org.clone().ok_or_else(|| invalid("no organization: pass --org, set IGNITE_ORG, or `ignite login`"))
    }

    /// `org:app` or `app` (the organization from the profile).
    fn app(&self, id: &str) -> Result<(String, String), CliError> {
        match id.split_once([':', '/']) {
            Some((org, app)) => Ok((org.to_string(), app.to_string())),
            None => Ok((self.org()?, id.to_string())),
        }
    }

    fn json(&self) -> bool {
        self.output == Output::Json
    }

    /// Prints `message` as JSON, or `table` for people.
    fn print<T: serde::Serialize>(&self, message: &T, table: impl FnOnce() -> String) {
        if self.json() {
            println!("{}", serde_json::to_string_pretty(message).expect("json"));
        } else {
            let text = table();
            if !text.is_empty() {
                println!("{}", text.trim_end());
            }
        }
    }
}

/// Aligned columns.
fn table(headers: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.len()).collect();
    for row in &rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    let line = |cells: Vec<String>| {
        let mut out = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                out.push_str(cell);
            } else {
                out.push_str(&format!("{cell:<w$}  ", w = widths[i]));
            }
        }
        out.trim_end().to_string() + "\n"
    };
    let mut out = line(headers.iter().map(|h| h.to_string()).collect());
    for row in rows {
        out.push_str(&line(row));
    }
    out
}

/// Enum numbers as their short names (`DEPLOYMENT_STATE_READY` → `READY`).
fn short(name: &str, prefix: &str) -> String {
    name.strip_prefix(prefix).unwrap_or(name).to_string()
}

fn state_name(v: i32) -> String {
    short(v1::DeploymentState::try_from(v).unwrap_or_default().as_str_name(), "DEPLOYMENT_STATE_")
}

fn status_name(v: i32) -> String {
    short(v1::VersionStatus::try_from(v).unwrap_or_default().as_str_name(), "VERSION_STATUS_")
}

fn runtime_name(r: &Option<v1::Runtime>) -> String {
    match apps::RuntimeArg::of(r) {
        Some(r) => r.to_possible_value().expect("no skipped values").get_name().to_string(),
        None => "-".into(),
    }
}

fn when(ms: i64) -> String {
    if ms == 0 {
        return "-".into();
    }
    let secs = (ignite_core::runtime::now_ms() - ms).max(0) / 1000;
    match secs {
        s if s < 60 => format!("{s}s ago"),
        s if s < 3600 => format!("{}m ago", s / 60),
        s if s < 86400 => format!("{}h ago", s / 3600),
        s => format!("{}d ago", s / 86400),
    }
}

#[derive(Debug, Subcommand)]
pub enum RemoteCommand {
    /// Save server, organization and token as a profile (and make it current).
    Login {
        #[arg(long, default_value = "default")]
        name: String,
    },
    /// Apps.
    App {
        #[command(subcommand)]
        command: AppCommand,
    },
    /// One shot: create the app if missing, upload DIR as its draft, compile when needed
    /// (the log streams), publish, print the invoke URL.
    Deploy(CodeArgs),
    /// Hot reload: watch DIR, save it as the draft at each change, compile, test it with
    /// --data and tail the logs; never publishes.
    Dev(DevArgs),
    /// Make the server match the ignite.yaml files under DIR (prints the plan first).
    Apply {
        /// A directory searched for ignite.yaml files, or one file.
        #[arg(short = 'f', long = "file", default_value = ".")]
        dir: PathBuf,
        /// Also delete the organization's apps that no file declares.
        #[arg(long)]
        prune: bool,
        /// Print the plan and change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Write DIR/<app>/ignite.yaml and the active code of the apps (all, or those named).
    Export {
        /// Where [default: .].
        #[arg(short, long, default_value = ".")]
        dir: PathBuf,
        apps: Vec<String>,
    },
    /// The draft slot.
    Draft {
        #[command(subcommand)]
        command: DraftCommand,
    },
    /// Published versions.
    Version {
        #[command(subcommand)]
        command: VersionCommand,
    },
    /// Call an app; the response body streams to stdout.
    Invoke {
        app: String,
        /// The request body.
        #[arg(long, short, conflicts_with = "file")]
        data: Option<String>,
        /// The request body from a file (`-` for stdin).
        #[arg(long, short)]
        file: Option<PathBuf>,
        /// A version other than the active one.
        #[arg(long)]
        version: Option<u32>,
        /// Run it in the background (InvokeAsync): prints the execution id.
        #[arg(long = "async")]
        background: bool,
        /// With --async: one execution per key (a repeat answers the first).
        #[arg(long, requires = "background")]
        idempotency_key: Option<String>,
        /// With --async: post the ended execution there, signed (`app callback-secret`).
        #[arg(long, requires = "background")]
        callback_url: Option<String>,
    },
    /// Executions (TestDraft, TestAppVersion, InvokeAsync).
    Execution {
        #[command(subcommand)]
        command: ExecutionCommand,
    },
    /// Aliases of an app: named versions, canary splits (set, split, promote, rollback).
    Alias {
        #[command(subcommand)]
        command: AliasCommand,
    },
    /// Cron schedules of an app (set, delete; `app state` lists them).
    Schedule {
        #[command(subcommand)]
        command: ScheduleCommand,
    },
    /// Dead letters: async executions that failed for good (list, redrive, purge).
    DeadLetters {
        #[command(subcommand)]
        command: DeadLetterCommand,
    },
    /// Log lines of an app.
    Logs {
        app: String,
        /// Follow new lines.
        #[arg(short, long)]
        follow: bool,
        #[arg(long, default_value_t = 100)]
        limit: u32,
        #[command(flatten)]
        filter: observe::LogFilter,
    },
    /// Events of an app.
    Events {
        app: String,
        #[arg(short, long)]
        follow: bool,
        #[arg(long, default_value_t = 100)]
        limit: u32,
    },
    /// Live replicas with their usage.
    Replicas { app: String },
    /// Execution stats over the last window.
    Stats {
        app: String,
        /// Window in minutes.
        #[arg(long, default_value_t = 60)]
        minutes: u32,
        /// Bucket width in seconds.
        #[arg(long, default_value_t = 60)]
        bucket: u32,
    },
    /// The public catalog.
    Catalog {
        /// One entry (`org:app`); the list without.
        id: Option<String>,
    },
    /// Secrets of the organization.
    Secret {
        #[command(subcommand)]
        command: SecretCommand,
    },
}

/// Files a deploy never uploads (ignite.yaml is the app's settings, not its code).
const SKIPPED: [&str; 7] = [".git", "target", "node_modules", "__pycache__", ".venv", ".ignite", declare::FILE_NAME];
pub async fn run(connection: &Connection, command: RemoteCommand) -> Outcome {
    if let RemoteCommand::Login { name } = &command {
        return login(connection, name).await;
    }
    let ctx = Ctx::new(connection).await?;
    match command {
        RemoteCommand::Login { .. } => unreachable!("handled above"),
        RemoteCommand::App { command } => app(&ctx, command).await,
        RemoteCommand::Deploy(CodeArgs { app, path, runtime, image }) => {
            deploy(&ctx, &app, &path, runtime, &image).await
        }
        RemoteCommand::Dev(args) => dev::dev(&ctx, args).await,
        RemoteCommand::Apply { dir, prune, dry_run } => declare::apply(&ctx, &dir, prune, dry_run).await,
        RemoteCommand::Export { dir, apps } => declare::export(&ctx, &dir, &apps).await,
        RemoteCommand::Draft { command } => draft(&ctx, command).await,
        RemoteCommand::Version { command } => version(&ctx, command).await,
        RemoteCommand::Invoke { app, data, file, version, background: false, .. } => {
            invoke(&ctx, &app, read_body(data, file)?, version).await
        }
        RemoteCommand::Invoke { app, data, file, version, background: true, idempotency_key, callback_url } => {
            let (org, app) = ctx.app(&app)?;
            #[allow(deprecated)]
            let r = ctx
                .client
                .invoke_async(v1::InvokeAsyncRequest {
                    organization_name: org,
                    app_name: app,
                    body: read_body(data, file)?,
                    version: version.unwrap_or(0),
                    idempotency_key: idempotency_key.unwrap_or_default(),
                    callback_url: callback_url.unwrap_or_default(),
                    ..Default::default()
                })
                .await?;
            ctx.print(&r, || r.execution_id.clone());
            Ok(())
        }
        RemoteCommand::Execution { command } => execution(&ctx, command).await,
        RemoteCommand::DeadLetters { command } => dead_letters(&ctx, command).await,
        RemoteCommand::Schedule { command } => schedule(&ctx, command).await,
        RemoteCommand::Alias { command } => alias(&ctx, command).await,
        RemoteCommand::Logs { app, follow, limit, filter } => logs(&ctx, &app, follow, limit, filter).await,
        RemoteCommand::Events { app, follow, limit } => events(&ctx, &app, follow, limit).await,
        RemoteCommand::Replicas { app } => replicas(&ctx, &app).await,
        RemoteCommand::Stats { app, minutes, bucket } => stats(&ctx, &app, minutes, bucket).await,
        RemoteCommand::Catalog { id } => catalog(&ctx, id).await,
        RemoteCommand::Secret { command } => secret(&ctx, command).await,
    }
}

async fn login(connection: &Connection, name: &str) -> Outcome {
    let p = connection.resolved()?;
    let (Some(org), Some(token)) = (p.org.clone(), p.token.clone()) else {
        return Err(invalid("login needs --org and --token (or IGNITE_ORG and IGNITE_TOKEN)"));
    };
    let server = p.server.clone().unwrap_or_else(|| DEFAULT_SERVER.into());
    // Check the token before saving it.
    let client = Client::builder(&server).token(&token).connect().await?;
    client.list_apps(v1::ListAppsRequest { organization_name: org.clone(), limit: 1, ..Default::default() }).await?;
    let mut file = ConfigFile::load()?;
    file.profiles
        .insert(name.to_string(), Profile { server: Some(server.clone()), org: Some(org.clone()), token: Some(token) });
    file.current = Some(name.to_string());
    let path = file.save()?;
    println!("logged in to {server} as organization {org} (profile {name} in {})", path.display());
    Ok(())
}
