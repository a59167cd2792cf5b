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

use ignite_core::Error;
use sha2::{Digest, Sha256};
use tokio::sync::{OwnedRwLockReadGuard, OwnedRwLockWriteGuard, RwLock};

/// Where blob bytes live, content-addressed by their sha256. Every method blocks: the
/// [`BlobStore`] calls them off the async threads.
pub trait BlobBackend: Send + Sync + std::fmt::Debug + 'static {
    /// Stores `bytes` and returns their hash; storing the same bytes twice is a no-op.
    /// A blob is whole once this returns, and absent if it fails or the process dies.
    fn put(&self, bytes: &[u8]) -> io::Result<String>;
    fn get(&self, hash: &str) -> io::Result<Vec<u8>>;
    fn exists(&self, hash: &str) -> bool;
    /// Deleting a missing blob is not an error.
    fn delete(&self, hash: &str) -> io::Result<()>;
    /// Every stored hash.
    fn list(&self) -> io::Result<Vec<String>>;
    /// Drops what interrupted writes left behind (at startup, no write in flight).
    fn clear_partial_writes(&self) -> io::Result<()>;
    /// Where the blobs are, for messages.
    fn location(&self) -> String;
}

/// Blobs in a local directory: `<root>/sha256/<2 hex>/<62 hex>`, written through
/// `<root>/tmp`.
#[derive(Debug)]
pub struct LocalBlobs {
    root: PathBuf,
}

impl LocalBlobs {
    pub fn open(root: impl Into<PathBuf>) -> io::Result<Self> {
        let root = root.into();
        fs::create_dir_all(root.join("sha256"))?;
        fs::create_dir_all(root.join("tmp"))?;
        Ok(LocalBlobs { root })
    }

    fn path(&self, hash: &str) -> io::Result<PathBuf> {
        if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()) {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, format!("not a sha256 hex digest: {hash:?}")));
        }
        Ok(self.root.join("sha256").join(&hash[..2]).join(&hash[2..]))
    }
}

impl BlobBackend for LocalBlobs {
    fn put(&self, bytes: &[u8]) -> io::Result<String> {
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

    fn get(&self, hash: &str) -> io::Result<Vec<u8>> {
        fs::read(self.path(hash)?)
    }

    fn exists(&self, hash: &str) -> bool {
        self.path(hash).map(|p| p.exists()).unwrap_or(false)
    }

    fn delete(&self, hash: &str) -> io::Result<()> {
        match fs::remove_file(self.path(hash)?) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    fn list(&self) -> io::Result<Vec<String>> {
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

    fn clear_partial_writes(&self) -> io::Result<()> {
        for entry in fs::read_dir(self.root.join("tmp"))? {
            let _ = fs::remove_file(entry?.path());
        }
        Ok(())
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

    /// Stores `bytes` and returns their hash (blocking; see [`BlobStore::put_leased`]).
    pub fn put(&self, bytes: &[u8]) -> io::Result<String> {
        self.backend.put(bytes)
    }

    pub fn get(&self, hash: &str) -> io::Result<Vec<u8>> {
        self.backend.get(hash)
    }

    pub fn exists(&self, hash: &str) -> bool {
        self.backend.exists(hash)
    }

    /// Deletes a blob; callers hold [`BlobStore::collecting`] (or run before serving).
    pub fn delete(&self, hash: &str) -> io::Result<()> {
        self.backend.delete(hash)
    }

    /// Every stored hash.
    pub fn list(&self) -> io::Result<Vec<String>> {
        self.backend.list()
    }

    /// Where the blobs are, for messages.
    pub fn location(&self) -> String {
        self.backend.location()
    }

    /// Removes what interrupted writes left and every blob not in `referenced`. Only
    /// call it when no write is in flight (at startup).
    pub fn sweep(&self, referenced: &HashSet<String>) -> io::Result<usize> {
        self.backend.clear_partial_writes()?;
        let mut removed = 0;
        for hash in self.list()? {
            if !referenced.contains(&hash) {
                self.delete(&hash)?;
                removed += 1;
            }
        }
        Ok(removed)
    }

    /// Stores `bytes` off the async threads; the lease keeps the collector away until
    /// the caller has committed the row that references the blob.
    pub async fn put_leased(&self, bytes: impl AsRef<[u8]> + Send + 'static) -> Result<(String, BlobLease), Error> {
        let lease = self.lease().await;
        let blobs = self.clone();
        let hash = tokio::task::spawn_blocking(move || blobs.put(bytes.as_ref()))
            .await
            .map_err(|e| Error::internal(format!("blob write: {e}")))?
            .map_err(|e| Error::internal(format!("blob write: {e}")))?;
        Ok((hash, lease))
    }

    /// Reads a blob off the async threads.
    pub async fn read(&self, hash: &str) -> Result<Vec<u8>, Error> {
        let blobs = self.clone();
        let hash = hash.to_string();
        tokio::task::spawn_blocking(move || blobs.get(&hash))
            .await
            .map_err(|e| Error::internal(format!("blob read: {e}")))?
            .map_err(|e| Error::internal(format!("blob read: {e}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn put_get_delete_and_sweep() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = BlobStore::open(dir.path()).unwrap();
        let a = blobs.put(b"hello").unwrap();
        assert_eq!(a, "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
        assert_eq!(blobs.put(b"hello").unwrap(), a);
        assert_eq!(blobs.get(&a).unwrap(), b"hello");
        let b = blobs.put(b"world").unwrap();
        assert_eq!(blobs.sweep(&HashSet::from([a.clone()])).unwrap(), 1);
        assert!(blobs.exists(&a) && !blobs.exists(&b));
        blobs.delete(&a).unwrap();
        blobs.delete(&a).unwrap();
        assert!(blobs.get("../../etc/passwd").is_err());
    }
}
