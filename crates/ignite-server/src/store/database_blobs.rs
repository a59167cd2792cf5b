//! Blobs in the database ([`DatabaseBlobs`]): what every server of a cluster reaches
//! without a shared file system. A blob is stored as chunks and then its row, in one
//! transaction, so a blob whose row exists is whole.

use std::io;
use std::time::Duration;

use async_trait::async_trait;
use bytes::Bytes;
use ignite_core::runtime::now_ms;
use sqlx::{AnyPool, Row};

use super::blobs::{BlobBackend, sha256_hex, valid_hash};

/// The largest chunk row.
const CHUNK_BYTES: usize = 1 << 20;

/// How long after its last put a blob is spared by deletes: longer than any write of a
/// blob takes to commit the row that names it.
pub const SHARED_BLOB_GRACE: Duration = Duration::from_secs(3600);

#[derive(Debug, Clone)]
pub struct DatabaseBlobs {
    pool: AnyPool,
    grace: Duration,
}

fn io_err(e: sqlx::Error) -> io::Error {
    io::Error::other(format!("database blobs: {e}"))
}

impl DatabaseBlobs {
    pub fn new(pool: AnyPool) -> Self {
        DatabaseBlobs { pool, grace: SHARED_BLOB_GRACE }
    }

    /// With another grace period (tests; a single server may use zero).
    pub fn with_grace(mut self, grace: Duration) -> Self {
        self.grace = grace;
        self
    }
}

#[async_trait]
impl BlobBackend for DatabaseBlobs {
    async fn put(&self, bytes: Bytes) -> io::Result<String> {
        let hash = sha256_hex(&bytes);
        let now = now_ms();
        // Present already: its grace period starts again.
        let touched = sqlx::query("UPDATE blobs SET stored_at_ms = $1 WHERE hash = $2")
            .bind(now)
            .bind(&hash)
            .execute(&self.pool)
            .await
            .map_err(io_err)?;
        if touched.rows_affected() > 0 {
            return Ok(hash);
        }
        let mut tx = self.pool.begin().await.map_err(io_err)?;
        // A concurrent put of the same bytes wrote the same chunks: either wins.
        for (seq, chunk) in bytes.chunks(CHUNK_BYTES).enumerate() {
            sqlx::query(
                "INSERT INTO blob_chunks (hash, seq, data) VALUES ($1, $2, $3) ON CONFLICT (hash, seq) DO NOTHING",
            )
            .bind(&hash)
            .bind(seq as i64)
            .bind(chunk.to_vec())
            .execute(&mut *tx)
            .await
            .map_err(io_err)?;
        }
        sqlx::query(
            "INSERT INTO blobs (hash, size, stored_at_ms) VALUES ($1, $2, $3) \
             ON CONFLICT (hash) DO UPDATE SET stored_at_ms = excluded.stored_at_ms",
        )
        .bind(&hash)
        .bind(bytes.len() as i64)
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(io_err)?;
        tx.commit().await.map_err(io_err)?;
        Ok(hash)
    }

    async fn get(&self, hash: &str) -> io::Result<Vec<u8>> {
        valid_hash(hash)?;
        let size: Option<i64> = sqlx::query_scalar("SELECT size FROM blobs WHERE hash = $1")
            .bind(hash)
            .fetch_optional(&self.pool)
            .await
            .map_err(io_err)?;
        let size = size.ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, format!("no blob {hash}")))?;
        let rows = sqlx::query("SELECT data FROM blob_chunks WHERE hash = $1 ORDER BY seq")
            .bind(hash)
            .fetch_all(&self.pool)
            .await
            .map_err(io_err)?;
        let mut out = Vec::with_capacity(size as usize);
        for r in rows {
            out.extend_from_slice(&r.get::<Vec<u8>, _>("data"));
        }
        if out.len() as i64 != size || sha256_hex(&out) != hash {
            return Err(io::Error::new(io::ErrorKind::InvalidData, format!("blob {hash} is corrupt")));
        }
        Ok(out)
    }

    async fn exists(&self, hash: &str) -> io::Result<bool> {
        valid_hash(hash)?;
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM blobs WHERE hash = $1")
            .bind(hash)
            .fetch_one(&self.pool)
            .await
            .map_err(io_err)?;
        Ok(n > 0)
    }

    async fn delete(&self, hash: &str) -> io::Result<()> {
        valid_hash(hash)?;
        let spared_after = now_ms() - self.grace.as_millis() as i64;
        let mut tx = self.pool.begin().await.map_err(io_err)?;
        let gone = sqlx::query("DELETE FROM blobs WHERE hash = $1 AND stored_at_ms <= $2")
            .bind(hash)
            .bind(spared_after)
            .execute(&mut *tx)
            .await
            .map_err(io_err)?;
        if gone.rows_affected() > 0 {
            sqlx::query("DELETE FROM blob_chunks WHERE hash = $1")
                .bind(hash)
                .execute(&mut *tx)
                .await
                .map_err(io_err)?;
        }
        tx.commit().await.map_err(io_err)
    }

    async fn list(&self) -> io::Result<Vec<String>> {
        sqlx::query_scalar("SELECT hash FROM blobs").fetch_all(&self.pool).await.map_err(io_err)
    }

    /// Chunks without a row: a put that died before its commit left none (one
    /// transaction), so these are only a crashed delete's, past every grace.
    async fn clear_partial_writes(&self) -> io::Result<()> {
        sqlx::query("DELETE FROM blob_chunks WHERE hash NOT IN (SELECT hash FROM blobs)")
            .execute(&self.pool)
            .await
            .map_err(io_err)?;
        Ok(())
    }

    fn location(&self) -> String {
        "the database (table blobs)".into()
    }
}
