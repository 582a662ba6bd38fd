-- Why: names pending notice are reserved so nobody else proposes them, an admin may reserve planned names
-- (地名储备), and rejected names are remembered; the naming checks compare against both.
CREATE TABLE reserved_names (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  category_code text NOT NULL CHECK (category_code ~ '^[0-9]{2}([0-9]{2})?$'),
  division_code text NOT NULL REFERENCES divisions (code),
  candidate_id bigint REFERENCES naming_candidates (id) ON DELETE CASCADE,
  reason text CHECK (length(reason) <= 500),
  expires_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT 'system',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT 'system',
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
);
CREATE INDEX reserved_names_division_idx ON reserved_names (division_code);

CREATE TABLE rejected_names (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  category_code text NOT NULL CHECK (category_code ~ '^[0-9]{2}([0-9]{2})?$'),
  division_code text NOT NULL REFERENCES divisions (code),
  decision_id bigint REFERENCES naming_decisions (id),
  reason text CHECK (length(reason) <= 2000),
  rejected_on date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT 'system',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT 'system',
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
);
CREATE INDEX rejected_names_division_idx ON rejected_names (division_code);
