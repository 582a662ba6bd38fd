-- Why: township boundaries are shared edges (issue 5). Our own node/edge tables stand in for PostGIS
-- topology, whose global `topology` schema does not fit per-schema test isolation and which is not among
-- the extensions 0001 enables. A node is where edges meet: a tri-junction (三交点, ≥3 units including the
-- outside of the city) or a vertex where two lines of the same pair of units join (after a split, a ring start).
CREATE TABLE boundary_nodes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('tri_junction', 'vertex')),
  -- division codes of the units that meet here; 'EXT' for the outside of the city
  unit_codes text[] NOT NULL DEFAULT '{}',
  label text,
  geom geometry(Point, 4326) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT 'system',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT 'system',
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
);
CREATE INDEX boundary_nodes_geom_idx ON boundary_nodes USING gist (geom);
