//! Images on disk: blobs by digest (shared by every image and version), imported from
//! an uploaded OCI layout or `docker save` tarball or pulled from a registry, each
//! verified against its digest; root filesystems unpacked from the layers (whiteouts
//! honoured) once per image and cached.
//!
//! Layout under the store's root: `blobs/sha256/<hex>`, `rootfs/<manifest hex>/`,
//! `tmp/` (work in progress, renamed into place when complete, so a crash never
//! leaves a half-written blob or root filesystem where a finished one is expected).

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use ignite_core::runtime::{BuildLog, Credentials, RuntimeError};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::archive::{self, TarOptions};
use crate::confined::Root;

/// What a version of an image app runs: the artifact the server stores.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImageArtifact {
    /// The reference pulled, or `archive` for an upload.
    pub reference: String,
    pub manifest_digest: String,
    pub config_digest: String,
    /// Layer digests, lowest first.
    pub layers: Vec<String>,
    pub config: ImageConfig,
}

/// The parts of the image configuration that say how to run it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImageConfig {
    pub entrypoint: Vec<String>,
    pub cmd: Vec<String>,
    /// `KEY=value`.
    pub env: Vec<String>,
    pub working_dir: String,
    pub user: String,
    pub exposed_ports: Vec<u16>,
}

impl ImageConfig {
    /// From an OCI / Docker image configuration blob.
    fn parse(blob: &[u8]) -> Result<ImageConfig, RuntimeError> {
        let json: serde_json::Value = serde_json::from_slice(blob)
            .map_err(|e| RuntimeError::BuildFailed(format!("the image configuration is not JSON: {e}")))?;
        let c = &json["config"];
        let strings = |v: &serde_json::Value| -> Vec<String> {
            v.as_array().map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect()).unwrap_or_default()
        };
        let mut exposed_ports: Vec<u16> = c["ExposedPorts"]
            .as_object()
            .map(|m| m.keys().filter_map(|k| k.split('/').next()?.parse().ok()).collect())
            .unwrap_or_default();
        exposed_ports.sort_unstable();
        Ok(ImageConfig {
            entrypoint: strings(&c["Entrypoint"]),
            cmd: strings(&c["Cmd"]),
            env: strings(&c["Env"]),
            working_dir: c["WorkingDir"].as_str().unwrap_or_default().to_string(),
            user: c["User"].as_str().unwrap_or_default().to_string(),
            exposed_ports,
        })
    }

    /// The OCI image configuration blob of a one-layer image whose layer is `layer_digest`.
    fn to_json(&self, architecture: &str, layer_digest: &str) -> serde_json::Value {
        let ports: serde_json::Map<String, serde_json::Value> =
            self.exposed_ports.iter().map(|p| (format!("{p}/tcp"), serde_json::json!({}))).collect();
        serde_json::json!({
            "architecture": architecture,
            "os": "linux",
            "config": {
                "Entrypoint": self.entrypoint,
                "Cmd": self.cmd,
                "Env": self.env,
                "WorkingDir": self.working_dir,
                "User": self.user,
                "ExposedPorts": ports,
            },
            "rootfs": {"type": "layers", "diff_ids": [layer_digest]},
        })
    }

    /// The command line: entrypoint then cmd.
    pub fn argv(&self) -> Vec<String> {
        self.entrypoint.iter().chain(&self.cmd).cloned().collect()
    }
}

/// A file of an image packaged by [`ImageStore::package`].
#[derive(Debug, Clone)]
pub struct ImageFile {
    /// Absolute path in the image.
    pub path: String,
    pub contents: Vec<u8>,
    pub mode: u32,
}

/// The largest JSON document (index, manifest, configuration) read from an archive.
const MAX_JSON: u64 = 4 << 20;

const INDEX_TYPES: [&str; 2] =
    ["application/vnd.oci.image.index.v1+json", "application/vnd.docker.distribution.manifest.list.v2+json"];

