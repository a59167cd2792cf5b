-- Executions of InvokeAsync, TestDraft and TestAppVersion (and jobs): durable records.
CREATE TABLE executions (
    id               TEXT    PRIMARY KEY,
    org              TEXT    NOT NULL,
    app              TEXT    NOT NULL,
    version          INTEGER NOT NULL,
    kind             INTEGER NOT NULL, -- ExecutionKind
    status           INTEGER NOT NULL, -- ExecutionStatus
    created_at_ms    INTEGER NOT NULL,
    started_at_ms    INTEGER NOT NULL DEFAULT 0,
    completed_at_ms  INTEGER NOT NULL DEFAULT 0,
    http_status      INTEGER NOT NULL DEFAULT 0,
    error            TEXT    NOT NULL DEFAULT '',
    output           BLOB    NOT NULL DEFAULT x'',
    output_ref       TEXT    NOT NULL DEFAULT '', -- blob hash of a large output
    output_size      INTEGER NOT NULL DEFAULT 0,
    output_headers   TEXT    NOT NULL DEFAULT '{}',
    awaiting_input   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX executions_by_app ON executions (org, app);
