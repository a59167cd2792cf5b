-- Apps' events, kept like their log lines (issue 22): one row per observation (the
-- event as JSON), coalesced when read; deleted past expires_at_ms.
CREATE TABLE app_events (
    id             BIGSERIAL PRIMARY KEY,
    org            TEXT    NOT NULL,
    app            TEXT    NOT NULL,
    version        BIGINT  NOT NULL,
    event          TEXT    NOT NULL,
    expires_at_ms  BIGINT  NOT NULL
);
CREATE INDEX app_events_by_app ON app_events (org, app, id);
CREATE INDEX app_events_by_expiry ON app_events (expires_at_ms);
