//! Deploy a Python app and invoke it with the Rust SDK.
//!
//! ```text
//! cargo run -p ignite-client --example deploy_and_invoke -- http://127.0.0.1:50051 "$(cat ~/.local/share/ignite/dev-token)"
//! ```

use futures::StreamExt;
use ignite_client::{Client, ClientError, v1};

const HANDLER: &str = "import json\n\ndef handler(payload, ctx):\n    name = json.loads(payload or b'{}').get('name', 'world')\n    return {'greeting': f'Hello, {name}!'}\n";

/// Creates (or replaces the code of) `dev/greeter`, publishes it, invokes it once and
/// returns the response body.
pub async fn run(url: &str, token: &str) -> Result<String, ClientError> {
    let client = Client::builder(url).token(token).connect().await?;
    let (org, app) = ("dev".to_string(), "greeter".to_string());
    let code = v1::CodeSource {
        source: Some(v1::code_source::Source::Compile(v1::CompileSource {
            runtime: Some(v1::Runtime { kind: Some(v1::runtime::Kind::Python(v1::PythonRuntime::default())) }),
            source_code: HANDLER.as_bytes().to_vec(),
        })),
    };
    let exists = client.get_app(v1::GetAppRequest { organization_name: org.clone(), app_name: app.clone() }).await;
    match exists {
        Ok(_) => {
            let draft = v1::SaveDraftRequest {
                organization_name: org.clone(),
                app_name: app.clone(),
                code: Some(code),
                ..Default::default()
            };
            client.save_draft(draft).await?;
        }
        Err(e) if e.code == ignite_client::Code::NotFound => {
            let create = v1::CreateAppRequest {
                organization_name: org.clone(),
                name: app.clone(),
                code: Some(code),
                ..Default::default()
            };
            client.create_app(create).await?;
        }
        Err(e) => return Err(e),
    }
    let published =
        client.publish_draft(v1::PublishDraftRequest { organization_name: org.clone(), app_name: app.clone() }).await?;
    println!("published {org}/{app} version {}", published.published_version);

    let request = v1::InvokeRequest {
        organization_name: org,
        app_name: app,
        body: br#"{"name":"SDK"}"#.to_vec(),
        ..Default::default()
    };
    let mut frames = client.invoke(request).await?;
    let mut body = Vec::new();
    while let Some(frame) = frames.next().await {
        match frame?.frame {
            Some(v1::invoke_response::Frame::Head(head)) => println!("status {}", head.status_code),
            Some(v1::invoke_response::Frame::Chunk(chunk)) => body.extend_from_slice(&chunk),
            Some(v1::invoke_response::Frame::Trailer(t)) if !t.error.is_empty() => {
                return Err(ClientError { code: ignite_client::Code::Internal, message: t.error, field: None });
            }
            _ => {}
        }
    }
    Ok(String::from_utf8_lossy(&body).into_owned())
}

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let url = args.next().unwrap_or_else(|| "http://127.0.0.1:50051".into());
    let token = args.next().or_else(|| std::env::var("IGNITE_TOKEN").ok()).unwrap_or_default();
    match run(&url, &token).await {
        Ok(body) => println!("{body}"),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(e.code.exit_code());
        }
    }
}
