-- Why: a proposal names (or renames, or extends the name of) one feature: a drawn or picked road, a
-- bridge … with one or more candidate names, each checked against the rule set; the checks' findings
-- are stored with the candidate so the approver sees what the officer saw.
CREATE TABLE naming_proposals (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('new', 'rename', 'extend')),
  category_code text NOT NULL CHECK (category_code ~ '^[0-9]{2}([0-9]{2})?$'),
  division_code text NOT NULL REFERENCES divisions (code),
  geom geometry(Geometry, 4326) NOT NULL CHECK (
    GeometryType(geom) IN ('POINT', 'LINESTRING', 'MULTILINESTRING', 'POLYGON', 'MULTIPOLYGON')),
  road_id bigint REFERENCES roads (id),
  -- rename/extend: the register entry concerned
  place_id bigint REFERENCES place_names (id),
  width_m numeric CHECK (width_m > 0 AND width_m < 200),
  location_description text CHECK (length(location_description) <= 500),
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'in_notice', 'approved', 'rejected', 'withdrawn')),
  batch_id bigint REFERENCES notice_batches (id),
  rule_set_id text NOT NULL,
  rule_set_version integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT 'system',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT 'system',
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  CONSTRAINT naming_proposals_target CHECK ((kind = 'new') = (place_id IS NULL)),
  CONSTRAINT naming_proposals_geom_valid CHECK (ST_IsValid(geom))
);
CREATE INDEX naming_proposals_geom_idx ON naming_proposals USING gist (geom);
CREATE INDEX naming_proposals_batch_idx ON naming_proposals (batch_id);
CREATE INDEX naming_proposals_status_idx ON naming_proposals (status);

CREATE TABLE naming_candidates (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  proposal_id bigint NOT NULL REFERENCES naming_proposals (id) ON DELETE CASCADE,
  rank integer NOT NULL CHECK (rank BETWEEN 1 AND 10),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  specific_name text NOT NULL,
  generic_name text NOT NULL,
  pinyin text NOT NULL CHECK (length(pinyin) BETWEEN 1 AND 200),
  readings jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(readings) = 'object'),
  meaning text CHECK (length(meaning) <= 1000),
  origin text CHECK (length(origin) <= 1000),
  findings jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(findings) = 'array'),
  status text NOT NULL DEFAULT 'candidate' CHECK (status IN ('candidate', 'approved', 'rejected')),
  normalized_name text NOT NULL DEFAULT '',
  search_pinyin text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT 'system',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT 'system',
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  UNIQUE (proposal_id, rank),
  UNIQUE (proposal_id, name)
);
CREATE INDEX naming_candidates_normalized_idx ON naming_candidates (normalized_name);
