-- Why: the civil-affairs facility registry (welfare homes, elder care, funeral, ancestral halls,
-- shelters). Attributes differ per type and are validated by the domain (server/src/domain/facilities),
-- so they live in one jsonb object. division_code (the township containing the point) and
-- village_code (the village/community the facility serves, for the bureau's has-a-facility measure)
-- are derived from the geometry by the server and never taken from input. Retired facilities stay
-- for the audit trail and history; coverage uses active ones only.
CREATE TABLE facilities (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  type text NOT NULL CHECK (type ~ '^[a-z][a-z0-9_]{1,48}$'),
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
  address text CHECK (length(address) <= 200),
  attributes jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(attributes) = 'object'),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
  retired_at timestamptz,
  retired_reason text CHECK (length(retired_reason) <= 500),
  division_code text NOT NULL REFERENCES divisions (code),
  village_code text REFERENCES divisions (code),
  geom geometry(Point, 4326) NOT NULL,
  -- Provenance: 'manual', 'import:<file name>', or 'synthetic …' for generated sample data.
  source text NOT NULL DEFAULT 'manual' CHECK (length(source) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT 'system',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT 'system',
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  CONSTRAINT facilities_retired_consistent CHECK ((status = 'retired') = (retired_at IS NOT NULL))
);
CREATE INDEX facilities_geom_idx ON facilities USING gist (geom);
CREATE INDEX facilities_type_status_idx ON facilities (type, status);
CREATE INDEX facilities_division_idx ON facilities (division_code);
CREATE INDEX facilities_village_idx ON facilities (village_code);
