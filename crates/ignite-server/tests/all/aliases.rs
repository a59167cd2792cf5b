//! Aliases: named pointers at versions, with a weighted split between two.

use serde_json::{Value, json};

use crate::harness::{ORG, Server, b64, deploy, python_draft};

const ONE: &str = "def handler(payload, ctx):\n    return 'one'\n";
const TWO: &str = "def handler(payload, ctx):\n    return 'two'\n";

/// Invokes `app` through `alias` with `routing_key`: the body it answered.
async fn through(s: &Server, app: &str, alias: &str, routing_key: &str) -> String {
    let request = json!({"body": b64(b""), "alias": alias, "routingKey": routing_key}).to_string();
    let resp = reqwest::Client::new()
        .post(format!("http://{}/v1/ignite/app/dev/{app}/invoke", s.addr))
        .bearer_auth(&s.token)
        .body(request)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    let text = resp.text().await.unwrap();
    let frames: Vec<Value> = text.lines().filter_map(|l| serde_json::from_str(l).ok()).collect();
    let body: Vec<u8> = frames.iter().filter_map(|f| f["chunk"].as_str()).flat_map(crate::harness::unb64).collect();
    String::from_utf8(body).unwrap()
}

#[tokio::test]
async fn an_alias_splits_its_calls_by_weight_and_keeps_each_routing_key_on_one_side() {
    let s = Server::start();
    // A thousand calls in a few seconds: past the default rates, as an operator would allow.
    s.admin(&[
        "org",
        "set-quota",
        "--org",
        ORG,
        "--requests-per-second",
        "100000",
        "--max-executions-per-minute",
        "100000",
    ]);
    let (status, body) = deploy(&s, &s.token, ORG, "split", json!({}), &python_draft(ONE)).await;
    assert_eq!(status, 200, "{body}");
    s.call("POST", "/v1/ignite/app/dev/split/draft", Some(&python_draft(TWO))).await;
    let (status, body) = s.call("POST", "/v1/ignite/app/dev/split/draft/publish", Some("{}")).await;
    assert_eq!(status, 200, "{body}");
    // The active version stays 2; the alias decides for its own calls.
    let set = json!({"version": 1, "canaryVersion": 2, "canaryWeight": 10}).to_string();
    let (status, alias) = s.call("PUT", "/v1/ignite/app/dev/split/aliases/live", Some(&set)).await;
    assert_eq!(status, 200, "{alias}");
    assert_eq!(alias["alias"]["canaryWeight"], 10);

    // 1,000 calls with distinct routing keys: a 90/10 split within binomial bounds
    // (mean 100, sd 9.5: four sd either way). The keys make the draw repeatable.
    let mut canary = 0;
    for i in 0..1000 {
        if through(&s, "split", "live", &format!("caller-{i}")).await == "two" {
            canary += 1;
        }
    }
    assert!((62..=138).contains(&canary), "{canary} of 1000 calls went to the canary");
    // One key, one side, every time.
    let first = through(&s, "split", "live", "caller-7").await;
    for _ in 0..20 {
        assert_eq!(through(&s, "split", "live", "caller-7").await, first);
    }

    // App hosts take the alias as a header.
    let resp = reqwest::Client::new()
        .post(format!("http://{}/", s.addr))
        .header("host", "split-dev.localhost")
        .header("authorization", format!("Bearer {}", s.token))
        .header("x-ignite-alias", "live")
        .header("x-ignite-routing-key", "caller-7")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.text().await.unwrap(), first);

    // Promoted in full, then pointed back; the default route (rollback) is untouched.
    let set = json!({"version": 2}).to_string();
    s.call("PUT", "/v1/ignite/app/dev/split/aliases/live", Some(&set)).await;
    assert_eq!(through(&s, "split", "live", "caller-7").await, "two");
    let (status, _) = s.call("POST", "/v1/ignite/app/dev/split/rollback", Some(r#"{"version":1}"#)).await;
    assert_eq!(status, 200);
    assert_eq!(through(&s, "split", "live", "").await, "two", "the alias keeps its version");
    let (_, out, _) = crate::harness::invoke_text(&s, &s.token, ORG, "split", b"").await;
    assert_eq!(out, "one", "calls without an alias run the active version");

    let (_, listed) = s.call("GET", "/v1/ignite/app/dev/split/aliases", None).await;
    assert_eq!(listed["aliases"][0]["name"], "live", "{listed}");
    let (_, events) = s.call("GET", "/v1/ignite/app/dev/split/events", None).await;
    assert!(events.to_string().contains("sends 10% of its calls to version 2"), "{events}");

    // Bad input names the field; an unknown alias is NOT_FOUND.
    for (body, field) in [
        (json!({"version": 9}), "version"),
        (json!({"version": 1, "canaryWeight": 10}), "canary_version"),
        (json!({"version": 1, "canaryVersion": 2, "canaryWeight": 101}), "canary_weight"),
    ] {
        let (status, err) = s.call("PUT", "/v1/ignite/app/dev/split/aliases/live", Some(&body.to_string())).await;
        assert!(status == 400 || status == 404, "{err}");
        assert!(err.to_string().contains(field), "{field}: {err}");
    }
    let (status, err) = s.call("PUT", "/v1/ignite/app/dev/split/aliases/Bad_Name", Some(r#"{"version":1}"#)).await;
    assert_eq!(status, 400, "{err}");
    let request = json!({"body": b64(b""), "alias": "nope"}).to_string();
    let (status, err) = s.call("POST", "/v1/ignite/app/dev/split/invoke", Some(&request)).await;
    assert_eq!(status, 404, "{err}");
    let (_, deleted) = s.call("DELETE", "/v1/ignite/app/dev/split/aliases/live", None).await;
    assert_eq!(deleted["deleted"], true);
}

/// Fails every other call.
const HALF_BROKEN: &str = "calls = 0\n\ndef handler(payload, ctx):\n    global calls\n    calls += 1\n    if calls % 2 == 0:\n        raise RuntimeError('broken on even calls')\n    return 'two'\n";

#[tokio::test]
async fn a_canary_failing_half_its_calls_is_rolled_back_by_itself_with_an_event() {
    let s = Server::start();
    s.admin(&[
        "org",
        "set-quota",
        "--org",
        ORG,
        "--requests-per-second",
        "100000",
        "--max-executions-per-minute",
        "100000",
    ]);
    let (status, body) = deploy(&s, &s.token, ORG, "canary", json!({}), &python_draft(ONE)).await;
    assert_eq!(status, 200, "{body}");
    s.call("POST", "/v1/ignite/app/dev/canary/draft", Some(&python_draft(HALF_BROKEN))).await;
    let (status, body) = s.call("POST", "/v1/ignite/app/dev/canary/draft/publish", Some("{}")).await;
    assert_eq!(status, 200, "{body}");
    let set = json!({"version": 1, "canaryVersion": 2, "canaryWeight": 50, "maxErrorRate": 0.2, "minCalls": 10});
    let (status, body) = s.call("PUT", "/v1/ignite/app/dev/canary/aliases/live", Some(&set.to_string())).await;
    assert_eq!(status, 200, "{body}");

    // Calls go on until the canary is judged and rolled back (within seconds).
    let mut rolled_back = false;
    for _ in 0..600 {
        through(&s, "canary", "live", "").await;
        let (_, listed) = s.call("GET", "/v1/ignite/app/dev/canary/aliases", None).await;
        if listed["aliases"][0]["canaryWeight"].is_null() {
            assert_eq!(listed["aliases"][0]["version"], 1, "{listed}");
            rolled_back = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(rolled_back, "the canary was never rolled back");
    for _ in 0..20 {
        assert_eq!(through(&s, "canary", "live", "").await, "one", "every call runs version 1 again");
    }
    let (_, events) = s.call("GET", "/v1/ignite/app/dev/canary/events", None).await;
    let text = events.to_string();
    assert!(text.contains("sends 50% of its calls to version 2"), "the split is an event: {events}");
    assert!(text.contains("canary version 2 of alias live rolled back to version 1"), "{events}");
    assert!(text.contains("calls failed in the last 60 s"), "the event says why: {events}");
}
