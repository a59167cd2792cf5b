//! `ignite`: the command-line interface of the Ignite platform.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use ignite_core::FunctionId;
use ignite_core::function_id::{DEFAULT_PORT, decode_host};

/// Ignite: a self-hostable serverless compute platform.
#[derive(Debug, Parser)]
#[command(name = "ignite", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Work with FunctionId hosts (`<app>-<org>[-<port>].<base_domain>`).
    Host {
        #[command(subcommand)]
        command: HostCommand,
    },
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Host { command: HostCommand::Encode { app_id, port, base_domain } } => {
            FunctionId::parse(&app_id).map(|id| println!("{}", id.host(port, &base_domain))).map_err(|e| e.to_string())
        }
        Command::Host { command: HostCommand::Decode { host, base_domain } } => decode_host(&host, &base_domain)
            .map(|targets| {
                for t in targets {
                    println!("{}:{}\t{}", t.function.org(), t.function.app(), t.port);
                }
            })
            .map_err(|e| e.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            // Invalid input is INVALID_ARGUMENT, exit code 2 by the CLI contract.
            ExitCode::from(ignite_core::Code::InvalidArgument.exit_code() as u8)
        }
    }
}
