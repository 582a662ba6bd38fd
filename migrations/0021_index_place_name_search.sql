-- Why: the register search scored every name before filtering, so at 1M names each query scanned the
-- whole table (p95 1–3 s). The search now gathers candidates through these indexes and scores only them:
-- a GIN over the characters and 2-character substrings of a name (containment @> finds 1–2-character
-- queries, which trigrams cannot), btree text_pattern_ops for exact/prefix matches on the name, its
-- toneless pinyin and its initials (LIKE $1 || '%'); typos go through the pinyin (homophones) and the
-- existing pinyin trigram indexes. Expression indexes: nothing to backfill or maintain on writes.
CREATE FUNCTION place_name_grams(t text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  grams text[] := '{}';
  i integer;
BEGIN
  FOR i IN 1 .. length(t) LOOP
    grams := grams || substr(t, i, 1);
    IF i < length(t) THEN
      grams := grams || substr(t, i, 2);
    END IF;
  END LOOP;
  RETURN grams;
END
$$;

CREATE INDEX place_names_name_grams_idx ON place_names USING gin (place_name_grams(name));
CREATE INDEX place_names_name_prefix_idx ON place_names (name text_pattern_ops);
CREATE INDEX place_names_pinyin_prefix_idx ON place_names (search_pinyin text_pattern_ops);

CREATE INDEX place_name_aliases_name_grams_idx ON place_name_aliases USING gin (place_name_grams(name));
CREATE INDEX place_name_aliases_name_prefix_idx ON place_name_aliases (name text_pattern_ops);
CREATE INDEX place_name_aliases_pinyin_prefix_idx ON place_name_aliases (search_pinyin text_pattern_ops);
CREATE INDEX place_name_aliases_initials_idx ON place_name_aliases (search_initials text_pattern_ops);
