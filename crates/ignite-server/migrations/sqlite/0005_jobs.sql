-- Jobs of the Infernet-compatible jobs API: a chain of apps ("containers"); each step
-- is also an execution (EXECUTION_KIND_JOB).
CREATE TABLE jobs (
    id TEXT PRIMARY KEY,
    org TEXT NOT NULL,
    -- The token that created the job (GET /api/jobs lists a client's own jobs).
    client TEXT NOT NULL,
    containers TEXT NOT NULL,
    -- 'running', 'success', 'failed'
    status TEXT NOT NULL,
    -- JSON ContainerResult of the last step run, or NULL.
    result TEXT,
    -- JSON array of the ContainerResult of every step run.
    intermediate TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL,
    finished_at_ms INTEGER
);
CREATE INDEX jobs_client ON jobs (org, client, created_at_ms);
