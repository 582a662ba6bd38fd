/**
 * SQL of the place-name register (issue 3): register entries, aliases, revisions, roads, search and the
 * division lookup. Runs unchanged on PostgreSQL 15 + PostGIS 3.3 and PGlite + PostGIS 3.6.
 */

/** ST_AsGeoJSON precision for map display (≈0.1 m), STYLE §4. */
export const DISPLAY_DECIMALS = 6

/** The bureau's calendar day: dates (notice periods, deadlines) are China Standard Time. */
export const TODAY = `(now() AT TIME ZONE 'Asia/Shanghai')::date`

/** The deepest division whose polygon covers a representative point of the geometry ($1 GeoJSON). */
export const SELECT_DIVISION_AT = `
  WITH g AS (SELECT ST_PointOnSurface(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326)) AS p)
  SELECT d.code, d.name, d.level FROM divisions d, g
  WHERE d.geom IS NOT NULL AND ST_Covers(d.geom, g.p)
  ORDER BY CASE d.level WHEN 'village' THEN 1 WHEN 'township' THEN 2 WHEN 'county' THEN 3 ELSE 4 END
  LIMIT 1`

/** Columns of a register entry as the API shows them (GeoJSON properties use these names). */
export const PLACE_COLUMNS = `p.id, p.name, p.specific_name, p.generic_name, p.pinyin, p.pinyin_confirmed, p.readings,
  p.category_code, p.division_code, p.location_description, p.meaning, p.origin, p.status,
  p.approval_authority, p.document_number, p.approved_on::text AS approved_on, p.source,
  p.created_at, p.created_by, p.updated_at, p.updated_by, p.version,
  (SELECT d.name FROM divisions d WHERE d.code = p.division_code) AS division_name,
  (SELECT d.name FROM divisions d WHERE d.code = substr(p.division_code, 1, 6) || '000000') AS county_name`

export const INSERT_PLACE = `
  INSERT INTO place_names (name, specific_name, generic_name, pinyin, pinyin_confirmed, readings, category_code,
    division_code, geom, location_description, meaning, origin, status, approval_authority, document_number,
    approved_on, source, search_pinyin, search_initials, normalized_name, created_by, updated_by)
  VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, ST_SetSRID(ST_GeomFromGeoJSON($9), 4326), $10, $11, $12, $13, $14,
    $15, $16::date, $17, $18, $19, $20, $21, $21)
  RETURNING id`

export const SELECT_PLACE = `
  SELECT ${PLACE_COLUMNS}, ST_AsGeoJSON(p.geom, ${DISPLAY_DECIMALS})::json AS geometry
  FROM place_names p WHERE p.id = $1`

export const SELECT_PLACE_FOR_UPDATE = `
  SELECT ${PLACE_COLUMNS}, ST_AsGeoJSON(p.geom, ${DISPLAY_DECIMALS})::json AS geometry
  FROM place_names p WHERE p.id = $1 FOR UPDATE`

export const UPDATE_PLACE = `
  UPDATE place_names SET name = $2, specific_name = $3, generic_name = $4, pinyin = $5, pinyin_confirmed = $6,
    readings = $7::jsonb, category_code = $8, division_code = $9, geom = ST_SetSRID(ST_GeomFromGeoJSON($10), 4326),
    location_description = $11, meaning = $12, origin = $13, status = $14, approval_authority = $15,
    document_number = $16, approved_on = $17::date, search_pinyin = $18, search_initials = $19,
    normalized_name = $20, updated_by = $21, updated_at = now(), version = version + 1
  WHERE id = $1 AND version = $22
  RETURNING version`

/**
 * Joins a proposal's new part ($2 proposal id) to the stored line: snapped to it within ~0.2 m (drawn
 * lines come back rounded to 6 decimals), unioned and merged into one line where they touch.
 */
export const EXTEND_PLACE_GEOMETRY = `
  UPDATE place_names SET geom = ST_LineMerge(ST_Union(geom,
      ST_Snap((SELECT n.geom FROM naming_proposals n WHERE n.id = $2), geom, 0.000002))),
    updated_by = $3, updated_at = now(), version = version + 1
  WHERE id = $1 RETURNING version`

export const INSERT_REVISION = `
  INSERT INTO place_name_revisions (place_id, revision, action, reason, before, after, changed_by, created_by, updated_by)
  VALUES ($1, (SELECT coalesce(max(revision), 0) + 1 FROM place_name_revisions WHERE place_id = $1), $2, $3,
    $4::jsonb, $5::jsonb, $6, $6, $6)`

export const SELECT_REVISIONS = `
  SELECT revision, action, reason, before, after, changed_by, changed_at
  FROM place_name_revisions WHERE place_id = $1 ORDER BY revision DESC`

export const SELECT_ALIASES = `
  SELECT id, place_id, name, kind, valid_from::text AS valid_from, valid_to::text AS valid_to, note, version
  FROM place_name_aliases WHERE place_id = $1 ORDER BY coalesce(valid_to, '9999-12-31') DESC, id`

export const INSERT_ALIAS = `
  INSERT INTO place_name_aliases (place_id, name, kind, valid_from, valid_to, note, search_pinyin, search_initials,
    normalized_name, created_by, updated_by)
  VALUES ($1, $2, $3, $4::date, $5::date, $6, $7, $8, $9, $10, $10) RETURNING id`

export const DELETE_ALIAS = `DELETE FROM place_name_aliases WHERE id = $1 AND place_id = $2 RETURNING name, kind`

export const INSERT_ROAD = `
  INSERT INTO roads (place_id, source_name, road_class, width_m, division_code, geom, source, created_by, updated_by)
  VALUES ($1, $2, $3, $4, $5, ST_SetSRID(ST_GeomFromGeoJSON($6), 4326), $7, $8, $8) RETURNING id`

export const SELECT_ROAD = `
  SELECT r.id, r.place_id, r.source_name, r.road_class, r.width_m, r.division_code, r.source, r.version,
    ST_AsGeoJSON(r.geom, ${DISPLAY_DECIMALS})::json AS geometry, ST_Length(r.geom::geography) AS length_m
  FROM roads r WHERE r.id = $1`

export const LINK_ROAD_TO_PLACE = `UPDATE roads SET place_id = $2, updated_by = $3, updated_at = now(), version = version + 1 WHERE id = $1`

/** Roads in a bbox ($1..$4) with their register name, for the map and snapping. */
export const SELECT_ROADS_GEOJSON = `
  SELECT r.id, r.place_id, p.name, p.pinyin, r.road_class, r.width_m, r.division_code, r.source,
    ST_AsGeoJSON(r.geom, ${DISPLAY_DECIMALS})::json AS geometry
  FROM roads r LEFT JOIN place_names p ON p.id = r.place_id AND p.status <> 'retired'
  WHERE ($1::float8 IS NULL OR r.geom && ST_MakeEnvelope($1, $2, $3, $4, 4326))
  ORDER BY r.id LIMIT 5000`

export const COUNT_PLACES = `SELECT count(*)::int AS n FROM place_names`
