//! The `ignite` binary against a real server: a newcomer's first five minutes (the
//! transcript in docs/cli.md is this test's output: `UPDATE_EXPECT=1 cargo test -p
//! ignite-cli` rewrites it), JSON output, and errors as one line with the mapped exit
//! code.

use std::path::Path;
use std::process::Command;

use regex::Regex;

struct Session {
    config: tempfile::TempDir,
    url: String,
    transcript: String,
}

impl Session {
    /// Runs `ignite args...` in `dir`; records the command and what it printed.
    fn run(&mut self, dir: &Path, args: &[&str]) -> (i32, String, String) {
        let out = Command::new(env!("CARGO_BIN_EXE_ignite"))
            .args(args)
            .current_dir(dir)
            .env("IGNITE_CONFIG", self.config.path().join("config.toml"))
            .env_remove("IGNITE_TOKEN")
            .env_remove("IGNITE_ORG")
            .env_remove("IGNITE_SERVER")
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        let (stdout, stderr) =
            (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned());
        let code = out.status.code().unwrap_or(-1);
        let shown: Vec<String> = args
            .iter()
            .map(|a| if a.contains(' ') || a.contains('{') { format!("'{a}'") } else { a.to_string() })
            .collect();
        self.transcript.push_str(&format!("$ ignite {}\n", shown.join(" ")));
        for text in [&stderr, &stdout] {
            if !text.is_empty() {
                self.transcript.push_str(text.trim_end());
                self.transcript.push('\n');
            }
        }
        if code != 0 {
            self.transcript.push_str(&format!("(exit code {code})\n"));
        }
        self.transcript.push('\n');
        (code, stdout, stderr)
    }

