//! The remote commands: the Ignite API through the Rust SDK.
//!
//! Output is a table (or plain text) for people and `-o json` (the API's JSON, one
//! document per command, or one per line for streams) for scripts. Errors print one
//! line, `error: ...`, and exit with the code of their gRPC status.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand, ValueEnum};
use futures::StreamExt;
use ignite_client::{Client, ClientError, Code, v1};

use crate::config::{ConfigFile, DEFAULT_SERVER, Profile};

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
    match r.as_ref().and_then(|r| r.kind.as_ref()) {
        Some(v1::runtime::Kind::Python(_)) => "python".into(),
        Some(v1::runtime::Kind::Rust(r)) if r.target == v1::RustCompilationTarget::Wasm as i32 => "rust-wasm".into(),
        Some(v1::runtime::Kind::Rust(_)) => "rust".into(),
        Some(v1::runtime::Kind::Go(_)) => "go".into(),
        Some(v1::runtime::Kind::Deno(_)) => "deno".into(),
        Some(v1::runtime::Kind::Wasm(_)) => "wasm".into(),
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

/// The `runtime` flag values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RuntimeArg {
    Python,
    Rust,
    RustWasm,
    Go,
    Deno,
    Wasm,
}

impl RuntimeArg {
    fn to_proto(self) -> v1::Runtime {
        use v1::runtime::Kind;
        let kind = match self {
            RuntimeArg::Python => Kind::Python(Default::default()),
            RuntimeArg::Rust => {
                Kind::Rust(v1::RustRuntime { target: v1::RustCompilationTarget::Native as i32, ..Default::default() })
            }
            RuntimeArg::RustWasm => {
                Kind::Rust(v1::RustRuntime { target: v1::RustCompilationTarget::Wasm as i32, ..Default::default() })
            }
            RuntimeArg::Go => Kind::Go(Default::default()),
            RuntimeArg::Deno => Kind::Deno(Default::default()),
            RuntimeArg::Wasm => Kind::Wasm(Default::default()),
        };
        v1::Runtime { kind: Some(kind) }
    }

    /// What a directory holds, when no `--runtime` says.
    fn detect(dir: &Path) -> Option<RuntimeArg> {
        let has = |f: &str| dir.join(f).exists();
        if has("handler.py") {
            Some(RuntimeArg::Python)
        } else if has("Cargo.toml") {
            Some(RuntimeArg::Rust)
        } else if has("go.mod") || has("main.go") {
            Some(RuntimeArg::Go)
        } else if has("main.ts") || has("deno.json") {
            Some(RuntimeArg::Deno)
        } else {
            None
        }
    }
}

