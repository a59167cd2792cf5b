//! `ignite-server`: runs the Ignite control plane, and manages its tokens.

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand};
use ignite_server::obs::trace::Exporter;
use ignite_server::server::{self, Config, FileConfig};

/// mimalloc instead of glibc's malloc: the host-routed path allocates per request
/// (headers, bodies, futures) from many threads, where glibc spent a tenth of its CPU.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The Ignite server. With no command it serves gRPC and the HTTP/JSON gateway on one
/// port. Settings come from flags, then `IGNITE_*` environment variables, then the
/// `--config` TOML file (same keys, snake_case), then defaults.
#[derive(Debug, Parser)]
#[command(name = "ignite-server", version, about)]
struct Cli {
    /// TOML configuration file (keys: data_dir, database, blobs, role, node_name, advertise, listen, max_body_bytes, max_output_bytes, dev_org, base_domain, log_format, build_concurrency, build_timeout_secs, build_log_retention_secs, execution_retention_secs, build_cache_dir, git_local_dir, metrics_token, insecure_no_sandbox, insecure_registries, allow_private_egress, jobs_org, jobs_listen, jobs_allow, otlp_endpoint).
    #[arg(long, env = "IGNITE_CONFIG", global = true)]
    config: Option<PathBuf>,
    /// Data directory (database, blobs, keys) [default: <user data dir>/ignite].
    #[arg(long, env = "IGNITE_DATA_DIR", global = true)]
    data_dir: Option<PathBuf>,
    /// The database: a `postgres://user@host/db` URL shared by the servers of a
    /// cluster [default: SQLite in the data directory].
    #[arg(long, env = "IGNITE_DATABASE", global = true)]
    database: Option<String>,
    /// Where blobs are kept: `local` (the data directory) or `database` [default: local
    /// with SQLite, database with PostgreSQL].
    #[arg(long, env = "IGNITE_BLOBS", global = true)]
    blobs: Option<server::BlobLocation>,
    /// Seconds a blob of a shared database is spared by deletes after its last put
    /// [default: 3600] (tests set 0 to see deletes at once).
    #[arg(long, env = "IGNITE_SHARED_BLOB_GRACE_SECS", global = true, hide = true)]
    shared_blob_grace_secs: Option<u64>,
    #[command(flatten)]
    serve: ServeArgs,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, clap::Args)]
