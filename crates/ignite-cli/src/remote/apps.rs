//! `ignite app ...` and `ignite deploy`: apps, and code packed for upload (a directory as a
//! tarball, a file as is; the runtime detected from the files).

use ignite_core::lifecycle::CompileRequirement;
use ignite_core::runtime::RuntimeKind;

use super::drafts::follow_compile;
use super::*;

/// The `runtime` flag values (and `runtime:` of ignite.yaml).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuntimeArg {
    Python,
    Rust,
    RustWasm,
    Go,
    Deno,
    Wasm,
}

impl RuntimeArg {
    fn to_proto(self) -> v1::Runtime {
        use v1::runtime::Kind;
        let kind = match self {
            RuntimeArg::Python => Kind::Python(Default::default()),
            RuntimeArg::Rust => {
                Kind::Rust(v1::RustRuntime { target: v1::RustCompilationTarget::Native as i32, ..Default::default() })
            }
            RuntimeArg::RustWasm => {
                Kind::Rust(v1::RustRuntime { target: v1::RustCompilationTarget::Wasm as i32, ..Default::default() })
            }
            RuntimeArg::Go => Kind::Go(Default::default()),
            RuntimeArg::Deno => Kind::Deno(Default::default()),
            RuntimeArg::Wasm => Kind::Wasm(Default::default()),
        };
        v1::Runtime { kind: Some(kind) }
    }

    /// The platform's runtime kind of this flag value.
    pub(super) fn kind(self) -> RuntimeKind {
        match self {
            RuntimeArg::Python => RuntimeKind::Python,
            RuntimeArg::Rust => RuntimeKind::RustNative,
            RuntimeArg::RustWasm => RuntimeKind::RustWasm,
            RuntimeArg::Go => RuntimeKind::Go,
            RuntimeArg::Deno => RuntimeKind::Deno,
            RuntimeArg::Wasm => RuntimeKind::Wasm,
        }
    }

    /// The runtime of an app as the API describes it (read as the server reads it).
    pub(super) fn of(runtime: &Option<v1::Runtime>) -> Option<RuntimeArg> {
        let kind = ignite_proto::convert::runtime_from_proto(runtime.as_ref()?)?.kind();
        RuntimeArg::value_variants().iter().copied().find(|arg| arg.kind() == kind)
    }

    /// Whether the server compiles this runtime's code before it runs (CompileDraft).
    pub(super) fn is_built(self) -> bool {
        self.kind().compile_requirement() != CompileRequirement::None
    }

    /// What a directory holds, or what a single file is, when no `--runtime` says.
    fn detect(dir: &Path) -> Option<RuntimeArg> {
        if dir.is_file() {
            return match dir.extension()?.to_str()? {
                "py" => Some(RuntimeArg::Python),
                "go" => Some(RuntimeArg::Go),
                "ts" => Some(RuntimeArg::Deno),
                "wasm" | "wat" => Some(RuntimeArg::Wasm),
                _ => None,
            };
        }
        let has = |f: &str| dir.join(f).exists();
        if has("handler.py") {
            Some(RuntimeArg::Python)
        } else if has("Cargo.toml") {
            Some(RuntimeArg::Rust)
        } else if has("go.mod") || has("main.go") {
            Some(RuntimeArg::Go)
        } else if has("main.ts") || has("deno.json") {
            Some(RuntimeArg::Deno)
        } else {
            None
        }
    }
}

/// Container images instead of compiled code: from a registry, an uploaded image, or
/// built by the server (PATH with a Dockerfile, or a git repository).
#[derive(Debug, Default, clap::Args)]
pub struct ImageArgs {
    /// Run this image from a registry (`host[:port]/name:tag`).
    #[arg(long, conflicts_with_all = ["image_archive", "git_url", "runtime"])]
    pub image: Option<String>,
    /// The registry secret that pulls --image.
    #[arg(long, requires = "image")]
    pub registry_secret: Option<String>,
    /// Run an image from this OCI layout or `docker save` tarball.
    #[arg(long, conflicts_with_all = ["git_url", "runtime"])]
    pub image_archive: Option<PathBuf>,
    /// Build the image from this Dockerfile (relative to the context) [default: Dockerfile].
    #[arg(long)]
    pub dockerfile_path: Option<String>,
    /// A build argument of the Dockerfile (repeatable).
    #[arg(long = "build-arg", value_name = "KEY=VALUE")]
    pub build_args: Vec<String>,
    /// Build the image from this git repository instead of PATH.
    #[arg(long, conflicts_with = "runtime")]
    pub git_url: Option<String>,
    /// Branch, tag or commit of --git-url [default: its default branch].
    #[arg(long, requires = "git_url")]
    pub git_ref: Option<String>,
    /// The build context inside the repository [default: its root].
    #[arg(long, requires = "git_url")]
    pub context_dir: Option<String>,
    /// The git secret that clones a private --git-url.
    #[arg(long, requires = "git_url")]
    pub git_secret: Option<String>,
}

