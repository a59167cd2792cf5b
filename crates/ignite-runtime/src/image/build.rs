//! Images built from source: an uploaded archive (`fromCode`), or a git repository
//! (`fromGit`) cloned and then built the same way.
//!
//! The build context is the archive's root, or `contextDir` of the checkout. What builds
//! it, in this order:
//! 1. the Dockerfile at `dockerfilePath` (relative to the context) when it is set;
//! 2. `Dockerfile`, else `Containerfile`, at the root of the context;
//! 3. with no Dockerfile, a Go program (`go.mod` or a `*.go` file at the root) is
//!    compiled by the Go compile runtime into a static binary and packaged as a
//!    one-layer image: `/app/server`, run as nobody, listening on `$PORT`;
//! 4. anything else is refused, naming what was looked for.
//!
//! Dockerfiles are built by buildah (daemonless, `--isolation chroot`) in its own storage
//! under the build cache, where base images stay cached; the result is pushed to an OCI
//! archive and imported into the image store like an upload, then removed from buildah's
//! storage. buildah's output streams to the build log.
//!
//! Git: any ref (branch, tag or commit). A private repository's token (the draft's git
//! secret) reaches git through `GIT_ASKPASS` and the environment, never through a URL,
//! an argument or a file. Only network transports are allowed (https, http, git), unless
//! the server names a directory whose repositories may be cloned by path or `file://`
//! URL: a tenant must not clone the server's own files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use ignite_core::runtime::{BuildLog, Credentials, RuntimeError, RuntimeKind};

use super::store::{ImageArtifact, ImageConfig, ImageFile, ImageStore};
use crate::build::{Builder, run_logged, say, which};
use crate::confined::Root;
use crate::sandbox::{Network, Sandbox, SandboxCommand, SandboxSpec};

/// Where the binary of a packaged Go image lives.
const PACKAGED_BINARY: &str = "/app/server";
/// The CA bundle copied into packaged images, so that they can call HTTPS services.
const CA_BUNDLE: &str = "/etc/ssl/certs/ca-certificates.crt";

/// How images are fetched and built on this server.
#[derive(Clone)]
pub struct SourceBuilds {
    /// buildah's storage (base images and layers), one directory per organization.
    pub buildah_root: PathBuf,
    /// Compiles programs that come without a Dockerfile.
    pub compiler: Arc<Builder>,
    /// Local repositories under this directory may be cloned (by path or `file://`).
    pub git_local_dir: Option<PathBuf>,
    /// Registries (`host:port`) pulled from over plain HTTP.
    pub insecure_registries: Vec<String>,
}

/// A work directory removed when dropped (also when the build is cancelled).
struct WorkDir(PathBuf);

impl Drop for WorkDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn failed(message: impl Into<String>) -> RuntimeError {
    RuntimeError::BuildFailed(message.into())
}

/// What a build from source needs of the image runtime.
pub(super) struct SourceBuild<'a> {
    pub store: &'a ImageStore,
    pub sandbox: &'a Sandbox,
    pub settings: &'a SourceBuilds,
    pub log: Arc<dyn BuildLog>,
    /// The organization building: its buildah storage, its Go caches, its proofs.
    pub org: String,
}

