-- Scale-out (docs/scale-out.md). The servers sharing this database, each beating its
-- heart every few seconds; one whose heartbeat is older than the liveness window is
-- dead, and what it held is recovered by the others.
CREATE TABLE nodes (
    id            TEXT    PRIMARY KEY,
    role          TEXT    NOT NULL, -- all | api | worker
    node_name     TEXT    NOT NULL,
    address       TEXT    NOT NULL, -- host:port other servers forward calls to
    started_at_ms INTEGER  NOT NULL,
    heartbeat_ms  INTEGER  NOT NULL
);
-- Who runs an execution (a node id), until when its lease holds, and how many times it
-- was started. A queued execution (queued = 1) carries its request, so any worker can
-- claim it; one whose lease expired (its worker died) is claimed again.
ALTER TABLE executions ADD COLUMN attempt INTEGER NOT NULL DEFAULT 0;
ALTER TABLE executions ADD COLUMN lease_owner TEXT;
ALTER TABLE executions ADD COLUMN lease_until_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE executions ADD COLUMN queued INTEGER NOT NULL DEFAULT 0;
ALTER TABLE executions ADD COLUMN request_head TEXT;
ALTER TABLE executions ADD COLUMN request_body BLOB;
CREATE INDEX executions_claimable ON executions (created_at_ms) WHERE queued = 1 AND status IN (1, 2);
-- The node running a compile, and a job's steps.
ALTER TABLE drafts ADD COLUMN compile_owner TEXT;
ALTER TABLE jobs ADD COLUMN owner TEXT;