/// Container images instead of compiled code: from a registry, an uploaded image, or
/// built by the server (PATH with a Dockerfile, or a git repository).
#[derive(Debug, Default, clap::Args)]
pub struct ImageArgs {
    /// Run this image from a registry (`host[:port]/name:tag`).
    #[arg(long, conflicts_with_all = ["image_archive", "git_url", "runtime"])]
    pub image: Option<String>,
    /// The registry secret that pulls --image.
    #[arg(long, requires = "image")]
    pub registry_secret: Option<String>,
    /// Run an image from this OCI layout or `docker save` tarball.
    #[arg(long, conflicts_with_all = ["git_url", "runtime"])]
    pub image_archive: Option<PathBuf>,
    /// Build the image from this Dockerfile (relative to the context) [default: Dockerfile].
    #[arg(long)]
    pub dockerfile_path: Option<String>,
    /// A build argument of the Dockerfile (repeatable).
    #[arg(long = "build-arg", value_name = "KEY=VALUE")]
    pub build_args: Vec<String>,
    /// Build the image from this git repository instead of PATH.
    #[arg(long, conflicts_with = "runtime")]
    pub git_url: Option<String>,
    /// Branch, tag or commit of --git-url [default: its default branch].
    #[arg(long, requires = "git_url")]
    pub git_ref: Option<String>,
    /// The build context inside the repository [default: its root].
    #[arg(long, requires = "git_url")]
    pub context_dir: Option<String>,
    /// The git secret that clones a private --git-url.
    #[arg(long, requires = "git_url")]
    pub git_secret: Option<String>,
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
    Deploy {
        /// The app (`org:app` or `app`).
        app: String,
        /// The code: a directory or a file.
        #[arg(default_value = ".")]
        path: PathBuf,
        /// Runtime [default: detected from the files; a Dockerfile makes it an image].
        #[arg(long, value_enum)]
        runtime: Option<RuntimeArg>,
        #[command(flatten)]
        image: Box<ImageArgs>,
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
    },
    /// Executions (TestDraft, TestAppVersion, InvokeAsync).
    Execution {
        #[command(subcommand)]
        command: ExecutionCommand,
    },
    /// Log lines of an app.
    Logs {
        app: String,
        /// Follow new lines.
        #[arg(short, long)]
        follow: bool,
        #[arg(long, default_value_t = 100)]
        limit: u32,
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

#[derive(Debug, Subcommand)]
pub enum AppCommand {
    /// Create an app.
    Create {
        app: String,
        #[arg(long, default_value = "")]
        description: String,
        /// Export it as an MCP tool.
        #[arg(long)]
        mcp: bool,
        /// List it as a container of the jobs API.
        #[arg(long)]
        jobs: bool,
        /// List it in the public catalog.
        #[arg(long)]
        public: bool,
    },
    /// List the organization's apps.
    List,
    /// Show an app.
    Get { app: String },
    /// Change an app's settings (only the flags given).
    Update {
        app: String,
        #[arg(long)]
        description: Option<String>,
        #[arg(long)]
        mcp: Option<bool>,
        #[arg(long)]
        jobs: Option<bool>,
        #[arg(long)]
        public: Option<bool>,
        #[arg(long)]
        max_concurrency: Option<u32>,
        /// Environment variables, `KEY=VALUE` (replaces them all).
        #[arg(long = "env")]
        env: Vec<String>,
    },
    /// Delete an app and its versions.
    Delete { app: String },
    /// Deployment state.
    State { app: String },
}

#[derive(Debug, Subcommand)]
pub enum DraftCommand {
    /// Upload code as the draft.
    Save {
        app: String,
        #[arg(default_value = ".")]
        path: PathBuf,
        #[arg(long, value_enum)]
        runtime: Option<RuntimeArg>,
        #[command(flatten)]
        image: Box<ImageArgs>,
    },
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

#[derive(Debug, Subcommand)]
pub enum ExecutionCommand {
    /// Show an execution.
    Get { id: String },
    /// Follow an execution until it ends.
    Watch { id: String },
}

#[derive(Debug, Subcommand)]
pub enum SecretCommand {
    /// Create (or replace) a git or registry secret.
    Create {
        name: String,
        /// `git` (clone credentials) or `registry` (image pull credentials).
        #[arg(long, value_parser = ["git", "registry"])]
        kind: String,
        #[arg(long)]
        username: String,
        /// The token or password (`-` reads it from stdin).
        #[arg(long)]
        password: String,
        /// Registry server [default: Docker Hub].
        #[arg(long, default_value = "")]
        server_address: String,
    },
    /// Show a secret's metadata.
    Get { name: String },
    /// List secrets.
    List,
    /// Delete a secret.
    Delete { name: String },
}

/// Files a deploy never uploads.
const SKIPPED: [&str; 6] = [".git", "target", "node_modules", "__pycache__", ".venv", ".ignite"];

/// A directory as .tar.gz (skipping build output and VCS data), or a file's bytes.
fn pack(path: &Path) -> Result<Vec<u8>, CliError> {
    if path.is_file() {
        return Ok(std::fs::read(path)?);
    }
    if !path.is_dir() {
        return Err(invalid(format!("{} is neither a file nor a directory", path.display())));
    }
    let mut tar = tar::Builder::new(flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default()));
    let mut stack = vec![path.to_path_buf()];
    let mut files = Vec::new();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if SKIPPED.contains(&name.as_str()) {
                continue;
            }
            let kind = entry.file_type()?;
            if kind.is_dir() {
                stack.push(entry.path());
            } else if kind.is_file() {
                files.push(entry.path());
            }
        }
    }
    files.sort();
    // Times and owners are left out, so the same files always make the same archive
    // (and the same code hash).
    for file in files {
        use std::os::unix::fs::PermissionsExt;
        let relative = file.strip_prefix(path).expect("below the root");
        let bytes = std::fs::read(&file)?;
        let executable = std::fs::metadata(&file)?.permissions().mode() & 0o111 != 0;
        let mut header = tar::Header::new_gnu();
        header.set_size(bytes.len() as u64);
        header.set_mode(if executable { 0o755 } else { 0o644 });
        header.set_mtime(0);
        tar.append_data(&mut header, relative, &bytes[..])?;
    }
    Ok(tar.into_inner()?.finish()?)
}

