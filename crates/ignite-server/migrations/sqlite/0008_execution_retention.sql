-- How long an execution's record and output are kept after it completes (from the
-- app's storage mode and ttl, or the server's default, when it was created).
-- Records written before this column existed keep the default of 7 days.
ALTER TABLE executions ADD COLUMN retention_ms INTEGER NOT NULL DEFAULT 604800000;
CREATE INDEX executions_by_expiry ON executions (completed_at_ms + retention_ms) WHERE completed_at_ms > 0;
