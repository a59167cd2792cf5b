//! Bring your own image: a static Go server built into an image by buildah, pushed to
//! a local registry that requires credentials, deployed by reference and by tarball,
//! invoked through Invoke and both host forms; the same server built by the platform
//! from a Dockerfile archive, from a git repository and from its Go source alone; and
//! the failure cases.

use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::sync::OnceLock;

use serde_json::{Value, json};

use crate::harness::{Server, b64, tar_gz, unb64};

const USER: &str = "ignite";
const PASSWORD: &str = "s3cret";
/// bcrypt of PASSWORD, as the registry's htpasswd file wants it.
const HTPASSWD: &str = "ignite:$2b$05$jkIWboh50E9IHXSOqpUFwOZd3SnnuPximXu/WBlJbA.ZJsLjf7sJ2\n";

/// The test image, built once: its build context (the server's source, its static
/// binary and the Dockerfile), its OCI archive, the buildah flags naming its storage.
struct TestImage {
    context: PathBuf,
    archive: PathBuf,
    storage: Vec<String>,
    _dir: tempfile::TempDir,
}

fn run(cmd: &mut Command) {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(out.status.success(), "{cmd:?}: {}", String::from_utf8_lossy(&out.stderr));
}

fn test_image() -> &'static TestImage {
    static IMAGE: OnceLock<TestImage> = OnceLock::new();
    IMAGE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let context = dir.path().join("context");
        let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/all/images/hello-server");
        std::fs::create_dir(&context).unwrap();
        for file in ["main.go", "go.mod", "Dockerfile"] {
            std::fs::copy(source.join(file), context.join(file)).unwrap();
        }
        run(Command::new("go")
            .args(["build", "-o", "hello-server", "."])
            .current_dir(&context)
            .env("CGO_ENABLED", "0")
            .env("GOPROXY", "off")
            .env("GOCACHE", dir.path().join("gocache"))
            .env("GOFLAGS", "-mod=mod"));
        let storage = vec![
            "--storage-driver".to_string(),
            "vfs".into(),
            "--root".into(),
            dir.path().join("storage").display().to_string(),
            "--runroot".into(),
            dir.path().join("run").display().to_string(),
        ];
        run(Command::new("buildah")
            .args(&storage)
            .args(["bud", "--isolation", "chroot", "-q", "-t", "localhost/hello:1"])
            .arg(&context));
        let archive = dir.path().join("hello.tar");
        run(Command::new("buildah")
            .args(&storage)
            .args(["push", "-q", "localhost/hello:1"])
            .arg(format!("oci-archive:{}", archive.display())));
        TestImage { context, archive, storage, _dir: dir }
    })
}

/// A registry on loopback requiring USER / PASSWORD, killed when dropped.
struct Registry {
    child: Child,
    addr: String,
    _dir: tempfile::TempDir,
}