fn build_failed(message: impl Into<String>) -> RuntimeError {
    RuntimeError::BuildFailed(message.into())
}

fn hex_of(digest: &str) -> Result<&str, RuntimeError> {
    let hex = digest.strip_prefix("sha256:").ok_or_else(|| build_failed(format!("unsupported digest {digest:?}")))?;
    if hex.len() != 64 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(build_failed(format!("malformed digest {digest:?}")));
    }
    Ok(hex)
}

/// How registry pulls reach registries.
#[derive(Debug, Clone)]
pub struct PullSettings {
    /// The egress proxy (with its credentials in the URL).
    pub proxy: String,
    /// What the proxy lets through: checked first too, for a clear error.
    pub policy: std::sync::Arc<crate::egress::EgressPolicy>,
    /// Registries (`host:port`) spoken to over plain HTTP.
    pub insecure_registries: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct ImageStore {
    root: PathBuf,
}

impl ImageStore {
    pub fn new(root: PathBuf) -> io::Result<ImageStore> {
        for dir in ["blobs/sha256", "rootfs", "tmp"] {
            std::fs::create_dir_all(root.join(dir))?;
        }
        Ok(ImageStore { root })
    }

    fn blob_path(&self, digest: &str) -> Result<PathBuf, RuntimeError> {
        Ok(self.root.join("blobs/sha256").join(hex_of(digest)?))
    }

    fn has_blob(&self, digest: &str) -> bool {
        self.blob_path(digest).is_ok_and(|p| p.is_file())
    }

    pub(super) fn temp_path(&self) -> PathBuf {
        self.root.join("tmp").join(uuid::Uuid::new_v4().simple().to_string())
    }

    /// Stores the blob read from `reader` if its sha256 is `digest`; a mismatch is an
    /// error naming both digests and nothing is kept. A blob already stored is kept as
    /// it is (the bytes were still read and checked).
    fn put_blob(&self, digest: &str, reader: impl Read) -> Result<u64, RuntimeError> {
        let target = self.blob_path(digest)?;
        let (temp, actual, size) = self.write_temp_blob(reader)?;
        if actual != digest {
            let _ = std::fs::remove_file(&temp);
            return Err(build_failed(format!("digest mismatch: the blob {digest} has the content of {actual}")));
        }
        self.commit_blob(&temp, &target)?;
        Ok(size)
    }

    /// Stores the blob read from `reader` under its own digest, which it returns.
    fn put_verified_blob(&self, reader: impl Read) -> Result<String, RuntimeError> {
        let (temp, digest, _) = self.write_temp_blob(reader)?;
        let target = match self.blob_path(&digest) {
            Ok(t) => t,
            Err(e) => {
                let _ = std::fs::remove_file(&temp);
                return Err(e);
            }
        };
        self.commit_blob(&temp, &target)?;
        Ok(digest)
    }

    /// Copies `reader` (at most `Limits::IMAGE` bytes) into a temporary file, hashing it.
    fn write_temp_blob(&self, mut reader: impl Read) -> Result<(PathBuf, String, u64), RuntimeError> {
        let temp = self.temp_path();
        let mut file = std::fs::File::create(&temp)?;
        let mut hasher = Sha256::new();
        let mut buf = vec![0u8; 1 << 16];
        let mut size = 0u64;
        let result = (|| {
            loop {
                let n = reader.read(&mut buf)?;
                if n == 0 {
                    break;
                }
                size += n as u64;
                if size > archive::Limits::IMAGE.max_bytes {
                    return Err(build_failed(format!(
                        "a blob is larger than the limit of {} bytes",
                        archive::Limits::IMAGE.max_bytes
                    )));
                }
                hasher.update(&buf[..n]);
                file.write_all(&buf[..n])?;
            }
            file.sync_all()?;
            Ok(())
        })();
        if let Err(e) = result {
            let _ = std::fs::remove_file(&temp);
            return Err(e);
        }
        Ok((temp, format!("sha256:{}", hex::encode(hasher.finalize())), size))
    }