/// An app and the code to upload to it (`deploy`, `draft save`).
#[derive(Debug, Args)]
pub struct CodeArgs {
    /// The app (`org:app` or `app`).
    pub app: String,
    /// The code: a directory or a file.
    #[arg(default_value = ".")]
    pub path: PathBuf,
    /// Runtime [default: detected from the files; a Dockerfile makes it an image].
    #[arg(long, value_enum)]
    pub runtime: Option<RuntimeArg>,
    #[command(flatten)]
    pub image: Box<ImageArgs>,
}

#[derive(Debug, Subcommand)]
pub enum AppCommand {
    /// Create an app.
    Create {
        app: String,
        #[arg(long, default_value = "")]
        description: String,
        /// Export it as an MCP tool.
        #[arg(long)]
        mcp: bool,
        /// List it as a container of the jobs API.
        #[arg(long)]
        jobs: bool,
        /// List it in the public catalog.
        #[arg(long)]
        public: bool,
    },
    /// List the organization's apps.
    List,
    /// Show an app.
    Get { app: String },
    /// Change an app's settings (only the flags given).
    Update {
        app: String,
        #[arg(long)]
        description: Option<String>,
        #[arg(long)]
        mcp: Option<bool>,
        #[arg(long)]
        jobs: Option<bool>,
        #[arg(long)]
        public: Option<bool>,
        #[arg(long)]
        max_concurrency: Option<u32>,
        /// Environment variables, `KEY=VALUE` (replaces them all).
        #[arg(long = "env")]
        env: Vec<String>,
    },
    /// Delete an app and its versions.
    Delete { app: String },
    /// Deployment state, with the app's schedules and their next and last runs.
    State { app: String },
    /// The secret that signs the app's completion callbacks (X-Ignite-Signature).
    CallbackSecret { app: String },
}

#[derive(Debug, Subcommand)]
pub enum ScheduleCommand {
    /// Add or replace a schedule: an execution of the active version at each tick.
    Set {
        app: String,
        name: String,
        /// Cron fields: `sec min hour day month weekday [year]`, or five without seconds.
        #[arg(long)]
        cron: String,
        /// IANA time zone of the fields [default: UTC].
        #[arg(long, default_value = "")]
        timezone: String,
        /// The payload of each execution.
        #[arg(long, default_value = "")]
        data: String,
    },
    /// Remove a schedule.
    Delete { app: String, name: String },
}

/// A directory as .tar.gz (skipping build output and VCS data), or a file's bytes.
pub(super) fn pack(path: &Path) -> Result<Vec<u8>, CliError> {
    if path.is_file() {
        return Ok(std::fs::read(path)?);
    }
    if !path.is_dir() {
        return Err(invalid(format!("{} is neither a file nor a directory", path.display())));
    }
    let mut tar = tar::Builder::new(flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default()));
    let mut stack = vec![path.to_path_buf()];
    let mut files = Vec::new();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if SKIPPED.contains(&name.as_str()) {
                continue;
            }
            let kind = entry.file_type()?;
            if kind.is_dir() {
                stack.push(entry.path());
            } else if kind.is_file() {
                files.push(entry.path());
            }
        }
    }
    files.sort();
    // Times and owners are left out, so the same files always make the same archive
    // (and the same code hash).
    for file in files {
        use std::os::unix::fs::PermissionsExt;
        let relative = file.strip_prefix(path).expect("below the root");
        let bytes = std::fs::read(&file)?;
        let executable = std::fs::metadata(&file)?.permissions().mode() & 0o111 != 0;
        let mut header = tar::Header::new_gnu();
        header.set_size(bytes.len() as u64);
        header.set_mode(if executable { 0o755 } else { 0o644 });
        header.set_mtime(0);
        tar.append_data(&mut header, relative, &bytes[..])?;
    }
    Ok(tar.into_inner()?.finish()?)
}

