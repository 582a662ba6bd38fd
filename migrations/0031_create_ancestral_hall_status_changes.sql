-- Why: the bureau reports how clan ancestral halls (宗族祠堂) were converted — to rural cultural
-- activity centres or village public-service centres — or demolished, and when. Each dated change is
-- a row, so the report for any past date can be reproduced; the current status is the latest row.
CREATE TABLE ancestral_hall_status_changes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  facility_id bigint NOT NULL REFERENCES facilities (id) ON DELETE CASCADE,
  status text NOT NULL CHECK (status IN ('active', 'converted_cultural_centre', 'converted_public_service_centre', 'demolished')),
  changed_on date NOT NULL,
  note text CHECK (length(note) <= 500),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT 'system',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT 'system',
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  CONSTRAINT ancestral_hall_status_changes_one_per_day UNIQUE (facility_id, changed_on)
);
CREATE INDEX ancestral_hall_status_changes_facility_idx ON ancestral_hall_status_changes (facility_id, changed_on);
