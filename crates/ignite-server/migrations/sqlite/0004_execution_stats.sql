-- Execution stats, one row per app and minute (GetExecutionStats beyond the last hour).
-- `slot` is the JSON of stats::Slot (counts and the latency histogram).
CREATE TABLE execution_stats (
    org TEXT NOT NULL,
    app TEXT NOT NULL,
    minute_ms INTEGER NOT NULL,
    slot TEXT NOT NULL,
    PRIMARY KEY (org, app, minute_ms)
);