/// The draft's code: an image when `image` says so (or PATH has a Dockerfile and no
/// runtime is given), else PATH compiled by its runtime; and whether the server must
/// build it before it runs.
pub(super) fn code_source(
    path: &Path,
    runtime: Option<RuntimeArg>,
    image: &ImageArgs,
) -> Result<(v1::CodeSource, bool), CliError> {
    use v1::image_source::Kind;
    let build_args = image
        .build_args
        .iter()
        .map(|a| {
            a.split_once('=')
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .ok_or_else(|| invalid(format!("--build-arg {a:?}: expected KEY=VALUE")))
        })
        .collect::<Result<std::collections::HashMap<_, _>, _>>()?;
    let has_dockerfile = ["Dockerfile", "Containerfile"].iter().any(|f| path.join(f).is_file());
    let kind = if let Some(image_ref) = &image.image {
        Kind::Prebuilt(v1::PrebuiltImage {
            image_ref: image_ref.clone(),
            registry_secret_ref: image.registry_secret.clone().unwrap_or_default(),
            ..Default::default()
        })
    } else if let Some(file) = &image.image_archive {
        let archive = std::fs::read(file).map_err(|e| invalid(format!("{}: {e}", file.display())))?;
        Kind::Prebuilt(v1::PrebuiltImage { image_archive: archive, ..Default::default() })
    } else if let Some(url) = &image.git_url {
        Kind::FromGit(v1::ImageFromGit {
            git_url: url.clone(),
            git_ref: image.git_ref.clone().unwrap_or_default(),
            dockerfile_path: image.dockerfile_path.clone().unwrap_or_default(),
            build_args,
            secret_ref: image.git_secret.clone().unwrap_or_default(),
            context_dir: image.context_dir.clone().unwrap_or_default(),
        })
    } else if runtime.is_none() && (has_dockerfile || image.dockerfile_path.is_some() || !build_args.is_empty()) {
        Kind::FromCode(v1::ImageFromCode {
            source_archive: pack(path)?,
            dockerfile_path: image.dockerfile_path.clone().unwrap_or_default(),
            build_args,
        })
    } else {
        let (code, runtime) = compiled_source(path, runtime)?;
        return Ok((code, runtime.is_built()));
    };
    Ok((v1::CodeSource { source: Some(v1::code_source::Source::Image(v1::ImageSource { kind: Some(kind) })) }, true))
}

pub(super) fn compiled_source(
    path: &Path,
    runtime: Option<RuntimeArg>,
) -> Result<(v1::CodeSource, RuntimeArg), CliError> {
    let runtime = match runtime {
        Some(r) => r,
        None => RuntimeArg::detect(path)
            .ok_or_else(|| invalid(format!("cannot tell the runtime of {}: pass --runtime", path.display())))?,
    };
    let source = v1::CodeSource {
        source: Some(v1::code_source::Source::Compile(v1::CompileSource {
            runtime: Some(runtime.to_proto()),
            source_code: pack(path)?,
        })),
    };
    Ok((source, runtime))
}