    /// Moves a verified temporary blob into place (or drops it when the blob is there).
    fn commit_blob(&self, temp: &Path, target: &Path) -> Result<(), RuntimeError> {
        if target.is_file() {
            std::fs::remove_file(temp)?;
        } else {
            std::fs::rename(temp, target)?;
        }
        Ok(())
    }

    fn read_blob(&self, digest: &str) -> Result<Vec<u8>, RuntimeError> {
        std::fs::read(self.blob_path(digest)?).map_err(|e| build_failed(format!("blob {digest}: {e}")))
    }

    /// Imports an uploaded OCI image layout or `docker save` tarball (optionally
    /// gzip-compressed).
    pub fn import_archive(&self, archive: &[u8], log: &dyn BuildLog) -> Result<ImageArtifact, RuntimeError> {
        self.import_reader(archive, log)
    }

    /// [`ImageStore::import_archive`] from a stream.
    pub fn import_reader(&self, archive: impl Read, log: &dyn BuildLog) -> Result<ImageArtifact, RuntimeError> {
        let dir = self.temp_path();
        let result = self.import_dir(archive, &dir, log);
        let _ = std::fs::remove_dir_all(&dir);
        result
    }

    fn import_dir(&self, archive: impl Read, dir: &Path, log: &dyn BuildLog) -> Result<ImageArtifact, RuntimeError> {
        let mut archive = io::BufReader::new(archive);
        let gzipped = io::BufRead::fill_buf(&mut archive)?.starts_with(&[0x1f, 0x8b]);
        let reader: Box<dyn Read + '_> =
            if gzipped { Box::new(flate2::read::GzDecoder::new(archive)) } else { Box::new(archive) };
        // The tarball's own links (docker save links identical layers) are kept, and
        // followed only within it when its files are read.
        let root = Root::create(dir)?;
        archive::unpack_tar(reader, &root, &TarOptions::image())
            .map_err(|e| build_failed(format!("the image archive is not a readable tarball: {e}")))?;
        if root.is_file(Path::new("index.json")) {
            log.write(b"importing an OCI image layout\n");
            self.import_oci_layout(&root, log)
        } else if root.is_file(Path::new("manifest.json")) {
            log.write(b"importing a docker save tarball\n");
            self.import_docker_save(&root, log)
        } else {
            Err(build_failed(
                "the image archive holds neither an OCI layout (index.json) nor a docker save (manifest.json)",
            ))
        }
    }

    /// A JSON document of an unpacked archive (at most `MAX_JSON` bytes).
    fn archive_json(root: &Root, name: &str) -> Result<serde_json::Value, RuntimeError> {
        let bytes = root.read(Path::new(name), MAX_JSON).map_err(|e| build_failed(format!("{name}: {e}")))?;
        serde_json::from_slice(&bytes).map_err(|e| build_failed(format!("{name}: {e}")))
    }

    /// A small blob (index, manifest) of an unpacked OCI layout, checked against its digest.
    fn layout_blob(root: &Root, digest: &str) -> Result<Vec<u8>, RuntimeError> {
        let bytes = root
            .read(&Path::new("blobs/sha256").join(hex_of(digest)?), MAX_JSON)
            .map_err(|e| build_failed(format!("the layout lacks blob {digest}: {e}")))?;
        let actual = format!("sha256:{}", hex::encode(Sha256::digest(&bytes)));
        if actual != digest {
            return Err(build_failed(format!("digest mismatch: the blob {digest} has the content of {actual}")));
        }
        Ok(bytes)
    }

