-- Why: the marker register (界桩登记表) carries photos of each marker; they are small JPEG/PNG files kept
-- with the record so a dump of the database is the whole survey.
CREATE TABLE boundary_marker_photos (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  marker_id bigint NOT NULL REFERENCES boundary_markers (id) ON DELETE CASCADE,
  media_type text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png')),
  caption text CHECK (length(caption) <= 200),
  data bytea NOT NULL CHECK (octet_length(data) <= 10485760),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT 'system',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT 'system',
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
);
CREATE INDEX boundary_marker_photos_marker_idx ON boundary_marker_photos (marker_id);
