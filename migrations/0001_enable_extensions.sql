-- Why: every later migration relies on these four extensions; both engines ship them
-- (Debian postgresql-15-postgis-3 + contrib, and PGlite's postgis/contrib bundles).
-- The extensions live in the public schema so that per-schema test runs can share them.
CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch SCHEMA public;
CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA public;
