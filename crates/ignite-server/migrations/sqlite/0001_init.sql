-- Apps: identity, queried flags, lifecycle counters; the rest of the config is a
-- prost-encoded AppMeta (config fields only) so the proto stays the one definition.
CREATE TABLE apps (
    org             TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    config          BLOB    NOT NULL,
    public          INTEGER NOT NULL DEFAULT 0,
    mcp_enabled     INTEGER NOT NULL DEFAULT 0,
    latest_version  INTEGER NOT NULL DEFAULT 0,
    active_version  INTEGER NOT NULL DEFAULT 0,
    created_at_ms   INTEGER NOT NULL,
    updated_at_ms   INTEGER NOT NULL,
    PRIMARY KEY (org, name)
);

-- The draft slot (version 0): at most one per app.
CREATE TABLE drafts (
    org                    TEXT    NOT NULL,
    app                    TEXT    NOT NULL,
    code                   BLOB    NOT NULL, -- CodeSource without its large bytes
    code_hash              TEXT    NOT NULL, -- sha256 of the uploaded bytes (a blob)
    size_bytes             INTEGER NOT NULL,
    runtime_kind           TEXT    NOT NULL,
    status                 TEXT    NOT NULL, -- Draft | Compiling | Failed
    compile                TEXT    NOT NULL, -- None | Explicit | Implicit
    compiled               INTEGER NOT NULL DEFAULT 0,
    artifact_hash          TEXT,
    deploy_id              TEXT,
    build_id               TEXT,
    error                  TEXT    NOT NULL DEFAULT '',
    input_schema           TEXT    NOT NULL DEFAULT '',
    output_schema          TEXT    NOT NULL DEFAULT '',
    created_at_ms          INTEGER NOT NULL,
    last_deployment_at_ms  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (org, app),
    FOREIGN KEY (org, app) REFERENCES apps (org, name) ON DELETE CASCADE
);

-- Immutable published versions.
CREATE TABLE versions (
    org            TEXT    NOT NULL,
    app            TEXT    NOT NULL,
    version        INTEGER NOT NULL,
    code           BLOB    NOT NULL,
    code_hash      TEXT    NOT NULL,
    size_bytes     INTEGER NOT NULL,
    runtime_kind   TEXT    NOT NULL,
    artifact_hash  TEXT,
    config         BLOB    NOT NULL, -- AppMeta snapshot at publish
    created_at_ms  INTEGER NOT NULL,
    PRIMARY KEY (org, app, version),
    FOREIGN KEY (org, app) REFERENCES apps (org, name) ON DELETE CASCADE
);

CREATE TABLE tokens (
    id             TEXT    PRIMARY KEY,
    org            TEXT    NOT NULL,
    token_hash     TEXT    NOT NULL UNIQUE, -- sha256 hex; the token itself is never stored
    description    TEXT    NOT NULL DEFAULT '',
    created_at_ms  INTEGER NOT NULL,
    revoked_at_ms  INTEGER
);

CREATE TABLE secrets (
    org            TEXT    NOT NULL,
    name           TEXT    NOT NULL,
    kind           TEXT    NOT NULL, -- git_secret | registry_secret
    nonce          BLOB    NOT NULL,
    ciphertext     BLOB    NOT NULL, -- XChaCha20-Poly1305 of the SecretValue message
    created_at_ms  INTEGER NOT NULL,
    updated_at_ms  INTEGER NOT NULL,
    PRIMARY KEY (org, name)
);
