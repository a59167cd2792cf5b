//! Builds run the tenant's code too (setup.py, build.rs, a Dockerfile's checkout): they
//! see only their own inputs and outputs, never the data directory, the server's
//! environment, the host's files, or another organization's caches.

use std::path::Path;
use std::process::Command;

use serde_json::json;

use super::{CANARY, Sentinel, assert_no_secrets, compile, exists};
use crate::harness::{Server, b64, tar_gz};

fn python_archive_draft(files: &[(&str, &str)]) -> String {
    json!({"code": {"compile": {"runtime": {"python": {}}, "sourceCode": b64(&tar_gz(files))}}}).to_string()
}

async fn save(s: &Server, token: &str, org: &str, app: &str, draft: &str) {
    s.http("POST", &format!("/v1/ignite/app/{org}"), Some(token), Some(&json!({"name": app}).to_string())).await;
    let (status, body) = s.http("POST", &format!("/v1/ignite/app/{org}/{app}/draft"), Some(token), Some(draft)).await;
    assert_eq!(status, 200, "{body}");
}

#[tokio::test]
async fn requirements_and_package_builds_never_see_the_server() {
    let sentinel = Sentinel::new();
    let s = Server::start_with_env(&[], &[CANARY]);
    let key = s.data_dir.join("secret.key").display().to_string();
    let db = s.data_dir.join("ignite.db").display().to_string();

    // `-r <file>` lines naming the server's files: pip, in the sandbox, finds none.
    let requirements = format!("-r {key}\n-r {}\n", sentinel.path.display());
    save(
        &s,
        &s.token,
        "dev",
        "reader",
        &python_archive_draft(&[
            ("handler.py", "def handler(p, c):\n    return 'x'\n"),
            ("requirements.txt", &requirements),
        ]),
    )
    .await;
    let (draft, log) = compile(&s, &s.token, "dev", "reader").await;
    assert_eq!(draft["status"], "VERSION_STATUS_FAILED", "{draft}");
    assert!(log.contains("No such file") || log.contains("Could not open"), "pip says it found nothing: {log}");
    assert_no_secrets(&s, &format!("{log}{draft}"));

    // A package whose setup.py reads and writes what it must not, and prints it all.
    let setup = format!(
        r#"import os
def attempt(what, action):
    try:
        print("ATTEMPT", what, "SUCCEEDED", repr(action())[:200], flush=True)
    except Exception as e:
        print("ATTEMPT", what, "failed", type(e).__name__, flush=True)
attempt("read key", lambda: open({key:?}).read())
attempt("read db", lambda: open({db:?}, "rb").read(100))
attempt("read sentinel", lambda: open({sentinel:?}).read())
attempt("write sentinel", lambda: open({sentinel:?}, "w").write("owned"))
attempt("write beside sentinel", lambda: open({beside:?}, "w").write("owned"))
attempt("read shadow", lambda: open("/etc/shadow").read())
print("ENV of the sandbox's first process", open("/proc/1/environ").read(), flush=True)
print("ENV", sorted(os.environ.items()), flush=True)
# Fail, so that pip shows all of the above in the build log.
raise SystemExit("nosy: done looking")
"#,
        sentinel = sentinel.path.display().to_string(),
        beside = sentinel.dir.join("planted").display().to_string(),
    );
    save(
        &s,
        &s.token,
        "dev",
        "setup-py",
        &python_archive_draft(&[
            ("handler.py", "def handler(p, c):\n    return 'x'\n"),
            ("requirements.txt", "./nosy\n"),
            ("nosy/setup.py", &setup),
        ]),
    )
    .await;
    let (draft, log) = compile(&s, &s.token, "dev", "setup-py").await;
    assert_eq!(draft["status"], "VERSION_STATUS_FAILED", "{draft}\n{log}");
    let attempts: Vec<&str> = log.lines().filter(|l| l.trim_start().starts_with("ATTEMPT")).collect();
    assert_eq!(attempts.len(), 6, "{log}");
    for line in attempts {
        assert!(line.contains(" failed "), "{line}");
    }
    assert_no_secrets(&s, &log);
    sentinel.assert_intact();
}

