-- Retries and dead letters (issue 21). An execution's earlier attempts (JSON, oldest
-- first); when a PENDING retry may start; whether it failed for good (a dead letter,
-- which keeps its request so that it can be redriven); what a redrive started.
ALTER TABLE executions ADD COLUMN attempts TEXT NOT NULL DEFAULT '[]';
ALTER TABLE executions ADD COLUMN next_attempt_at_ms BIGINT NOT NULL DEFAULT 0;
ALTER TABLE executions ADD COLUMN dead_letter BIGINT NOT NULL DEFAULT 0;
ALTER TABLE executions ADD COLUMN redriven_as TEXT NOT NULL DEFAULT '';
CREATE INDEX executions_dead_letters ON executions (org, app, created_at_ms) WHERE dead_letter = 1;