struct ServeArgs {
    /// What this server does (docs/scale-out.md): `all` (the API and the engine),
    /// `api` (forwards calls that run tenant code to workers) or `worker` (runs them,
    /// and claims queued executions) [default: all].
    #[arg(long, env = "IGNITE_ROLE")]
    role: Option<ignite_server::domain::cluster::Role>,
    /// This machine's name on replicas [default: the host name].
    #[arg(long, env = "IGNITE_NODE_NAME")]
    node_name: Option<String>,
    /// `host:port` other servers of the cluster forward calls to [default: the
    /// listen address; set it when listening on 0.0.0.0].
    #[arg(long, env = "IGNITE_ADVERTISE_ADDR")]
    advertise: Option<String>,
    /// Address of the gRPC + HTTP listener [default: 127.0.0.1:50051].
    #[arg(long, env = "IGNITE_API_LISTEN_ADDR")]
    listen: Option<SocketAddr>,
    /// Largest accepted request body or gRPC message, in bytes [default: 67108864].
    #[arg(long, env = "IGNITE_MAX_BODY_BYTES")]
    max_body_bytes: Option<usize>,
    /// Largest output a durable execution keeps, in bytes; a larger one fails
    /// RESOURCE_EXHAUSTED [default: 67108864].
    #[arg(long, env = "IGNITE_MAX_OUTPUT_BYTES")]
    max_output_bytes: Option<usize>,
    /// Organization of the token written on first start [default: dev].
    #[arg(long, env = "IGNITE_DEV_ORG")]
    dev_org: Option<String>,
    /// Base domain of app hosts `<app>-<org>[-<port>].<base>` [default: localhost].
    #[arg(long, env = "IGNITE_BASE_DOMAIN")]
    base_domain: Option<String>,
    /// Builds (compiles) run at once; the rest wait [default: 2].
    #[arg(long, env = "IGNITE_BUILD_CONCURRENCY")]
    build_concurrency: Option<usize>,
    /// Time limit of one build, in seconds [default: 600].
    #[arg(long, env = "IGNITE_BUILD_TIMEOUT_SECS")]
    build_timeout_secs: Option<u64>,
    /// How long build logs are kept after their build, in seconds [default: 259200 = 3 days].
    #[arg(long, env = "IGNITE_BUILD_LOG_RETENTION_SECS")]
    build_log_retention_secs: Option<u64>,
    /// How long executions of persistent apps are kept after they complete, in seconds
    /// (ephemeral apps: at most 600; TTL apps: their ttl) [default: 604800 = 7 days].
    #[arg(long, env = "IGNITE_EXECUTION_RETENTION_SECS")]
    execution_retention_secs: Option<u64>,
    /// How often expired executions and build logs are deleted, in seconds [default: 60].
    #[arg(long, env = "IGNITE_RETENTION_SWEEP_SECS", hide = true)]
    retention_sweep_secs: Option<u64>,
    /// Shared build caches (SDKs, crates, Go and Deno caches) [default: <data dir>/build-cache].
    #[arg(long, env = "IGNITE_BUILD_CACHE_DIR")]
    build_cache_dir: Option<PathBuf>,
    /// Local git repositories under this directory may be cloned by fromGit image builds
    /// (by path or file:// URL) [default: none, only https, http and git URLs].
    #[arg(long, env = "IGNITE_GIT_LOCAL_DIR")]
    git_local_dir: Option<PathBuf>,
    /// Log format on stderr: text or json [default: text]. Levels follow RUST_LOG.
    #[arg(long, env = "IGNITE_LOG_FORMAT")]
    log_format: Option<String>,
    /// Export traces (every request, invocation and build) over OTLP/gRPC to this
    /// collector, e.g. http://127.0.0.1:4317 [default: not exported; guests still get
    /// the caller's traceparent].
    #[arg(long, env = "IGNITE_OTLP_ENDPOINT")]
    otlp_endpoint: Option<String>,
    /// The bearer token `/metrics` requires [default: one made on first start, in
    /// <data dir>/metrics-token].
    #[arg(long, env = "IGNITE_METRICS_TOKEN")]
    metrics_token: Option<String>,
    /// Run tenants' code even though bubblewrap, cgroups or seccomp are missing (never
    /// with untrusted code): every log line and the health check then say so. Without
    /// this flag the server refuses to start on such a machine.
    #[arg(long, env = "IGNITE_INSECURE_NO_SANDBOX")]
    insecure_no_sandbox: bool,
    /// Registries (host:port, comma-separated) pulled from over plain HTTP; they may be
    /// on loopback or a private network.
    #[arg(long, env = "IGNITE_INSECURE_REGISTRIES", value_delimiter = ',')]
    insecure_registries: Vec<String>,
    /// Loopback, private or link-local destinations (host, host:port, address,
    /// address:port or CIDR; comma-separated) that builds, registry pulls and git clones
    /// may reach anyway [default: none].
    #[arg(long, env = "IGNITE_ALLOW_PRIVATE_EGRESS", value_delimiter = ',')]
    allow_private_egress: Vec<String>,
    /// Also serve the jobs API of this organization without Authorization, on its own
    /// listener, for clients that send no token (the Infernet client) [default: off].
    #[arg(long, env = "IGNITE_JOBS_ORG")]
    jobs_org: Option<String>,
    /// Address of that listener [default: 127.0.0.1:4000].
    #[arg(long, env = "IGNITE_JOBS_LISTEN_ADDR", requires = "jobs_org")]
    jobs_listen: Option<SocketAddr>,
    /// Client addresses (CIDRs or addresses, comma-separated) that listener serves;
    /// others get 403 [default: loopback only].
    #[arg(long, env = "IGNITE_JOBS_ALLOW", value_delimiter = ',', requires = "jobs_org")]
    jobs_allow: Vec<String>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve (the default).
    Serve,
    /// Manage bearer tokens.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
    /// Manage organizations' quotas.
    Org {
        #[command(subcommand)]
        command: OrgCommand,
    },
    /// The key that seals secrets at rest.
    Secrets {
        #[command(subcommand)]
        command: SecretsCommand,
    },
}