    fn import_oci_layout(&self, root: &Root, log: &dyn BuildLog) -> Result<ImageArtifact, RuntimeError> {
        let index = Self::archive_json(root, "index.json")?;
        let mut descriptor =
            index["manifests"].get(0).cloned().ok_or_else(|| build_failed("index.json lists no image"))?;
        // An index of platforms: the one for this machine.
        while INDEX_TYPES.contains(&descriptor["mediaType"].as_str().unwrap_or_default()) {
            let nested: serde_json::Value =
                serde_json::from_slice(&Self::layout_blob(root, descriptor["digest"].as_str().unwrap_or_default())?)
                    .map_err(|e| build_failed(format!("image index: {e}")))?;
            let manifests = nested["manifests"].as_array().cloned().unwrap_or_default();
            descriptor = manifests
                .iter()
                .find(|m| m["platform"]["architecture"] == host_architecture() && m["platform"]["os"] == "linux")
                .or(manifests.first())
                .cloned()
                .ok_or_else(|| build_failed("the image index is empty"))?;
        }
        let manifest_digest = descriptor["digest"].as_str().unwrap_or_default().to_string();
        let manifest_bytes = Self::layout_blob(root, &manifest_digest)?;
        let manifest: serde_json::Value =
            serde_json::from_slice(&manifest_bytes).map_err(|e| build_failed(format!("image manifest: {e}")))?;
        let config_digest = manifest["config"]["digest"].as_str().unwrap_or_default().to_string();
        let layers: Vec<String> = manifest["layers"]
            .as_array()
            .map(|a| a.iter().filter_map(|l| l["digest"].as_str().map(str::to_string)).collect())
            .unwrap_or_default();
        // Every blob is read and hashed, even one already stored: an uploader proves it
        // holds the bytes before its image may use them.
        for digest in std::iter::once(&config_digest).chain(&layers) {
            let name = Path::new("blobs/sha256").join(hex_of(digest)?);
            let file =
                root.open_file(&name).map_err(|e| build_failed(format!("the layout lacks blob {digest}: {e}")))?;
            let size = self.put_blob(digest, file)?;
            log.write(format!("{digest}: {size} bytes, verified\n").as_bytes());
        }
        let config = ImageConfig::parse(&self.read_blob(&config_digest)?)?;
        Ok(ImageArtifact { reference: "archive".into(), manifest_digest, config_digest, layers, config })
    }

    fn import_docker_save(&self, root: &Root, log: &dyn BuildLog) -> Result<ImageArtifact, RuntimeError> {
        let manifest = Self::archive_json(root, "manifest.json")?;
        let image = manifest.get(0).ok_or_else(|| build_failed("manifest.json lists no image"))?;
        let put = |name: &str| -> Result<String, RuntimeError> {
            if name.is_empty() {
                return Err(build_failed("manifest.json names an empty path"));
            }
            let file = root.open_file(Path::new(name)).map_err(|e| build_failed(format!("the tarball's {e}")))?;
            let digest = self.put_verified_blob(file)?;
            log.write(format!("{name}: {digest}\n").as_bytes());
            Ok(digest)
        };
        let config_digest = put(image["Config"].as_str().unwrap_or_default())?;
        let layers = image["Layers"]
            .as_array()
            .map(|a| a.iter().map(|l| put(l.as_str().unwrap_or_default())).collect::<Result<Vec<_>, _>>())
            .transpose()?
            .unwrap_or_default();
        // A docker save has no manifest blob: its identity is the configuration and layers.
        let identity = serde_json::json!({"config": config_digest, "layers": layers}).to_string();
        let manifest_digest = format!("sha256:{}", hex::encode(Sha256::digest(identity.as_bytes())));
        let config = ImageConfig::parse(&self.read_blob(&config_digest)?)?;
        Ok(ImageArtifact { reference: "archive".into(), manifest_digest, config_digest, layers, config })
    }

