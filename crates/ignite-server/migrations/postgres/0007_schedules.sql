-- Cron schedules (issue 21). A row per schedule of an app, kept in step with the app's
-- config by CreateApp, UpdateAppConfig and DeleteApp (in their transactions). A tick
-- fires in one transaction that moves next_run_ms on (only if it still holds the tick
-- fired) and records the execution: once per tick, whichever server fires it.
CREATE TABLE schedules (
    org             TEXT    NOT NULL,
    app             TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    cron            TEXT    NOT NULL,
    timezone        TEXT    NOT NULL,
    payload         BYTEA   NOT NULL,
    next_run_ms     BIGINT  NOT NULL DEFAULT 0, -- 0: not computed yet
    last_run_ms     BIGINT  NOT NULL DEFAULT 0,
    last_execution  TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (org, app, name)
);
CREATE INDEX schedules_due ON schedules (next_run_ms);
-- A scheduled execution's schedule and tick.
ALTER TABLE executions ADD COLUMN schedule TEXT NOT NULL DEFAULT '';
ALTER TABLE executions ADD COLUMN scheduled_at_ms BIGINT NOT NULL DEFAULT 0;
