-- Why: the naming rules are configuration, versioned per jurisdiction and editable by an admin; each
-- edit is a new version, so a finding can always be traced to the rule text that produced it.
CREATE TABLE naming_rule_sets (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  rule_set_id text NOT NULL CHECK (rule_set_id ~ '^[a-z0-9][a-z0-9-]{1,60}$'),
  rule_set_version integer NOT NULL CHECK (rule_set_version >= 1),
  jurisdiction text NOT NULL CHECK (jurisdiction ~ '^[0-9]{6}([0-9]{6})?$'),
  body jsonb NOT NULL CHECK (jsonb_typeof(body) = 'object'),
  change_note text CHECK (length(change_note) <= 1000),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT 'system',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT 'system',
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  UNIQUE (rule_set_id, rule_set_version)
);
CREATE INDEX naming_rule_sets_jurisdiction_idx ON naming_rule_sets (jurisdiction);