/// A local repository with a symlinked context directory and Dockerfile.
fn linked_repository(dir: &Path, outside: &Path) -> std::path::PathBuf {
    let repo = dir.join("linked");
    std::fs::create_dir_all(repo.join("real")).unwrap();
    std::fs::write(repo.join("real/Dockerfile"), "FROM scratch\nCOPY . /\n").unwrap();
    std::os::unix::fs::symlink(outside, repo.join("ctx")).unwrap();
    std::os::unix::fs::symlink(outside.join("sentinel"), repo.join("real/Linked.dockerfile")).unwrap();
    let git = |args: &[&str]| {
        let out = Command::new("git").arg("-C").arg(&repo).args(args).output().unwrap();
        assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    };
    git(&["init", "-q", "-b", "main"]);
    git(&["add", "."]);
    git(&["-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "links"]);
    repo
}

#[tokio::test]
async fn a_checkout_cannot_lead_the_build_out_of_the_clone() {
    let sentinel = Sentinel::new();
    let repos = tempfile::tempdir().unwrap();
    let repo = linked_repository(repos.path(), &sentinel.dir);
    let s = Server::start_with(&["--git-local-dir", repos.path().to_str().unwrap()]);
    let url = repo.display().to_string();
    for (app, context, dockerfile) in [("by-context", "ctx", ""), ("by-dockerfile", "real", "Linked.dockerfile")] {
        let source =
            json!({"fromGit": {"gitUrl": url, "gitRef": "main", "contextDir": context, "dockerfilePath": dockerfile}});
        save(&s, &s.token, "dev", app, &json!({"code": {"image": source}}).to_string()).await;
        let (draft, log) = compile(&s, &s.token, "dev", app).await;
        assert_eq!(draft["status"], "VERSION_STATUS_FAILED", "{app}: {draft}\n{log}");
        let error = draft["error"].as_str().unwrap_or_default();
        assert!(error.contains("symbolic link") || error.contains("not a directory"), "{app}: {error}");
        assert_no_secrets(&s, &format!("{error}{log}"));
    }
    sentinel.assert_intact();
}

/// A cargo project whose build script plants a file in the cargo home and the target
/// directory, and says whether an earlier build planted one there.
fn planting_project(tag: &str) -> Vec<u8> {
    let build = format!(
        r#"fn main() {{
    let home = std::env::var("CARGO_HOME").unwrap();
    let target = std::env::var("CARGO_TARGET_DIR").unwrap();
    for dir in [&home, &target] {{
        let planted = std::path::Path::new(dir).join("planted-by");
        if let Ok(by) = std::fs::read_to_string(&planted) {{
            println!("cargo:warning=FOUND-PLANTED-BY {{}}", by);
        }}
        let _ = std::fs::write(&planted, "{tag}");
    }}
}}
"#
    );
    let manifest = "[package]\nname = \"planter\"\nversion = \"0.1.0\"\nedition = \"2021\"\nbuild = \"build.rs\"\n\n\
                    [dependencies]\nignite = \"0.1\"\nserde_json = \"1\"\n";
    let main = "#[ignite::main]\nfn handler(_req: ignite::Request, _ctx: ignite::Context) -> Result<serde_json::Value, ignite::Error> {\n    Ok(serde_json::json!(\"ok\"))\n}\n";
    tar_gz(&[("Cargo.toml", manifest), ("build.rs", &build), ("src/main.rs", main)])
}

#[tokio::test]
async fn a_build_script_cannot_touch_another_organizations_caches() {
    let s = Server::start();
    let orgs = [("poisoner", s.new_token("poisoner")), ("victim", s.new_token("victim"))];
    let mut logs = Vec::new();
    for (org, token) in &orgs {
        let draft = json!({"code": {"compile": {"runtime": {"rust": {}}, "sourceCode": b64(&planting_project(org))}}});
        save(&s, token, org, "planter", &draft.to_string()).await;
        let (draft, log) = compile(&s, token, org, "planter").await;
        assert_eq!(draft["status"], "VERSION_STATUS_DRAFT", "{org}: {draft}\n{log}");
        logs.push(log);
    }
    // The victim's build never found the poisoner's file; each plant stayed home.
    assert!(!logs[1].contains("FOUND-PLANTED-BY poisoner"), "{}", logs[1]);
    let cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join("ignite-build-cache/cache");
    assert!(exists(&cache.join("poisoner/cargo-home/planted-by")));
    assert_eq!(std::fs::read_to_string(cache.join("victim/cargo-home/planted-by")).unwrap(), "victim");
}
