-- The schema of migrations/sqlite (0001..0008) as one PostgreSQL migration. Column types
-- mirror SQLite's (INTEGER -> BIGINT, BLOB -> BYTEA) so one set of queries reads both;
-- store/sql.rs explains each table's meaning where SQLite's migrations made it.
CREATE TABLE apps (
    org             TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    config          BYTEA   NOT NULL,
    public          BIGINT  NOT NULL DEFAULT 0,
    mcp_enabled     BIGINT  NOT NULL DEFAULT 0,
    latest_version  BIGINT  NOT NULL DEFAULT 0,
    active_version  BIGINT  NOT NULL DEFAULT 0,
    created_at_ms   BIGINT  NOT NULL,
    updated_at_ms   BIGINT  NOT NULL,
    host_label      TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (org, name)
);
CREATE INDEX apps_host_label ON apps (host_label);

CREATE TABLE drafts (
    org                    TEXT    NOT NULL,
    app                    TEXT    NOT NULL,
    code                   BYTEA   NOT NULL,
    code_hash              TEXT    NOT NULL,
    size_bytes             BIGINT  NOT NULL,
    runtime_kind           TEXT    NOT NULL,
    status                 TEXT    NOT NULL,
    compile                TEXT    NOT NULL,
    compiled               BIGINT  NOT NULL DEFAULT 0,
    artifact_hash          TEXT,
    deploy_id              TEXT,
    build_id               TEXT,
    error                  TEXT    NOT NULL DEFAULT '',
    input_schema           TEXT    NOT NULL DEFAULT '',
    output_schema          TEXT    NOT NULL DEFAULT '',
    created_at_ms          BIGINT  NOT NULL,
    last_deployment_at_ms  BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (org, app),
    FOREIGN KEY (org, app) REFERENCES apps (org, name) ON DELETE CASCADE
);

CREATE TABLE versions (
    org            TEXT    NOT NULL,
    app            TEXT    NOT NULL,
    version        BIGINT  NOT NULL,
    code           BYTEA   NOT NULL,
    code_hash      TEXT    NOT NULL,
    size_bytes     BIGINT  NOT NULL,
    runtime_kind   TEXT    NOT NULL,
    artifact_hash  TEXT,
    config         BYTEA   NOT NULL,
    created_at_ms  BIGINT  NOT NULL,
    PRIMARY KEY (org, app, version),
    FOREIGN KEY (org, app) REFERENCES apps (org, name) ON DELETE CASCADE
);

CREATE TABLE tokens (
    id             TEXT    PRIMARY KEY,
    org            TEXT    NOT NULL,
    token_hash     TEXT    NOT NULL UNIQUE,
    description    TEXT    NOT NULL DEFAULT '',
    created_at_ms  BIGINT  NOT NULL,
    revoked_at_ms  BIGINT
);

CREATE TABLE secrets (
    org            TEXT    NOT NULL,
    name           TEXT    NOT NULL,
    kind           TEXT    NOT NULL,
    nonce          BYTEA   NOT NULL,
    ciphertext     BYTEA   NOT NULL,
    created_at_ms  BIGINT  NOT NULL,
    updated_at_ms  BIGINT  NOT NULL,
    PRIMARY KEY (org, name)
);

CREATE TABLE executions (
    id               TEXT    PRIMARY KEY,
    org              TEXT    NOT NULL,
    app              TEXT    NOT NULL,
    version          BIGINT  NOT NULL,
    kind             BIGINT  NOT NULL,
    status           BIGINT  NOT NULL,
    created_at_ms    BIGINT  NOT NULL,
    started_at_ms    BIGINT  NOT NULL DEFAULT 0,
    completed_at_ms  BIGINT  NOT NULL DEFAULT 0,
    http_status      BIGINT  NOT NULL DEFAULT 0,
    error            TEXT    NOT NULL DEFAULT '',
    output           BYTEA   NOT NULL DEFAULT '',
    output_ref       TEXT    NOT NULL DEFAULT '',
    output_size      BIGINT  NOT NULL DEFAULT 0,
    output_headers   TEXT    NOT NULL DEFAULT '{}',
    awaiting_input   BIGINT  NOT NULL DEFAULT 0,
    retention_ms     BIGINT  NOT NULL DEFAULT 604800000
);
CREATE INDEX executions_by_app ON executions (org, app);
CREATE INDEX executions_by_expiry ON executions ((completed_at_ms + retention_ms)) WHERE completed_at_ms > 0;

CREATE TABLE build_logs (
    id              TEXT    PRIMARY KEY,
    org             TEXT    NOT NULL,
    app             TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    log             BYTEA   NOT NULL,
    created_at_ms   BIGINT  NOT NULL,
    finished_at_ms  BIGINT
);
CREATE INDEX build_logs_finished ON build_logs (finished_at_ms);

CREATE TABLE execution_stats (
    org        TEXT    NOT NULL,
    app        TEXT    NOT NULL,
    minute_ms  BIGINT  NOT NULL,
    slot       TEXT    NOT NULL,
    PRIMARY KEY (org, app, minute_ms)
);

CREATE TABLE jobs (
    id              TEXT    PRIMARY KEY,
    org             TEXT    NOT NULL,
    client          TEXT    NOT NULL,
    containers      TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    result          TEXT,
    intermediate    TEXT    NOT NULL,
    created_at_ms   BIGINT  NOT NULL,
    finished_at_ms  BIGINT
);
CREATE INDEX jobs_client ON jobs (org, client, created_at_ms);

CREATE TABLE org_quotas (
    org    TEXT PRIMARY KEY,
    quota  TEXT NOT NULL
);
