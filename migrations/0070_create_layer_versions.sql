-- Why: vector tiles and TileJSON need a cheap "has this layer changed?" signal for their ETag and
-- cache-busting `?v=` (a max(updated_at) + count(*) over a million rows costs tens of ms per tile).
-- A statement-level trigger bumps one counter per table on every write, so reading a layer's version
-- is a primary-key lookup. This is a system table (no audit columns): it holds no user data.
-- `track_layer_version(table)` attaches the trigger; later migrations call it for tables that appear.
CREATE TABLE layer_versions (
  table_name text PRIMARY KEY,
  version bigint NOT NULL DEFAULT 1 CHECK (version >= 1),
  changed_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION bump_layer_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO layer_versions (table_name, version, changed_at) VALUES (TG_TABLE_NAME, 1, now())
  ON CONFLICT (table_name) DO UPDATE SET version = layer_versions.version + 1, changed_at = now();
  RETURN NULL;
END
$$;

CREATE FUNCTION track_layer_version(tbl text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF to_regclass(tbl) IS NULL THEN
    RETURN;
  END IF;
  EXECUTE format(
    'CREATE OR REPLACE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
    'FOR EACH STATEMENT EXECUTE FUNCTION bump_layer_version()',
    tbl || '_layer_version', tbl);
END
$$;

SELECT track_layer_version(t)
FROM unnest(ARRAY['divisions', 'boundary_lines', 'boundary_markers', 'boundary_nodes']) AS t;
