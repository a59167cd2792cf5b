//! SecretService: encrypted at rest, metadata-only listings, and typed references from
//! image code sources.

use ignite_proto::v1;
use serde_json::json;

use crate::harness::{Server, authed};

#[tokio::test]
async fn secrets_round_trip_and_are_encrypted_at_rest() {
    let s = Server::start();
    let body = json!({"name": "ghcr-creds", "value": {"registrySecret": {"username": "bot", "password": "hunter2-unique", "serverAddress": "ghcr.io"}}});
    let (status, created) = s.call("POST", "/v1/ignite/secrets", Some(&body.to_string())).await;
    assert_eq!(status, 200, "{created}");
    assert_eq!(created["secret"]["type"], "registry_secret");
    assert!(created.get("value").is_none());

    let (status, got) = s.call("GET", "/v1/ignite/secrets/ghcr-creds", None).await;
    assert_eq!(status, 200);
    assert_eq!(got["value"]["registrySecret"]["password"], "hunter2-unique");

    let mut c = s.secrets().await;
    c.create_secret(authed(
        v1::CreateSecretRequest {
            name: "git".into(),
            value: Some(v1::SecretValue {
                kind: Some(v1::secret_value::Kind::GitSecret(v1::GitSecret {
                    username: "u".into(),
                    token: "t".into(),
                })),
            }),
        },
        &s.token,
    ))
    .await
    .unwrap();
    let listed = c.list_secrets(authed(v1::ListSecretsRequest {}, &s.token)).await.unwrap().into_inner().secrets;
    assert_eq!(listed.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(), ["ghcr-creds", "git"]);

    let (status, listed) = s.call("GET", "/v1/ignite/secrets", None).await;
    assert_eq!(status, 200);
    assert_eq!(listed["secrets"].as_array().unwrap().len(), 2);
    assert!(listed.to_string().find("hunter2").is_none(), "listings carry metadata only");

    // The database never holds the plaintext.
    let db = s.database_bytes();
    let needle = b"hunter2-unique";
    assert!(!db.windows(needle.len()).any(|w| w == needle));

    // Other organizations see nothing.
    let other = s.new_token("other");
    let (status, _) = s.http("GET", "/v1/ignite/secrets/ghcr-creds", Some(&other), None).await;
    assert_eq!(status, 404);

    // References must name a secret of the right type.
    s.call("POST", "/v1/ignite/app/dev", Some(r#"{"name":"img"}"#)).await;
    let draft = |secret: &str| {
        json!({"code": {"image": {"prebuilt": {"imageRef": "localhost:5000/hello:1", "registrySecretRef": secret}}}})
            .to_string()
    };
    let (status, body) = s.call("POST", "/v1/ignite/app/dev/img/draft", Some(&draft("git"))).await;
    assert_eq!(status, 400);
    assert!(body["message"].as_str().unwrap().contains("registry_secret is required"), "{body}");
    let (status, body) = s.call("POST", "/v1/ignite/app/dev/img/draft", Some(&draft("nope"))).await;
    assert_eq!(status, 400, "{body}");
    let (status, body) = s.call("POST", "/v1/ignite/app/dev/img/draft", Some(&draft("ghcr-creds"))).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["draft"]["codeKind"], "CODE_KIND_PREBUILT");
    assert_eq!(body["draft"]["imageRef"], "localhost:5000/hello:1");

    // Delete is idempotent.
    let (_, d) = s.call("DELETE", "/v1/ignite/secrets/git", None).await;
    assert_eq!(d["deleted"], true);
    let (status, d) = s.call("DELETE", "/v1/ignite/secrets/git", None).await;
    assert_eq!(status, 200);
    assert!(d.get("deleted").is_none(), "deleted=false is the default and omitted: {d}");
}

const READER: &str = "import os\n\ndef handler(payload, ctx):\n    print('the password is ' + os.environ['DB_PASSWORD'])\n    return os.environ['DB_PASSWORD']\n";

#[tokio::test]
async fn an_app_reads_a_secret_from_its_env_that_nothing_else_shows_and_rotations_reach_its_next_call() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Server::start_in(dir.path(), &[]);
    let put = |value: &str| json!({"name": "db-password", "value": {"appSecret": {"value": value}}}).to_string();
    let (status, created) = s.call("POST", "/v1/ignite/secrets", Some(&put("s3cret-one"))).await;
    assert_eq!(status, 200, "{created}");
    assert_eq!(created["secret"]["type"], "app_secret");

    // An env value that names a missing secret, or one of another type, is refused.
    let (status, body) = s
        .call("POST", "/v1/ignite/app/dev", Some(&json!({"name": "bad", "env": {"X": "secret://nope"}}).to_string()))
        .await;
    assert_eq!(status, 400, "{body}");
    assert!(body["message"].as_str().unwrap().starts_with("env.X: no secret named \"nope\""), "{body}");

    let config = json!({"env": {"DB_PASSWORD": "secret://db-password"}});
    let (status, body) =
        crate::harness::deploy(&s, &s.token, "dev", "reader", config, &crate::harness::python_draft(READER)).await;
    assert_eq!(status, 200, "{body}");
    let (status, out, _) = crate::harness::invoke_text(&s, &s.token, "dev", "reader", b"").await;
    assert_eq!((status, out.as_str()), (200, "s3cret-one"), "the replica's env holds the value");

    // Nothing else shows it: the config keeps the reference; logs and events mask it.
    let (_, app) = s.call("GET", "/v1/ignite/app/dev/reader", None).await;
    assert_eq!(app["app"]["env"]["DB_PASSWORD"], "secret://db-password");
    let (_, logs) = s.call("GET", "/v1/ignite/app/dev/reader/logs", None).await;
    assert!(logs.to_string().contains("the password is [redacted]"), "{logs}");
    let (_, events) = s.call("GET", "/v1/ignite/app/dev/reader/events", None).await;
    for shown in [app.to_string(), logs.to_string(), events.to_string()] {
        assert!(!shown.contains("s3cret"), "{shown}");
    }

    // A rotation: the next call runs on a replica with the new value.
    let (status, _) = s.call("POST", "/v1/ignite/secrets", Some(&put("s3cret-two"))).await;
    assert_eq!(status, 200);
    let (status, out, _) = crate::harness::invoke_text(&s, &s.token, "dev", "reader", b"").await;
    assert_eq!((status, out.as_str()), (200, "s3cret-two"));

    // The server's key rotated (server stopped): the secret and the app still work.
    s.terminate();
    let rotated = crate::harness::server_command(dir.path()).args(["secrets", "rotate-key"]).output().unwrap();
    assert!(rotated.status.success(), "{}", String::from_utf8_lossy(&rotated.stderr));
    assert!(String::from_utf8_lossy(&rotated.stdout).contains("re-sealed 1 secrets"));
    let s = Server::start_in(dir.path(), &[]);
    let (_, got) = s.call("GET", "/v1/ignite/secrets/db-password", None).await;
    assert_eq!(got["value"]["appSecret"]["value"], "s3cret-two", "{got}");
    let (status, out, _) = crate::harness::invoke_text(&s, &s.token, "dev", "reader", b"").await;
    assert_eq!((status, out.as_str()), (200, "s3cret-two"));
    let (_, logs) = s.call("GET", "/v1/ignite/app/dev/reader/logs", None).await;
    assert!(!logs.to_string().contains("s3cret"), "{logs}");
}
