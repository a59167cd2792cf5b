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
