-- Why: a coverage analysis quoted in a work report must be reproducible and citable: the parameters
-- (types, measure, distance, what-if changes, MCLP request) and the results as computed that day are
-- saved together, so later edits to the registry do not silently change a published figure.
CREATE TABLE coverage_analyses (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
  parameters jsonb NOT NULL CHECK (jsonb_typeof(parameters) = 'object'),
  results jsonb NOT NULL CHECK (jsonb_typeof(results) = 'object'),
  headline_zh text NOT NULL,
  headline_en text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT 'system',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT 'system',
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
);
CREATE INDEX coverage_analyses_created_idx ON coverage_analyses (created_at DESC);
