//! The local developer loop: init, run (bun and node, in the sandbox), preflight from
//! crafted service.yaml files, report, lock and env.

use std::path::{Path, PathBuf};
use std::process::Command;

fn bun() -> Option<PathBuf> {
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.tools/bun/node_modules/.bin/bun");
    std::env::var_os("IGNITE_BUN").map(PathBuf::from).or(bundled.exists().then_some(bundled))
}

fn ignite(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ignite"));
    cmd.args(args).current_dir(dir).env("NO_COLOR", "1");
    if let Some(bun) = bun() {
        cmd.env("IGNITE_BUN", bun);
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

#[test]
fn init_then_run_with_bun_and_node() {
    assert!(bun().is_some(), "bun is missing: scripts/setup.sh installs it in .tools/bun");
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    let (code, out, err) = ignite(dir, &["init", "hello-bun"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("created hello-bun/service.yaml") && out.contains("hello-bun/index.ts"), "{out}");
    // Existing files are kept.
    let (_, out, _) = ignite(dir, &["init", "hello-bun"]);
    assert_eq!(out, "nothing to do: every file exists\n");

    let (code, out, err) = ignite(dir, &["run", "hello-bun", "--input", r#"{"name":"bun"}"#, "--json"]);
    assert_eq!(code, 0, "{out}{err}");
    let result = json(&out);
    assert_eq!(result["success"], true);
    assert_eq!(result["serviceName"], "hello-bun");
    let m = &result["metrics"];
    assert_eq!(m["stdout"], "{\"hello\":\"bun\"}\n");
    assert_eq!((m["exitCode"].as_i64(), m["coldStart"].as_bool()), (Some(0), Some(true)));
    assert!(m["memoryUsageMb"].as_f64().unwrap() > 1.0 && m["executionTimeMs"].as_u64().is_some(), "{m}");
    assert_eq!(result["preflight"]["overallStatus"], "pass");

    let (code, ..) = ignite(dir, &["init", "hello-node", "--runtime", "node@20"]);
    assert_eq!(code, 0);
    let (code, out, err) = ignite(dir, &["run", "hello-node", "--input", r#"{"name":"node"}"#]);
    assert_eq!((code, out.as_str()), (0, "{\"hello\":\"node\"}\n"), "{err}");
    assert!(err.contains("hello-node: exit 0 in"), "{err}");

    // A failing service: its exit code and stderr are reported.
    std::fs::write(dir.join("hello-node/index.js"), "console.error('boom'); process.exit(3);\n").unwrap();
    let (code, out, _) = ignite(dir, &["-o", "json", "run", "hello-node"]);
    assert_ne!(code, 0);
    let result = json(&out);
    assert_eq!((result["success"].as_bool(), result["metrics"]["exitCode"].as_i64()), (Some(false), Some(3)));
    assert_eq!(result["metrics"]["stderr"], "boom\n");
    assert_eq!(result["error"], "the service exited with code 3");

    // The sandbox has no network by default.
    std::fs::write(
        dir.join("hello-node/index.js"),
        "import net from 'node:net';\nconst s = net.connect(80, '1.1.1.1');\ns.on('error', e => { console.log(e.code); process.exit(0); });\ns.on('connect', () => { console.log('connected'); process.exit(0); });\n",
    )
    .unwrap();
    let (code, out, err) = ignite(dir, &["run", "hello-node"]);
    assert_eq!(code, 0, "{err}");
    assert_ne!(out.trim(), "connected");

    let (code, _, err) = ignite(dir, &["init", "bad", "--runtime", "node@16"]);
    assert_eq!(code, 2);
    assert!(err.contains("supported versions are 18.x, 20.x, 22.x, 24.x"), "{err}");
}

fn service(dir: &Path, name: &str, yaml_extra: &str, deps: usize) -> PathBuf {
    let path = dir.join(name);
    std::fs::create_dir_all(&path).unwrap();
    std::fs::write(path.join("index.ts"), "console.log('{}')\n").unwrap();
    let deps: serde_json::Map<String, serde_json::Value> =
        (0..deps).map(|i| (format!("dep{i}"), "^1.0.0".into())).collect();
    std::fs::write(path.join("package.json"), serde_json::json!({"name": name, "dependencies": deps}).to_string())
        .unwrap();
    std::fs::write(
        path.join("service.yaml"),
        format!("service:\n  name: {name}\n  runtime: bun@1.3\n  entry: index.ts\n{yaml_extra}"),
    )
    .unwrap();
    path
}

#[test]
fn preflight_passes_warns_and_fails_by_the_thresholds() {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    service(dir, "fine", "  memoryMb: 256\n", 3);
    // 50 + 2 × 40 = 130 MB needed for 120 MB: ratio 0.92, below warnRatio 1.
    service(dir, "tight", "  memoryMb: 120\n", 40);
    // 60 dependencies: info; timeout under min + cold-start buffer: warn.
    service(dir, "slowish", "  memoryMb: 512\n  timeoutMs: 300\n", 60);
    // 64 MB for 130 MB needed: ratio 0.49, fail; timeout over the max: fail.
    service(dir, "broken", "  memoryMb: 64\n  timeoutMs: 60000\n", 40);
    // Custom thresholds from the file.
    service(dir, "custom", "  memoryMb: 128\npreflight:\n  dependencies:\n    warnCount: 2\n    infoCount: 1\n", 3);

    let check = |name: &str| {
        let (code, out, err) = ignite(dir, &["-o", "json", "preflight", name]);
        let report = json(&out);
        let status_of = |check: &str| {
            report["checks"].as_array().unwrap().iter().find(|c| c["name"] == check).unwrap()["status"]
                .as_str()
                .unwrap()
                .to_string()
        };
        (
            code,
            report["overallStatus"].as_str().unwrap().to_string(),
            status_of("memory"),
            status_of("dependencies"),
            status_of("timeout"),
            err,
        )
    };
    let (code, overall, ..) = check("fine");
    assert_eq!((code, overall.as_str()), (0, "pass"));
    let (code, overall, memory, ..) = check("tight");
    assert_eq!((code, overall.as_str(), memory.as_str()), (0, "warn", "warn"));
    let (code, overall, _, deps, timeout, _) = check("slowish");
    assert_eq!((code, overall.as_str(), deps.as_str(), timeout.as_str()), (0, "warn", "info", "warn"));
    let (code, overall, memory, _, timeout, err) = check("broken");
    assert_ne!(code, 0, "a failed preflight exits non-zero");
    assert_eq!((overall.as_str(), memory.as_str(), timeout.as_str()), ("fail", "fail", "fail"));
    assert_eq!(err, "error: preflight failed\n");
    let (_, _, _, deps, ..) = check("custom");
    assert_eq!(deps, "warn");

    // run refuses a failing service unless told, and still reports the preflight.
    let (code, out, _) = ignite(dir, &["run", "broken", "--json"]);
    assert_ne!(code, 0);
    let result = json(&out);
    assert_eq!(result["preflight"]["overallStatus"], "fail");
    assert!(result["error"].as_str().unwrap().starts_with("preflight failed"));

    // report: text or JSON, to a file.
    let (code, out, _) = ignite(dir, &["report", "tight"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("preflight of tight: warn\n  warn  memory"), "{out}");
    let (code, _, err) = ignite(dir, &["report", "tight", "--json", "--out", "report.json"]);
    assert_eq!((code, err.as_str()), (0, "wrote report.json\n"));
    let report = json(&std::fs::read_to_string(dir.join("report.json")).unwrap());
    assert_eq!(report["serviceName"], "tight");
    assert!(report["timestamp"].as_str().unwrap().ends_with('Z'));

    // An unknown key in service.yaml is an error that names it.
    std::fs::write(dir.join("fine/service.yaml"), "service:\n  name: fine\n  memory: 1\n").unwrap();
    let (code, _, err) = ignite(dir, &["preflight", "fine"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown field `memory`"), "{err}");
}

#[test]
fn lock_writes_checks_and_updates_and_env_describes() {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    let svc = service(dir, "locked", "", 2);
    let (code, out, _) = ignite(dir, &["lock", "locked"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("wrote locked/ignite.lock (bun@1.3 "), "{out}");
    let lock = json(&std::fs::read_to_string(svc.join("ignite.lock")).unwrap());
    assert_eq!(lock["dependencies"].as_object().unwrap().len(), 2);
    assert!(lock["dependencies"]["dep0"].as_str().unwrap().starts_with("sha256:"));
    let (code, out, _) = ignite(dir, &["lock", "locked", "--check"]);
    assert_eq!((code, out.as_str()), (0, "locked/ignite.lock is up to date\n"));

    std::fs::write(svc.join("package.json"), r#"{"dependencies": {"dep0": "^2.0.0"}}"#).unwrap();
    let (code, _, err) = ignite(dir, &["lock", "locked", "--check"]);
    assert_ne!(code, 0);
    assert!(err.contains("out of date: dependencies changed"), "{err}");
    let (code, out, _) = ignite(dir, &["lock", "locked", "--update"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(ignite(dir, &["lock", "locked", "--check"]).0, 0);

    let (code, out, _) = ignite(dir, &["env", "locked"]);
    assert_eq!(code, 0);
    let env = json(&out);
    assert_eq!((env["serviceName"].as_str(), env["runtime"].as_str()), (Some("locked"), Some("bun@1.3")));
    assert_eq!(env["dependencies"], serde_json::json!({"dep0": "^2.0.0"}));
    let (_, out, _) = ignite(dir, &["env", "--runtimes"]);
    let names: Vec<String> =
        json(&out)["runtimes"].as_array().unwrap().iter().map(|r| r["name"].as_str().unwrap().to_string()).collect();
    assert_eq!(names, ["bun", "node"]);
}

/// Opens a socket, writes a file and spawns a process, printing what each did.
const NOSY_SERVICE: &str = "import net from 'node:net';
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
try { fs.writeFileSync('/tmp/out.txt', 'hi'); console.log('write ok'); } catch (e) { console.log('write', e.code); }
const r = spawnSync('/bin/echo', ['spawned']);
console.log('spawn', r.error ? r.error.code : r.stdout.toString().trim());
const s = net.createServer().listen(0, '127.0.0.1');
s.on('error', e => console.log('net', e.code));
s.on('listening', () => { console.log('net ok'); s.close(); });
";

#[test]
fn audit_counts_and_blocks_network_files_and_processes_by_policy() {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    assert_eq!(ignite(dir, &["init", "nosy", "--runtime", "node@20"]).0, 0);
    std::fs::write(dir.join("nosy/index.js"), NOSY_SERVICE).unwrap();

    // The default policy: no network, read-only files, no spawning.
    let (code, out, err) = ignite(dir, &["run", "nosy", "--audit", "--json", "--audit-output", "audit.json"]);
    assert_eq!(code, 0, "{out}{err}");
    let result = json(&out);
    assert_eq!(result["metrics"]["stdout"], "write EACCES\nspawn EACCES\nnet EACCES\n");
    let audit = &result["securityAudit"];
    let summary = &audit["summary"];
    let count = |key: &str| summary[key].as_u64().unwrap();
    assert_eq!((count("networkAttempts"), count("networkBlocked")), (1, 1), "{summary}");
    assert_eq!((count("filesystemWrites"), count("filesystemBlocked")), (1, 1), "{summary}");
    assert_eq!((count("processSpawns"), count("processBlocked")), (1, 1), "{summary}");
    // Node reads its libraries and the service's own files.
    assert!(count("filesystemReads") >= 2, "{summary}");
    assert_eq!(summary["overallStatus"], "violation");
    assert_eq!(
        audit["policy"],
        serde_json::json!({"network": {"enabled": false}, "filesystem": {"readOnly": true}, "process": {"allowSpawn": false}})
    );
    let events: Vec<(String, String, String, bool)> = audit["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["operation"] != "read")
        .map(|e| {
            let text = |k: &str| e[k].as_str().unwrap().to_string();
            (text("type"), text("operation"), text("target"), e["blocked"].as_bool().unwrap())
        })
        .collect();
    let expected = [
        ("filesystem", "write", "/tmp/out.txt", true),
        ("process", "exec", "/bin/echo", true),
        ("network", "socket", "AF_INET/tcp", true),
    ]
    .map(|(a, b, c, d)| (a.to_string(), b.to_string(), c.to_string(), d));
    assert_eq!(events, expected);
    assert!(audit["events"].as_array().unwrap().iter().any(|e| e["target"] == "/app/index.js"));
    assert_eq!(json(&std::fs::read_to_string(dir.join("audit.json")).unwrap()), *audit);

    // A policy that allows everything: the same calls, counted and let through.
    std::fs::write(
        dir.join("nosy/.ignite-policy.yml"),
        "network:\n  enabled: true\nfilesystem:\n  readOnly: false\nprocess:\n  allowSpawn: true\n",
    )
    .unwrap();
    let (code, out, err) = ignite(dir, &["run", "nosy", "--audit"]);
    assert_eq!((code, out.as_str()), (0, "write ok\nspawn spawned\nnet ok\n"), "{err}");
    assert!(
        err.contains("security audit: warning — network 1 (0 blocked), files read")
            && err
                .contains("written 1 (0 blocked), processes 1 (0 blocked)\n  allowed filesystem write /tmp/out.txt\n"),
        "{err}"
    );

    // A bad policy is refused before anything runs, naming the field.
    std::fs::write(dir.join("nosy/ignite.policy.yaml"), "network:\n  enable: true\n").unwrap();
    let (code, _, err) = ignite(dir, &["run", "nosy", "--audit"]);
    assert_eq!(code, 2);
    assert!(err.contains("nosy/ignite.policy.yaml: network: unknown field `enable`"), "{err}");
}

/// `ignite serve` as a child process, killed when dropped.
struct Served {
    child: std::process::Child,
    url: String,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(services: &Path, args: &[&str]) -> Served {
    use std::io::BufRead;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ignite"));
    cmd.args(["serve", "-h", "127.0.0.1", "-p", "0", "-s"]).arg(services).args(args);
    cmd.stdout(std::process::Stdio::piped()).env_remove("IGNITE_API_KEY");
    let mut child = cmd.spawn().unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let url = line.trim().strip_prefix("ignite serve listening on ").unwrap_or_else(|| panic!("{line}")).to_string();
    Served { child, url }
}

#[tokio::test]
async fn serve_answers_each_route_with_the_documented_shapes() {
    let work = tempfile::tempdir().unwrap();
    let services = work.path();
    assert_eq!(ignite(services, &["init", "hello", "--runtime", "node@20"]).0, 0);
    std::fs::write(services.join("hello/index.js"), "process.stdout.write(process.env.IGNITE_INPUT)\n").unwrap();
    assert_eq!(ignite(services, &["init", "nosy", "--runtime", "node@20"]).0, 0);
    std::fs::write(services.join("nosy/index.js"), NOSY_SERVICE).unwrap();
    assert_eq!(ignite(services, &["init", "crash", "--runtime", "node@20"]).0, 0);
    std::fs::write(services.join("crash/index.js"), "process.exit(4)\n").unwrap();
    service(services, "broken", "  memoryMb: 64\n  timeoutMs: 60000\n", 40);
    std::fs::create_dir(services.join("notes")).unwrap();

    const LIMIT: usize = 15;
    let server = serve(services, &["--api-key", "sesame", "--rate-limit", &LIMIT.to_string()]);
    let http = reqwest::Client::new();
    let sent = std::cell::Cell::new(0);
    let call = async |method: reqwest::Method, path: &str, body: Option<serde_json::Value>| {
        let mut request = http.request(method, format!("{}{path}", server.url)).bearer_auth("sesame");
        if let Some(body) = body {
            request = request.json(&body);
        }
        sent.set(sent.get() + 1);
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        (status, response.json::<serde_json::Value>().await.unwrap())
    };
    use reqwest::Method;

    let (status, health) = call(Method::GET, "/health", None).await;
    assert_eq!((status, &health["status"], &health["version"]), (200, &"ok".into(), &"0.1.0".into()));
    assert!(health["uptime"].is_u64(), "{health}");
    let (status, list) = call(Method::GET, "/services", None).await;
    assert_eq!((status, list), (200, serde_json::json!({"services": ["broken", "crash", "hello", "nosy"]})));

    let (status, body) = call(Method::POST, "/services/hello/preflight", None).await;
    assert_eq!((status, &body["serviceName"]), (200, &"hello".into()));
    assert_eq!(
        (&body["preflight"]["serviceName"], &body["preflight"]["overallStatus"]),
        (&"hello".into(), &"pass".into())
    );
    assert!(body["preflight"]["checks"].as_array().unwrap().len() >= 4, "{body}");

    let request = serde_json::json!({"input": {"data": [1, 2, 3]}, "skipPreflight": false, "skipBuild": false});
    let (status, body) = call(Method::POST, "/services/hello/execute", Some(request)).await;
    assert_eq!((status, &body["success"], &body["serviceName"]), (200, &true.into(), &"hello".into()), "{body}");
    assert_eq!(body["metrics"]["stdout"], r#"{"data":[1,2,3]}"#);
    assert_eq!((body["metrics"]["exitCode"].as_i64(), body["metrics"]["coldStart"].as_bool()), (Some(0), Some(true)));
    assert!(body["securityAudit"].is_null() && body["preflight"]["overallStatus"] == "pass", "{body}");

    let (status, body) = call(Method::POST, "/services/nosy/execute", Some(serde_json::json!({"audit": true}))).await;
    assert_eq!(status, 200, "{body}");
    let summary = &body["securityAudit"]["summary"];
    assert_eq!(
        (&summary["networkBlocked"], &summary["filesystemBlocked"], &summary["processBlocked"]),
        (&1.into(), &1.into(), &1.into())
    );
    assert_eq!(body["securityAudit"]["policy"]["filesystem"], serde_json::json!({"readOnly": true}));

    // Errors: a failing preflight (400), a bad name (400), bad JSON (400), an unknown
    // service or route (404), a failing service (500).
    let (status, body) = call(Method::POST, "/services/broken/execute", None).await;
    assert_eq!((status, &body["success"], &body["serviceName"]), (400, &false.into(), &"broken".into()));
    assert!(body["error"].as_str().unwrap().starts_with("preflight failed"), "{body}");
    let (status, body) = call(Method::POST, "/services/..hidden/execute", None).await;
    assert_eq!((status, &body["error"]), (400, &"invalid service name".into()));
    let (status, body) = call(Method::POST, "/services/hello/execute", Some("not an object".into())).await;
    assert_eq!((status, &body["error"]), (400, &"the body must be a JSON object".into()));
    let (status, body) = call(Method::POST, "/services/notes/execute", None).await;
    assert_eq!((status, &body["error"]), (404, &"no service named \"notes\"".into()));
    let (status, body) = call(Method::GET, "/nowhere", None).await;
    assert_eq!((status, &body["error"]), (404, &"route not found".into()));
    let (status, body) = call(Method::POST, "/services/crash/execute", None).await;
    assert_eq!(
        (status, &body["success"], &body["error"]),
        (500, &false.into(), &"the service exited with code 4".into())
    );

    // Without the key: 401, and it costs nothing from the rate limit.
    let response = http.get(format!("{}/health", server.url)).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 401);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body, serde_json::json!({"success": false, "error": "missing or invalid bearer token"}));

    // Past the limit (a burst of LIMIT a minute): 429.
    let mut first_refused = None;
    while first_refused.is_none() && sent.get() < 2 * LIMIT {
        let (status, body) = call(Method::GET, "/health", None).await;
        if status == 429 {
            assert_eq!(body, serde_json::json!({"success": false, "error": "rate limit exceeded"}));
            first_refused = Some(sent.get());
        }
    }
    let first_refused = first_refused.expect("no 429 past the limit");
    // One request a minute / LIMIT may come back during the test.
    assert!((LIMIT + 1..=LIMIT + 3).contains(&first_refused), "first 429 at request {first_refused}");
}
