/** SQL for the facility registry (issue 4). Every value is a `$n` parameter. */

/** Map display precision (~0.1 m), STYLE §4. */
export const FACILITY_PRECISION = 6

/**
 * Locates a point: the deepest division polygon containing it (village polygons where they exist,
 * else township, county, city) and the village/community it serves — the containing village polygon,
 * else the nearest village point (geodesic) of that township. $1 lng, $2 lat.
 * Boundary points belong to the lowest code (deterministic).
 */
export const LOCATE_POINT = `
  WITH p AS (SELECT ST_SetSRID(ST_MakePoint($1::float8, $2::float8), 4326) AS g),
  hit AS (
    SELECT d.code, d.level FROM divisions d, p
    WHERE d.geom IS NOT NULL AND d.geom && p.g AND ST_Intersects(d.geom, p.g)
    ORDER BY CASE d.level WHEN 'village' THEN 0 WHEN 'township' THEN 1 WHEN 'county' THEN 2 ELSE 3 END, d.code
    LIMIT 1
  ),
  host AS (
    SELECT CASE WHEN hit.level = 'village' THEN v.parent_code ELSE hit.code END AS code, hit.level, hit.code AS hit_code
    FROM hit LEFT JOIN divisions v ON v.code = hit.code
  )
  SELECT host.code AS division_code,
    CASE WHEN host.level = 'village' THEN host.hit_code ELSE (
      SELECT v.code FROM divisions v, p WHERE v.level = 'village' AND v.parent_code = host.code
      ORDER BY ST_Distance(v.label_point::geography, p.g::geography), v.code LIMIT 1
    ) END AS village_code
  FROM host`

const HALL_HISTORY = `(
    SELECT json_agg(jsonb_strip_nulls(jsonb_build_object('status', s.status, 'date', to_char(s.changed_on, 'YYYY-MM-DD'), 'note', s.note))
      ORDER BY s.changed_on)
    FROM ancestral_hall_status_changes s WHERE s.facility_id = f.id)`

/** Columns of a facility as the API shows it (GeoJSON properties), plus `geometry`. */
export const FACILITY_COLUMNS = `
  f.id, f.type, f.name, f.address,
  CASE WHEN f.type = 'ancestral_hall' THEN f.attributes || jsonb_build_object('status_history', COALESCE(${HALL_HISTORY}, '[]'::json)::jsonb)
    ELSE f.attributes END AS attributes,
  f.status, f.retired_at, f.retired_reason,
  f.division_code, t.name AS division_name, t.level AS division_level,
  COALESCE(CASE WHEN t.level = 'township' THEN t.parent_code END, CASE WHEN t.level = 'county' THEN t.code END) AS county_code,
  COALESCE(CASE WHEN t.level = 'township' THEN c.name END, CASE WHEN t.level = 'county' THEN t.name END) AS county_name,
  f.village_code, v.name AS village_name,
  CASE WHEN f.type = 'ancestral_hall' THEN (
    SELECT s.status FROM ancestral_hall_status_changes s WHERE s.facility_id = f.id ORDER BY s.changed_on DESC LIMIT 1) END AS hall_status,
  f.source, f.version, f.created_at, f.created_by, f.updated_at, f.updated_by,
  ST_AsGeoJSON(f.geom, ${FACILITY_PRECISION})::json AS geometry`

const FROM_FACILITIES = `
  FROM facilities f
  JOIN divisions t ON t.code = f.division_code
  LEFT JOIN divisions c ON c.code = t.parent_code
  LEFT JOIN divisions v ON v.code = f.village_code`

/**
 * Facilities filtered by types ($1 text[] or null), status ($2 or null = all), division code prefix
 * ($3 or null; matches the township or village code), name substring ($4 or null), bbox ($5–$8 or null).
 */
export const SELECT_FACILITIES = `
  SELECT ${FACILITY_COLUMNS}
  ${FROM_FACILITIES}
  WHERE ($1::text[] IS NULL OR f.type = ANY($1::text[]))
    AND ($2::text IS NULL OR f.status = $2)
    AND ($3::text IS NULL OR f.division_code LIKE $3 || '%' OR f.village_code LIKE $3 || '%')
    AND ($4::text IS NULL OR f.name ILIKE '%' || $4 || '%')
    AND ($5::float8 IS NULL OR f.geom && ST_MakeEnvelope($5::float8, $6::float8, $7::float8, $8::float8, 4326))
  ORDER BY f.division_code, f.type, f.name, f.id`

/** One facility by id ($1). */
export const SELECT_FACILITY = `SELECT ${FACILITY_COLUMNS} ${FROM_FACILITIES} WHERE f.id = $1`

/** The stored row, locked for an update in this transaction ($1 id). */
export const LOCK_FACILITY = `SELECT id, type, version, status FROM facilities WHERE id = $1 FOR UPDATE`

/** $1 type, $2 name, $3 address, $4 attributes, $5 division, $6 village, $7 GeoJSON point, $8 source, $9 actor. */
export const INSERT_FACILITY = `
  INSERT INTO facilities (type, name, address, attributes, division_code, village_code, geom, source, created_by, updated_by)
  VALUES ($1, $2, $3, $4::jsonb, $5, $6, ST_SetSRID(ST_GeomFromGeoJSON($7), 4326), $8, $9, $9)
  RETURNING id`

/** Full update of the editable columns, bumping the version; $10 is the expected version. */
export const UPDATE_FACILITY = `
  UPDATE facilities SET name = $2, address = $3, attributes = $4::jsonb, division_code = $5, village_code = $6,
    geom = ST_SetSRID(ST_GeomFromGeoJSON($7), 4326), updated_by = $8, updated_at = now(), version = version + 1
  WHERE id = $1 AND version = $9
  RETURNING version`