#[derive(Debug, Subcommand)]
enum SecretsCommand {
    /// Re-seal every secret with a new key (<data dir>/secret.key), with the server
    /// stopped. Servers sharing the database need the new key file before they start
    /// again; callback secrets, derived from the key, change.
    RotateKey,
}

#[derive(Debug, Subcommand)]
enum OrgCommand {
    /// Sets quotas of an organization (the fields given; the others keep their value).
    SetQuota {
        #[arg(long)]
        org: String,
        #[arg(long)]
        max_apps: Option<u32>,
        #[arg(long)]
        max_replicas_per_app: Option<u32>,
        #[arg(long)]
        max_memory_mb: Option<u32>,
        #[arg(long)]
        max_stored_bytes: Option<u64>,
        #[arg(long)]
        max_executions_per_minute: Option<u32>,
        #[arg(long)]
        max_concurrent_builds: Option<u32>,
        #[arg(long)]
        requests_per_second: Option<u32>,
    },
    /// Prints the quotas in force for an organization.
    GetQuota {
        #[arg(long)]
        org: String,
    },
}

#[derive(Debug, Subcommand)]
enum TokenCommand {
    /// Create a token for an organization; prints it once.
    Create {
        #[arg(long)]
        org: String,
        #[arg(long, default_value = "")]
        description: String,
    },
    /// List tokens (ids and organizations, never the secrets).
    List {
        #[arg(long)]
        org: Option<String>,
    },
    /// Revoke a token by id.
    Revoke { id: String },
}

/// Logging on stderr, and spans to the OTLP exporter when there is one. Without a
/// sandbox (`--insecure-no-sandbox`), every line says so.
fn init_logging(format: &str, insecure: bool, exporter: Option<&Exporter>) -> anyhow::Result<()> {
    use tracing_subscriber::Layer;
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let writer = move || InsecureMark { insecure, at_line_start: true, out: std::io::stderr() };
    let lines = match format {
        "text" => tracing_subscriber::fmt::layer().with_writer(writer).with_filter(filter).boxed(),
        "json" => tracing_subscriber::fmt::layer().json().with_writer(writer).with_filter(filter).boxed(),
        other => anyhow::bail!("--log-format: expected text or json, not {other:?}"),
    };
    // Each layer filters for itself: RUST_LOG sets what is logged, not what is traced.
    tracing_subscriber::registry().with(exporter.map(Exporter::layer)).with(lines).init();
    Ok(())
}

/// A log writer that starts every line with a mark when the server runs without a
/// sandbox (one event is one write of whole lines).
struct InsecureMark {
    insecure: bool,
    at_line_start: bool,
    out: std::io::Stderr,
}

impl std::io::Write for InsecureMark {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.insecure && self.at_line_start {
            self.out.write_all(b"[INSECURE: no sandbox] ")?;
        }
        self.at_line_start = buf.ends_with(b"\n");
        self.out.write_all(buf)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let file = FileConfig::load(cli.config.as_deref())?;
    let data_dir = cli.data_dir.or(file.data_dir.clone()).unwrap_or_else(server::default_data_dir);
    let blobs = match (cli.blobs, &file.blobs) {
        (Some(b), _) => Some(b),
        (None, Some(b)) => Some(b.parse().map_err(|e: String| anyhow::anyhow!("blobs in the config file: {e}"))?),
        (None, None) => None,
    };
    let storage = server::StorageSettings {
        database: cli.database.or(file.database.clone()),
        blobs,
        shared_blob_grace: cli.shared_blob_grace_secs.map(std::time::Duration::from_secs),
    };
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => {
            let (config, exporter) = serve_config(cli.serve, file, data_dir, storage)?;
            let served = server::serve(config).await;
            if let Some(exporter) = exporter {
                // The provider's shutdown blocks until the last batch is sent.
                tokio::task::spawn_blocking(move || exporter.shutdown()).await?;
            }
            Ok(served?)
        }
        Command::Org { command } => org_command(command, &server::open_storage(&data_dir, &storage).await?).await,
        Command::Token { command } => token_command(command, &server::open_storage(&data_dir, &storage).await?).await,
        Command::Secrets { command: SecretsCommand::RotateKey } => {
            let storage = server::open_storage(&data_dir, &storage).await?;
            let key = data_dir.join("secret.key");
            let count = ignite_server::domain::secrets::SecretKey::rotate(&key, storage.store.as_ref())
                .await
                .map_err(|e| anyhow::anyhow!("rotating the key: {e}"))?;
            println!("re-sealed {count} secrets with a new key in {}", key.display());
            Ok(())
        }
    }
}

