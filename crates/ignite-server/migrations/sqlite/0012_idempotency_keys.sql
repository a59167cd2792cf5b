-- InvokeAsync's idempotency key: one execution per (organization, app, key) while its
-- record is kept.
ALTER TABLE executions ADD COLUMN idempotency_key TEXT;
CREATE UNIQUE INDEX executions_by_idempotency_key ON executions (org, app, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
