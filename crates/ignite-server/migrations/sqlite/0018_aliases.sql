-- Named pointers at an app's versions, with an optional canary split (issue 22).
CREATE TABLE aliases (
    org             TEXT    NOT NULL,
    app             TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    version         BIGINT  NOT NULL,
    canary_version  BIGINT  NOT NULL DEFAULT 0,
    canary_weight   BIGINT  NOT NULL DEFAULT 0,
    updated_at_ms   BIGINT  NOT NULL,
    PRIMARY KEY (org, app, name)
);
