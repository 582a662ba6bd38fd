-- Why: administrative divisions (city → county → township → village/community) are the spine every
-- workspace hangs on: names are located in them, facilities counted by them, boundaries drawn between them.
-- Codes follow the NBS 统计用区划代码 (12 digits); admin_code is the GB/T 2260 6-digit code where one exists.
CREATE TABLE divisions (
  code text PRIMARY KEY CHECK (code ~ '^[0-9]{12}$'),
  admin_code text CHECK (admin_code ~ '^[0-9]{6}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  level text NOT NULL CHECK (level IN ('city', 'county', 'township', 'village')),
  parent_code text REFERENCES divisions (code),
  -- NBS 城乡分类代码: 111 主城区 … 220 村庄.
  urban_rural_code text CHECK (urban_rural_code IN ('111', '112', '121', '122', '123', '210', '220')),
  population_total integer CHECK (population_total >= 0),
  population_aged_60_plus integer CHECK (population_aged_60_plus >= 0),
  geom geometry(MultiPolygon, 4326),
  label_point geometry(Point, 4326) NOT NULL,
  -- Where the row's name and code come from, and where its geometry and figures come from;
  -- a value starting with 'synthetic' marks generated data that nobody surveyed.
  source text NOT NULL,
  geom_source text,
  population_source text,
  urban_rural_source text,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT 'system',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT 'system',
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  CONSTRAINT divisions_parent_required CHECK (level = 'city' OR parent_code IS NOT NULL),
  CONSTRAINT divisions_aged_within_total CHECK (population_aged_60_plus IS NULL OR population_total IS NULL
    OR population_aged_60_plus <= population_total)
);
CREATE INDEX divisions_parent_idx ON divisions (parent_code);
CREATE INDEX divisions_level_idx ON divisions (level);
CREATE INDEX divisions_geom_idx ON divisions USING gist (geom);
CREATE INDEX divisions_label_point_idx ON divisions USING gist (label_point);