/// The draft's code: an image when `image` says so (or PATH has a Dockerfile and no
/// runtime is given), else PATH compiled by its runtime; and whether the server must
/// build it before it runs.
fn code_source(
    path: &Path,
    runtime: Option<RuntimeArg>,
    image: &ImageArgs,
) -> Result<(v1::CodeSource, bool), CliError> {
    use v1::image_source::Kind;
    let build_args = image
        .build_args
        .iter()
        .map(|a| {
            a.split_once('=')
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .ok_or_else(|| invalid(format!("--build-arg {a:?}: expected KEY=VALUE")))
        })
        .collect::<Result<std::collections::HashMap<_, _>, _>>()?;
    let has_dockerfile = ["Dockerfile", "Containerfile"].iter().any(|f| path.join(f).is_file());
    let kind = if let Some(image_ref) = &image.image {
        Kind::Prebuilt(v1::PrebuiltImage {
            image_ref: image_ref.clone(),
            registry_secret_ref: image.registry_secret.clone().unwrap_or_default(),
            ..Default::default()
        })
    } else if let Some(file) = &image.image_archive {
        let archive = std::fs::read(file).map_err(|e| invalid(format!("{}: {e}", file.display())))?;
        Kind::Prebuilt(v1::PrebuiltImage { image_archive: archive, ..Default::default() })
    } else if let Some(url) = &image.git_url {
        Kind::FromGit(v1::ImageFromGit {
            git_url: url.clone(),
            git_ref: image.git_ref.clone().unwrap_or_default(),
            dockerfile_path: image.dockerfile_path.clone().unwrap_or_default(),
            build_args,
            secret_ref: image.git_secret.clone().unwrap_or_default(),
            context_dir: image.context_dir.clone().unwrap_or_default(),
        })
    } else if runtime.is_none() && (has_dockerfile || image.dockerfile_path.is_some() || !build_args.is_empty()) {
        Kind::FromCode(v1::ImageFromCode {
            source_archive: pack(path)?,
            dockerfile_path: image.dockerfile_path.clone().unwrap_or_default(),
            build_args,
        })
    } else {
        let (code, runtime) = compiled_source(path, runtime)?;
        let built = matches!(runtime, RuntimeArg::Rust | RuntimeArg::RustWasm | RuntimeArg::Go | RuntimeArg::Deno);
        return Ok((code, built));
    };
    Ok((v1::CodeSource { source: Some(v1::code_source::Source::Image(v1::ImageSource { kind: Some(kind) })) }, true))
}

fn compiled_source(path: &Path, runtime: Option<RuntimeArg>) -> Result<(v1::CodeSource, RuntimeArg), CliError> {
    let runtime = match runtime {
        Some(r) => r,
        None => RuntimeArg::detect(path)
            .ok_or_else(|| invalid(format!("cannot tell the runtime of {}: pass --runtime", path.display())))?,
    };
    let source = v1::CodeSource {
        source: Some(v1::code_source::Source::Compile(v1::CompileSource {
            runtime: Some(runtime.to_proto()),
            source_code: pack(path)?,
        })),
    };
    Ok((source, runtime))
}

