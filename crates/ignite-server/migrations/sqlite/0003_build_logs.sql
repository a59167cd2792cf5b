-- Build and compile logs, kept for the retention window (GetBuildLog), keyed by
-- deploy_id (compiles) or build_id (image builds).
CREATE TABLE build_logs (
    id TEXT PRIMARY KEY,
    org TEXT NOT NULL,
    app TEXT NOT NULL,
    -- 'running', 'succeeded', 'failed'
    status TEXT NOT NULL,
    log BLOB NOT NULL,
    created_at_ms INTEGER NOT NULL,
    finished_at_ms INTEGER
);
CREATE INDEX build_logs_finished ON build_logs (finished_at_ms);
