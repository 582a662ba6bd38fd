-- Why: tile ETags of the place-name, road and facility layers must change when those tables change;
-- their tables (0010, 0013, 0030) get the same statement-level version trigger as divisions (0070).
SELECT track_layer_version(t)
FROM unnest(ARRAY['place_names', 'roads', 'facilities']) AS t;
