-- Apps' log lines, kept past restarts and scale-to-zero (issue 22): written in batches
-- by the server whose replica printed them, read by GetAppLogs, deleted once past
-- their app's retention (expires_at_ms).
CREATE TABLE app_logs (
    id             BIGSERIAL PRIMARY KEY,
    org            TEXT    NOT NULL,
    app            TEXT    NOT NULL,
    timestamp_ms   BIGINT  NOT NULL,
    replica_id     TEXT    NOT NULL,
    stream         BIGINT  NOT NULL, -- 1 stdout, 2 stderr
    line           TEXT    NOT NULL,
    execution_id   TEXT    NOT NULL DEFAULT '',
    expires_at_ms  BIGINT  NOT NULL
);
CREATE INDEX app_logs_by_app ON app_logs (org, app, id);
CREATE INDEX app_logs_by_expiry ON app_logs (expires_at_ms);
