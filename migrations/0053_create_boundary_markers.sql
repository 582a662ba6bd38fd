-- Why: boundary markers (界桩) stand on a line; they are numbered <line code>-<001…999><A|B|C> along the line
-- (docs/boundaries-survey-conventions.md). Position is kept as lon/lat and as CGCS2000 Gauss-Krüger x
-- (northing) / y (easting) in the zone gk_epsg, as surveyed. The number is unique per line but renumbering
-- rewrites several rows in one statement, hence the deferred constraint.
CREATE TABLE boundary_markers (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  line_id bigint NOT NULL REFERENCES boundary_lines (id),
  number text NOT NULL CHECK (number ~ '^.+-[0-9]{3}[ABC]$'),
  type text NOT NULL DEFAULT 'single' CHECK (type IN ('single', 'paired', 'triple')),
  material text NOT NULL DEFAULT 'granite' CHECK (material IN ('granite', 'concrete', 'steel', 'plastic', 'other')),
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'placed', 'damaged', 'lost', 'removed')),
  geom geometry(Point, 4326) NOT NULL,
  gk_x double precision NOT NULL,
  gk_y double precision NOT NULL,
  gk_epsg integer NOT NULL CHECK (gk_epsg BETWEEN 4534 AND 4554),
  elevation double precision CHECK (elevation BETWEEN -500 AND 9000),
  -- up to three 方位物: [{ name, bearing (degrees), distance (metres) }]
  reference_objects jsonb NOT NULL DEFAULT '[]'::jsonb
    CHECK (jsonb_typeof(reference_objects) = 'array' AND jsonb_array_length(reference_objects) <= 3),
  location_description text CHECK (length(location_description) <= 1000),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT 'system',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT 'system',
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  CONSTRAINT boundary_markers_number_unique UNIQUE (number) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX boundary_markers_line_idx ON boundary_markers (line_id);
CREATE INDEX boundary_markers_geom_idx ON boundary_markers USING gist (geom);