    /// The transcript with what changes from run to run replaced.
    fn normalized(&self) -> String {
        let mut text = self.transcript.replace(&self.url, "http://127.0.0.1:50051");
        for (pattern, with) in [
            (r"ign_[A-Za-z0-9_-]{43}", "ign_…"),
            (r"exec-[0-9a-f]{32}", "exec-…"),
            (r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<uuid>"),
            (r"\b[0-9a-f]{12}\b", "············"),
            (r"\d+(s|m|h|d) ago", "just now"),
            (r"\d+ MB", "N MB"),
            (r"\d+\.\d+ s\b", "N s"),
            (r"\d+ bytes", "N bytes"),
            (r"go: go\S+", "go: go1.x"),
            (r#""(\w+AtMs|startedMs)": "\d+""#, r#""$1": "…""#),
            (r"/tmp/[^ )\n]+", "~/.config/ignite/config.toml"),
        ] {
            text = Regex::new(pattern).unwrap().replace_all(&text, with).into_owned();
        }
        // Columns realign around the placeholders.
        text.lines().map(str::trim_end).collect::<Vec<_>>().join("\n") + "\n"
    }
}

const HANDLER: &str = "import json\n\ndef handler(payload, ctx):\n    name = json.loads(payload or b'{}').get('name', 'world')\n    print('greeting', name)\n    return {'hello': name}\n";

const GO_GREETER: &str = "package main\n\nimport \"ignite\"\n\nfunc main() {\n\tignite.Start(func(payload []byte, ctx *ignite.Context) ([]byte, error) {\n\t\treturn []byte(\"Hello, \" + string(payload) + \"!\"), nil\n\t})\n}\n";

#[tokio::test(flavor = "multi_thread")]
async fn a_newcomers_first_five_minutes() {
    let data = tempfile::tempdir().unwrap();
    let local = ignite_server::server::spawn_local(&data.path().join("data"), "dev").await.unwrap();
    let work = tempfile::tempdir().unwrap();
    let project = work.path().join("hello");
    std::fs::create_dir_all(project.join("__pycache__")).unwrap();
    std::fs::write(project.join("handler.py"), HANDLER).unwrap();
    std::fs::write(project.join("__pycache__/handler.pyc"), b"skipped").unwrap();
    let mut s = Session { config: tempfile::tempdir().unwrap(), url: local.url.clone(), transcript: String::new() };
    let dir = work.path().to_path_buf();

    // Log in once; the profile holds server, organization and token.
    let (code, ..) = s.run(&dir, &["login", "--server", &local.url, "--org", "dev", "--token", &local.token]);
    assert_eq!(code, 0);
    let (code, ..) = s.run(&dir, &["deploy", "hello", "./hello"]);
    assert_eq!(code, 0);
    let (code, out, _) = s.run(&dir, &["invoke", "hello", "--data", r#"{"name":"newcomer"}"#]);
    assert_eq!((code, out.as_str()), (0, r#"{"hello": "newcomer"}"#));
    s.run(&dir, &["app", "list"]);
    let (_, out, _) = s.run(&dir, &["logs", "hello"]);
    assert!(out.contains("greeting newcomer"), "{out}");

    // A second version, then back to the first.
    std::fs::write(project.join("handler.py"), HANDLER.replace("'hello'", "'hi'")).unwrap();
    s.run(&dir, &["deploy", "hello", "./hello"]);
    let (_, out, _) = s.run(&dir, &["invoke", "hello", "--data", r#"{"name":"again"}"#]);
    assert_eq!(out, r#"{"hi": "again"}"#);
    s.run(&dir, &["version", "list", "hello"]);
    let (code, ..) = s.run(&dir, &["version", "rollback", "hello", "1"]);
    assert_eq!(code, 0);
    let (_, out, _) = s.run(&dir, &["invoke", "hello", "--data", r#"{"name":"again"}"#]);
    assert_eq!(out, r#"{"hello": "again"}"#);
    // The uploaded code comes back as uploaded (without __pycache__).
    let (_, out, _) = s.run(&dir, &["version", "code", "hello", "1", "--out", "v1.tar.gz"]);
    assert!(out.is_empty());
    let bytes = std::fs::read(dir.join("v1.tar.gz")).unwrap();
    let mut names = Vec::new();
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(&bytes[..]));
    for entry in archive.entries().unwrap() {
        names.push(entry.unwrap().path().unwrap().display().to_string());
    }
    assert_eq!(names, ["handler.py"]);

    // Scripts read JSON.
    let (_, out, _) = s.run(&dir, &["-o", "json", "app", "state", "hello"]);
    let state: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(state["activeVersion"], 1);
    s.run(&dir, &["events", "hello"]);

    // Mistakes: one line, and the exit code of the status.
    let (code, out, err) = s.run(&dir, &["app", "get", "nope"]);
    assert_eq!((code, out.as_str()), (5, ""));
    assert_eq!(err, "error: app \"dev/nope\" not found\n");
    let (code, _, err) = s.run(&dir, &["app", "create", "Bad_Name"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("error: name: ") && err.lines().count() == 1, "{err}");
    let (code, _, err) = s.run(&dir, &["--token", "ign_wrong", "app", "list"]);
    assert_eq!(code, 3, "{err}");
    let (code, ..) = s.run(&dir, &["app", "create", "hello"]);
    assert_eq!(code, 6);

    let (code, out, _) = s.run(&dir, &["app", "delete", "hello"]);
    assert_eq!((code, out.as_str()), (0, "deleted dev/hello (2 versions)\n"));

    // A compiled runtime: deploy streams the build log before publishing.
    let go = work.path().join("greeter-go");
    std::fs::create_dir_all(&go).unwrap();
    std::fs::write(go.join("main.go"), GO_GREETER).unwrap();
    let (code, _, err) = s.run(&dir, &["deploy", "greeter-go", "./greeter-go"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("compile succeeded"), "{err}");
    let (_, out, _) = s.run(&dir, &["invoke", "greeter-go", "--data", "Go"]);
    assert_eq!(out, "Hello, Go!");

    let transcript = format!(
        "# The `ignite` CLI: a newcomer's first five minutes\n\n\
         Generated by `crates/ignite-cli/tests/cli.rs` against a real server (`UPDATE_EXPECT=1 cargo test -p \
         ignite-cli` rewrites it); ids, hashes, times and sizes are normalized.\n\n```text\n{}```\n",
        s.normalized()
    );
    expect_test::expect_file!["../../../docs/cli.md"].assert_eq(&transcript);
}

/// `ignite deploy` of a directory with a Dockerfile: the server builds the image (the
/// build log streams to the terminal) and runs it.
#[tokio::test(flavor = "multi_thread")]
async fn deploy_builds_a_directory_with_a_dockerfile_into_an_image() {
    let data = tempfile::tempdir().unwrap();
    let local = ignite_server::server::spawn_local(&data.path().join("data"), "dev").await.unwrap();
    let work = tempfile::tempdir().unwrap();
    let web = work.path().join("web");
    std::fs::create_dir(&web).unwrap();
    let server_source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ignite-server/tests/all/images/hello-server");
    std::fs::copy(server_source.join("Dockerfile"), web.join("Dockerfile")).unwrap();
    let built = Command::new("go")
        .args(["build", "-o"])
        .arg(web.join("hello-server"))
        .arg(".")
        .current_dir(&server_source)
        .env("CGO_ENABLED", "0")
        .env("GOPROXY", "off")
        .env("GOFLAGS", "-mod=mod")
        .env("GOCACHE", work.path().join("gocache"))
        .output()
        .unwrap();
    assert!(built.status.success(), "{}", String::from_utf8_lossy(&built.stderr));
    let mut s = Session { config: tempfile::tempdir().unwrap(), url: local.url.clone(), transcript: String::new() };
    let dir = work.path().to_path_buf();
    let (code, ..) = s.run(&dir, &["login", "--server", &local.url, "--org", "dev", "--token", &local.token]);
    assert_eq!(code, 0);

    let (code, out, err) = s.run(&dir, &["deploy", "web", "./web", "--build-arg", "NOTE=from-cli"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(err.contains("building Dockerfile with buildah") && err.contains("image sha256:"), "{err}");
    let (code, out, err) = s.run(&dir, &["invoke", "web", "--data", "hi"]);
    assert_eq!(code, 0, "{err}");
    let answer: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!((&answer["body"], &answer["user"]), (&serde_json::json!("hi"), &serde_json::json!("from-cli")));

    let (code, _, err) = s.run(&dir, &["deploy", "web", "./web", "--build-arg", "NOTE"]);
    assert_eq!((code, err.trim()), (2, "error: --build-arg \"NOTE\": expected KEY=VALUE"));
}

const WORKER: &str = "import time\n\ndef handler(payload, ctx):\n    if payload == b'sleep':\n        time.sleep(600)\n    if payload == b'fail':\n        raise ValueError('failed on purpose')\n    return payload\n";

#[tokio::test(flavor = "multi_thread")]
async fn async_executions_schedules_cancels_and_dead_letters_from_the_command_line() {
    let data = tempfile::tempdir().unwrap();
    let local = ignite_server::server::spawn_local(&data.path().join("data"), "dev").await.unwrap();
    let work = tempfile::tempdir().unwrap();
    std::fs::create_dir(work.path().join("worker")).unwrap();
    std::fs::write(work.path().join("worker/handler.py"), WORKER).unwrap();
    let mut s = Session { config: tempfile::tempdir().unwrap(), url: local.url.clone(), transcript: String::new() };
    let dir = work.path().to_path_buf();
    s.run(&dir, &["login", "--server", &local.url, "--org", "dev", "--token", &local.token]);
    let (code, _, err) = s.run(&dir, &["deploy", "worker", "./worker"]);
    assert_eq!(code, 0, "{err}");

    // One key, one execution.
    let (code, first, err) = s.run(&dir, &["invoke", "worker", "--async", "--data", "a", "--idempotency-key", "k1"]);
    assert_eq!(code, 0, "{err}");
    let (_, again, _) = s.run(&dir, &["invoke", "worker", "--async", "--data", "b", "--idempotency-key", "k1"]);
    assert_eq!(first, again);

    // A sleeping execution, cancelled.
    let (_, sleeping, _) = s.run(&dir, &["invoke", "worker", "--async", "--data", "sleep"]);
    let sleeping = sleeping.trim().to_string();
    std::thread::sleep(std::time::Duration::from_millis(500));
    let (code, out, err) = s.run(&dir, &["execution", "cancel", &sleeping]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("CANCELLED"), "{out}");

    // A failure is a dead letter.
    let (_, failing, _) = s.run(&dir, &["invoke", "worker", "--async", "--data", "fail"]);
    let failing = failing.trim().to_string();
    let (code, ..) = s.run(&dir, &["execution", "watch", &failing]);
    assert_eq!(code, 0);
    let (_, out, _) = s.run(&dir, &["dead-letters", "list", "worker"]);
    assert!(out.contains(&failing) && out.contains("failed on purpose"), "{out}");
    let (code, out, _) = s.run(&dir, &["dead-letters", "purge", "worker"]);
    assert_eq!((code, out.trim()), (0, "1 purged"));

    // A schedule of every second: listed, fired, removed.
    let (code, out, err) =
        s.run(&dir, &["schedule", "set", "worker", "tick", "--cron", "*/1 * * * * *", "--data", "t"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.trim(), "schedules of worker: tick");
    std::thread::sleep(std::time::Duration::from_millis(2500));
    let (_, out, _) = s.run(&dir, &["app", "state", "worker"]);
    assert!(out.contains("schedule tick \"*/1 * * * * *\" UTC: next"), "{out}");
    let (_, out, _) = s.run(&dir, &["execution", "list", "worker", "--kind", "schedule"]);
    assert!(out.lines().count() >= 1 && out.lines().all(|l| l.contains("SCHEDULE")), "{out}");
    let (_, out, _) = s.run(&dir, &["execution", "list", "worker", "--status", "cancelled"]);
    assert!(out.contains(&sleeping), "{out}");
    let (code, out, _) = s.run(&dir, &["schedule", "delete", "worker", "tick"]);
    assert_eq!((code, out.trim()), (0, "schedules of worker: none"));
    let (code, _, err) = s.run(&dir, &["execution", "list", "worker", "--kind", "weekly"]);
    assert_eq!(code, 2, "{err}");

    let (code, out, _) = s.run(&dir, &["app", "callback-secret", "worker"]);
    assert_eq!((code, out.trim().len()), (0, 64), "{out}");

    // Aliases.
    let (code, out, err) = s.run(&dir, &["alias", "set", "worker", "live", "--version", "1"]);
    assert_eq!((code, out.trim()), (0, "live -> v1"), "{err}");
    let (code, out, _) =
        s.run(&dir, &["alias", "split", "worker", "live", "--version", "1", "--canary", "1", "--weight", "10"]);
    assert_eq!((code, out.trim()), (0, "live -> v1 (10% to v1)"));
    let (code, out, _) = s.run(&dir, &["alias", "promote", "worker", "live", "--weight", "50"]);
    assert_eq!((code, out.trim()), (0, "live -> v1 (50% to v1)"));
    let (code, out, _) = s.run(&dir, &["alias", "rollback", "worker", "live"]);
    assert_eq!((code, out.trim()), (0, "live -> v1"));
    let (code, _, err) = s.run(&dir, &["alias", "promote", "worker", "live"]);
    assert_eq!(code, 2, "no canary to promote: {err}");
    let (_, out, _) = s.run(&dir, &["alias", "list", "worker"]);
    assert_eq!(out.trim(), "live -> v1");

    // Stored log lines, found by time and text.
    let (code, _, err) = s.run(&dir, &["logs", "worker", "--since", "1h", "--contains", "nothing printed this"]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = s.run(&dir, &["logs", "worker", "--since", "5x"]);
    assert_eq!(code, 2, "{err}");
}

/// Reads `child`'s stdout on a thread; `wait_for` returns once a line contains the text.
struct Output {
    lines: std::sync::mpsc::Receiver<String>,
    seen: String,
}

impl Output {
    fn of(child: &mut std::process::Child) -> Output {
        let stdout = child.stdout.take().unwrap();
        let (tx, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            use std::io::BufRead;
            for line in std::io::BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Output { lines, seen: String::new() }
    }

    fn wait_for(&mut self, text: &str) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(90);
        while !self.seen.lines().any(|l| l.contains(text)) {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    self.seen.push_str(&line);
                    self.seen.push('\n');
                }
                Err(_) => panic!("no line with {text:?} in:\n{}", self.seen),
            }
        }
    }
}

/// A child process killed when the test ends, passed or not: a failed test must not
/// leave it running (holding the test's output open).
struct KilledOnDrop(std::process::Child);

impl Drop for KilledOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// How many inotify watches the process holds (the `inotify wd:` lines of its fds).
fn inotify_watches(pid: u32) -> usize {
    let fds = std::fs::read_dir(format!("/proc/{pid}/fdinfo")).unwrap();
    fds.flatten()
        .filter_map(|fd| std::fs::read_to_string(fd.path()).ok())
        .map(|info| info.lines().filter(|l| l.starts_with("inotify wd:")).count())
        .sum()
}

/// `ignite dev`: the draft is saved and tested at each edit, errors show inline, and
/// Ctrl-C leaves nothing published.
#[tokio::test(flavor = "multi_thread")]
async fn dev_reloads_the_draft_at_each_edit_and_never_publishes() {
    let data = tempfile::tempdir().unwrap();
    let local = ignite_server::server::spawn_local(&data.path().join("data"), "dev").await.unwrap();
    let work = tempfile::tempdir().unwrap();
    let project = work.path().join("hello");
    std::fs::create_dir_all(&project).unwrap();
    std::fs::write(project.join("handler.py"), HANDLER).unwrap();
    // Directories that are never uploaded are not watched either: a node_modules or a
    // target can hold more directories than inotify allows watches.
    for i in 0..40 {
        std::fs::create_dir_all(project.join(format!("node_modules/pkg{i}/lib"))).unwrap();
    }
    std::fs::create_dir_all(project.join("target/debug/deps")).unwrap();
    let mut child = KilledOnDrop(
        Command::new(env!("CARGO_BIN_EXE_ignite"))
            .args(["--server", &local.url, "--org", "dev", "--token", &local.token])
            .args(["dev", "./hello", "--data", r#"{"name":"dev"}"#, "--debounce-ms", "100"])
            .current_dir(work.path())
            .env("IGNITE_CONFIG", work.path().join("config.toml"))
            .env("NO_COLOR", "1")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::inherit())
            .spawn()
            .unwrap(),
    );
    let mut out = Output::of(&mut child.0);
    out.wait_for(r#"{"hello": "dev"}"#);
    out.wait_for("log: ");

    // An edit is picked up in the same run.
    std::fs::write(project.join("handler.py"), HANDLER.replace("'hello'", "'edited'")).unwrap();
    out.wait_for(r#"{"edited": "dev"}"#);
    // A broken handler shows its error, and the loop goes on.
    std::fs::write(
        project.join("handler.py"),
        "def handler(payload, ctx):\n    raise ValueError('broken on purpose')\n",
    )
    .unwrap();
    out.wait_for("broken on purpose");
    std::fs::write(project.join("handler.py"), HANDLER.replace("'hello'", "'fixed'")).unwrap();
    out.wait_for(r#"{"fixed": "dev"}"#);
    assert_eq!(inotify_watches(child.0.id()), 1, "only hello/ itself is watched");

    // A directory made while it runs is watched too, and its files are part of the code.
    std::fs::create_dir_all(project.join("lib")).unwrap();
    std::fs::write(project.join("lib/word.txt"), "deep").unwrap();
    std::fs::write(
        project.join("handler.py"),
        "import os\n\ndef handler(payload, ctx):\n    here = os.path.dirname(os.path.abspath(__file__))\n    \
         with open(os.path.join(here, 'lib', 'word.txt')) as f:\n        return {'word': f.read()}\n",
    )
    .unwrap();
    out.wait_for(r#"{"word": "deep"}"#);
    std::fs::write(project.join("lib/word.txt"), "deeper").unwrap();
    out.wait_for(r#"{"word": "deeper"}"#);
    assert_eq!(inotify_watches(child.0.id()), 2, "hello/ and hello/lib/ are watched");

    let killed = Command::new("kill").args(["-INT", &child.0.id().to_string()]).status().unwrap();
    assert!(killed.success());
    let status = child.0.wait().unwrap();
    assert_eq!(status.code(), Some(0));

    let client = ignite_client::Client::builder(&local.url).token(&local.token).connect().await.unwrap();
    let app = |name: &str| ignite_client::v1::GetAppRequest { organization_name: "dev".into(), app_name: name.into() };
    let meta = client.get_app(app("hello")).await.unwrap().app.unwrap();
    assert_eq!(meta.active_version, 0, "ignite dev published a version");
    let versions = client
        .list_app_versions(ignite_client::v1::ListAppVersionsRequest {
            organization_name: "dev".into(),
            app_name: "hello".into(),
        })
        .await
        .unwrap();
    assert!(versions.versions.is_empty());
}

/// `ignite apply`: the plan, then the changes; a second apply is a no-op, `--dry-run`
/// changes nothing, `--prune` deletes what no file declares, and `ignite export` writes
/// files that apply as they are.
#[tokio::test(flavor = "multi_thread")]
async fn apply_makes_the_server_match_the_files_and_export_round_trips() {
    let data = tempfile::tempdir().unwrap();
    let local = ignite_server::server::spawn_local(&data.path().join("data"), "dev").await.unwrap();
    let work = tempfile::tempdir().unwrap();
    let apps = work.path().join("apps");
    std::fs::create_dir_all(apps.join("hello")).unwrap();
    std::fs::create_dir_all(apps.join("other")).unwrap();
    std::fs::write(apps.join("hello/handler.py"), HANDLER).unwrap();
    let hello_yaml = "name: hello\ndescription: says hello\nruntime: python\nenv:\n  GREETING: hi\n  TOKEN: secret://api-token\n\
                      limits:\n  memoryMb: 256\nschedules:\n  - name: nightly\n    cron: \"0 0 3 * * *\"\n    timezone: Europe/Paris\n\
                      aliases:\n  stable:\n    version: 1\nretry:\n  maxAttempts: 3\n  jitter: 0.1\n  retryOn: [timeout, server-error]\n\
                      logRetentionSecs: 86400\ntier: small\nstorage: ttl\nttlSecs: 86400\ntags: [demo, apply]\ncategory: [tools]\n\
                      scaling:\n  maxReplicas: 3\n  metric: concurrency\n  target: 2\n\
                      inputSchema:\n  type: object\n  properties:\n    name: {type: string}\n  required: [name]\n";
    std::fs::write(apps.join("hello/ignite.yaml"), hello_yaml).unwrap();
    std::fs::write(apps.join("other/handler.py"), HANDLER.replace("'hello'", "'other'")).unwrap();
    std::fs::write(apps.join("other/ignite.yaml"), "name: other\n").unwrap();
    // One file as the code: uploaded as it is, exported as that file.
    std::fs::create_dir_all(apps.join("single")).unwrap();
    std::fs::write(apps.join("single/handler.py"), HANDLER.replace("'hello'", "'single'")).unwrap();
    std::fs::write(apps.join("single/ignite.yaml"), "name: single\ncode: handler.py\n").unwrap();
    let mut s = Session { config: tempfile::tempdir().unwrap(), url: local.url.clone(), transcript: String::new() };
    let dir = work.path().to_path_buf();
    let (code, ..) = s.run(&dir, &["login", "--server", &local.url, "--org", "dev", "--token", &local.token]);
    assert_eq!(code, 0);

    // A secret the files name must exist first.
    let (code, _, err) = s.run(&dir, &["apply", "-f", "apps"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("names secret \"api-token\", which does not exist"), "{err}");
    let (code, _, err) = s.run(&dir, &["secret", "create", "api-token", "--kind", "app", "--password", "s3cr3t"]);
    assert_eq!(code, 0, "{err}");

    let (code, plan, err) = s.run(&dir, &["apply", "-f", "apps", "--dry-run"]);
    assert_eq!(code, 0, "{err}");
    assert!(plan.contains("+ app hello\n") && plan.contains("+ app other\n"), "{plan}");
    assert!(plan.contains("Plan: 3 to add, 0 to change, 0 to destroy.") && plan.contains("Dry run"), "{plan}");
    let (_, out, _) = s.run(&dir, &["-o", "json", "app", "list"]);
    assert_eq!(serde_json::from_str::<serde_json::Value>(&out).unwrap()["apps"], serde_json::json!([]));

    let (code, out, err) = s.run(&dir, &["apply", "-f", "apps"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("published hello version 1") && out.contains("Applied 3 apps."), "{out}");
    let (_, out, _) = s.run(&dir, &["invoke", "hello", "--data", r#"{"name":"apply"}"#]);
    assert_eq!(out, r#"{"hello": "apply"}"#);
    let (_, out, _) = s.run(&dir, &["invoke", "single", "--data", r#"{"name":"file"}"#]);
    assert_eq!(out, r#"{"single": "file"}"#);
    let (_, out, _) = s.run(&dir, &["-o", "json", "app", "get", "hello"]);
    let app = &serde_json::from_str::<serde_json::Value>(&out).unwrap()["app"];
    assert_eq!(app["resourceTier"], "RESOURCE_TIER_SMALL", "{app}");
    assert_eq!((&app["storageMode"], &app["ttlSecs"]), (&"STORAGE_MODE_TTL".into(), &86400.into()), "{app}");
    assert_eq!(app["tags"], serde_json::json!(["demo", "apply"]), "{app}");
    assert_eq!(app["scaling"]["metric"], "SCALE_METRIC_CONCURRENCY", "{app}");
    let schema: serde_json::Value = serde_json::from_str(app["inputSchema"].as_str().unwrap()).unwrap();
    assert_eq!(schema["required"], serde_json::json!(["name"]), "{app}");

    // Twice: nothing to do, nothing done.
    let (code, out, _) = s.run(&dir, &["apply", "-f", "apps"]);
    assert_eq!(code, 0);
    assert!(out.contains("  app hello (no changes)") && out.contains("No changes"), "{out}");
    let (_, before, _) = s.run(&dir, &["-o", "json", "app", "get", "hello"]);

    // A change shows in the plan; the dry run leaves it undone.
    std::fs::write(apps.join("hello/ignite.yaml"), hello_yaml.replace("GREETING: hi", "GREETING: hey")).unwrap();
    std::fs::write(apps.join("hello/handler.py"), HANDLER.replace("'hello'", "'hey'")).unwrap();
    let (_, plan, _) = s.run(&dir, &["apply", "-f", "apps", "--dry-run"]);
    assert!(plan.contains("~ app hello\n    ~ env.GREETING: \"hi\" -> \"hey\""), "{plan}");
    assert!(!plan.contains("tier") && !plan.contains("inputSchema"), "unchanged settings stay out: {plan}");
    assert!(plan.contains("~ code: ") && plan.contains("Plan: 0 to add, 1 to change, 0 to destroy."), "{plan}");
    let (_, after, _) = s.run(&dir, &["-o", "json", "app", "get", "hello"]);
    // As values: a map's keys print in any order.
    let json = |text: &str| serde_json::from_str::<serde_json::Value>(text).unwrap();
    assert_eq!(json(&before), json(&after), "--dry-run changed the app");
    let (code, out, _) = s.run(&dir, &["apply", "-f", "apps"]);
    assert_eq!(code, 0);
    assert!(out.contains("published hello version 2"), "{out}");
    let (_, out, _) = s.run(&dir, &["invoke", "hello", "--data", r#"{"name":"v2"}"#]);
    assert_eq!(out, r#"{"hey": "v2"}"#);

    // --prune: an app no file declares goes.
    std::fs::remove_dir_all(apps.join("other")).unwrap();
    let (_, out, _) = s.run(&dir, &["apply", "-f", "apps"]);
    assert!(out.contains("No changes"), "without --prune other stays: {out}");
    let (code, out, _) = s.run(&dir, &["apply", "-f", "apps", "--prune"]);
    assert_eq!(code, 0);
    assert!(out.contains("- app other (and its 1 versions)") && out.contains("deleted other"), "{out}");

    // Export, then apply the export: nothing to change.
    let (code, out, err) = s.run(&dir, &["export", "-d", "exported"]);
    assert_eq!(code, 0, "{out}{err}");
    let exported = std::fs::read_to_string(dir.join("exported/hello/ignite.yaml")).unwrap();
    assert!(exported.contains("TOKEN: secret://api-token") && exported.contains("code: code"), "{exported}");
    let single = std::fs::read_to_string(dir.join("exported/single/ignite.yaml")).unwrap();
    assert!(single.contains("code: handler.py"), "{single}");
    assert!(dir.join("exported/single/handler.py").is_file() && dir.join("exported/hello/code/handler.py").is_file());
    let (code, out, err) = s.run(&dir, &["apply", "-f", "exported"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("No changes"), "{out}");
    let (code, _, err) = s.run(&dir, &["export", "-d", "exported"]);
    assert_eq!(code, 2, "an export never overwrites: {err}");
}