    /// Stores a one-layer image of `files` that runs as `config` says (images built
    /// without a Dockerfile). The layer is reproducible (fixed owners and times): the
    /// same files give the same digests, so an unchanged rebuild reuses its root
    /// filesystem.
    pub fn package(
        &self,
        files: &[ImageFile],
        config: &ImageConfig,
        log: &dyn BuildLog,
    ) -> Result<ImageArtifact, RuntimeError> {
        let mut layer = tar::Builder::new(Vec::new());
        for file in files {
            let mut header = tar::Header::new_gnu();
            header.set_size(file.contents.len() as u64);
            header.set_mode(file.mode);
            header.set_mtime(0);
            header.set_uid(0);
            header.set_gid(0);
            header.set_entry_type(tar::EntryType::Regular);
            layer.append_data(&mut header, file.path.trim_start_matches('/'), file.contents.as_slice())?;
        }
        let layer = layer.into_inner()?;
        let digest_of = |bytes: &[u8]| format!("sha256:{}", hex::encode(Sha256::digest(bytes)));
        let layer_digest = digest_of(&layer);
        let config_blob = serde_json::to_vec(&config.to_json(host_architecture(), &layer_digest)).expect("json");
        let config_digest = digest_of(&config_blob);
        let manifest = serde_json::json!({
            "schemaVersion": 2,
            "mediaType": "application/vnd.oci.image.manifest.v1+json",
            "config": {
                "mediaType": "application/vnd.oci.image.config.v1+json",
                "digest": config_digest,
                "size": config_blob.len(),
            },
            "layers": [{
                "mediaType": "application/vnd.oci.image.layer.v1.tar",
                "digest": layer_digest,
                "size": layer.len(),
            }],
        });
        let manifest_blob = serde_json::to_vec(&manifest).expect("json");
        let manifest_digest = digest_of(&manifest_blob);
        for (digest, bytes) in
            [(&layer_digest, &layer), (&config_digest, &config_blob), (&manifest_digest, &manifest_blob)]
        {
            if !self.has_blob(digest) {
                self.put_blob(digest, bytes.as_slice())?;
            }
        }
        log.write(format!("packaged image {manifest_digest} (one layer, {} bytes)\n", layer.len()).as_bytes());
        Ok(ImageArtifact {
            reference: "built".into(),
            manifest_digest,
            config_digest,
            layers: vec![layer_digest],
            config: config.clone(),
        })
    }

    /// Removes the blobs and root filesystems no image in `keep` uses; returns how many
    /// of each went. The caller makes sure no import runs meanwhile.
    pub fn retain(&self, keep: &[ImageArtifact]) -> io::Result<(usize, usize)> {
        let mut blobs = std::collections::HashSet::new();
        let mut roots = std::collections::HashSet::new();
        for image in keep {
            blobs.insert(image.manifest_digest.as_str());
            blobs.insert(image.config_digest.as_str());
            blobs.extend(image.layers.iter().map(String::as_str));
            roots.insert(image.manifest_digest.as_str());
        }
        let mut removed = (0, 0);
        for (dir, used, count) in [("blobs/sha256", &blobs, &mut removed.0), ("rootfs", &roots, &mut removed.1)] {
            for entry in std::fs::read_dir(self.root.join(dir))? {
                let entry = entry?;
                let digest = format!("sha256:{}", entry.file_name().to_string_lossy());
                if !used.contains(digest.as_str()) {
                    remove_any(&entry.path())?;
                    *count += 1;
                }
            }
        }
        // A proof outlives no blob: a blob stored again must be proved again.
        for scope in std::fs::read_dir(self.root.join("proofs")).into_iter().flatten().flatten() {
            for proof in std::fs::read_dir(scope.path())?.flatten() {
                let digest = format!("sha256:{}", proof.file_name().to_string_lossy());
                if !blobs.contains(digest.as_str()) {
                    std::fs::remove_file(proof.path())?;
                }
            }
        }
        Ok(removed)
    }

    /// Whether `scope` (an organization) has proved it holds the blob `digest`: it
    /// uploaded or pulled its bytes once.
    fn proven(&self, scope: &str, digest: &str) -> bool {
        self.has_blob(digest) && hex_of(digest).is_ok_and(|hex| self.root.join("proofs").join(scope).join(hex).exists())
    }

