-- Why: streets are renamed and places have other names (旧称, 俗称, 简称); searching for an old name must
-- find the renamed street, and a new proposal must not reuse a former name without review.
CREATE TABLE place_name_aliases (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  place_id bigint NOT NULL REFERENCES place_names (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  kind text NOT NULL CHECK (kind IN ('historic', 'alternate', 'abbreviation', 'colloquial')),
  valid_from date,
  valid_to date,
  note text CHECK (length(note) <= 500),
  search_pinyin text NOT NULL DEFAULT '',
  search_initials text NOT NULL DEFAULT '',
  normalized_name text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT 'system',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT 'system',
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  CONSTRAINT place_name_aliases_dates_ordered CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
CREATE INDEX place_name_aliases_place_idx ON place_name_aliases (place_id);
CREATE INDEX place_name_aliases_name_trgm_idx ON place_name_aliases USING gin (name gin_trgm_ops);
CREATE INDEX place_name_aliases_pinyin_trgm_idx ON place_name_aliases USING gin (search_pinyin gin_trgm_ops);
CREATE INDEX place_name_aliases_normalized_idx ON place_name_aliases (normalized_name);
