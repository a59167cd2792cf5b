//! Content-addressed blobs: a [`BlobBackend`] keeps the bytes (today [`LocalBlobs`], a
//! directory), and the [`BlobStore`] around it orders writes and deletes.
//!
//! Writes are atomic (the local backend: temp file, fsync, rename, fsync of the
//! directory), so a crash leaves either no blob or the whole blob. A blob is written before the database row
//! that references it and removed only after that row is gone; orphans left by a
//! crash in between are swept by [`BlobStore::sweep`] at startup.
//!
//! While the server runs, a blob is deleted only by [`BlobStore::collecting`]'s holder
//! and written only under a [`BlobLease`]: the two exclude each other, so a collector
//! that found no row referencing a hash cannot delete the blob that a concurrent save
//! of the same bytes found already present and is about to reference.

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::Arc;

use async_trait::async_trait;
use bytes::Bytes;
use ignite_core::Error;
use sha2::{Digest, Sha256};
use tokio::sync::{OwnedRwLockReadGuard, OwnedRwLockWriteGuard, RwLock};

/// Where blob bytes live, content-addressed by their sha256.
#[async_trait]
pub trait BlobBackend: Send + Sync + std::fmt::Debug + 'static {
    /// Stores `bytes` and returns their hash; storing the same bytes twice is a no-op
    /// (but for a shared backend's grace period, which starts again).
    /// A blob is whole once this returns, and absent if it fails or the process dies.
    async fn put(&self, bytes: Bytes) -> io::Result<String>;
    async fn get(&self, hash: &str) -> io::Result<Vec<u8>>;
    async fn exists(&self, hash: &str) -> io::Result<bool>;
    /// Deleting a missing blob is not an error. A backend that servers share keeps a
    /// blob stored within its grace period: another server may be about to commit a
    /// row naming it (its writer gate is in another process).
    async fn delete(&self, hash: &str) -> io::Result<()>;
    /// Every stored hash.
    async fn list(&self) -> io::Result<Vec<String>>;
    /// Drops what interrupted writes left behind (at startup, no write in flight).
    async fn clear_partial_writes(&self) -> io::Result<()>;
    /// Where the blobs are, for messages.
    fn location(&self) -> String;
}

/// Blobs in a local directory: `<root>/sha256/<2 hex>/<62 hex>`, written through
/// `<root>/tmp`. The file system calls run off the async threads.
#[derive(Debug, Clone)]
pub struct LocalBlobs {
    root: PathBuf,
}

/// Whether `hash` is a lowercase sha256 hex digest (the only names a backend stores).
pub fn valid_hash(hash: &str) -> io::Result<()> {
    if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()) {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, format!("not a sha256 hex digest: {hash:?}")));
    }
    Ok(())
}

impl LocalBlobs {
    pub fn open(root: impl Into<PathBuf>) -> io::Result<Self> {
        let root = root.into();
        fs::create_dir_all(root.join("sha256"))?;
        fs::create_dir_all(root.join("tmp"))?;
        Ok(LocalBlobs { root })
    }

    fn path(&self, hash: &str) -> io::Result<PathBuf> {
        valid_hash(hash)?;
        Ok(self.root.join("sha256").join(&hash[..2]).join(&hash[2..]))
    }

    fn put_blocking(&self, bytes: &[u8]) -> io::Result<String> {
        let hash = sha256_hex(bytes);
        let path = self.path(&hash)?;
        if path.exists() {
            return Ok(hash);
        }
        let dir = path.parent().expect("blob paths have a parent");
        fs::create_dir_all(dir)?;
        let tmp = self.root.join("tmp").join(format!("{hash}.{}", uuid::Uuid::new_v4()));
        let mut file = File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, &path)?;
        File::open(dir)?.sync_all()?;
        Ok(hash)
    }

    fn list_blocking(&self) -> io::Result<Vec<String>> {
        let mut out = Vec::new();
        for prefix in fs::read_dir(self.root.join("sha256"))? {
            let prefix = prefix?;
            let p = prefix.file_name().to_string_lossy().into_owned();
            for entry in fs::read_dir(prefix.path())? {
                out.push(format!("{p}{}", entry?.file_name().to_string_lossy()));
            }
        }
        Ok(out)
    }

    /// Runs `f` on this directory off the async threads.
    async fn blocking<T: Send + 'static>(
        &self,
        f: impl FnOnce(&LocalBlobs) -> io::Result<T> + Send + 'static,
    ) -> io::Result<T> {
        let me = self.clone();
        tokio::task::spawn_blocking(move || f(&me)).await.map_err(io::Error::other)?
    }
}

#[async_trait]
impl BlobBackend for LocalBlobs {
    async fn put(&self, bytes: Bytes) -> io::Result<String> {
        self.blocking(move |me| me.put_blocking(&bytes)).await
    }

    async fn get(&self, hash: &str) -> io::Result<Vec<u8>> {
        let path = self.path(hash)?;
        self.blocking(move |_| fs::read(path)).await
    }