    fn prove(&self, scope: &str, digest: &str) -> Result<(), RuntimeError> {
        if !crate::confined::stays_inside(Path::new(scope)) || scope.contains('/') || scope.is_empty() {
            return Err(build_failed(format!("invalid scope {scope:?}")));
        }
        let dir = self.root.join("proofs").join(scope);
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join(hex_of(digest)?), b"")?;
        Ok(())
    }

    /// Records that `scope` holds every blob of `image` (it just sent or pulled them).
    pub fn prove_all(&self, scope: &str, image: &ImageArtifact) -> Result<(), RuntimeError> {
        for digest in std::iter::once(&image.config_digest).chain(&image.layers) {
            self.prove(scope, digest)?;
        }
        Ok(())
    }

    /// Pulls `reference` (anonymously or with `credentials`) for `scope` (an
    /// organization) through `proxy` (the egress proxy that refuses private addresses).
    /// A blob is skipped only when this scope proved it before: another organization's
    /// copy is never reused on the strength of its digest alone.
    pub async fn pull(
        &self,
        reference: &str,
        credentials: Option<&Credentials>,
        scope: &str,
        fetch: &PullSettings,
        log: &dyn BuildLog,
    ) -> Result<ImageArtifact, RuntimeError> {
        use oci_client::secrets::RegistryAuth;
        let parsed: oci_client::Reference =
            reference.parse().map_err(|e| build_failed(format!("invalid image reference {reference:?}: {e}")))?;
        let registry = parsed.resolve_registry().to_string();
        let plain_http = fetch.insecure_registries.iter().any(|r| r == &registry);
        let (host, port) = match registry.rsplit_once(':') {
            Some((host, port)) if port.bytes().all(|b| b.is_ascii_digit()) => (host, port.parse().unwrap_or(443)),
            _ => (registry.as_str(), if plain_http { 80 } else { 443 }),
        };
        fetch
            .policy
            .resolve(host, port)
            .await
            .map_err(|reason| build_failed(format!("the registry {registry} is refused: {reason}")))?;
        let protocol = if plain_http {
            oci_client::client::ClientProtocol::Http
        } else {
            oci_client::client::ClientProtocol::Https
        };
        let client = oci_client::Client::new(oci_client::client::ClientConfig {
            protocol,
            https_proxy: Some(fetch.proxy.clone()),
            http_proxy: Some(fetch.proxy.clone()),
            ..Default::default()
        });
        let auth = match credentials {
            Some(c) => RegistryAuth::Basic(c.username.clone(), c.password.clone()),
            None => RegistryAuth::Anonymous,
        };
        log.write(format!("pulling {reference}\n").as_bytes());
        let (manifest, manifest_digest) =
            client.pull_image_manifest(&parsed, &auth).await.map_err(|e| pull_error(reference, e))?;
        log.write(format!("manifest {manifest_digest}\n").as_bytes());
        for descriptor in std::iter::once(&manifest.config).chain(&manifest.layers) {
            if self.proven(scope, &descriptor.digest) {
                log.write(format!("{}: cached\n", descriptor.digest).as_bytes());
                continue;
            }
            let temp = self.temp_path();
            let file = tokio::fs::File::create(&temp).await?;
            let pulled = client.pull_blob(&parsed, descriptor, file).await;
            let stored = match pulled {
                Ok(()) => {
                    let store = self.clone();
                    let (digest, temp2) = (descriptor.digest.clone(), temp.clone());
                    crate::blocking(move || store.put_blob(&digest, std::fs::File::open(&temp2)?)).await
                }
                Err(e) => Err(pull_error(reference, e)),
            };
            let _ = tokio::fs::remove_file(&temp).await;
            let size = stored?;
            self.prove(scope, &descriptor.digest)?;
            log.write(format!("{}: {size} bytes, verified\n", descriptor.digest).as_bytes());
        }
        let config = ImageConfig::parse(&self.read_blob(&manifest.config.digest)?)?;
        Ok(ImageArtifact {
            reference: reference.to_string(),
            manifest_digest,
            config_digest: manifest.config.digest.clone(),
            layers: manifest.layers.iter().map(|l| l.digest.clone()).collect(),
            config,
        })
    }