impl SourceBuild<'_> {
    /// `fromCode`: the uploaded archive is the build context.
    pub async fn build_archive(
        &self,
        source: &[u8],
        dockerfile_path: &str,
        build_args: &BTreeMap<String, String>,
    ) -> Result<ImageArtifact, RuntimeError> {
        let work = WorkDir(self.store.temp_path());
        let context = work.0.join("context");
        crate::archive::unpack(source, &context, RuntimeKind::Image.single_file_name())?;
        self.build_context(&work.0, &context, dockerfile_path, build_args).await
    }

    /// `fromGit`: clones `url` at `git_ref` (the default branch when empty), then builds
    /// `context_dir` of the checkout.
    #[allow(clippy::too_many_arguments)]
    pub async fn build_git(
        &self,
        url: &str,
        git_ref: &str,
        context_dir: &str,
        credentials: Option<&Credentials>,
        dockerfile_path: &str,
        build_args: &BTreeMap<String, String>,
    ) -> Result<ImageArtifact, RuntimeError> {
        let work = WorkDir(self.store.temp_path());
        std::fs::create_dir_all(&work.0)?;
        self.clone_repository(&work.0, url, git_ref, credentials).await?;
        // The checkout is the tenant's: a link in it must not lead the build out of it.
        let context = Root::open(&work.0.join("checkout"))?
            .real_path(Path::new(context_dir), true)
            .map_err(|e| failed(format!("contextDir {context_dir:?} is not a directory of the repository: {e}")))?;
        self.build_context(&work.0, &context, dockerfile_path, build_args).await
    }

    async fn build_context(
        &self,
        work: &Path,
        context: &Path,
        dockerfile_path: &str,
        build_args: &BTreeMap<String, String>,
    ) -> Result<ImageArtifact, RuntimeError> {
        let root = Root::open(context)?;
        if let Some(dockerfile) = find_dockerfile(&root, dockerfile_path)? {
            return self.buildah(work, context, &dockerfile, build_args).await;
        }
        if is_go_program(&root) {
            if !build_args.is_empty() {
                say(self.log.as_ref(), "no Dockerfile: build arguments are not used");
            }
            return self.package_go(context).await;
        }
        Err(failed(
            "nothing to build: no Dockerfile or Containerfile at the root of the build context (set dockerfilePath \
             if it is elsewhere), and no program a compile runtime builds without one (Go: go.mod or *.go)",
        ))
    }

    /// buildah `args` in the image builder sandbox: the context read-only at `/ctx`, the
    /// work directory at `/work`, the organization's storage at `/storage`; registries
    /// through the build proxy.
    fn buildah_command(&self, work: &Path, context: &Path, args: &[&str]) -> Result<SandboxCommand, RuntimeError> {
        let buildah = which(Path::new("buildah"))
            .ok_or_else(|| failed("buildah is not installed on this server (install Debian's buildah)"))?;
        let storage = self.settings.buildah_root.join(&self.org);
        std::fs::create_dir_all(&storage)?;
        let spec = SandboxSpec {
            app_dir: work.to_path_buf(),
            writable_app: true,
            ro_binds: vec![(context.to_path_buf(), "/ctx".into())],
            rw_binds: vec![(storage, "/storage".into())],
            network: Network::Proxy { policy: self.sandbox.egress().builds(), log: Some(self.log.clone()) },
            env: vec![
                ("PATH".into(), "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin".into()),
                ("HOME".into(), "/tmp".into()),
                ("BUILDAH_ISOLATION".into(), "chroot".into()),
                ("TMPDIR".into(), "/var/tmp".into()),
            ],
            ..Default::default()
        };
        let mut all = vec!["--storage-driver", "vfs", "--root", "/storage/storage", "--runroot", "/storage/run"];
        all.extend_from_slice(args);
        Ok(self.sandbox.image_builder_command(&spec, &buildah, &all)?)
    }

    /// Builds `dockerfile` with buildah and imports the result.
    async fn buildah(
        &self,
        work: &Path,
        context: &Path,
        dockerfile: &Path,
        build_args: &BTreeMap<String, String>,
    ) -> Result<ImageArtifact, RuntimeError> {
        let relative = dockerfile.strip_prefix(context).unwrap_or(dockerfile);
        say(self.log.as_ref(), format!("building {} with buildah", relative.display()));
        let dockerfile_in = Path::new("/ctx").join(relative).display().to_string();
        let build_args: Vec<String> = build_args.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let mut bud = vec!["bud", "--isolation", "chroot", "--iidfile", "/app/image-id", "-f", &dockerfile_in];
        for arg in &build_args {
            bud.extend(["--build-arg", arg]);
        }
        bud.push("/ctx");
        run_logged(self.sandbox, self.buildah_command(work, context, &bud)?, "buildah", self.log.as_ref(), false)
            .await?;
        let image_id =
            String::from_utf8_lossy(&Root::open(work)?.read(Path::new("image-id"), 1024)?).trim().to_string();
        let push =
            self.buildah_command(work, context, &["push", "--quiet", &image_id, "oci-archive:/app/image.tar"])?;
        let pushed = run_logged(self.sandbox, push, "buildah push", self.log.as_ref(), false).await;
        // The store keeps the image from here on; buildah's copy is only a cost.
        let rmi = self.buildah_command(work, context, &["rmi", "--force", &image_id])?;
        if let Err(e) = run_logged(self.sandbox, rmi, "buildah rmi", self.log.as_ref(), true).await {
            tracing::warn!("removing a built image from buildah's storage: {e}");
        }
        pushed?;
        let (store, log, work, org) = (self.store.clone(), self.log.clone(), work.to_path_buf(), self.org.clone());
        let mut image = crate::blocking(move || {
            let archive = Root::open(&work)?.open_file(Path::new("image.tar"))?;
            let image = store.import_reader(archive, log.as_ref())?;
            store.prove_all(&org, &image)?;
            Ok::<_, RuntimeError>(image)
        })
        .await?;
        image.reference = "built".into();
        Ok(image)
    }

    /// No Dockerfile: compiles the Go program and packages its binary.
    async fn package_go(&self, context: &Path) -> Result<ImageArtifact, RuntimeError> {
        say(self.log.as_ref(), "no Dockerfile: building the Go program into a one-layer image");
        let binary = self.settings.compiler.go_static_binary(self.log.as_ref(), context, &self.org).await?;
        let mut files = vec![ImageFile { path: PACKAGED_BINARY.into(), contents: binary, mode: 0o755 }];
        if let Ok(bundle) = std::fs::read(CA_BUNDLE) {
            files.push(ImageFile { path: CA_BUNDLE.into(), contents: bundle, mode: 0o644 });
        }
        let config = ImageConfig {
            entrypoint: vec![PACKAGED_BINARY.into()],
            env: vec!["PATH=/usr/local/bin:/usr/bin:/bin".into(), format!("SSL_CERT_FILE={CA_BUNDLE}")],
            working_dir: "/app".into(),
            user: "65534:65534".into(),
            ..ImageConfig::default()
        };
        let (store, log, org) = (self.store.clone(), self.log.clone(), self.org.clone());
        crate::blocking(move || {
            let image = store.package(&files, &config, log.as_ref())?;
            store.prove_all(&org, &image)?;
            Ok::<_, RuntimeError>(image)
        })
        .await
    }

    /// Clones `url` into `work/checkout` with git in the sandbox: over the network
    /// through a proxy that reaches only the repository's host, or from the local
    /// directory the operator named, mounted read-only.
    async fn clone_repository(
        &self,
        work: &Path,
        url: &str,
        git_ref: &str,
        credentials: Option<&Credentials>,
    ) -> Result<(), RuntimeError> {
        let source = self.repository_source(url)?;
        let git = which(Path::new("git")).ok_or_else(|| failed("git is not installed on this server"))?;
        std::fs::write(
            work.join("askpass"),
            "#!/bin/sh\ncase \"$1\" in\n  Username*) printf '%s\\n' \"$IGNITE_GIT_USERNAME\" ;;\n  *) printf '%s\\n' \"$IGNITE_GIT_PASSWORD\" ;;\nesac\n",
        )?;
        std::fs::set_permissions(work.join("askpass"), std::os::unix::fs::PermissionsExt::from_mode(0o755))?;
        let inside =
            |host: &Path, at: &str| if self.sandbox.isolates() { PathBuf::from(at) } else { host.to_path_buf() };
        let app = inside(work, "/app");
        let mut env = vec![
            ("PATH".to_string(), "/usr/bin:/bin".to_string()),
            ("HOME".into(), app.display().to_string()),
            ("GIT_TERMINAL_PROMPT".into(), "0".into()),
            ("GIT_CONFIG_NOSYSTEM".into(), "1".into()),
            ("GIT_CONFIG_GLOBAL".into(), "/dev/null".into()),
            ("GIT_ALLOW_PROTOCOL".into(), source.protocols.into()),
            ("GIT_ASKPASS".into(), app.join("askpass").display().to_string()),
        ];
        if let Some(c) = credentials {
            let user = if c.username.is_empty() { "x-access-token" } else { c.username.as_str() };
            env.push(("IGNITE_GIT_USERNAME".into(), user.to_string()));
            env.push(("IGNITE_GIT_PASSWORD".into(), c.password.clone()));
        }
        let spec = SandboxSpec {
            app_dir: work.to_path_buf(),
            writable_app: true,
            ro_binds: source.mounts.clone(),
            network: source.network.clone(),
            env,
            ..Default::default()
        };
        let git_cmd = |args: &[&str]| {
            let mut all = vec!["-c", "credential.helper=", "-c", "core.hooksPath=/dev/null"];
            all.extend_from_slice(args);
            self.sandbox.command(&spec, &git, &all)
        };
        let target = app.join("checkout").display().to_string();
        let (git_ref, is_commit) = clone_ref(git_ref);
        say(
            self.log.as_ref(),
            format!("cloning {url}{}", if git_ref.is_empty() { String::new() } else { format!(" at {git_ref}") }),
        );
        let mut clone = vec!["clone", "--quiet"];
        if !git_ref.is_empty() && !is_commit {
            // Not shallow: the "dumb" HTTP transport (static file servers) cannot.
            clone.extend(["--single-branch", "--branch", git_ref]);
        }
        clone.extend(["--", url, &target]);
        run_logged(self.sandbox, git_cmd(&clone), "git clone", self.log.as_ref(), false).await.map_err(clone_error)?;
        if is_commit {
            let checkout_args = ["-C", &target, "checkout", "--quiet", "--detach", git_ref];
            run_logged(self.sandbox, git_cmd(&checkout_args), "git checkout", self.log.as_ref(), false).await?;
        }
        let head =
            run_logged(self.sandbox, git_cmd(&["-C", &target, "rev-parse", "HEAD"]), "git", self.log.as_ref(), true)
                .await?;
        say(self.log.as_ref(), format!("checked out {}", head.first().map(String::as_str).unwrap_or("?")));
        Ok(())
    }

    /// How `url` may be cloned, or why it may not.
    fn repository_source(&self, url: &str) -> Result<RepositorySource, RuntimeError> {
        if url.is_empty() {
            return Err(failed("gitUrl is required"));
        }
        if url.starts_with('-') {
            return Err(failed(format!("gitUrl {url:?} is not a repository URL")));
        }
        if url.starts_with("https://") || url.starts_with("http://") {
            let parsed: http::Uri = url.parse().map_err(|_| failed(format!("gitUrl {url:?} is not a URL")))?;
            let host = parsed.host().ok_or_else(|| failed(format!("gitUrl {url:?} names no host")))?;
            let policy = self.sandbox.egress().only(host.trim_start_matches('[').trim_end_matches(']'));
            return Ok(RepositorySource {
                protocols: "https:http",
                network: Network::Proxy { policy, log: Some(self.log.clone()) },
                mounts: vec![],
            });
        }
        if url.contains("://") && !url.starts_with("file://") {
            return Err(failed(format!(
                "gitUrl {url:?}: only https and http URLs are cloned (builds reach the network through an HTTP proxy)"
            )));
        }
        let local = url.strip_prefix("file://").unwrap_or(url);
        let Some(allowed) = &self.settings.git_local_dir else {
            return Err(failed(format!("gitUrl {url:?} is a local path: this server clones https and http URLs only")));
        };
        let path = Path::new(local).canonicalize().map_err(|e| failed(format!("gitUrl {url:?}: {e}")))?;
        let allowed = allowed.canonicalize().map_err(|e| failed(format!("the local git directory: {e}")))?;
        if !path.starts_with(&allowed) {
            return Err(failed(format!("gitUrl {url:?} is outside the directory this server clones from")));
        }
        Ok(RepositorySource { protocols: "file", network: Network::Isolated, mounts: vec![(allowed.clone(), allowed)] })
    }
}

