-- Why: road centre lines, named or not. Unnamed roads are the 有地无名 clean-up queue and the lines an
-- officer picks to propose a name for; a named road points at its register entry. Synthetic lines
-- (generated where no survey exists) are marked in `source`.
CREATE TABLE roads (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  place_id bigint REFERENCES place_names (id) ON DELETE SET NULL,
  -- The name as found in the source (may differ from the register until reconciled).
  source_name text CHECK (length(source_name) <= 50),
  road_class text NOT NULL DEFAULT 'street' CHECK (road_class IN ('arterial', 'street', 'lane', 'highway', 'bridge', 'tunnel')),
  width_m numeric CHECK (width_m > 0 AND width_m < 200),
  division_code text REFERENCES divisions (code),
  geom geometry(LineString, 4326) NOT NULL,
  source text NOT NULL CHECK (length(source) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT 'system',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT 'system',
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
);
CREATE INDEX roads_geom_idx ON roads USING gist (geom);
CREATE INDEX roads_place_idx ON roads (place_id);
CREATE INDEX roads_division_idx ON roads (division_code);
