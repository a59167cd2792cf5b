//! `ignite secret ...`: the organization's secrets.

use super::*;

#[derive(Debug, Subcommand)]
pub enum SecretCommand {
    /// Create (or replace, which rotates it) a secret.
    Create {
        name: String,
        /// `git` (clone credentials), `registry` (image pull credentials) or `app` (a
        /// value apps name in their env as `secret://NAME`).
        #[arg(long, value_parser = ["git", "registry", "app"])]
        kind: String,
        /// git and registry secrets.
        #[arg(long, default_value = "")]
        username: String,
        /// The token, password or app value (`-` reads it from stdin).
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

pub(super) async fn secret(ctx: &Ctx, command: SecretCommand) -> Outcome {
    let c = &ctx.client;
    match command {
        SecretCommand::Create { name, kind, username, password, server_address } => {
            let password = if password == "-" { read_body(None, Some("-".into()))? } else { password.into_bytes() };
            let password = String::from_utf8(password).map_err(|_| invalid("the password must be UTF-8 text"))?;
            let password = password.trim_end_matches('\n').to_string();
            let kind = match kind.as_str() {
                "git" => v1::secret_value::Kind::GitSecret(v1::GitSecret { username, token: password }),
                "app" => v1::secret_value::Kind::AppSecret(v1::AppSecret { value: password }),
                _ => v1::secret_value::Kind::RegistrySecret(v1::RegistrySecret { username, password, server_address }),
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
