-- When an alias's canary rolls back by itself (issue 22).
ALTER TABLE aliases ADD COLUMN max_error_rate DOUBLE PRECISION NOT NULL DEFAULT 0;
ALTER TABLE aliases ADD COLUMN max_p99_ms BIGINT NOT NULL DEFAULT 0;
ALTER TABLE aliases ADD COLUMN window_secs BIGINT NOT NULL DEFAULT 0;
ALTER TABLE aliases ADD COLUMN min_calls BIGINT NOT NULL DEFAULT 0;
