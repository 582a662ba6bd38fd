-- Why: every save of a boundary line is a revision (who, when, why, geometry before and after), so the
-- survey can show any change as a diff on the map and restore an older geometry. line_version is the
-- line's version that the revision produced.
CREATE TABLE boundary_line_revisions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  line_id bigint NOT NULL REFERENCES boundary_lines (id) ON DELETE CASCADE,
  line_version integer NOT NULL CHECK (line_version >= 1),
  action text NOT NULL CHECK (action IN ('create', 'edit', 'restore', 'split', 'import')),
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  geom_before geometry(LineString, 4326),
  geom_after geometry(LineString, 4326) NOT NULL,
  restored_from_id bigint REFERENCES boundary_line_revisions (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT 'system',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT 'system',
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  UNIQUE (line_id, line_version)
);