/** Retire ($2 reason) or reactivate; $3 actor, $4 expected version. */
export const RETIRE_FACILITY = `
  UPDATE facilities SET status = 'retired', retired_at = now(), retired_reason = $2, updated_by = $3, updated_at = now(),
    version = version + 1
  WHERE id = $1 AND version = $4 AND status = 'active'
  RETURNING version`

export const REACTIVATE_FACILITY = `
  UPDATE facilities SET status = 'active', retired_at = NULL, retired_reason = NULL, updated_by = $2, updated_at = now(),
    version = version + 1
  WHERE id = $1 AND version = $3 AND status = 'retired'
  RETURNING version`

export const DELETE_HALL_HISTORY = `DELETE FROM ancestral_hall_status_changes WHERE facility_id = $1`

/** $1 facility, $2 status, $3 date, $4 note, $5 actor. */
export const INSERT_HALL_CHANGE = `
  INSERT INTO ancestral_hall_status_changes (facility_id, status, changed_on, note, created_by, updated_by)
  VALUES ($1, $2, $3::date, $4, $5, $5)`

/** Audit trail of one facility ($1 id as text), newest first. */
export const SELECT_FACILITY_AUDIT = `
  SELECT id, at, actor_name, action, before, after, reason
  FROM audit_log WHERE entity_type = 'facility' AND entity_id = $1 ORDER BY at DESC, id DESC LIMIT 200`

/**
 * Active facilities grouped by county, township and type with bed figures; filters as in
 * {@link SELECT_FACILITIES} ($1 types, $2 division prefix).
 */
export const SELECT_FACILITY_STATS = `
  SELECT
    COALESCE(CASE WHEN t.level = 'township' THEN t.parent_code END, t.code) AS county_code,
    COALESCE(CASE WHEN t.level = 'township' THEN c.name END, t.name) AS county_name,
    t.code AS township_code, t.name AS township_name, f.type,
    count(*)::int AS facilities,
    sum((f.attributes->>'beds')::int)::int AS beds,
    sum(COALESCE((f.attributes->>'occupied_beds')::int, (f.attributes->>'residents')::int))::int AS occupied,
    sum(CASE WHEN COALESCE(f.attributes->>'occupied_beds', f.attributes->>'residents') IS NOT NULL
      THEN (f.attributes->>'beds')::int END)::int AS beds_reporting
  FROM facilities f
  JOIN divisions t ON t.code = f.division_code
  LEFT JOIN divisions c ON c.code = t.parent_code
  WHERE f.status = 'active'
    AND ($1::text[] IS NULL OR f.type = ANY($1::text[]))
    AND ($2::text IS NULL OR f.division_code LIKE $2 || '%')
  GROUP BY 1, 2, 3, 4, 5
  ORDER BY 1, 3, 5`

/** Level of a division ($1 code), to turn it into a code prefix; empty when unknown. */
export const SELECT_DIVISION_LEVEL = `SELECT level FROM divisions WHERE code = $1`

/**
 * Bulk insert for the seed: $1 types, $2 names, $3 attributes (json text), $4 lngs, $5 lats, $6 the
 * village each was placed around, $7 source. Division and village are derived like LOCATE_POINT
 * (township containing the point, nearest village of it); a point that left every township falls
 * back to its village's point. Returns ids in input order.
 */
export const INSERT_FACILITIES_BATCH = `
  WITH input AS (
    SELECT i.*, ST_SetSRID(ST_MakePoint(i.lng, i.lat), 4326) AS g
    FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::text[])
      WITH ORDINALITY AS i(type, name, attributes, lng, lat, village, n)
  ),
  placed AS (
    SELECT input.*, t.code AS township, home.parent_code AS home_township, home.label_point AS home_point
    FROM input
    JOIN divisions home ON home.code = input.village
    LEFT JOIN LATERAL (
      SELECT d.code FROM divisions d WHERE d.level = 'township' AND d.geom && input.g AND ST_Intersects(d.geom, input.g)
      ORDER BY d.code LIMIT 1) t ON true
  ),
  final AS (
    SELECT n, type, name, attributes, COALESCE(township, home_township) AS division_code,
      CASE WHEN township IS NULL THEN home_point ELSE g END AS geom
    FROM placed
  )
  INSERT INTO facilities (type, name, attributes, division_code, village_code, geom, source, created_by, updated_by)
  SELECT type, name, attributes::jsonb, division_code,
    (SELECT v.code FROM divisions v WHERE v.level = 'village' AND v.parent_code = final.division_code
     ORDER BY ST_Distance(v.label_point::geography, final.geom::geography), v.code LIMIT 1),
    geom, $7, 'seed', 'seed'
  FROM final ORDER BY n
  RETURNING id, name`

/** Villages with parents and population, for the sample generator. */
export const SELECT_SAMPLE_VILLAGES = `
  SELECT v.code, v.name, ST_X(v.label_point) AS lng, ST_Y(v.label_point) AS lat,
    v.urban_rural_code LIKE '1%' AS urban, COALESCE(v.population_total, 0) AS population,
    t.code AS township_code, t.name AS township_name, c.code AS county_code, c.name AS county_name
  FROM divisions v JOIN divisions t ON t.code = v.parent_code JOIN divisions c ON c.code = t.parent_code
  WHERE v.level = 'village'
  ORDER BY v.code`
