//! A kill -9 at any instant leaves a consistent store and loses nothing acknowledged.

use std::collections::BTreeMap;
use std::time::Duration;

use crate::harness::{Server, python_draft};

/// What the client saw acknowledged for the app "svc".
#[derive(Default)]
struct Acknowledged {
    /// version -> the source it was published with
    versions: BTreeMap<u32, String>,
    /// the active version after the last acknowledged publish or rollback
    active: u32,
}

async fn check_consistent(s: &Server, acked: &Acknowledged) {
    let (status, versions) = s.call("GET", "/v1/ignite/app/dev/svc/versions", None).await;
    assert_eq!(status, 200, "{versions}");
    // No version yet (killed before the first publish) is an empty list, left out of the JSON.
    let listed = versions["versions"].as_array().cloned().unwrap_or_default();
    let numbers: Vec<u64> = listed.iter().map(|v| v["version"].as_u64().unwrap()).collect();
    // Numbering is dense from 1 with no duplicates; nothing acknowledged is missing.
    let expected: Vec<u64> = (1..=numbers.len() as u64).rev().collect();
    assert_eq!(numbers, expected, "versions are 1..=N newest first");
    assert!(numbers.len() >= acked.versions.len(), "a published version was lost: {numbers:?}");
    if listed.is_empty() {
        // Killed before the first publish committed: nothing to be active.
        return;
    }
    let active: Vec<_> = listed.iter().filter(|v| v["status"] == "VERSION_STATUS_ACTIVE").collect();
    assert_eq!(active.len(), 1, "exactly one active version: {versions}");
    let (_, app) = s.call("GET", "/v1/ignite/app/dev/svc", None).await;
    assert_eq!(app["app"]["activeVersion"], active[0]["version"]);
    // Every version's blob exists and holds what was acknowledged.
    for v in &numbers {
        let (status, code) = s.call("GET", &format!("/v1/ignite/app/dev/svc/code/versions/{v}"), None).await;
        assert_eq!(status, 200, "version {v}: {code}");
        if let Some(src) = acked.versions.get(&(*v as u32)) {
            let bytes = crate::harness::unb64(code["sourceCode"].as_str().unwrap());
            assert_eq!(bytes, src.as_bytes(), "version {v} changed");
        }
    }
}

#[tokio::test]
async fn sigkill_during_publish_and_rollback_loses_nothing_acknowledged() {
    let dir = tempfile::tempdir().unwrap();
    let mut acked = Acknowledged::default();
    let mut s = Server::start_in(dir.path(), &[]);
    s.call("POST", "/v1/ignite/app/dev", Some(r#"{"name":"svc"}"#)).await;
    let mut n = 0u32;
    for round in 0..12u64 {
        // A client publishes and rolls back as fast as it can...
        let base = format!("http://{}", s.addr);
        let token = s.token.clone();
        let worker = tokio::spawn(async move {
            let http = reqwest::Client::new();
            let mut log: Vec<(String, u32, String)> = Vec::new();
            for i in 0.. {
                let src = format!("def handler(p, c):\n    return 'round {round} step {i}'\n");
                let draft = http
                    .post(format!("{base}/v1/ignite/app/dev/svc/draft"))
                    .bearer_auth(&token)
                    .body(python_draft(&src))
                    .send()
                    .await;
                if !matches!(draft, Ok(ref r) if r.status() == 200) {
                    break;
                }
                let Ok(resp) = http
                    .post(format!("{base}/v1/ignite/app/dev/svc/draft/publish"))
                    .bearer_auth(&token)
                    .body("{}")
                    .send()
                    .await
                else {
                    break;
                };
                if resp.status() != 200 {
                    break;
                }
                let Ok(body) = resp.json::<serde_json::Value>().await else { break };
                let v = body["publishedVersion"].as_u64().unwrap() as u32;
                log.push(("publish".into(), v, src));
                if i % 3 == 2 {
                    let to = v.saturating_sub(1).max(1);
                    let Ok(resp) = http
                        .post(format!("{base}/v1/ignite/app/dev/svc/rollback"))
                        .bearer_auth(&token)
                        .body(format!(r#"{{"version":{to}}}"#))
                        .send()
                        .await
                    else {
                        break;
                    };
                    if resp.status() != 200 {
                        break;
                    }
                    log.push(("rollback".into(), to, String::new()));
                }
            }
            log
        });
        // ...until the server is killed at an arbitrary instant.
        tokio::time::sleep(Duration::from_millis(40 + (round * 37) % 150)).await;
        s.kill();
        for (op, v, src) in worker.await.unwrap() {
            if op == "publish" {
                acked.versions.insert(v, src);
            }
            acked.active = v;
            n += 1;
        }
        s = Server::start_in(dir.path(), &[]);
        check_consistent(&s, &acked).await;
        let (_, app) = s.call("GET", "/v1/ignite/app/dev/svc", None).await;
        let active = app["app"]["activeVersion"].as_u64().unwrap_or(0) as u32;
        // The last acknowledged change is in force unless a later, unacknowledged one
        // committed just before the kill.
        if acked.active > 0 {
            assert!(active >= 1);
        }
    }
    assert!(n > 10, "the client made progress between kills ({n} acknowledged operations)");
}