pub(super) async fn app(ctx: &Ctx, command: AppCommand) -> Outcome {
    let c = &ctx.client;
    match command {
        AppCommand::Create { app, description, mcp, jobs, public } => {
            let (org, name) = ctx.app(&app)?;
            let r = c
                .create_app(v1::CreateAppRequest {
                    organization_name: org,
                    name,
                    description,
                    mcp_enabled: mcp,
                    jobs_enabled: jobs,
                    public,
                    ..Default::default()
                })
                .await?;
            ctx.print(&r, || format!("created {} ({})", r.app_id, state_name(r.deployment_state)));
        }
        AppCommand::List => {
            let org = ctx.org()?;
            let mut apps = Vec::new();
            let mut cursor = String::new();
            loop {
                let page =
                    c.list_apps(v1::ListAppsRequest { organization_name: org.clone(), cursor, limit: 100 }).await?;
                apps.extend(page.apps);
                if page.next_cursor.is_empty() {
                    break;
                }
                cursor = page.next_cursor;
            }
            let rows = apps
                .iter()
                .map(|a| {
                    vec![
                        a.name.clone(),
                        state_name(a.deployment_state),
                        a.active_version.to_string(),
                        runtime_name(&a.runtime),
                        when(a.updated_at_ms),
                    ]
                })
                .collect();
            ctx.print(&serde_json::json!({ "apps": apps }), || {
                table(&["NAME", "STATE", "VERSION", "RUNTIME", "UPDATED"], rows)
            });
        }
        AppCommand::Get { app } => {
            let (org, name) = ctx.app(&app)?;
            let r = c.get_app(v1::GetAppRequest { organization_name: org, app_name: name }).await?;
            let a = r.app.clone().unwrap_or_default();
            ctx.print(&r, || {
                let limits = a.applied_limits.unwrap_or_default();
                table(
                    &["FIELD", "VALUE"],
                    vec![
                        vec!["id".into(), a.id.clone()],
                        vec!["state".into(), state_name(a.deployment_state)],
                        vec!["active version".into(), a.active_version.to_string()],
                        vec!["runtime".into(), runtime_name(&a.runtime)],
                        vec!["description".into(), a.description.clone()],
                        vec![
                            "limits".into(),
                            format!(
                                "{} MB, {} m CPU, {} s",
                                limits.memory_mb, limits.cpu_millicores, limits.timeout_secs
                            ),
                        ],
                        vec![
                            "mcp / jobs / public".into(),
                            format!("{} / {} / {}", a.mcp_enabled, a.jobs_enabled, a.public),
                        ],
                    ],
                )
            });
        }
        AppCommand::Update { app, description, mcp, jobs, public, max_concurrency, env } => {
            let (org, name) = ctx.app(&app)?;
            let mut req = v1::UpdateAppConfigRequest { organization_name: org, app_name: name, ..Default::default() };
            let mut mask = Vec::new();
            if let Some(d) = description {
                req.description = Some(d);
                mask.push("description".to_string());
            }
            if let Some(v) = mcp {
                req.mcp_enabled = Some(v);
                mask.push("mcp_enabled".into());
            }
            if let Some(v) = jobs {
                req.jobs_enabled = Some(v);
                mask.push("jobs_enabled".into());
            }
            if let Some(v) = public {
                req.public = Some(v);
                mask.push("public".into());
            }
            if let Some(v) = max_concurrency {
                req.max_concurrency = Some(v);
                mask.push("max_concurrency".into());
            }
            if !env.is_empty() {
                for pair in env {
                    let (k, v) =
                        pair.split_once('=').ok_or_else(|| invalid(format!("--env {pair}: expected KEY=VALUE")))?;
                    req.env.insert(k.to_string(), v.to_string());
                }
                mask.push("env".into());
            }
            if mask.is_empty() {
                return Err(invalid("nothing to update: pass at least one setting flag"));
            }
            req.update_mask = mask;
            let r = c.update_app_config(req).await?;
            ctx.print(&r, || format!("updated {}", r.app.as_ref().map(|a| a.id.as_str()).unwrap_or_default()));
        }
        AppCommand::Delete { app } => {
            let (org, name) = ctx.app(&app)?;
            let r = c.delete_app(v1::DeleteAppRequest { organization_name: org, app_name: name }).await?;
            ctx.print(&r, || format!("deleted {} ({} versions)", r.app_id, r.versions_deleted));
        }
        AppCommand::CallbackSecret { app } => {
            let (org, name) = ctx.app(&app)?;
            let r =
                c.get_callback_secret(v1::GetCallbackSecretRequest { organization_name: org, app_name: name }).await?;
            ctx.print(&r, || r.secret.clone());
        }
        AppCommand::State { app } => {
            let (org, name) = ctx.app(&app)?;
            let r = c.get_app_state(v1::GetAppStateRequest { organization_name: org, app_name: name }).await?;
            ctx.print(&r, || {
                format!(
                    "{} (active version {}, {} ready / {} desired){}",
                    state_name(r.deployment_state),
                    r.active_version,
                    r.ready_replicas,
                    r.desired_replicas,
                    if r.reason.is_empty() { String::new() } else { format!(": {}", r.reason) }
                ) + &r
                    .schedules
                    .iter()
                    .map(|s| {
                        let tz = if s.timezone.is_empty() { "UTC" } else { s.timezone.as_str() };
                        let last = if s.last_run_ms == 0 {
                            "never run".to_string()
                        } else {
                            format!("last {} ({})", when(s.last_run_ms), s.last_execution_id)
                        };
                        format!("\nschedule {} \"{}\" {tz}: next {}, {last}", s.name, s.cron, when(s.next_run_ms))
                    })
                    .collect::<String>()
            });
        }
    }
    Ok(())
}

