-- The host label of each app (`<app>-<org>`, dots of the app name as `-dot-`): CreateApp
-- refuses a new app whose label clashes with any existing one, in any organization
-- (ignite_core::function_id::labels_clash), so a host never names two apps. Not a
-- UNIQUE index: a clash also covers port suffixes, which the store checks itself.
ALTER TABLE apps ADD COLUMN host_label TEXT NOT NULL DEFAULT '';
UPDATE apps SET host_label = replace(name, '.', '-dot-') || '-' || org;
CREATE INDEX apps_host_label ON apps (host_label);