    /// The image's root filesystem, unpacked on first use. It holds the mount points the
    /// sandbox needs (`/proc`, `/dev`, `/tmp`), since it is mounted read-only.
    pub fn rootfs(&self, image: &ImageArtifact) -> Result<PathBuf, RuntimeError> {
        let target = self.root.join("rootfs").join(hex_of(&image.manifest_digest)?);
        if target.is_dir() {
            return Ok(target);
        }
        let temp = self.temp_path();
        let unpacked = (|| {
            let root = Root::create(&temp)?;
            for digest in &image.layers {
                let path = self.blob_path(digest)?;
                if !path.is_file() {
                    return Err(RuntimeError::InvalidArtifact(format!(
                        "layer {digest} is missing: deploy the image again"
                    )));
                }
                apply_layer(&path, &root).map_err(|e| build_failed(format!("layer {digest}: {e}")))?;
            }
            for dir in ["proc", "dev", "tmp", "etc"] {
                root.make_dir(Path::new(dir))?;
            }
            Ok(())
        })();
        if let Err(e) = unpacked {
            let _ = std::fs::remove_dir_all(&temp);
            return Err(e);
        }
        match std::fs::rename(&temp, &target) {
            Ok(()) => Ok(target),
            // Another load unpacked it first.
            Err(_) if target.is_dir() => {
                let _ = std::fs::remove_dir_all(&temp);
                Ok(target)
            }
            Err(e) => Err(e.into()),
        }
    }
}

fn pull_error(reference: &str, e: oci_client::errors::OciDistributionError) -> RuntimeError {
    use oci_client::errors::OciDistributionError as E;
    let text = e.to_string();
    let lower = text.to_ascii_lowercase();
    let reason = match &e {
        E::AuthenticationFailure(_) | E::UnauthorizedError { .. } => "the registry refused the credentials",
        _ if lower.contains("401") || lower.contains("unauthorized") => "the registry refused the credentials",
        _ if ["manifest unknown", "name unknown", "404", "not found"].iter().any(|m| lower.contains(m)) => {
            "the image or tag does not exist"
        }
        _ => "the pull failed",
    };
    build_failed(format!("{reason} ({reference}): {text}"))
}

fn host_architecture() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        other => other,
    }
}

/// A layer reader: gzip or plain tar (zstd is refused clearly).
fn layer_reader(path: &Path) -> io::Result<Box<dyn Read>> {
    let mut file = std::fs::File::open(path)?;
    let mut magic = [0u8; 4];
    let n = file.read(&mut magic)?;
    let file = std::fs::File::open(path)?;
    match &magic[..n] {
        [0x1f, 0x8b, ..] => Ok(Box::new(flate2::read::GzDecoder::new(file))),
        [0x28, 0xb5, 0x2f, 0xfd] => Err(io::Error::other("zstd-compressed layers are not supported")),
        _ => Ok(Box::new(file)),
    }
}

/// Applies the layer at `path` on top of `root`: its whiteouts (they hide lower layers'
/// files), then its files.
fn apply_layer(path: &Path, root: &Root) -> io::Result<()> {
    archive::apply_whiteouts(layer_reader(path)?, root, archive::Limits::IMAGE)?;
    archive::unpack_tar(layer_reader(path)?, root, &TarOptions::layer())
}