fn read_body(data: Option<String>, file: Option<PathBuf>) -> Result<Vec<u8>, CliError> {
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

pub async fn run(connection: &Connection, command: RemoteCommand) -> Outcome {
    if let RemoteCommand::Login { name } = &command {
        return login(connection, name).await;
    }
    let ctx = Ctx::new(connection).await?;
    match command {
        RemoteCommand::Login { .. } => unreachable!("handled above"),
        RemoteCommand::App { command } => app(&ctx, command).await,
        RemoteCommand::Deploy { app, path, runtime, image } => deploy(&ctx, &app, &path, runtime, &image).await,
        RemoteCommand::Draft { command } => draft(&ctx, command).await,
        RemoteCommand::Version { command } => version(&ctx, command).await,
        RemoteCommand::Invoke { app, data, file, version } => invoke(&ctx, &app, read_body(data, file)?, version).await,
        RemoteCommand::Execution { command } => execution(&ctx, command).await,
        RemoteCommand::Logs { app, follow, limit } => logs(&ctx, &app, follow, limit).await,
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

async fn app(ctx: &Ctx, command: AppCommand) -> Outcome {
    let c = &ctx.client;
    match command {
        AppCommand::Create { app, description, mcp, jobs, public } => {
            let (org, name) = ctx.app(&app)?;
            let r = c
                .create_app(v1::CreateAppRequest {
                    organization_name: org,
                    name,
                    description,
                    mcp_enabled: mcp,
                    jobs_enabled: jobs,
                    public,
                    ..Default::default()
                })
                .await?;
            ctx.print(&r, || format!("created {} ({})", r.app_id, state_name(r.deployment_state)));
        }
        AppCommand::List => {
            let org = ctx.org()?;
            let mut apps = Vec::new();
            let mut cursor = String::new();
            loop {
                let page =
                    c.list_apps(v1::ListAppsRequest { organization_name: org.clone(), cursor, limit: 100 }).await?;
                apps.extend(page.apps);
                if page.next_cursor.is_empty() {
                    break;
                }
                cursor = page.next_cursor;
            }
            let rows = apps
                .iter()
                .map(|a| {
                    vec![
                        a.name.clone(),
                        state_name(a.deployment_state),
                        a.active_version.to_string(),
                        runtime_name(&a.runtime),
                        when(a.updated_at_ms),
                    ]
                })
                .collect();
            ctx.print(&serde_json::json!({ "apps": apps }), || {
                table(&["NAME", "STATE", "VERSION", "RUNTIME", "UPDATED"], rows)
            });
        }
        AppCommand::Get { app } => {
            let (org, name) = ctx.app(&app)?;
            let r = c.get_app(v1::GetAppRequest { organization_name: org, app_name: name }).await?;
            let a = r.app.clone().unwrap_or_default();
            ctx.print(&r, || {
                let limits = a.applied_limits.unwrap_or_default();
                table(
                    &["FIELD", "VALUE"],
                    vec![
                        vec!["id".into(), a.id.clone()],
                        vec!["state".into(), state_name(a.deployment_state)],
                        vec!["active version".into(), a.active_version.to_string()],
                        vec!["runtime".into(), runtime_name(&a.runtime)],
                        vec!["description".into(), a.description.clone()],
                        vec![
                            "limits".into(),
                            format!(
                                "{} MB, {} m CPU, {} s",
                                limits.memory_mb, limits.cpu_millicores, limits.timeout_secs
                            ),
                        ],
                        vec![
                            "mcp / jobs / public".into(),
                            format!("{} / {} / {}", a.mcp_enabled, a.jobs_enabled, a.public),
                        ],
                    ],
                )
            });
        }
        AppCommand::Update { app, description, mcp, jobs, public, max_concurrency, env } => {
            let (org, name) = ctx.app(&app)?;
            let mut req = v1::UpdateAppConfigRequest { organization_name: org, app_name: name, ..Default::default() };
            let mut mask = Vec::new();
            if let Some(d) = description {
                req.description = Some(d);
                mask.push("description".to_string());
            }
            if let Some(v) = mcp {
                req.mcp_enabled = Some(v);
                mask.push("mcp_enabled".into());
            }
            if let Some(v) = jobs {
                req.jobs_enabled = Some(v);
                mask.push("jobs_enabled".into());
            }
            if let Some(v) = public {
                req.public = Some(v);
                mask.push("public".into());
            }
            if let Some(v) = max_concurrency {
                req.max_concurrency = Some(v);
                mask.push("max_concurrency".into());
            }
            if !env.is_empty() {
                for pair in env {
                    let (k, v) =
                        pair.split_once('=').ok_or_else(|| invalid(format!("--env {pair}: expected KEY=VALUE")))?;
                    req.env.insert(k.to_string(), v.to_string());
                }
                mask.push("env".into());
            }
            if mask.is_empty() {
                return Err(invalid("nothing to update: pass at least one setting flag"));
            }
            req.update_mask = mask;
            let r = c.update_app_config(req).await?;
            ctx.print(&r, || format!("updated {}", r.app.as_ref().map(|a| a.id.as_str()).unwrap_or_default()));
        }
        AppCommand::Delete { app } => {
            let (org, name) = ctx.app(&app)?;
            let r = c.delete_app(v1::DeleteAppRequest { organization_name: org, app_name: name }).await?;
            ctx.print(&r, || format!("deleted {} ({} versions)", r.app_id, r.versions_deleted));
        }
        AppCommand::State { app } => {
            let (org, name) = ctx.app(&app)?;
            let r = c.get_app_state(v1::GetAppStateRequest { organization_name: org, app_name: name }).await?;
            ctx.print(&r, || {
                format!(
                    "{} (active version {}, {} ready / {} desired){}",
                    state_name(r.deployment_state),
                    r.active_version,
                    r.ready_replicas,
                    r.desired_replicas,
                    if r.reason.is_empty() { String::new() } else { format!(": {}", r.reason) }
                )
            });
        }
    }
    Ok(())
}

/// A spinner on stderr while `message` is in progress (nothing when stderr is not a
/// terminal, e.g. in scripts and CI logs).
fn spinner(message: impl Into<std::borrow::Cow<'static, str>>) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new_spinner().with_message(message);
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}

/// Follows a compile to its end, the log to stderr; fails when the compile failed.
async fn follow_compile(ctx: &Ctx, org: &str, app: &str, deploy_id: &str) -> Outcome {
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

async fn deploy(ctx: &Ctx, id: &str, path: &Path, runtime: Option<RuntimeArg>, image: &ImageArgs) -> Outcome {
    let (org, app) = ctx.app(id)?;
    let c = &ctx.client;
    let (code, needs_build) = code_source(path, runtime, image)?;
    let exists = c.get_app(v1::GetAppRequest { organization_name: org.clone(), app_name: app.clone() }).await;
    match exists {
        Ok(_) => {}
        Err(e) if e.code == Code::NotFound => {
            c.create_app(v1::CreateAppRequest {
                organization_name: org.clone(),
                name: app.clone(),
                ..Default::default()
            })
            .await?;
            eprintln!("created app {org}/{app}");
        }
        Err(e) => return Err(e.into()),
    }
    let size = {
        use v1::image_source::Kind;
        match &code.source {
            Some(v1::code_source::Source::Compile(c)) => c.source_code.len(),
            Some(v1::code_source::Source::Image(v1::ImageSource { kind: Some(Kind::FromCode(f)) })) => {
                f.source_archive.len()
            }
            Some(v1::code_source::Source::Image(v1::ImageSource { kind: Some(Kind::Prebuilt(p)) })) => {
                p.image_archive.len()
            }
            _ => 0,
        }
    };
    let draft = c
        .save_draft(v1::SaveDraftRequest {
            organization_name: org.clone(),
            app_name: app.clone(),
            code: Some(code),
            ..Default::default()
        })
        .await?;
    eprintln!("uploaded {size} bytes (code {})", &draft.draft.unwrap_or_default().code_hash[..12]);
    if needs_build {
        let compiled =
            c.compile_draft(v1::CompileDraftRequest { organization_name: org.clone(), app_name: app.clone() }).await?;
        eprintln!("compiling (deploy {})", compiled.deploy_id);
        follow_compile(ctx, &org, &app, &compiled.deploy_id).await?;
    }
    let published =
        c.publish_draft(v1::PublishDraftRequest { organization_name: org.clone(), app_name: app.clone() }).await?;
    let url = format!("{}/v1/ignite/app/{org}/{app}/invoke", ctx.server.trim_end_matches('/'));
    ctx.print(&published, || format!("published {org}/{app} version {}\ninvoke: {url}", published.published_version));
    Ok(())
}

async fn draft(ctx: &Ctx, command: DraftCommand) -> Outcome {
    let c = &ctx.client;
    match command {
        DraftCommand::Save { app, path, runtime, image } => {
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

async fn version(ctx: &Ctx, command: VersionCommand) -> Outcome {
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

async fn invoke(ctx: &Ctx, id: &str, body: Vec<u8>, version: Option<u32>) -> Outcome {
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

async fn watch(ctx: &Ctx, id: &str) -> Outcome {
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

fn print_execution(ctx: &Ctx, e: &v1::Execution) {
    ctx.print(e, || {
        let status =
            short(v1::ExecutionStatus::try_from(e.status).unwrap_or_default().as_str_name(), "EXECUTION_STATUS_");
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
        text
    });
}

async fn execution(ctx: &Ctx, command: ExecutionCommand) -> Outcome {
    match command {
        ExecutionCommand::Get { id } => {
            let r = ctx.client.get_execution(v1::GetExecutionRequest { execution_id: id }).await?;
            print_execution(ctx, &r.execution.unwrap_or_default());
            Ok(())
        }
        ExecutionCommand::Watch { id } => watch(ctx, &id).await,
    }
}

fn log_line(l: &v1::LogLine) -> String {
    format!("{} {} {}", l.replica_id, if l.stream == v1::LogStream::Stderr as i32 { "err" } else { "out" }, l.line)
}

async fn logs(ctx: &Ctx, id: &str, follow: bool, limit: u32) -> Outcome {
    let (org, app) = ctx.app(id)?;
    if follow {
        let mut lines = ctx
            .client
            .stream_app_logs(v1::StreamAppLogsRequest {
                organization_name: org,
                app_name: app,
                from_start: true,
                ..Default::default()
            })
            .await?;
        while let Some(line) = lines.next().await {
            let line = line?;
            if ctx.json() {
                println!("{}", serde_json::to_string(&line).expect("json"));
            } else {
                println!("{}", log_line(&line));
            }
        }
        return Ok(());
    }
    let r = ctx
        .client
        .get_app_logs(v1::GetAppLogsRequest { organization_name: org, app_name: app, limit, ..Default::default() })
        .await?;
    ctx.print(&r, || r.lines.iter().map(log_line).collect::<Vec<_>>().join("\n"));
    Ok(())
}

fn event_line(e: &v1::AppEvent) -> String {
    let count = if e.count > 1 { format!(" (x{})", e.count) } else { String::new() };
    format!(
        "{:<7} {:<14} {} {}{count}",
        e.severity,
        e.reason,
        if e.replica_id.is_empty() { "-" } else { &e.replica_id },
        e.message
    )
}

async fn events(ctx: &Ctx, id: &str, follow: bool, limit: u32) -> Outcome {
    let (org, app) = ctx.app(id)?;
    if follow {
        let mut events = ctx
            .client
            .stream_app_events(v1::StreamAppEventsRequest {
                organization_name: org,
                app_name: app,
                ..Default::default()
            })
            .await?;
        while let Some(e) = events.next().await {
            let e = e?;
            if ctx.json() {
                println!("{}", serde_json::to_string(&e).expect("json"));
            } else {
                println!("{}", event_line(&e));
            }
        }
        return Ok(());
    }
    let r = ctx
        .client
        .get_app_events(v1::GetAppEventsRequest { organization_name: org, app_name: app, limit, ..Default::default() })
        .await?;
    ctx.print(&r, || r.events.iter().map(event_line).collect::<Vec<_>>().join("\n"));
    Ok(())
}

async fn replicas(ctx: &Ctx, id: &str) -> Outcome {
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

async fn stats(ctx: &Ctx, id: &str, minutes: u32, bucket: u32) -> Outcome {
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

/// `mcp get APP` (one descriptor) or `mcp list` (all of the organization's).
pub async fn mcp_tools(connection: &Connection, app: Option<String>) -> Outcome {
    let ctx = &Ctx::new(connection).await?;
    let tools = match app {
        Some(id) => {
            let (org, name) = ctx.app(&id)?;
            let r = ctx
                .client
                .get_mcp_tool_definition(v1::GetMcpToolDefinitionRequest { organization_name: org, app_name: name })
                .await?;
            r.tool.into_iter().collect()
        }
        None => ctx.client.list_mcp_tools(v1::ListMcpToolsRequest { organization_name: ctx.org()? }).await?.tools,
    };
    let rows = tools
        .iter()
        .map(|t| vec![t.name.clone(), t.app_id.clone(), t.version.to_string(), t.description.clone()])
        .collect();
    ctx.print(&serde_json::json!({ "tools": tools }), || table(&["TOOL", "APP", "VERSION", "DESCRIPTION"], rows));
    Ok(())
}

async fn catalog(ctx: &Ctx, id: Option<String>) -> Outcome {
    match id {
        Some(id) => {
            let r = ctx.client.get_public_catalog_detail(v1::GetPublicCatalogDetailRequest { name: id }).await?;
            ctx.print(&r, || serde_json::to_string_pretty(&r).expect("json"));
        }
        None => {
            let r = ctx.client.list_public_catalog(v1::ListPublicCatalogRequest::default()).await?;
            let rows = r.items.iter().map(|i| vec![i.id.clone(), i.description.clone()]).collect();
            ctx.print(&r, || table(&["ID", "DESCRIPTION"], rows));
        }
    }
    Ok(())
}

async fn secret(ctx: &Ctx, command: SecretCommand) -> Outcome {
    let c = &ctx.client;
    match command {
        SecretCommand::Create { name, kind, username, password, server_address } => {
            let password = if password == "-" { read_body(None, Some("-".into()))? } else { password.into_bytes() };
            let password = String::from_utf8(password).map_err(|_| invalid("the password must be UTF-8 text"))?;
            let password = password.trim_end_matches('\n').to_string();
            let kind = if kind == "git" {
                v1::secret_value::Kind::GitSecret(v1::GitSecret { username, token: password })
            } else {
                v1::secret_value::Kind::RegistrySecret(v1::RegistrySecret { username, password, server_address })
            };
            let r = c
                .create_secret(v1::CreateSecretRequest { name, value: Some(v1::SecretValue { kind: Some(kind) }) })
                .await?;
            ctx.print(&r, || "created".into());
        }
        SecretCommand::Get { name } => {
            let r = c.get_secret(v1::GetSecretRequest { name }).await?;
            ctx.print(&r, || serde_json::to_string_pretty(&r).expect("json"));
        }
        SecretCommand::List => {
            let r = c.list_secrets(v1::ListSecretsRequest::default()).await?;
            ctx.print(&r, || serde_json::to_string_pretty(&r).expect("json"));
        }
        SecretCommand::Delete { name } => {
            let r = c.delete_secret(v1::DeleteSecretRequest { name }).await?;
            ctx.print(&r, || if r.deleted { "deleted".into() } else { "no such secret".into() });
        }
    }
    Ok(())
}
