-- Completion callbacks of InvokeAsync (issue 21). Once an execution with a callback_url
-- ends, its callback is pending (1) until the receiver answers 2xx (2) or every attempt
-- failed (3); a server claims a due one under a short lease, so a callback whose
-- server died is posted again (at least once).
ALTER TABLE executions ADD COLUMN callback_url TEXT;
ALTER TABLE executions ADD COLUMN callback_status BIGINT NOT NULL DEFAULT 0;
ALTER TABLE executions ADD COLUMN callback_attempts BIGINT NOT NULL DEFAULT 0;
ALTER TABLE executions ADD COLUMN callback_error TEXT NOT NULL DEFAULT '';
ALTER TABLE executions ADD COLUMN callback_next_ms BIGINT NOT NULL DEFAULT 0;
ALTER TABLE executions ADD COLUMN callback_lease_until_ms BIGINT NOT NULL DEFAULT 0;
CREATE INDEX executions_callbacks_due ON executions (callback_next_ms) WHERE callback_status = 1;
