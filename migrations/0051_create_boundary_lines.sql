-- Why: each boundary line (界线) is one edge between exactly two units (left and right of its direction;
-- NULL = outside the city), from node to node. Township polygons are rebuilt from these edges after every
-- save, so a moved vertex changes both neighbours. Claimed lines of a disputed boundary (kind claimed_left /
-- claimed_right) hang off the line they dispute (claim_of_line_id) and never build polygons.
CREATE TABLE boundary_lines (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 80),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  left_unit_code text REFERENCES divisions (code),
  right_unit_code text REFERENCES divisions (code),
  from_node_id bigint NOT NULL REFERENCES boundary_nodes (id),
  to_node_id bigint NOT NULL REFERENCES boundary_nodes (id),
  status text NOT NULL DEFAULT 'in_survey' CHECK (status IN ('agreed', 'in_survey', 'disputed')),
  kind text NOT NULL DEFAULT 'legal' CHECK (kind IN ('legal', 'customary', 'claimed_left', 'claimed_right')),
  claim_of_line_id bigint REFERENCES boundary_lines (id) ON DELETE CASCADE,
  agreement_ref text CHECK (length(agreement_ref) <= 200),
  -- 界线走向说明: generated from the geometry, then editable; NULL until first generated
  description text,
  description_generated_at timestamptz,
  geom geometry(LineString, 4326) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT 'system',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT 'system',
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  CONSTRAINT boundary_lines_has_a_unit CHECK (left_unit_code IS NOT NULL OR right_unit_code IS NOT NULL),
  CONSTRAINT boundary_lines_two_units CHECK (left_unit_code IS DISTINCT FROM right_unit_code),
  CONSTRAINT boundary_lines_claims_hang_off_a_line
    CHECK ((kind IN ('claimed_left', 'claimed_right')) = (claim_of_line_id IS NOT NULL))
);
CREATE INDEX boundary_lines_geom_idx ON boundary_lines USING gist (geom);
CREATE INDEX boundary_lines_left_idx ON boundary_lines (left_unit_code);
CREATE INDEX boundary_lines_right_idx ON boundary_lines (right_unit_code);
CREATE INDEX boundary_lines_claim_idx ON boundary_lines (claim_of_line_id);
