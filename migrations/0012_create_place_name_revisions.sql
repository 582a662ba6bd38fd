-- Why: a register entry's history (who changed what, when and why, with the values before and after) is
-- shown on its detail page; it is kept per entry, written in the same transaction as the change.
CREATE TABLE place_name_revisions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  place_id bigint NOT NULL REFERENCES place_names (id) ON DELETE CASCADE,
  revision integer NOT NULL CHECK (revision >= 1),
  action text NOT NULL CHECK (action IN ('create', 'update', 'rename', 'extend', 'retire', 'import', 'approve', 'alias')),
  reason text CHECK (length(reason) <= 1000),
  before jsonb,
  after jsonb,
  changed_by text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT 'system',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT 'system',
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  UNIQUE (place_id, revision)
);