fn remove_any(path: &Path) -> io::Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_dir() => std::fs::remove_dir_all(path),
        Ok(_) => std::fs::remove_file(path),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layer(entries: &[(&str, Option<&str>)]) -> Vec<u8> {
        let mut builder = tar::Builder::new(Vec::new());
        for (path, content) in entries {
            let mut header = tar::Header::new_gnu();
            match content {
                Some(text) => {
                    header.set_entry_type(tar::EntryType::Regular);
                    header.set_size(text.len() as u64);
                    header.set_mode(0o644);
                    builder.append_data(&mut header, path, text.as_bytes()).unwrap();
                }
                None => {
                    header.set_entry_type(tar::EntryType::Directory);
                    header.set_size(0);
                    header.set_mode(0o755);
                    builder.append_data(&mut header, path, &[][..]).unwrap();
                }
            }
        }
        builder.into_inner().unwrap()
    }

    #[test]
    fn whiteouts_hide_lower_layers() {
        let work = tempfile::tempdir().unwrap();
        let root_dir = work.path().join("root");
        let root = Root::create(&root_dir).unwrap();
        let lower = layer(&[
            ("etc/", None),
            ("etc/keep", Some("keep")),
            ("etc/gone", Some("gone")),
            ("var/", None),
            ("var/cache/", None),
            ("var/cache/old", Some("old")),
        ]);
        let upper = layer(&[
            ("etc/.wh.gone", Some("")),
            ("var/cache/new", Some("new")),
            ("var/cache/.wh..wh..opq", Some("")),
            ("etc/added", Some("added")),
        ]);
        for (i, bytes) in [lower, upper].iter().enumerate() {
            let path = work.path().join(format!("layer{i}"));
            std::fs::write(&path, bytes).unwrap();
            apply_layer(&path, &root).unwrap();
        }
        let mut files: Vec<String> = walk(&root_dir);
        files.sort();
        assert_eq!(files, ["etc/added", "etc/keep", "var/cache/new"]);
    }

    fn walk(root: &Path) -> Vec<String> {
        let mut out = Vec::new();
        let mut stack = vec![root.to_path_buf()];
        while let Some(dir) = stack.pop() {
            for e in std::fs::read_dir(dir).unwrap().flatten() {
                if e.file_type().unwrap().is_dir() {
                    stack.push(e.path());
                } else {
                    out.push(e.path().strip_prefix(root).unwrap().display().to_string());
                }
            }
        }
        out
    }

    #[test]
    fn a_blob_must_match_its_digest() {
        let work = tempfile::tempdir().unwrap();
        let store = ImageStore::new(work.path().to_path_buf()).unwrap();
        let digest = format!("sha256:{}", hex::encode(Sha256::digest(b"layer")));
        let err = store.put_blob(&digest, &b"tampered"[..]).unwrap_err();
        assert!(err.to_string().contains(&format!("digest mismatch: the blob {digest}")), "{err}");
        assert!(!store.has_blob(&digest));
        store.put_blob(&digest, &b"layer"[..]).unwrap();
        assert!(store.has_blob(&digest));
    }

    struct Quiet;
    impl BuildLog for Quiet {
        fn write(&self, _: &[u8]) {}
    }

    #[test]
    fn a_packaged_image_is_reproducible_and_runs_as_configured() {
        use std::os::unix::fs::PermissionsExt;
        let work = tempfile::tempdir().unwrap();
        let store = ImageStore::new(work.path().to_path_buf()).unwrap();
        let files = [ImageFile { path: "/app/server".into(), contents: b"\x7fELF".to_vec(), mode: 0o755 }];
        let config = ImageConfig {
            entrypoint: vec!["/app/server".into()],
            env: vec!["A=b".into()],
            working_dir: "/app".into(),
            user: "65534:65534".into(),
            exposed_ports: vec![8080],
            ..ImageConfig::default()
        };
        let first = store.package(&files, &config, &Quiet).unwrap();
        let second = store.package(&files, &config, &Quiet).unwrap();
        assert_eq!(first, second, "the same files give the same digests");
        assert_eq!(ImageConfig::parse(&store.read_blob(&first.config_digest).unwrap()).unwrap(), config);
        let rootfs = store.rootfs(&first).unwrap();
        let server = std::fs::metadata(rootfs.join("app/server")).unwrap();
        assert_eq!(server.permissions().mode() & 0o777, 0o755);
        assert!(rootfs.join("tmp").is_dir() && rootfs.join("proc").is_dir());
    }
}