/// How a repository is reached from the clone's sandbox.
struct RepositorySource {
    /// `GIT_ALLOW_PROTOCOL`.
    protocols: &'static str,
    network: Network,
    /// The local directory of repositories, read-only at its own path.
    mounts: Vec<(PathBuf, PathBuf)>,
}

/// The ref to clone: `refs/heads/` and `refs/tags/` prefixes dropped; and whether it
/// names a commit (hex, 7 to 40 digits), which `clone --branch` cannot take.
fn clone_ref(git_ref: &str) -> (&str, bool) {
    let git_ref = git_ref.trim();
    let git_ref = git_ref.strip_prefix("refs/heads/").or_else(|| git_ref.strip_prefix("refs/tags/")).unwrap_or(git_ref);
    let is_commit = (7..=40).contains(&git_ref.len()) && git_ref.bytes().all(|b| b.is_ascii_hexdigit());
    (git_ref, is_commit)
}

/// A failed clone, said plainly when the cause is known.
fn clone_error(e: RuntimeError) -> RuntimeError {
    let RuntimeError::BuildFailed(text) = &e else { return e };
    let lower = text.to_ascii_lowercase();
    let reason = if lower.contains("authentication failed") || lower.contains("could not read username") {
        "the git server refused the credentials (check the draft's git secret)"
    } else if lower.contains("not found in upstream") || lower.contains("remote branch") {
        "the git ref does not exist"
    } else if lower.contains("does not appear to be a git repository") || lower.contains("not found") {
        "the repository does not exist or is not readable"
    } else {
        return e;
    };
    failed(format!("{reason}: {text}"))
}

