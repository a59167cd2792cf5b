-- Per-organization quotas set by the operator (`ignite-server org set-quota`): the
-- fields of crate::quotas::Quota as JSON; fields left out take the defaults.
CREATE TABLE org_quotas (
    org    TEXT PRIMARY KEY,
    quota  TEXT NOT NULL
);
