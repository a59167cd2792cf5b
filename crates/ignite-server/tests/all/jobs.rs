//! The Infernet-compatible jobs API with a real HTTP client: every route, chains with
//! intermediate results, batches, pending filters, streaming, bad input and a restart.

use std::time::Duration;

use serde_json::{Value, json};

use crate::harness::{Server, python_draft};

const DOUBLE: &str = "import json\n\ndef handler(payload, ctx):\n    return {'n': json.loads(payload)['n'] * 2}\n";
const INC: &str = "import json\n\ndef handler(payload, ctx):\n    return {'n': json.loads(payload)['n'] + 1}\n";
const DESCRIBE: &str = "import json\n\ndef handler(payload, ctx):\n    return 'n is %d' % json.loads(payload)['n']\n";
const SLEEPY: &str = "import time\n\ndef handler(payload, ctx):\n    time.sleep(2)\n    return {'slept': True}\n";
const FAILING: &str = "def handler(payload, ctx):\n    raise ValueError('no luck')\n";

async fn app(s: &Server, name: &str, source: &str, jobs: bool) {
    let body = json!({"name": name, "jobsEnabled": jobs, "description": format!("the {name} step")});
    let (status, body) = s.call("POST", "/v1/ignite/app/dev", Some(&body.to_string())).await;
    assert_eq!(status, 200, "{body}");
    s.call("POST", &format!("/v1/ignite/app/dev/{name}/draft"), Some(&python_draft(source))).await;
    let (status, body) = s.call("POST", &format!("/v1/ignite/app/dev/{name}/draft/publish"), Some("{}")).await;
    assert_eq!(status, 200, "{body}");
}

async fn jobs(s: &Server, method: &str, path: &str, body: Option<&str>) -> (u16, Value) {
    s.call(method, path, body).await
}

