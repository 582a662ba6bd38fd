-- Why: the register of standard place names (标准地名) is what the bureau publishes and every sign,
-- map and document must follow. One row per named feature: 专名 + 通名, the romanisation, the census
-- class, the division found from the geometry (never trusted from input), one geometry, the approval
-- record and where the row comes from. Search keys (toneless pinyin, initials, normalised name) are
-- computed by the server with the same code on both engines and indexed here.
CREATE TABLE place_names (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  specific_name text NOT NULL CHECK (length(specific_name) <= 50),
  generic_name text NOT NULL CHECK (length(generic_name) <= 10),
  -- Hanyu Pinyin romanisation as published (e.g. Jing 5 Lu); pinyin_confirmed once an officer checked it.
  pinyin text NOT NULL CHECK (length(pinyin) BETWEEN 1 AND 200),
  pinyin_confirmed boolean NOT NULL DEFAULT false,
  -- Officer-confirmed readings of polyphonic characters, by character index: {"0": "zhong"}.
  readings jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(readings) = 'object'),
  -- Category of the second national census, GB/T 18521-style code: 25 or 2530.
  category_code text NOT NULL CHECK (category_code ~ '^[0-9]{2}([0-9]{2})?$'),
  division_code text REFERENCES divisions (code),
  geom geometry(Geometry, 4326) NOT NULL CHECK (
    GeometryType(geom) IN ('POINT', 'LINESTRING', 'MULTILINESTRING', 'POLYGON', 'MULTIPOLYGON')),
  location_description text CHECK (length(location_description) <= 500),
  -- 含义 and 来历 (meaning and origin) of the name.
  meaning text CHECK (length(meaning) <= 1000),
  origin text CHECK (length(origin) <= 1000),
  status text NOT NULL DEFAULT 'approved' CHECK (status IN ('proposed', 'in_notice', 'approved', 'retired')),
  approval_authority text CHECK (length(approval_authority) <= 100),
  document_number text CHECK (length(document_number) <= 100),
  approved_on date,
  -- Where the row comes from; a value starting with 'synthetic' marks generated data.
  source text NOT NULL CHECK (length(source) BETWEEN 1 AND 200),
  -- Search and check keys (see server/src/domain/places/pinyin-keys.ts, normalize-name.ts).
  search_pinyin text NOT NULL DEFAULT '',
  search_initials text NOT NULL DEFAULT '',
  normalized_name text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT 'system',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT 'system',
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  CONSTRAINT place_names_parts_make_name CHECK (specific_name || generic_name = name),
  CONSTRAINT place_names_geom_valid CHECK (ST_IsValid(geom))
);
CREATE INDEX place_names_geom_idx ON place_names USING gist (geom);
CREATE INDEX place_names_division_idx ON place_names (division_code);
CREATE INDEX place_names_category_idx ON place_names (category_code);
CREATE INDEX place_names_status_idx ON place_names (status);
CREATE INDEX place_names_normalized_idx ON place_names (normalized_name);
CREATE INDEX place_names_name_trgm_idx ON place_names USING gin (name gin_trgm_ops);
CREATE INDEX place_names_pinyin_trgm_idx ON place_names USING gin (search_pinyin gin_trgm_ops);
CREATE INDEX place_names_initials_idx ON place_names (search_initials text_pattern_ops);