/// The configuration of `serve`: flags (and their `IGNITE_*` variables) over the file
/// over the defaults; also starts logging in the format it names.
/// The configuration of `serve`, with logging (and the trace exporter it feeds) set up.
fn serve_config(
    serve: ServeArgs,
    file: FileConfig,
    data_dir: std::path::PathBuf,
    storage: server::StorageSettings,
) -> anyhow::Result<(Config, Option<Exporter>)> {
    let insecure_no_sandbox = serve.insecure_no_sandbox || file.insecure_no_sandbox.unwrap_or(false);
    let format = serve.log_format.as_deref().or(file.log_format.as_deref()).unwrap_or("text");
    let exporter = match serve.otlp_endpoint.as_deref().or(file.otlp_endpoint.as_deref()) {
        None => None,
        Some(endpoint) => {
            let instance = serve.node_name.clone().or(file.node_name.clone()).unwrap_or_else(|| {
                serve.listen.or(file.listen).map(|a| a.to_string()).unwrap_or_else(|| server::DEFAULT_LISTEN.into())
            });
            Some(Exporter::otlp(endpoint, &instance)?)
        }
    };
    init_logging(format, insecure_no_sandbox, exporter.as_ref())?;
    let or_file = |flag: Vec<String>, file: Option<Vec<String>>| {
        if flag.is_empty() { file.unwrap_or_default() } else { flag }
    };
    let listen = match serve.listen.or(file.listen) {
        Some(a) => a,
        None => server::DEFAULT_LISTEN.parse().context("default listen address")?,
    };
    let config = Config {
        data_dir,
        storage,
        role: serve
            .role
            .or(file
                .role
                .as_deref()
                .map(str::parse)
                .transpose()
                .map_err(|e: String| anyhow::anyhow!("role in the config file: {e}"))?)
            .unwrap_or_default(),
        node_name: serve.node_name.or(file.node_name),
        advertise: serve.advertise.or(file.advertise),
        listen,
        max_body_bytes: serve.max_body_bytes.or(file.max_body_bytes).unwrap_or(server::DEFAULT_MAX_BODY_BYTES),
        max_output_bytes: serve.max_output_bytes.or(file.max_output_bytes).unwrap_or(server::DEFAULT_MAX_OUTPUT_BYTES),
        dev_org: serve.dev_org.or(file.dev_org).unwrap_or_else(|| server::DEFAULT_DEV_ORG.into()),
        base_domain: serve.base_domain.or(file.base_domain).unwrap_or_else(|| server::DEFAULT_BASE_DOMAIN.into()),
        builds: {
            let defaults = ignite_server::domain::builds::BuildSettings::default();
            let secs = |flag: Option<u64>, file: Option<u64>, default: std::time::Duration| {
                flag.or(file).map(std::time::Duration::from_secs).unwrap_or(default)
            };
            ignite_server::domain::builds::BuildSettings {
                concurrency: serve.build_concurrency.or(file.build_concurrency).unwrap_or(defaults.concurrency),
                timeout: secs(serve.build_timeout_secs, file.build_timeout_secs, defaults.timeout),
                log_retention: secs(
                    serve.build_log_retention_secs,
                    file.build_log_retention_secs,
                    defaults.log_retention,
                ),
            }
        },
        build_cache_dir: serve.build_cache_dir.or(file.build_cache_dir),
        git_local_dir: serve.git_local_dir.or(file.git_local_dir),
        metrics_token: serve.metrics_token.or(file.metrics_token),
        retention: {
            let defaults = ignite_server::domain::retention::RetentionSettings::default();
            ignite_server::domain::retention::RetentionSettings {
                executions: serve
                    .execution_retention_secs
                    .or(file.execution_retention_secs)
                    .map(std::time::Duration::from_secs)
                    .unwrap_or(defaults.executions),
                sweep_every: serve
                    .retention_sweep_secs
                    .map(std::time::Duration::from_secs)
                    .unwrap_or(defaults.sweep_every),
            }
        },
        isolation: server::IsolationSettings {
            insecure_no_sandbox,
            insecure_registries: or_file(serve.insecure_registries, file.insecure_registries),
            allow_private_egress: or_file(serve.allow_private_egress, file.allow_private_egress),
        },
        open_jobs: match serve.jobs_org.or(file.jobs_org) {
            None => None,
            Some(org) => Some(server::OpenJobs {
                org,
                listen: match serve.jobs_listen.or(file.jobs_listen) {
                    Some(a) => a,
                    None => server::OpenJobs::DEFAULT_LISTEN.parse().context("default jobs address")?,
                },
                allow: match or_file(serve.jobs_allow, file.jobs_allow) {
                    allow if allow.is_empty() => server::OpenJobs::default_allow(),
                    allow => allow.iter().map(|a| client_net(a)).collect::<anyhow::Result<_>>()?,
                },
            }),
        },
    };
    Ok((config, exporter))
}