/// The Dockerfile: `dockerfile_path` (checked to be a file of the context reached
/// without a link) when set, else `Dockerfile` or `Containerfile` at the root.
fn find_dockerfile(context: &Root, dockerfile_path: &str) -> Result<Option<PathBuf>, RuntimeError> {
    if !dockerfile_path.is_empty() {
        return context.real_path(Path::new(dockerfile_path), false).map(Some).map_err(|e| {
            failed(format!("dockerfilePath {dockerfile_path:?} is not a file of the build context: {e}"))
        });
    }
    Ok(["Dockerfile", "Containerfile"].iter().find_map(|n| context.real_path(Path::new(n), false).ok()))
}

fn is_go_program(context: &Root) -> bool {
    context.list(Path::new("")).is_ok_and(|entries| {
        entries.iter().any(|(name, kind)| {
            *kind == rustix::fs::FileType::RegularFile
                && (name == Path::new("go.mod") || name.extension().is_some_and(|x| x == "go"))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refs_are_branches_tags_or_commits() {
        assert_eq!(clone_ref("main"), ("main", false));
        assert_eq!(clone_ref("refs/heads/release-1"), ("release-1", false));
        assert_eq!(clone_ref("refs/tags/v1.2"), ("v1.2", false));
        assert_eq!(clone_ref("3f2a9c1"), ("3f2a9c1", true));
        assert_eq!(clone_ref("cafe"), ("cafe", false));
    }

    #[test]
    fn a_context_path_cannot_leave_the_context() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("checkout/sub/dir")).unwrap();
        std::os::unix::fs::symlink("/etc", dir.path().join("checkout/out")).unwrap();
        let root = Root::open(&dir.path().join("checkout")).unwrap();
        assert!(root.real_path(Path::new("sub/dir"), true).is_ok());
        for escape in ["../etc", "/etc", "out", "out/ssl"] {
            assert!(root.real_path(Path::new(escape), true).is_err(), "{escape}");
        }
        std::fs::write(dir.path().join("checkout/Dockerfile"), "FROM scratch\n").unwrap();
        std::os::unix::fs::symlink("/etc/hostname", dir.path().join("checkout/Linked")).unwrap();
        assert!(find_dockerfile(&root, "Linked").is_err());
        assert_eq!(find_dockerfile(&root, "").unwrap(), Some(dir.path().join("checkout/Dockerfile")));
    }
}