impl Drop for Registry {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Registry {
    async fn start() -> Registry {
        let dir = tempfile::tempdir().unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let addr = format!("127.0.0.1:{port}");
        std::fs::write(dir.path().join("htpasswd"), HTPASSWD).unwrap();
        let config = format!(
            "version: 0.1\nlog: {{ level: error }}\nstorage: {{ filesystem: {{ rootdirectory: {} }} }}\nhttp: {{ addr: {addr} }}\nauth: {{ htpasswd: {{ realm: ignite, path: {} }} }}\n",
            dir.path().join("data").display(),
            dir.path().join("htpasswd").display()
        );
        std::fs::write(dir.path().join("config.yml"), config).unwrap();
        let child = Command::new("docker-registry")
            .arg("serve")
            .arg(dir.path().join("config.yml"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("docker-registry (scripts/setup.sh installs it)");
        let registry = Registry { child, addr, _dir: dir };
        for _ in 0..100 {
            if reqwest::get(format!("http://{}/v2/", registry.addr)).await.is_ok() {
                return registry;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("the registry did not start");
    }

    fn push(&self, image: &TestImage, name: &str) {
        run(Command::new("buildah")
            .args(&image.storage)
            .args(["push", "-q", "--tls-verify=false", "--creds", &format!("{USER}:{PASSWORD}"), "localhost/hello:1"])
            .arg(format!("docker://{}/{name}", self.addr)));
    }
}

async fn create_app(s: &Server, app: &str, env: Value) {
    let body = json!({"name": app, "ports": [8080, 9090], "env": env, "limits": {"timeoutSecs": 10}}).to_string();
    let (status, created) = s.call("POST", "/v1/ignite/app/dev", Some(&body)).await;
    assert_eq!(status, 200, "{created}");
}

/// Saves the prebuilt image draft and publishes it: the publish's status and body.
async fn deploy(s: &Server, app: &str, prebuilt: Value) -> (u16, Value) {
    save_image_draft(s, app, json!({"prebuilt": prebuilt})).await;
    publish(s, app).await
}

async fn save_image_draft(s: &Server, app: &str, image: Value) {
    let draft = json!({"code": {"image": image}}).to_string();
    let (status, body) = s.call("POST", &format!("/v1/ignite/app/dev/{app}/draft"), Some(&draft)).await;
    assert_eq!(status, 200, "{body}");
}

async fn publish(s: &Server, app: &str) -> (u16, Value) {
    s.call("POST", &format!("/v1/ignite/app/dev/{app}/draft/publish"), Some("{}")).await
}

/// Saves the image draft, builds it (the build must succeed) and publishes it; returns
/// the build log.
async fn build_and_publish(s: &Server, app: &str, image: Value) -> String {
    save_image_draft(s, app, image).await;
    let (draft, log) = build(s, app).await;
    assert_eq!(draft["status"], "VERSION_STATUS_DRAFT", "{draft} {log}");
    let (status, body) = publish(s, app).await;
    assert_eq!(status, 200, "{body}");
    log
}

/// CompileDraft (the image build), waited for: the draft info at its end and the build
/// log read back by the draft's build id.
async fn build(s: &Server, app: &str) -> (Value, String) {
    let (status, body) = s.call("POST", &format!("/v1/ignite/app/dev/{app}/draft/compile"), Some("{}")).await;
    assert_eq!(status, 200, "{body}");
    let build_id = body["draft"]["buildId"].as_str().unwrap_or_default().to_string();
    assert_eq!(build_id, body["deployId"].as_str().unwrap(), "an image build is found by its build id: {body}");
    let draft = loop {
        let (_, body) = s.call("GET", &format!("/v1/ignite/app/dev/{app}/draft"), None).await;
        if body["draft"]["status"] != "VERSION_STATUS_COMPILING" {
            break body["draft"].clone();
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    let (status, log) = s.call("GET", &format!("/v1/ignite/app/dev/{app}/builds/{build_id}/log"), None).await;
    assert_eq!((status, &log["found"]), (200, &json!(true)), "{log}");
    let log = String::from_utf8_lossy(&unb64(log["log"].as_str().unwrap())).into_owned();
    eprintln!("image build of {app}: {}", log.lines().last().unwrap_or_default());
    (draft, log)
}

/// Invoke over HTTP: (status code of the head, the body as text, the trailer).
async fn invoke(s: &Server, app: &str, path: &str, payload: &str) -> (u64, String, Value) {
    crate::harness::invoke_path(s, &s.token, "dev", app, path, payload.as_bytes()).await
}

async fn host_call(s: &Server, host: &str, path: &str) -> (u16, Value) {
    let resp = reqwest::Client::new()
        .post(format!("http://{}{path}", s.addr))
        .header("host", host)
        .bearer_auth(&s.token)
        .body("via host")
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    let text = resp.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or_else(|_| json!({"raw": text})))
}

async fn event_kinds(s: &Server, app: &str) -> Vec<(String, String)> {
    let (_, events) = s.call("GET", &format!("/v1/ignite/app/dev/{app}/events"), None).await;
    events["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (e["kind"].as_str().unwrap_or_default().to_string(), e["message"].as_str().unwrap_or_default().to_string())
        })
        .collect()
}

#[tokio::test]
async fn an_image_from_a_registry_with_credentials_serves_invoke_and_both_hosts() {
    let image = test_image();
    let registry = Registry::start().await;
    registry.push(image, "hello:1");
    // A registry on loopback: the operator names it, or the fetch policy refuses it.
    let s = Server::start_with(&["--insecure-registries", &registry.addr]);
    let secret = json!({"name": "reg", "value": {"registrySecret": {"username": USER, "password": PASSWORD, "serverAddress": registry.addr}}});
    let (status, body) = s.call("POST", "/v1/ignite/secrets", Some(&secret.to_string())).await;
    assert_eq!(status, 200, "{body}");

    create_app(&s, "web", json!({"SECOND_PORT": "9090"})).await;
    let image_ref = format!("{}/hello:1", registry.addr);
    let (status, body) = deploy(&s, "web", json!({"imageRef": image_ref, "registrySecretRef": "reg"})).await;
    assert_eq!(status, 200, "{body}");

    let started = std::time::Instant::now();
    let (status, body, trailer) = invoke(&s, "web", "/greet?x=1", "payload").await;
    let cold_start = started.elapsed();
    assert_eq!(status, 200, "{body} {trailer}");
    let answer: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        (&answer["port"], &answer["method"], &answer["path"]),
        (&json!("8080"), &json!("POST"), &json!("/greet?x=1"))
    );
    assert_eq!(
        (&answer["body"], &answer["function"], &answer["user"]),
        (&json!("payload"), &json!("dev/web"), &json!("from-image"))
    );
    assert!(!answer["execution"].as_str().unwrap().is_empty(), "{answer}");
    eprintln!("image cold start (zero to first response, through Invoke): {cold_start:?}");

    // Both host forms: the app's first port, and a declared port of its own.
    let (status, answer) = host_call(&s, "web-dev.localhost", "/by-host").await;
    assert_eq!((status, &answer["port"], &answer["path"]), (200, &json!("8080"), &json!("/by-host")), "{answer}");
    let (status, answer) = host_call(&s, "web-dev-9090.localhost", "/second").await;
    assert_eq!((status, &answer["port"], &answer["body"]), (200, &json!("9090"), &json!("via host")), "{answer}");

    // Readiness was gated by the probe: the process started, then the replica was ready.
    let kinds = event_kinds(&s, "web").await;
    let position =
        |kind: &str| kinds.iter().position(|(k, _)| k == kind).unwrap_or_else(|| panic!("{kind}: {kinds:?}"));
    assert!(position("APP_EVENT_KIND_STARTED") != position("APP_EVENT_KIND_READY"), "{kinds:?}");

    // The same image from a tarball upload (air-gapped) behaves the same.
    create_app(&s, "web-tar", json!({})).await;
    let archive = std::fs::read(&image.archive).unwrap();
    let (status, body) = deploy(&s, "web-tar", json!({"imageArchive": b64(&archive)})).await;
    assert_eq!(status, 200, "{body}");
    let (status, body, _) = invoke(&s, "web-tar", "/", "tar").await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(serde_json::from_str::<Value>(&body).unwrap()["body"], "tar");

    // Wrong credentials and an unknown tag fail the publish with the reason.
    let secret = json!({"name": "bad", "value": {"registrySecret": {"username": USER, "password": "wrong", "serverAddress": registry.addr}}});
    s.call("POST", "/v1/ignite/secrets", Some(&secret.to_string())).await;
    create_app(&s, "denied", json!({})).await;
    let (status, body) = deploy(&s, "denied", json!({"imageRef": image_ref, "registrySecretRef": "bad"})).await;
    assert_ne!(status, 200);
    assert!(body.to_string().contains("the registry refused the credentials"), "{body}");
    create_app(&s, "missing", json!({})).await;
    let (status, body) =
        deploy(&s, "missing", json!({"imageRef": format!("{}/hello:nope", registry.addr), "registrySecretRef": "reg"}))
            .await;
    assert_ne!(status, 200);
    assert!(body.to_string().contains("the image or tag does not exist"), "{body}");
}

/// The OCI archive with one byte of its largest blob (the layer) changed.
fn tampered(archive: &[u8]) -> Vec<u8> {
    let mut entries: Vec<(tar::Header, Vec<u8>)> = tar::Archive::new(archive)
        .entries()
        .unwrap()
        .map(|e| {
            let mut e = e.unwrap();
            let mut data = Vec::new();
            std::io::Read::read_to_end(&mut e, &mut data).unwrap();
            (e.header().clone(), data)
        })
        .collect();
    let largest = (0..entries.len()).max_by_key(|i| entries[*i].1.len()).unwrap();
    let data = &mut entries[largest].1;
    let middle = data.len() / 2;
    data[middle] ^= 0xff;
    let mut builder = tar::Builder::new(Vec::new());
    for (header, data) in entries {
        builder.append(&header, data.as_slice()).unwrap();
    }
    builder.into_inner().unwrap()
}

#[tokio::test]
async fn broken_images_fail_with_clear_reasons_and_events() {
    let image = test_image();
    let archive = std::fs::read(&image.archive).unwrap();
    let s = Server::start();

    // A corrupt layer: the digest check refuses it.
    create_app(&s, "corrupt", json!({})).await;
    let (status, body) = deploy(&s, "corrupt", json!({"imageArchive": b64(&tampered(&archive))})).await;
    assert_ne!(status, 200);
    assert!(body.to_string().contains("digest mismatch"), "{body}");

    // A process that exits at once: the call fails with its exit and stderr; an event says so.
    create_app(&s, "quitter", json!({"EXIT_AT_ONCE": "1"})).await;
    let (status, body) = deploy(&s, "quitter", json!({"imageArchive": b64(&archive)})).await;
    assert_eq!(status, 200, "{body}");
    let (_, _, trailer) = invoke(&s, "quitter", "/", "").await;
    assert!(trailer.to_string().contains("exited with code 3: exiting at once"), "{trailer}");
    let kinds = event_kinds(&s, "quitter").await;
    assert!(kinds.iter().any(|(k, m)| k == "APP_EVENT_KIND_CRASHED" && m.contains("exiting at once")), "{kinds:?}");

    // A health path that never answers 2xx: never routed, with the probe's reason.
    create_app(&s, "sick", json!({"UNHEALTHY": "1"})).await;
    let (status, body) = deploy(&s, "sick", json!({"imageArchive": b64(&archive)})).await;
    assert_eq!(status, 200, "{body}");
    let (_, _, trailer) = invoke(&s, "sick", "/", "").await;
    assert!(trailer.to_string().contains("never became ready: GET /healthz answered 503"), "{trailer}");
    let kinds = event_kinds(&s, "sick").await;
    assert!(kinds.iter().any(|(k, m)| k == "APP_EVENT_KIND_PROBE_FAILED" && m.contains("answered 503")), "{kinds:?}");
    let (_, state) = s.call("GET", "/v1/ignite/app/dev/sick/state", None).await;
    assert_eq!(state["deploymentState"], "DEPLOYMENT_STATE_FAILED", "{state}");
    assert!(state["reason"].as_str().unwrap().contains("answered 503"), "{state}");
}

/// A .tar.gz of files of the test image's context: (name in the archive, file of the context).
fn context_archive(image: &TestImage, files: &[(&str, &str)]) -> Vec<u8> {
    let mut tar = tar::Builder::new(flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast()));
    for (name, file) in files {
        tar.append_path_with_name(image.context.join(file), name).unwrap();
    }
    tar.into_inner().unwrap().finish().unwrap()
}

/// A git repository in `dir` whose `server/` holds the test image's Dockerfile and
/// binary, tagged `v1`; a later commit on `main` breaks the Dockerfile.
fn git_repository(image: &TestImage, dir: &Path) -> PathBuf {
    let repo = dir.join("hello");
    std::fs::create_dir_all(repo.join("server")).unwrap();
    for file in ["Dockerfile", "hello-server"] {
        std::fs::copy(image.context.join(file), repo.join("server").join(file)).unwrap();
    }
    let git = |args: &[&str]| {
        run(Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "init.defaultBranch=main"])
            .args(args)
            .current_dir(&repo))
    };
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-qm", "hello server"]);
    git(&["tag", "v1"]);
    std::fs::write(repo.join("server/Dockerfile"), "FROM scratch\nNOT-AN-INSTRUCTION\n").unwrap();
    git(&["commit", "-qam", "break the Dockerfile"]);
    repo
}

/// Invoke and the per-port host answer as the image built from the registry does.
async fn serves_like_the_registry_image(s: &Server, app: &str, user: &str) {
    let (status, body, trailer) = invoke(s, app, "/greet?x=1", "payload").await;
    assert_eq!(status, 200, "{app}: {body} {trailer}");
    let answer: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        (&answer["port"], &answer["path"], &answer["body"], &answer["user"]),
        (&json!("8080"), &json!("/greet?x=1"), &json!("payload"), &json!(user)),
        "{app}"
    );
    assert_eq!(answer["function"], format!("dev/{app}"));
    let (status, answer) = host_call(s, &format!("{app}-dev-9090.localhost"), "/second").await;
    assert_eq!((status, &answer["port"], &answer["body"]), (200, &json!("9090"), &json!("via host")), "{answer}");
}

