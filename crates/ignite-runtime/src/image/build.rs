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

use ignite_core::runtime::{BuildLog, Credentials, RuntimeError};

use super::store::{ImageArtifact, ImageConfig, ImageFile, ImageStore};
use crate::build::{Builder, run_logged, say, which};
use crate::sandbox::Sandbox;

/// Where the binary of a packaged Go image lives.
const PACKAGED_BINARY: &str = "/app/server";
/// The CA bundle copied into packaged images, so that they can call HTTPS services.
const CA_BUNDLE: &str = "/etc/ssl/certs/ca-certificates.crt";

/// How images are built from source on this server.
#[derive(Clone)]
pub struct SourceBuilds {
    /// buildah's storage (base images and layers); shareable by several servers.
    pub buildah_root: PathBuf,
    /// Compiles programs that come without a Dockerfile.
    pub compiler: Arc<Builder>,
    /// Local repositories under this directory may be cloned (by path or `file://`).
    pub git_local_dir: Option<PathBuf>,
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
        crate::archive::unpack(source, &context, "Dockerfile")?;
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
        let checkout = work.0.join("checkout");
        self.clone_repository(&work.0, &checkout, url, git_ref, credentials).await?;
        let context = checkout.join(relative(context_dir, "contextDir")?);
        if !context.is_dir() {
            return Err(failed(format!("contextDir {context_dir:?} is not a directory of the repository")));
        }
        self.build_context(&work.0, &context, dockerfile_path, build_args).await
    }

    async fn build_context(
        &self,
        work: &Path,
        context: &Path,
        dockerfile_path: &str,
        build_args: &BTreeMap<String, String>,
    ) -> Result<ImageArtifact, RuntimeError> {
        if let Some(dockerfile) = find_dockerfile(context, dockerfile_path)? {
            return self.buildah(work, context, &dockerfile, build_args).await;
        }
        if is_go_program(context) {
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

    /// Builds `dockerfile` with buildah and imports the result.
    async fn buildah(
        &self,
        work: &Path,
        context: &Path,
        dockerfile: &Path,
        build_args: &BTreeMap<String, String>,
    ) -> Result<ImageArtifact, RuntimeError> {
        if which(Path::new("buildah")).is_none() {
            return Err(failed("buildah is not installed on this server (install Debian's buildah)"));
        }
        say(
            self.log.as_ref(),
            format!("building {} with buildah", dockerfile.strip_prefix(context).unwrap_or(dockerfile).display()),
        );
        let id_file = work.join("image-id");
        let mut bud = self.buildah_command();
        bud.args(["bud", "--isolation", "chroot", "--iidfile"]).arg(&id_file).arg("-f").arg(dockerfile);
        for (key, value) in build_args {
            bud.arg("--build-arg").arg(format!("{key}={value}"));
        }
        bud.arg(context);
        run_logged(self.sandbox, bud, "buildah", self.log.as_ref(), false).await?;
        let image_id = std::fs::read_to_string(&id_file)?.trim().to_string();
        let archive = work.join("image.tar");
        let mut push = self.buildah_command();
        push.args(["push", "--quiet", &image_id]).arg(format!("oci-archive:{}", archive.display()));
        let pushed = run_logged(self.sandbox, push, "buildah push", self.log.as_ref(), false).await;
        // The store keeps the image from here on; buildah's copy is only a cost.
        let mut rmi = self.buildah_command();
        rmi.args(["rmi", "--force", &image_id]);
        if let Err(e) = run_logged(self.sandbox, rmi, "buildah rmi", self.log.as_ref(), true).await {
            tracing::warn!("removing a built image from buildah's storage: {e}");
        }
        pushed?;
        let (store, log) = (self.store.clone(), self.log.clone());
        let mut image = crate::blocking(move || store.import_archive(&std::fs::read(&archive)?, log.as_ref())).await?;
        image.reference = "built".into();
        Ok(image)
    }

    fn buildah_command(&self) -> tokio::process::Command {
        let root = &self.settings.buildah_root;
        let mut cmd = tokio::process::Command::new("buildah");
        cmd.arg("--storage-driver").arg("vfs").arg("--root").arg(root.join("storage"));
        cmd.arg("--runroot").arg(root.join("run"));
        cmd.env("BUILDAH_ISOLATION", "chroot");
        cmd
    }

    /// No Dockerfile: compiles the Go program and packages its binary.
    async fn package_go(&self, context: &Path) -> Result<ImageArtifact, RuntimeError> {
        say(self.log.as_ref(), "no Dockerfile: building the Go program into a one-layer image");
        let binary = self.settings.compiler.go_static_binary(self.log.as_ref(), context).await?;
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
        let (store, log) = (self.store.clone(), self.log.clone());
        crate::blocking(move || store.package(&files, &config, log.as_ref())).await
    }

    async fn clone_repository(
        &self,
        work: &Path,
        checkout: &Path,
        url: &str,
        git_ref: &str,
        credentials: Option<&Credentials>,
    ) -> Result<(), RuntimeError> {
        let protocols = self.allowed_protocols(url)?;
        if which(Path::new("git")).is_none() {
            return Err(failed("git is not installed on this server"));
        }
        let askpass = work.join("askpass");
        std::fs::write(
            &askpass,
            "#!/bin/sh\ncase \"$1\" in\n  Username*) printf '%s\\n' \"$IGNITE_GIT_USERNAME\" ;;\n  *) printf '%s\\n' \"$IGNITE_GIT_PASSWORD\" ;;\nesac\n",
        )?;
        std::fs::set_permissions(&askpass, std::os::unix::fs::PermissionsExt::from_mode(0o700))?;
        let git = |args: &[&str]| {
            let mut cmd = tokio::process::Command::new("git");
            cmd.args(["-c", "credential.helper=", "-c", "core.hooksPath=/dev/null"]).args(args);
            cmd.env("GIT_TERMINAL_PROMPT", "0")
                .env("GIT_CONFIG_NOSYSTEM", "1")
                .env("GIT_CONFIG_GLOBAL", "/dev/null")
                .env("GIT_ALLOW_PROTOCOL", &protocols)
                .env("GIT_ASKPASS", &askpass)
                .env("HOME", work);
            if let Some(c) = credentials {
                let user = if c.username.is_empty() { "x-access-token" } else { c.username.as_str() };
                cmd.env("IGNITE_GIT_USERNAME", user).env("IGNITE_GIT_PASSWORD", &c.password);
            }
            cmd
        };
        let target = checkout.display().to_string();
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
        run_logged(self.sandbox, git(&clone), "git clone", self.log.as_ref(), false).await.map_err(clone_error)?;
        if is_commit {
            let checkout_args = ["-C", &target, "checkout", "--quiet", "--detach", git_ref];
            run_logged(self.sandbox, git(&checkout_args), "git checkout", self.log.as_ref(), false).await?;
        }
        let head = run_logged(self.sandbox, git(&["-C", &target, "rev-parse", "HEAD"]), "git", self.log.as_ref(), true)
            .await?;
        say(self.log.as_ref(), format!("checked out {}", head.first().map(String::as_str).unwrap_or("?")));
        Ok(())
    }

    /// `GIT_ALLOW_PROTOCOL` for `url`, or why it may not be cloned.
    fn allowed_protocols(&self, url: &str) -> Result<String, RuntimeError> {
        if url.is_empty() {
            return Err(failed("gitUrl is required"));
        }
        if url.starts_with('-') {
            return Err(failed(format!("gitUrl {url:?} is not a repository URL")));
        }
        let network = ["https://", "http://", "git://"];
        if network.iter().any(|p| url.starts_with(p)) {
            return Ok("https:http:git".into());
        }
        let local = url.strip_prefix("file://").unwrap_or(url);
        if url.contains("://") && !url.starts_with("file://") {
            return Err(failed(format!("gitUrl {url:?}: only https, http and git URLs are supported")));
        }
        let Some(allowed) = &self.settings.git_local_dir else {
            return Err(failed(format!(
                "gitUrl {url:?} is a local path: this server clones https, http and git URLs only"
            )));
        };
        let path = Path::new(local).canonicalize().map_err(|e| failed(format!("gitUrl {url:?}: {e}")))?;
        let allowed = allowed.canonicalize().map_err(|e| failed(format!("the local git directory: {e}")))?;
        if !path.starts_with(&allowed) {
            return Err(failed(format!("gitUrl {url:?} is outside the directory this server clones from")));
        }
        Ok("https:http:git:file".into())
    }
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

/// `path` as a relative path that stays inside its base.
fn relative<'a>(path: &'a str, field: &str) -> Result<&'a Path, RuntimeError> {
    let p = Path::new(path);
    if crate::archive::stays_inside(p) {
        Ok(p)
    } else {
        Err(failed(format!("{field} {path:?} must be a path inside the build context")))
    }
}

fn find_dockerfile(context: &Path, dockerfile_path: &str) -> Result<Option<PathBuf>, RuntimeError> {
    if !dockerfile_path.is_empty() {
        let path = context.join(relative(dockerfile_path, "dockerfilePath")?);
        return if path.is_file() {
            Ok(Some(path))
        } else {
            Err(failed(format!("dockerfilePath {dockerfile_path:?} is not a file of the build context")))
        };
    }
    Ok(["Dockerfile", "Containerfile"].iter().map(|n| context.join(n)).find(|p| p.is_file()))
}

fn is_go_program(context: &Path) -> bool {
    context.join("go.mod").is_file()
        || std::fs::read_dir(context)
            .into_iter()
            .flatten()
            .flatten()
            .any(|e| e.path().extension().is_some_and(|x| x == "go") && e.path().is_file())
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
        assert!(relative("sub/dir", "contextDir").is_ok());
        assert!(relative("../etc", "contextDir").is_err());
        assert!(relative("/etc", "contextDir").is_err());
    }
}