    async fn exists(&self, hash: &str) -> io::Result<bool> {
        let path = self.path(hash)?;
        self.blocking(move |_| Ok(path.exists())).await
    }

    async fn delete(&self, hash: &str) -> io::Result<()> {
        let path = self.path(hash)?;
        self.blocking(move |_| match fs::remove_file(path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        })
        .await
    }

    async fn list(&self) -> io::Result<Vec<String>> {
        self.blocking(|me| me.list_blocking()).await
    }

    async fn clear_partial_writes(&self) -> io::Result<()> {
        self.blocking(|me| {
            for entry in fs::read_dir(me.root.join("tmp"))? {
                let _ = fs::remove_file(entry?.path());
            }
            Ok(())
        })
        .await
    }

    fn location(&self) -> String {
        self.root.display().to_string()
    }
}

/// The blob store the services use: a [`BlobBackend`] and the gate between writers and
/// the collector.
#[derive(Debug, Clone)]
pub struct BlobStore {
    backend: Arc<dyn BlobBackend>,
    gate: Arc<RwLock<()>>,
}

/// Held from writing a blob until the row that references it is committed (or the
/// write is abandoned): the collector waits for every lease to end.
#[must_use = "the lease must be held until the referencing row is committed"]
pub struct BlobLease(#[allow(dead_code)] OwnedRwLockReadGuard<()>);

/// Held by the collector from reading which blobs rows reference until the others are
/// deleted: no blob is written meanwhile.
pub struct Collecting(#[allow(dead_code)] OwnedRwLockWriteGuard<()>);

/// The sha256 of `bytes`, lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

fn blob_error(what: &str) -> impl FnOnce(io::Error) -> Error + '_ {
    move |e| Error::internal(format!("{what}: {e}"))
}

impl BlobStore {
    pub fn new(backend: Arc<dyn BlobBackend>) -> Self {
        BlobStore { backend, gate: Arc::default() }
    }

    /// Blobs in the local directory `root`.
    pub fn open(root: impl Into<PathBuf>) -> io::Result<Self> {
        Ok(BlobStore::new(Arc::new(LocalBlobs::open(root)?)))
    }

    /// A lease for blob writes (see [`BlobLease`]).
    pub async fn lease(&self) -> BlobLease {
        BlobLease(self.gate.clone().read_owned().await)
    }

    /// The collector's exclusive hold (see [`Collecting`]).
    pub async fn collecting(&self) -> Collecting {
        Collecting(self.gate.clone().write_owned().await)
    }

    pub async fn exists(&self, hash: &str) -> io::Result<bool> {
        self.backend.exists(hash).await
    }

    /// Deletes a blob; callers hold [`BlobStore::collecting`] (or run before serving).
    pub async fn delete(&self, hash: &str) -> io::Result<()> {
        self.backend.delete(hash).await
    }

    /// Every stored hash.
    pub async fn list(&self) -> io::Result<Vec<String>> {
        self.backend.list().await
    }

    /// Where the blobs are, for messages.
    pub fn location(&self) -> String {
        self.backend.location()
    }

    /// Removes what interrupted writes left and every blob not in `referenced`. Only
    /// call it when this server has no write in flight (at startup).
    pub async fn sweep(&self, referenced: &HashSet<String>) -> io::Result<usize> {
        self.backend.clear_partial_writes().await?;
        let mut removed = 0;
        for hash in self.list().await? {
            if !referenced.contains(&hash) {
                self.delete(&hash).await?;
                removed += 1;
            }
        }
        Ok(removed)
    }

    /// Stores `bytes`; the lease keeps the collector away until the caller has
    /// committed the row that references the blob.
    pub async fn put_leased(&self, bytes: impl Into<Bytes>) -> Result<(String, BlobLease), Error> {
        let lease = self.lease().await;
        let hash = self.backend.put(bytes.into()).await.map_err(blob_error("blob write"))?;
        Ok((hash, lease))
    }

    /// Reads a blob.
    pub async fn read(&self, hash: &str) -> Result<Vec<u8>, Error> {
        self.backend.get(hash).await.map_err(blob_error("blob read"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn put_get_delete_and_sweep() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = BlobStore::open(dir.path()).unwrap();
        let (a, _lease) = blobs.put_leased(&b"hello"[..]).await.unwrap();
        assert_eq!(a, "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
        assert_eq!(blobs.put_leased(&b"hello"[..]).await.unwrap().0, a);
        assert_eq!(blobs.read(&a).await.unwrap(), b"hello");
        let b = blobs.put_leased(&b"world"[..]).await.unwrap().0;
        assert_eq!(blobs.sweep(&HashSet::from([a.clone()])).await.unwrap(), 1);
        assert!(blobs.exists(&a).await.unwrap() && !blobs.exists(&b).await.unwrap());
        blobs.delete(&a).await.unwrap();
        blobs.delete(&a).await.unwrap();
        assert!(blobs.read("../../etc/passwd").await.is_err());
    }
}