#[tokio::test]
async fn the_same_server_built_from_a_dockerfile_from_git_and_from_go_source_behaves_the_same() {
    let image = test_image();
    let repos = tempfile::tempdir().unwrap();
    let repo = git_repository(image, repos.path());
    let s = Server::start_with(&["--git-local-dir", repos.path().to_str().unwrap()]);

    // fromCode: a Dockerfile in a sub-directory, with a build argument.
    create_app(&s, "code", json!({"SECOND_PORT": "9090"})).await;
    let archive = context_archive(image, &[("docker/Dockerfile", "Dockerfile"), ("hello-server", "hello-server")]);
    let from_code = json!({"sourceArchive": b64(&archive), "dockerfilePath": "docker/Dockerfile", "buildArgs": {"NOTE": "from-code"}});
    let log = build_and_publish(&s, "code", json!({"fromCode": from_code})).await;
    assert!(log.contains("building docker/Dockerfile with buildah") && log.contains("image sha256:"), "{log}");
    serves_like_the_registry_image(&s, "code", "from-code").await;

    // fromGit: a tag of a local repository, its sub-directory as the context.
    create_app(&s, "git", json!({"SECOND_PORT": "9090"})).await;
    let from_git = json!({"gitUrl": format!("file://{}", repo.display()), "gitRef": "v1", "contextDir": "server"});
    let log = build_and_publish(&s, "git", json!({"fromGit": from_git})).await;
    assert!(log.contains("cloning file://") && log.contains("checked out "), "{log}");
    serves_like_the_registry_image(&s, "git", "from-image").await;

    // Idle, it scales to zero like any app; the next call starts it again.
    let scaling = json!({"scaling": {"idleTimeoutSecs": 1}}).to_string();
    let (status, body) = s.call("PATCH", "/v1/ignite/app/dev/git/config", Some(&scaling)).await;
    assert_eq!(status, 200, "{body}");
    let mut kinds = Vec::new();
    for _ in 0..100 {
        kinds = event_kinds(&s, "git").await;
        if kinds.iter().any(|(k, _)| k == "APP_EVENT_KIND_SCALED_TO_ZERO") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(kinds.iter().any(|(k, _)| k == "APP_EVENT_KIND_SCALED_TO_ZERO"), "{kinds:?}");
    let started = std::time::Instant::now();
    let (status, body, _) = invoke(&s, "git", "/", "again").await;
    eprintln!("image cold start from zero (root filesystem already unpacked): {:?}", started.elapsed());
    assert_eq!(status, 200, "{body}");
    serves_like_the_registry_image(&s, "git", "from-image").await;

    // No Dockerfile: the Go source is compiled and packaged as an image.
    create_app(&s, "source", json!({"SECOND_PORT": "9090", "USER_NOTE": "from-source"})).await;
    let archive = context_archive(image, &[("main.go", "main.go"), ("go.mod", "go.mod")]);
    save_image_draft(&s, "source", json!({"fromCode": {"sourceArchive": b64(&archive)}})).await;
    let (status, body) = publish(&s, "source").await;
    assert_eq!(status, 200, "{body}");
    serves_like_the_registry_image(&s, "source", "from-source").await;

    // The broken head of the repository, a local path outside the allowed directory,
    // and an archive with nothing to build fail with the reason.
    create_app(&s, "broken", json!({})).await;
    let from_git = json!({"gitUrl": repo.display().to_string(), "gitRef": "main", "contextDir": "server"});
    save_image_draft(&s, "broken", json!({"fromGit": from_git})).await;
    let (draft, log) = build(&s, "broken").await;
    assert_eq!(draft["status"], "VERSION_STATUS_FAILED", "{draft}");
    assert!(log.contains("buildah failed") && log.contains("NOT-AN-INSTRUCTION"), "{log}");
    let outside = json!({"gitUrl": format!("file://{}", image.context.display())});
    save_image_draft(&s, "broken", json!({"fromGit": outside})).await;
    let (status, body) = publish(&s, "broken").await;
    assert_ne!(status, 200);
    assert!(body.to_string().contains("outside the directory this server clones from"), "{body}");
    let archive = tar_gz(&[("README.md", "nothing here")]);
    save_image_draft(&s, "broken", json!({"fromCode": {"sourceArchive": b64(&archive)}})).await;
    let (status, body) = publish(&s, "broken").await;
    assert_ne!(status, 200);
    assert!(body.to_string().contains("no Dockerfile or Containerfile"), "{body}");

    // Deleting an app removes the image data only it used: here its root filesystem.
    let roots = || std::fs::read_dir(s.data_dir.join("runtime/images/rootfs")).unwrap().count();
    let before = roots();
    assert_eq!(before, 3, "one per image: code, git, source");
    let (status, body) = s.call("DELETE", "/v1/ignite/app/dev/source", None).await;
    assert_eq!(status, 200, "{body}");
    for _ in 0..100 {
        if roots() < before {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(roots(), before - 1);
    serves_like_the_registry_image(&s, "git", "from-image").await;
}

/// Serves the bare copy of `repo` over HTTP (git's "dumb" protocol: static files) to
/// USER / PASSWORD only; returns its URL.
async fn serve_private_repository(repo: &Path, dir: &Path) -> String {
    let bare = dir.join("hello.git");
    run(Command::new("git").args(["clone", "-q", "--bare"]).arg(repo).arg(&bare));
    run(Command::new("git").arg("-C").arg(&bare).arg("update-server-info"));
    let expected = format!("Basic {}", b64(format!("{USER}:{PASSWORD}").as_bytes()));
    let app = axum::Router::new().fallback(move |request: axum::extract::Request| {
        let (bare, expected) = (bare.clone(), expected.clone());
        async move {
            use axum::response::IntoResponse;
            let authorized =
                request.headers().get("authorization").is_some_and(|v| v.as_bytes() == expected.as_bytes());
            if !authorized {
                return (axum::http::StatusCode::UNAUTHORIZED, [("www-authenticate", "Basic realm=\"git\"")])
                    .into_response();
            }
            let path = request.uri().path().trim_start_matches('/').trim_start_matches("hello.git/").to_string();
            match std::fs::read(bare.join(&path)) {
                Ok(bytes) if !path.contains("..") => bytes.into_response(),
                _ => axum::http::StatusCode::NOT_FOUND.into_response(),
            }
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hello.git", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    url
}

#[tokio::test]
async fn a_private_repository_is_cloned_with_its_git_secret() {
    let image = test_image();
    let dir = tempfile::tempdir().unwrap();
    let repo = git_repository(image, dir.path());
    let url = serve_private_repository(&repo, dir.path()).await;
    // A git server on loopback: the operator lets builds reach it.
    let server = url.trim_start_matches("http://").split('/').next().unwrap().to_string();
    let s = Server::start_with(&["--allow-private-egress", &server]);
    for (name, token) in [("git", PASSWORD), ("stale", "wrong")] {
        let secret = json!({"name": name, "value": {"gitSecret": {"username": USER, "token": token}}});
        let (status, body) = s.call("POST", "/v1/ignite/secrets", Some(&secret.to_string())).await;
        assert_eq!(status, 200, "{body}");
    }

    create_app(&s, "private", json!({"SECOND_PORT": "9090"})).await;
    let from_git = json!({"gitUrl": url, "gitRef": "v1", "contextDir": "server", "secretRef": "git"});
    let log = build_and_publish(&s, "private", json!({"fromGit": from_git})).await;
    assert!(!log.contains(PASSWORD), "the token never reaches the log: {log}");
    serves_like_the_registry_image(&s, "private", "from-image").await;

    create_app(&s, "refused", json!({})).await;
    let from_git = json!({"gitUrl": url, "gitRef": "v1", "contextDir": "server", "secretRef": "stale"});
    save_image_draft(&s, "refused", json!({"fromGit": from_git})).await;
    let (status, body) = publish(&s, "refused").await;
    assert_ne!(status, 200);
    assert!(body.to_string().contains("the git server refused the credentials"), "{body}");
}
