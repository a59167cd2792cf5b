//! `ignite`: the command-line interface of the Ignite platform.

mod config;
mod local;
mod mcp;
mod remote;
mod serve;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use ignite_core::FunctionId;
use ignite_core::function_id::{DEFAULT_PORT, decode_host};

/// Ignite: a self-hostable serverless compute platform.
#[derive(Debug, Parser)]
#[command(name = "ignite", version, about, long_about = None)]
struct Cli {
    #[command(flatten)]
    connection: remote::Connection,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    #[command(flatten)]
    Remote(remote::RemoteCommand),
    /// Create a service scaffold (service.yaml, an entry file, package.json).
    Init {
        name: String,
        /// Where [default: ./<name>].
        #[arg(short, long)]
        path: Option<PathBuf>,
        /// Runtime spec: bun[@1.x] or node[@18|20|22|24].
        #[arg(short, long, default_value = local::DEFAULT_RUNTIME)]
        runtime: String,
    },
    /// Run a service once in the sandbox, with its preflight; prints its output and metrics.
    Run {
        #[arg(default_value = ".")]
        service: PathBuf,
        /// The input (JSON), given on stdin and as $IGNITE_INPUT.
        #[arg(short, long, default_value = "{}")]
        input: String,
        /// Another runtime spec than the service's.
        #[arg(short, long)]
        runtime: Option<String>,
        /// Run even when preflight fails (it is still run and reported).
        #[arg(long)]
        skip_preflight: bool,
        /// The result as JSON (also `-o json`).
        #[arg(long)]
        json: bool,
        /// Observe the service's network, filesystem and process calls and police them
        /// with its policy file (ignite.policy.yaml; default: no network, read-only
        /// files, no spawning).
        #[arg(long)]
        audit: bool,
        /// Also write the security audit (JSON) to this file.
        #[arg(long, requires = "audit")]
        audit_output: Option<PathBuf>,
    },
    /// Serve the local loop over HTTP for the services under a directory.
    #[command(disable_help_flag = true)]
    Serve {
        /// Port to listen on (0 picks a free one; the address is printed).
        #[arg(short, long, default_value_t = 3000)]
        port: u16,
        /// Host to listen on (`-h`, as docs/local.md shows; help is `--help`).
        #[arg(short = 'h', long, default_value = "localhost")]
        host: String,
        /// The directory whose subdirectories holding a service.yaml are the services.
        #[arg(short, long, default_value = "./services")]
        services: PathBuf,
        /// Require `Authorization: Bearer <key>`.
        #[arg(long, env = "IGNITE_API_KEY", hide_env_values = true)]
        api_key: Option<String>,
        /// Requests a minute per client (0 = no limit).
        #[arg(long, default_value_t = 60)]
        rate_limit: u32,
        /// Print help.
        #[arg(long, action = clap::ArgAction::Help)]
        help: Option<bool>,
    },
    /// Check a service before it runs (memory, dependencies, size, timeout); exits 1 on fail.
    Preflight {
        #[arg(default_value = ".")]
        service: PathBuf,
    },
    /// Write the preflight report as text or JSON (`-o json` or `--json`).
    Report {
        #[arg(default_value = ".")]
        service: PathBuf,
        /// Write to this file instead of stdout (`-o` is the output format everywhere).
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Write, update or check ignite.lock (runtime version and dependency hashes).
    Lock {
        #[arg(default_value = ".")]
        service: PathBuf,
        #[arg(short, long, conflicts_with = "check")]
        update: bool,
        #[arg(short, long)]
        check: bool,
    },
    /// A service's environment, or the runtimes of this machine.
    Env {
        service: Option<PathBuf>,
        #[arg(long)]
        runtimes: bool,
    },
    /// Print shell completions (bash, zsh, fish, elvish, powershell).
    Completions { shell: clap_complete::Shell },
    /// Work with FunctionId hosts (`<app>-<org>[-<port>].<base_domain>`).
    Host {
        #[command(subcommand)]
        command: HostCommand,
    },
    /// The organization's MCP tools (its mcp-enabled published apps): descriptors, or
    /// served over stdio.
    Mcp {
        #[command(subcommand)]
        command: McpCommand,
    },
}

#[derive(Debug, Subcommand)]
enum McpCommand {
    /// Serve the tools over stdio (for agents that start tools as processes), forwarding
    /// every request to the server (`--server`, `--org`, `--token` or the profile).
    Serve,
    /// One app's tool descriptor.
    Get { app: String },
    /// The organization's tool descriptors.
    List,
}

#[derive(Debug, Subcommand)]
enum HostCommand {
    /// Print the host of an app, e.g. `ignite host encode acme:hello --port 8080`.
    Encode {
        /// App id as `org:app` or `org/app`.
        app_id: String,
        /// Port; 80 gives the short form.
        #[arg(long, default_value_t = DEFAULT_PORT)]
        port: u16,
        /// Base domain of the deployment.
        #[arg(long, env = "IGNITE_BASE_DOMAIN", default_value = "localhost")]
        base_domain: String,
    },
    /// List every (app, port) a host can address; the server keeps the existing ones.
    Decode {
        host: String,
        #[arg(long, env = "IGNITE_BASE_DOMAIN", default_value = "localhost")]
        base_domain: String,
    },
}

/// Runs a local command.
fn local_command(run: impl FnOnce() -> Result<(), remote::CliError>) -> Result<(), (String, ignite_core::Code)> {
    run().map_err(|e| (e.message, e.code))
}

/// Runs a remote command on a fresh runtime.
fn block_on(
    command: impl std::future::Future<Output = Result<(), remote::CliError>>,
) -> Result<(), (String, ignite_core::Code)> {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build();
    runtime
        .map_err(|e| (e.to_string(), ignite_core::Code::Internal))
        .and_then(|rt| rt.block_on(command).map_err(|e| (e.message, e.code)))
}

/// Bad input: INVALID_ARGUMENT, exit code 2 by the CLI contract.
fn invalid(e: impl std::fmt::Display) -> (String, ignite_core::Code) {
    (e.to_string(), ignite_core::Code::InvalidArgument)
}

fn main() -> ExitCode {
    // The audit shim (`ignite run --audit`) runs inside the sandbox before anything else.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.len() > 3 && args[1] == ignite_runtime::audit::SHIM_ARG && args[2] == "--" {
        let error = ignite_runtime::audit::exec_audited(&args[3], &args[4..]);
        eprintln!("ignite: cannot start {} under the audit: {error}", args[3].to_string_lossy());
        return ExitCode::from(126);
    }
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Host { command: HostCommand::Encode { app_id, port, base_domain } } => {
            FunctionId::parse(&app_id).map(|id| println!("{}", id.host(port, &base_domain))).map_err(invalid)
        }
        Command::Remote(command) => block_on(remote::run(&cli.connection, command)),
        Command::Init { name, path, runtime } => {
            local::init(&name, path, &runtime).map_err(|e| (e.message, e.code)).map(|written| {
                for w in &written {
                    println!("created {w}");
                }
                if written.is_empty() {
                    println!("nothing to do: every file exists");
                }
            })
        }
        Command::Run { service, input, runtime, skip_preflight, json, audit, audit_output } => {
            let json = json || cli.connection.output == remote::Output::Json;
            block_on(async move {
                let service = local::Service::load(&service)?;
                let options =
                    local::RunOptions { input: &input, runtime_override: runtime.as_deref(), skip_preflight, audit };
                let result = local::run(&service, &options).await;
                if let (Some(path), Some(report)) = (&audit_output, &result.security_audit) {
                    let text = serde_json::to_string_pretty(report).expect("json");
                    std::fs::write(path, text + "\n").map_err(|e| remote::CliError {
                        code: ignite_core::Code::InvalidArgument,
                        message: format!("{}: {e}", path.display()),
                    })?;
                }
                if json {
                    println!("{}", serde_json::to_string_pretty(&result).expect("json"));
                } else if let Some(m) = &result.metrics {
                    print!("{}", m.stdout);
                    eprint!("{}", m.stderr);
                    eprintln!(
                        "{}: exit {} in {} ms, peak {} MB (preflight {})",
                        result.service_name,
                        m.exit_code,
                        m.execution_time_ms,
                        m.memory_usage_mb,
                        result.preflight.overall_status
                    );
                }
                if let (false, Some(audit)) = (json, &result.security_audit) {
                    eprint!("{}", local::audit_text(audit));
                }
                match result.error {
                    Some(error) => {
                        Err(remote::CliError { code: ignite_core::Code::FailedPrecondition, message: error })
                    }
                    None => Ok(()),
                }
            })
        }
        Command::Serve { port, host, services, api_key, rate_limit, .. } => {
            block_on(async move { Ok(serve::serve(&host, port, services, api_key, rate_limit).await?) })
        }
        Command::Preflight { service } => local_command(|| {
            let service = local::Service::load(&service)?;
            let report = local::preflight(&service);
            if cli.connection.output == remote::Output::Json {
                println!("{}", serde_json::to_string_pretty(&report).expect("json"));
            } else {
                print!("{}", local::preflight_text(&report));
            }
            if report.overall_status == "fail" {
                return Err(remote::CliError {
                    code: ignite_core::Code::FailedPrecondition,
                    message: "preflight failed".into(),
                });
            }
            Ok(())
        }),
        Command::Report { service, out, json } => local_command(|| {
            let service = local::Service::load(&service)?;
            let report = local::preflight(&service);
            let text = if json || cli.connection.output == remote::Output::Json {
                serde_json::to_string_pretty(&report).expect("json") + "\n"
            } else {
                local::preflight_text(&report)
            };
            match out {
                Some(path) => {
                    std::fs::write(&path, text)?;
                    eprintln!("wrote {}", path.display());
                }
                None => print!("{text}"),
            }
            Ok(())
        }),
        Command::Lock { service, update, check } => local_command(|| {
            println!("{}", local::lock(&local::Service::load(&service)?, update, check)?);
            Ok(())
        }),
        Command::Env { service, runtimes } => local_command(|| {
            let value = match (service, runtimes) {
                (_, true) | (None, false) => serde_json::json!({ "runtimes": local::runtimes() }),
                (Some(dir), false) => local::env_of(&local::Service::load(&dir)?),
            };
            println!("{}", serde_json::to_string_pretty(&value).expect("json"));
            Ok(())
        }),
        Command::Completions { shell } => {
            use clap::CommandFactory;
            clap_complete::generate(shell, &mut Cli::command(), "ignite", &mut std::io::stdout());
            Ok(())
        }
        Command::Mcp { command: McpCommand::Get { app } } => block_on(remote::mcp_tools(&cli.connection, Some(app))),
        Command::Mcp { command: McpCommand::List } => block_on(remote::mcp_tools(&cli.connection, None)),
        Command::Mcp { command: McpCommand::Serve } => {
            let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build();
            let unavailable = |e: String| (e, ignite_core::Code::Unavailable);
            runtime.map_err(|e| unavailable(e.to_string())).and_then(|rt| {
                let p = cli.connection.resolved().map_err(|e| (e.message, e.code))?;
                let (Some(server), Some(org), Some(token)) = (p.server, p.org, p.token) else {
                    return Err(invalid(
                        "mcp serve needs --org and --token (or IGNITE_ORG / IGNITE_TOKEN, or a profile)",
                    ));
                };
                rt.block_on(mcp::serve(&server, &org, &token)).map_err(|e| unavailable(format!("{e:#}")))
            })
        }
        Command::Host { command: HostCommand::Decode { host, base_domain } } => decode_host(&host, &base_domain)
            .map(|targets| {
                for t in targets {
                    println!("{}:{}\t{}", t.function.org(), t.function.app(), t.port);
                }
            })
            .map_err(invalid),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err((message, code)) => {
            // Red when stderr is a terminal and NO_COLOR is unset (anstream strips it otherwise).
            let style = anstyle::Style::new().fg_color(Some(anstyle::AnsiColor::Red.into())).bold();
            let _ = writeln!(anstream::stderr(), "{style}error:{style:#} {message}");
            ExitCode::from(code.exit_code() as u8)
        }
    }
}