pub(super) async fn schedule(ctx: &Ctx, command: ScheduleCommand) -> Outcome {
    let c = &ctx.client;
    let app = match &command {
        ScheduleCommand::Set { app, .. } | ScheduleCommand::Delete { app, .. } => app.clone(),
    };
    let (org, name) = ctx.app(&app)?;
    let meta = c
        .get_app(v1::GetAppRequest { organization_name: org.clone(), app_name: name.clone() })
        .await?
        .app
        .unwrap_or_default();
    let mut schedules = meta.schedules;
    match command {
        ScheduleCommand::Set { name: schedule, cron, timezone, data, .. } => {
            schedules.retain(|s| s.name != schedule);
            schedules.push(v1::Schedule { name: schedule, cron, timezone, payload: data.into_bytes() });
        }
        ScheduleCommand::Delete { name: schedule, .. } => {
            let before = schedules.len();
            schedules.retain(|s| s.name != schedule);
            if schedules.len() == before {
                return Err(CliError { code: Code::NotFound, message: format!("{app} has no schedule {schedule}") });
            }
        }
    }
    let r = c
        .update_app_config(v1::UpdateAppConfigRequest {
            organization_name: org,
            app_name: name,
            schedules,
            update_mask: vec!["schedules".into()],
            ..Default::default()
        })
        .await?;
    ctx.print(&r, || {
        let names: Vec<_> = r.app.iter().flat_map(|a| a.schedules.iter().map(|s| s.name.as_str())).collect();
        format!("schedules of {app}: {}", if names.is_empty() { "none".into() } else { names.join(", ") })
    });
    Ok(())
}

pub(super) async fn deploy(
    ctx: &Ctx,
    id: &str,
    path: &Path,
    runtime: Option<RuntimeArg>,
    image: &ImageArgs,
) -> Outcome {
    let (org, app) = ctx.app(id)?;
    let c = &ctx.client;
    let (code, needs_build) = code_source(path, runtime, image)?;
    let exists = c.get_app(v1::GetAppRequest { organization_name: org.clone(), app_name: app.clone() }).await;
    match exists {
        Ok(_) => {}
        Err(e) if e.code == Code::NotFound => {
            c.create_app(v1::CreateAppRequest {
                organization_name: org.clone(),
                name: app.clone(),
                ..Default::default()
            })
            .await?;
            eprintln!("created app {org}/{app}");
        }
        Err(e) => return Err(e.into()),
    }
    let size = {
        use v1::image_source::Kind;
        match &code.source {
            Some(v1::code_source::Source::Compile(c)) => c.source_code.len(),
            Some(v1::code_source::Source::Image(v1::ImageSource { kind: Some(Kind::FromCode(f)) })) => {
                f.source_archive.len()
            }
            Some(v1::code_source::Source::Image(v1::ImageSource { kind: Some(Kind::Prebuilt(p)) })) => {
                p.image_archive.len()
            }
            _ => 0,
        }
    };
    let draft = c
        .save_draft(v1::SaveDraftRequest {
            organization_name: org.clone(),
            app_name: app.clone(),
            code: Some(code),
            ..Default::default()
        })
        .await?;
    eprintln!("uploaded {size} bytes (code {})", &draft.draft.unwrap_or_default().code_hash[..12]);
    if needs_build {
        let compiled =
            c.compile_draft(v1::CompileDraftRequest { organization_name: org.clone(), app_name: app.clone() }).await?;
        eprintln!("compiling (deploy {})", compiled.deploy_id);
        follow_compile(ctx, &org, &app, &compiled.deploy_id).await?;
    }
    let published =
        c.publish_draft(v1::PublishDraftRequest { organization_name: org.clone(), app_name: app.clone() }).await?;
    let url = format!("{}/v1/ignite/app/{org}/{app}/invoke", ctx.server.trim_end_matches('/'));
    ctx.print(&published, || format!("published {org}/{app} version {}\ninvoke: {url}", published.published_version));
    Ok(())
}