async fn wait_done(s: &Server, id: &str, intermediate: bool) -> Value {
    for _ in 0..200 {
        let (status, body) = jobs(s, "GET", &format!("/api/jobs?id={id}&intermediate={intermediate}"), None).await;
        assert_eq!(status, 200, "{body}");
        let job = body[0].clone();
        if job["status"] != "running" {
            return job;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("job {id} never finished");
}

#[tokio::test]
async fn jobs_api_runs_chains_batches_and_streams_and_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Server::start_in(dir.path(), &[]);
    app(&s, "double", DOUBLE, true).await;
    app(&s, "inc", INC, true).await;
    app(&s, "describe", DESCRIBE, true).await;
    app(&s, "sleepy", SLEEPY, true).await;
    app(&s, "failing", FAILING, true).await;
    app(&s, "private", DOUBLE, false).await;

    // /health needs nothing; the rest needs the organization's token.
    let health = reqwest::get(format!("http://{}/health", s.addr)).await.unwrap();
    assert_eq!(health.status(), 200);
    assert_eq!(health.json::<Value>().await.unwrap(), json!({"status": "healthy"}));
    let anonymous = reqwest::get(format!("http://{}/info", s.addr)).await.unwrap();
    assert_eq!(anonymous.status(), 401);
    assert!(anonymous.json::<Value>().await.unwrap()["error"].is_string());

    // /info lists the jobs-enabled published apps.
    let (status, info) = jobs(&s, "GET", "/info", None).await;
    assert_eq!(status, 200, "{info}");
    let ids: Vec<&str> = info["containers"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["describe", "double", "failing", "inc", "sleepy"]);
    let double = info["containers"].as_array().unwrap().iter().find(|c| c["id"] == "double").unwrap();
    assert_eq!(double["external"], true);
    assert_eq!(double["description"], "the double step");
    assert!(double["image"].as_str().unwrap().contains("dev/double@1"), "{double}");
    assert_eq!(info["pending"], json!({"offchain": 0, "onchain": 0}));

    // A 3-app chain: each output is the next input; intermediate results on request.
    let request = json!({"containers": ["double", "inc", "describe"], "data": {"n": 5}}).to_string();
    let (status, created) = jobs(&s, "POST", "/api/jobs", Some(&request)).await;
    assert_eq!(status, 200, "{created}");
    let chain = created["id"].as_str().unwrap().to_string();
    let job = wait_done(&s, &chain, true).await;
    assert_eq!(job["status"], "success", "{job}");
    assert_eq!(job["result"], json!({"container": "describe", "output": "n is 11"}));
    assert_eq!(
        job["intermediate_results"],
        json!([
            {"container": "double", "output": {"n": 10}},
            {"container": "inc", "output": {"n": 11}},
            {"container": "describe", "output": "n is 11"}
        ])
    );
    let plain = wait_done(&s, &chain, false).await;
    assert!(plain.get("intermediate_results").is_none(), "{plain}");

    // A failing step fails the job with the container's error.
    let (_, created) =
        jobs(&s, "POST", "/api/jobs", Some(r#"{"containers":["double","failing"],"data":{"n":1}}"#)).await;
    let job = wait_done(&s, created["id"].as_str().unwrap(), false).await;
    assert_eq!(job["status"], "failed");
    assert_eq!(job["result"]["container"], "failing");
    assert!(job["result"]["error"].as_str().unwrap().contains("no luck"), "{job}");

    // A batch answers per item, 200 even with a bad entry.
    let batch = json!([
        {"containers": ["double"], "data": {"n": 1}},
        {"containers": ["private"], "data": {"n": 1}},
        {"containers": ["inc"], "data": {"n": 1}}
    ]);
    let (status, items) = jobs(&s, "POST", "/api/jobs/batch", Some(&batch.to_string())).await;
    assert_eq!(status, 200, "{items}");
    assert!(items[0]["id"].is_string() && items[2]["id"].is_string(), "{items}");
    assert_eq!(items[1], json!({"error": "Container not supported", "params": {"container": "private"}}));

    // Pending filters the caller's own jobs.
    let (_, slow) = jobs(&s, "POST", "/api/jobs", Some(r#"{"containers":["sleepy"],"data":{}}"#)).await;
    let slow = slow["id"].as_str().unwrap().to_string();
    let (_, pending) = jobs(&s, "GET", "/api/jobs?pending=true", None).await;
    assert!(pending.as_array().unwrap().iter().any(|id| id == slow.as_str()), "{pending}");
    let (_, info) = jobs(&s, "GET", "/info", None).await;
    assert!(info["pending"]["offchain"].as_u64().unwrap() >= 1);
    let (_, finished) = jobs(&s, "GET", "/api/jobs?pending=false", None).await;
    assert!(finished.as_array().unwrap().iter().any(|id| id == chain.as_str()));
    assert!(!finished.as_array().unwrap().iter().any(|id| id == slow.as_str()));
    wait_done(&s, &slow, false).await;
    let (_, all) = jobs(&s, "GET", "/api/jobs", None).await;
    assert_eq!(all.as_array().unwrap().len(), 5, "{all}");
    // Another client (token) of the organization sees none of them.
    let other = s.new_token("dev");
    let resp =
        reqwest::Client::new().get(format!("http://{}/api/jobs", s.addr)).bearer_auth(other).send().await.unwrap();
    assert_eq!(resp.json::<Value>().await.unwrap(), json!([]));

    // A streamed job: its id first, then the output as it comes.
    let resp = reqwest::Client::new()
        .post(format!("http://{}/api/jobs/stream", s.addr))
        .bearer_auth(&s.token)
        .body(json!({"containers": ["double", "inc"], "data": {"n": 20}}).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let text = resp.text().await.unwrap();
    let (id, output) = text.split_once('\n').unwrap();
    assert_eq!(serde_json::from_str::<Value>(output).unwrap(), json!({"n": 41}));
    assert_eq!(wait_done(&s, id, false).await["result"], json!({"container": "inc", "output": {"n": 41}}));

    // Unknown ids: an empty list; malformed input: 400 with `error`.
    let unknown = uuid_like();
    let (status, body) = jobs(&s, "GET", &format!("/api/jobs?id={unknown}"), None).await;
    assert_eq!((status, body), (200, json!([])));
    for (path, body, says) in [
        ("/api/jobs", "{not json", "not valid JSON"),
        ("/api/jobs", r#"{"containers":[],"data":{}}"#, "containers"),
        ("/api/jobs", r#"{"containers":["double"],"data":3}"#, "data"),
        ("/api/jobs", r#"{"containers":["nope"],"data":{}}"#, "Container not supported"),
        ("/api/jobs/batch", r#"{"containers":["double"]}"#, "array"),
    ] {
        let (status, reply) = jobs(&s, "POST", path, Some(body)).await;
        assert_eq!(status, 400, "{path} {body}: {reply}");
        assert!(reply["error"].as_str().unwrap().contains(says), "{path} {body}: {reply}");
    }
    // A batch fans out to at most 100 jobs.
    let too_many = json!(vec![json!({"containers": ["double"], "data": {"n": 1}}); 101]).to_string();
    let (status, reply) = jobs(&s, "POST", "/api/jobs/batch", Some(&too_many)).await;
    assert_eq!(status, 400, "{reply}");
    assert!(reply["error"].as_str().unwrap().contains("at most 100"), "{reply}");
    let (status, reply) = jobs(&s, "GET", "/api/jobs?id=not-a-uuid", None).await;
    assert_eq!(status, 400, "{reply}");
    let (status, reply) = jobs(&s, "GET", "/api/jobs?pending=maybe", None).await;
    assert_eq!(status, 400, "{reply}");

    // Jobs survive a restart.
    s.kill();
    let s = Server::start_in(dir.path(), &[]);
    let job = wait_done(&s, &chain, true).await;
    assert_eq!(job["status"], "success");
    assert_eq!(job["intermediate_results"].as_array().unwrap().len(), 3);
}

fn uuid_like() -> &'static str {
    "00000000-0000-4000-8000-000000000000"
}

/// The interpreter of the Infernet client's virtualenv (scripts/setup.sh makes it).
fn infernet_python() -> std::path::PathBuf {
    let python = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.tools/infernet/bin/python");
    assert!(python.exists(), "the Infernet client is not installed: run scripts/setup.sh ({})", python.display());
    python
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

#[tokio::test]
async fn the_real_infernet_client_works_unchanged_against_an_operator_enabled_listener() {
    let port = free_port();
    let listen = format!("127.0.0.1:{port}");
    let s = Server::start_with(&["--jobs-org", "dev", "--jobs-listen", &listen]);
    app(&s, "double", DOUBLE, true).await;
    app(&s, "inc", INC, true).await;
    app(&s, "hidden", INC, false).await;

    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/all/infernet/drive.py");
    let out = tokio::process::Command::new(infernet_python())
        .args([script, &format!("http://{listen}")])
        .output()
        .await
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "the client failed: {stderr}");
    let seen: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {stderr}"));
    assert_eq!(seen["health"], true);
    assert_eq!(seen["containers"], json!(["double", "inc"]), "only jobs-enabled apps: {seen}");
    assert_eq!(seen["chain_enabled"], false);
    assert_eq!(seen["chain"]["status"], "success", "{seen}");
    assert_eq!(seen["chain"]["result"], json!({"container": "inc", "output": {"n": 41}}));
    assert_eq!(seen["batch_results"][0]["result"]["output"], json!({"n": 2}), "{seen}");
    assert_eq!(seen["batch_errors"][0]["error"], "Container not supported", "{seen}");
    assert_eq!(seen["jobs"], seen["mine"], "a client is its address: its jobs are listed: {seen}");
    assert_eq!(seen["running"], json!([]));
    assert_eq!(seen["stream_output"], r#"{"n": 10}"#, "{seen}");
    assert_eq!(seen["refused"]["status"], 400, "{seen}");
    assert_eq!(seen["refused"]["params"], json!({"container": "nope"}));

    // The jobs ran in the organization: visible with its token on the main listener.
    let job = seen["stream_job"].as_str().unwrap();
    let (status, found) = s.call("GET", &format!("/api/jobs?id={job}"), None).await;
    assert_eq!(status, 200, "{found}");
    assert_eq!(found[0]["status"], "success", "{found}");
    // The main listener still wants the token.
    let (status, _) = s.http("GET", "/api/jobs", None, None).await;
    assert_eq!(status, 401);
}

#[tokio::test]
async fn an_open_jobs_listener_refuses_clients_outside_its_allow_list() {
    let port = free_port();
    let listen = format!("127.0.0.1:{port}");
    let _s = Server::start_with(&["--jobs-org", "dev", "--jobs-listen", &listen, "--jobs-allow", "192.0.2.0/24"]);
    let resp = reqwest::get(format!("http://{listen}/api/jobs")).await.unwrap();
    assert_eq!(resp.status().as_u16(), 403);
    let body: Value = resp.json().await.unwrap();
    assert!(body["error"].as_str().unwrap().contains("127.0.0.1"), "{body}");
    // Health stays open, as on an Infernet node.
    let resp = reqwest::get(format!("http://{listen}/health")).await.unwrap();
    assert_eq!(resp.status().as_u16(), 200);
}