/// A CIDR, or one address as its own network.
fn client_net(text: &str) -> anyhow::Result<ipnet::IpNet> {
    let text = text.trim();
    text.parse::<ipnet::IpNet>()
        .or_else(|_| text.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
        .with_context(|| format!("--jobs-allow {text:?} is neither a CIDR nor an address"))
}

async fn org_command(command: OrgCommand, storage: &server::Storage) -> anyhow::Result<()> {
    let store = storage.store.as_ref();
    let stored = |org: String| async move {
        ignite_server::auth::quotas::stored_quota(store, &org).await.map_err(|e| anyhow::anyhow!("{e}"))
    };
    match command {
        OrgCommand::SetQuota {
            org,
            max_apps,
            max_replicas_per_app,
            max_memory_mb,
            max_stored_bytes,
            max_executions_per_minute,
            max_concurrent_builds,
            requests_per_second,
        } => {
            ignite_core::names::OrgName::new(org.as_str()).map_err(|e| anyhow::anyhow!("--org: {e}"))?;
            let mut q = stored(org.clone()).await?;
            q.max_apps = max_apps.unwrap_or(q.max_apps);
            q.max_replicas_per_app = max_replicas_per_app.unwrap_or(q.max_replicas_per_app);
            q.max_memory_mb = max_memory_mb.unwrap_or(q.max_memory_mb);
            q.max_stored_bytes = max_stored_bytes.unwrap_or(q.max_stored_bytes);
            q.max_executions_per_minute = max_executions_per_minute.unwrap_or(q.max_executions_per_minute);
            q.max_concurrent_builds = max_concurrent_builds.unwrap_or(q.max_concurrent_builds);
            q.requests_per_second = requests_per_second.unwrap_or(q.requests_per_second);
            store.set_quota(&org, &serde_json::to_string(&q)?).await.map_err(|e| anyhow::anyhow!("{e}"))?;
            eprintln!("quota of {org} set (running servers apply it within seconds)");
        }
        OrgCommand::GetQuota { org } => {
            let q = stored(org).await?;
            print!("{}", toml::to_string(&q)?);
        }
    }
    Ok(())
}

async fn token_command(command: TokenCommand, storage: &server::Storage) -> anyhow::Result<()> {
    let store = storage.store.as_ref();
    match command {
        TokenCommand::Create { org, description } => {
            let issued = ignite_server::auth::issue_token(store, &org, &description)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            eprintln!("token {} for organization {} (shown once):", issued.row.id, issued.row.org);
            println!("{}", issued.token);
        }
        TokenCommand::List { org } => {
            for t in store.list_tokens(org.as_deref()).await.map_err(|e| anyhow::anyhow!("{e}"))? {
                let state = if t.revoked_at_ms.is_some() { "revoked" } else { "active" };
                println!("{}\t{}\t{}\t{}", t.id, t.org, state, t.description);
            }
        }
        TokenCommand::Revoke { id } => {
            if !store.revoke_token(&id, ignite_core::runtime::now_ms()).await.map_err(|e| anyhow::anyhow!("{e}"))? {
                anyhow::bail!("no active token with id {id}");
            }
            eprintln!("revoked {id}");
        }
    }
    Ok(())
}
