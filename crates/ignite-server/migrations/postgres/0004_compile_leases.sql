-- A compile is claimed by a worker under a lease it renews (docs/scale-out.md): one
-- whose lease lapsed (its worker died) is claimed again.
ALTER TABLE drafts ADD COLUMN compile_lease_until_ms BIGINT NOT NULL DEFAULT 0;
