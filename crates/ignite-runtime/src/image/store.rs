//! Images on disk: blobs by digest (shared by every image and version), imported from
//! an uploaded OCI layout or `docker save` tarball or pulled from a registry, each
//! verified against its digest; root filesystems unpacked from the layers (whiteouts
//! honoured) once per image and cached.
//!
//! Layout under the store's root: `blobs/sha256/<hex>`, `rootfs/<manifest hex>/`,
//! `tmp/` (work in progress, renamed into place when complete, so a crash never
//! leaves a half-written blob or root filesystem where a finished one is expected).

use std::io::{self, Read, Write};
use std::path::{Component, Path, PathBuf};

use ignite_core::runtime::{BuildLog, Credentials, RuntimeError};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

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
    /// error naming both digests and nothing is kept.
    fn put_blob(&self, digest: &str, mut reader: impl Read) -> Result<u64, RuntimeError> {
        let target = self.blob_path(digest)?;
        let temp = self.temp_path();
        let mut file = std::fs::File::create(&temp)?;
        let mut hasher = Sha256::new();
        let mut buf = vec![0u8; 1 << 16];
        let mut size = 0u64;
        loop {
            let n = reader.read(&mut buf)?;
            if n == 0 {
                break;
            }
            hasher.update(&buf[..n]);
            file.write_all(&buf[..n])?;
            size += n as u64;
        }
        let actual = format!("sha256:{}", hex::encode(hasher.finalize()));
        if actual != digest {
            let _ = std::fs::remove_file(&temp);
            return Err(build_failed(format!("digest mismatch: the blob {digest} has the content of {actual}")));
        }
        file.sync_all()?;
        std::fs::rename(&temp, &target)?;
        Ok(size)
    }

    fn read_blob(&self, digest: &str) -> Result<Vec<u8>, RuntimeError> {
        std::fs::read(self.blob_path(digest)?).map_err(|e| build_failed(format!("blob {digest}: {e}")))
    }

    /// Imports an uploaded OCI image layout or `docker save` tarball (optionally
    /// gzip-compressed).
    pub fn import_archive(&self, archive: &[u8], log: &dyn BuildLog) -> Result<ImageArtifact, RuntimeError> {
        let dir = self.temp_path();
        std::fs::create_dir_all(&dir)?;
        let result = self.import_dir(archive, &dir, log);
        let _ = std::fs::remove_dir_all(&dir);
        result
    }

    fn import_dir(&self, archive: &[u8], dir: &Path, log: &dyn BuildLog) -> Result<ImageArtifact, RuntimeError> {
        let reader: Box<dyn Read> = if archive.starts_with(&[0x1f, 0x8b]) {
            Box::new(flate2::read::GzDecoder::new(archive))
        } else {
            Box::new(archive)
        };
        tar::Archive::new(reader)
            .unpack(dir)
            .map_err(|e| build_failed(format!("the image archive is not a readable tarball: {e}")))?;
        if dir.join("index.json").is_file() {
            log.write(b"importing an OCI image layout\n");
            self.import_oci_layout(dir, log)
        } else if dir.join("manifest.json").is_file() {
            log.write(b"importing a docker save tarball\n");
            self.import_docker_save(dir, log)
        } else {
            Err(build_failed(
                "the image archive holds neither an OCI layout (index.json) nor a docker save (manifest.json)",
            ))
        }
    }

    /// A blob of an unpacked OCI layout, checked against its digest.
    fn layout_blob(&self, dir: &Path, digest: &str) -> Result<Vec<u8>, RuntimeError> {
        let bytes = std::fs::read(dir.join("blobs/sha256").join(hex_of(digest)?))
            .map_err(|e| build_failed(format!("the layout lacks blob {digest}: {e}")))?;
        let actual = format!("sha256:{}", hex::encode(Sha256::digest(&bytes)));
        if actual != digest {
            return Err(build_failed(format!("digest mismatch: the blob {digest} has the content of {actual}")));
        }
        Ok(bytes)
    }

    fn import_oci_layout(&self, dir: &Path, log: &dyn BuildLog) -> Result<ImageArtifact, RuntimeError> {
        let index: serde_json::Value = serde_json::from_slice(&std::fs::read(dir.join("index.json"))?)
            .map_err(|e| build_failed(format!("index.json: {e}")))?;
        let mut descriptor =
            index["manifests"].get(0).cloned().ok_or_else(|| build_failed("index.json lists no image"))?;
        // An index of platforms: the one for this machine.
        while INDEX_TYPES.contains(&descriptor["mediaType"].as_str().unwrap_or_default()) {
            let nested: serde_json::Value =
                serde_json::from_slice(&self.layout_blob(dir, descriptor["digest"].as_str().unwrap_or_default())?)
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
        let manifest_bytes = self.layout_blob(dir, &manifest_digest)?;
        let manifest: serde_json::Value =
            serde_json::from_slice(&manifest_bytes).map_err(|e| build_failed(format!("image manifest: {e}")))?;
        let config_digest = manifest["config"]["digest"].as_str().unwrap_or_default().to_string();
        let layers: Vec<String> = manifest["layers"]
            .as_array()
            .map(|a| a.iter().filter_map(|l| l["digest"].as_str().map(str::to_string)).collect())
            .unwrap_or_default();
        for digest in std::iter::once(&config_digest).chain(&layers) {
            if self.has_blob(digest) {
                log.write(format!("{digest}: cached\n").as_bytes());
                continue;
            }
            let path = dir.join("blobs/sha256").join(hex_of(digest)?);
            let file =
                std::fs::File::open(&path).map_err(|e| build_failed(format!("the layout lacks blob {digest}: {e}")))?;
            let size = self.put_blob(digest, file)?;
            log.write(format!("{digest}: {size} bytes, verified\n").as_bytes());
        }
        let config = ImageConfig::parse(&self.read_blob(&config_digest)?)?;
        Ok(ImageArtifact { reference: "archive".into(), manifest_digest, config_digest, layers, config })
    }

    fn import_docker_save(&self, dir: &Path, log: &dyn BuildLog) -> Result<ImageArtifact, RuntimeError> {
        let manifest: serde_json::Value = serde_json::from_slice(&std::fs::read(dir.join("manifest.json"))?)
            .map_err(|e| build_failed(format!("manifest.json: {e}")))?;
        let image = manifest.get(0).ok_or_else(|| build_failed("manifest.json lists no image"))?;
        let put = |name: &str| -> Result<String, RuntimeError> {
            let path = safe_join(dir, name)?;
            let bytes = std::fs::read(&path).map_err(|e| build_failed(format!("the tarball lacks {name}: {e}")))?;
            let digest = format!("sha256:{}", hex::encode(Sha256::digest(&bytes)));
            if !self.has_blob(&digest) {
                self.put_blob(&digest, bytes.as_slice())?;
            }
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
        Ok(removed)
    }

    /// Pulls `reference` (anonymously or with `credentials`), fetching only the blobs
    /// not yet stored.
    pub async fn pull(
        &self,
        reference: &str,
        credentials: Option<&Credentials>,
        log: &dyn BuildLog,
    ) -> Result<ImageArtifact, RuntimeError> {
        use oci_client::secrets::RegistryAuth;
        let parsed: oci_client::Reference =
            reference.parse().map_err(|e| build_failed(format!("invalid image reference {reference:?}: {e}")))?;
        let registry = parsed.resolve_registry().to_string();
        let host = registry.split(':').next().unwrap_or_default();
        let insecure = std::env::var("IGNITE_INSECURE_REGISTRIES").unwrap_or_default();
        let plain_http = ["localhost", "127.0.0.1", "::1", "[::1]"].contains(&host)
            || insecure.split(',').any(|r| r.trim() == registry);
        let protocol = if plain_http {
            oci_client::client::ClientProtocol::Http
        } else {
            oci_client::client::ClientProtocol::Https
        };
        let client = oci_client::Client::new(oci_client::client::ClientConfig { protocol, ..Default::default() });
        let auth = match credentials {
            Some(c) => RegistryAuth::Basic(c.username.clone(), c.password.clone()),
            None => RegistryAuth::Anonymous,
        };
        log.write(format!("pulling {reference}\n").as_bytes());
        let (manifest, manifest_digest) =
            client.pull_image_manifest(&parsed, &auth).await.map_err(|e| pull_error(reference, e))?;
        log.write(format!("manifest {manifest_digest}\n").as_bytes());
        for descriptor in std::iter::once(&manifest.config).chain(&manifest.layers) {
            if self.has_blob(&descriptor.digest) {
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
        std::fs::create_dir_all(&temp)?;
        let unpacked = (|| {
            for digest in &image.layers {
                let path = self.blob_path(digest)?;
                if !path.is_file() {
                    return Err(RuntimeError::InvalidArtifact(format!(
                        "layer {digest} is missing: deploy the image again"
                    )));
                }
                unpack_layer(&path, &temp).map_err(|e| build_failed(format!("layer {digest}: {e}")))?;
            }
            for dir in ["proc", "dev", "tmp", "etc"] {
                let path = temp.join(dir);
                if !path.exists() {
                    std::fs::create_dir_all(&path)?;
                }
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

/// `dir/name` for a name from an archive's manifest, refusing escapes.
fn safe_join(dir: &Path, name: &str) -> Result<PathBuf, RuntimeError> {
    let path = Path::new(name);
    if name.is_empty() || path.components().any(|c| !matches!(c, Component::Normal(_))) {
        return Err(build_failed(format!("invalid path {name:?} in the image archive")));
    }
    Ok(dir.join(path))
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

/// Applies one layer on top of `root`: its whiteouts first (they hide lower layers'
/// files: `.wh.<name>` removes `name`, `.wh..wh..opq` empties its directory), then its
/// files. Devices are skipped; nothing lands outside `root`.
fn unpack_layer(path: &Path, root: &Path) -> io::Result<()> {
    let mut archive = tar::Archive::new(layer_reader(path)?);
    for entry in archive.entries()? {
        let entry = entry?;
        let name = entry.path()?.into_owned();
        let Some(file_name) = name.file_name().and_then(|f| f.to_str()) else { continue };
        let Some(hidden) = file_name.strip_prefix(".wh.") else { continue };
        if name.components().any(|c| matches!(c, Component::ParentDir)) {
            return Err(io::Error::other(format!("whiteout {} escapes the image", name.display())));
        }
        let parent = root.join(name.parent().unwrap_or(Path::new("")));
        if hidden == ".wh..opq" {
            for child in std::fs::read_dir(&parent).into_iter().flatten().flatten() {
                remove_any(&child.path())?;
            }
        } else {
            remove_any(&parent.join(hidden))?;
        }
    }
    let mut archive = tar::Archive::new(layer_reader(path)?);
    archive.set_preserve_permissions(true);
    archive.set_overwrite(true);
    archive.set_unpack_xattrs(false);
    for entry in archive.entries()? {
        let mut entry = entry?;
        let kind = entry.header().entry_type();
        if kind.is_character_special() || kind.is_block_special() || kind.is_fifo() {
            continue;
        }
        let is_whiteout = entry.path()?.file_name().and_then(|f| f.to_str()).is_some_and(|f| f.starts_with(".wh."));
        if is_whiteout {
            continue;
        }
        // A file replacing a directory of a lower layer (or the reverse).
        let target = root.join(entry.path()?);
        if let Ok(meta) = std::fs::symlink_metadata(&target)
            && (meta.is_dir() != kind.is_dir())
        {
            remove_any(&target)?;
        }
        entry.unpack_in(root)?;
    }
    Ok(())
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
        let root = work.path().join("root");
        std::fs::create_dir(&root).unwrap();
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
            unpack_layer(&path, &root).unwrap();
        }
        let mut files: Vec<String> = walk(&root);
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
