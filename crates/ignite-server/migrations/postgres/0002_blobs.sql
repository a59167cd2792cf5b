-- Blobs kept in the database (--blobs database, the default of a cluster): every
-- server reaches them. A blob is its chunks (at most 1 MiB each) and a row written
-- last, in the chunks' transaction: a blob whose row exists is whole.
-- stored_at_ms is the last put of the bytes: a delete spares a blob put within the
-- grace period (another server may be about to commit a row naming it).
CREATE TABLE blobs (
    hash          TEXT    PRIMARY KEY,
    size          BIGINT  NOT NULL,
    stored_at_ms  BIGINT  NOT NULL
);
CREATE TABLE blob_chunks (
    hash  TEXT    NOT NULL,
    seq   BIGINT  NOT NULL,
    data  BYTEA   NOT NULL,
    PRIMARY KEY (hash, seq)
);
