-- Why: seeding must be idempotent and incremental: each seed step runs once per dataset, and a step
-- added in a later release runs on the next start without touching what earlier steps loaded.
CREATE TABLE seed_runs (
  step text NOT NULL,
  dataset text NOT NULL,
  rows_loaded integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT 'system',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT 'system',
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (step, dataset)
);
