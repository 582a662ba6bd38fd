/** SQL for coverage analyses (issue 4). */

/** Villages and communities under a code prefix ($1 or null), with parents, point and figures. */
export const SELECT_DEMAND = `
  SELECT v.code, v.name, ST_X(v.label_point) AS lng, ST_Y(v.label_point) AS lat,
    v.population_total AS population, v.population_aged_60_plus AS aged_60, v.urban_rural_code,
    t.code AS township_code, t.name AS township_name,
    COALESCE(c.code, t.code) AS county_code, COALESCE(c.name, t.name) AS county_name
  FROM divisions v
  JOIN divisions t ON t.code = v.parent_code
  LEFT JOIN divisions c ON c.code = t.parent_code AND c.level = 'county'
  WHERE v.level = 'village' AND ($1::text IS NULL OR v.code LIKE $1 || '%')
  ORDER BY v.code`

/** Active facilities of the types $1 (text[]). */
export const SELECT_SUPPLY = `
  SELECT f.id::text AS id, f.type, ST_X(f.geom) AS lng, ST_Y(f.geom) AS lat, f.village_code, f.division_code
  FROM facilities f
  WHERE f.status = 'active' AND f.type = ANY($1::text[])
  ORDER BY f.id`

/** Road centre lines meeting a bbox ($1–$4) as coordinate arrays. */
export const SELECT_ROAD_LINES = `
  SELECT ST_AsGeoJSON(geom, 7)::json -> 'coordinates' AS coordinates
  FROM roads
  WHERE geom && ST_MakeEnvelope($1::float8, $2::float8, $3::float8, $4::float8, 4326)`

/** Whether any road lines are loaded at all. */
export const SELECT_ROADS_PRESENT = `SELECT EXISTS (SELECT 1 FROM roads) AS present`

/** Name of a division ($1), or of the top division when $1 is null. */
export const SELECT_SCOPE_NAME = `
  SELECT name FROM divisions
  WHERE ($1::text IS NULL AND parent_code IS NULL) OR code = $1
  ORDER BY code LIMIT 1`

/** Extent of the township polygons under a prefix ($1 or null). */
export const SELECT_TOWNSHIP_EXTENT = `
  SELECT ST_XMin(e) AS w, ST_YMin(e) AS s, ST_XMax(e) AS e, ST_YMax(e) AS n, count AS townships
  FROM (SELECT ST_Extent(geom)::geometry AS e, count(*)::int AS count FROM divisions
        WHERE level = 'township' AND geom IS NOT NULL AND ($1::text IS NULL OR code LIKE $1 || '%')) x`

/**
 * Grid points ($2 west, $3 south, $4 lng step, $5 lat step, $6 columns, $7 rows) that fall inside a
 * township under the prefix $1, with that township's code.
 */
export const SELECT_GRID_CANDIDATES = `
  WITH g AS (
    SELECT ST_SetSRID(ST_MakePoint($2::float8 + i * $4::float8, $3::float8 + j * $5::float8), 4326) AS pt
    FROM generate_series(0, $6::int) AS i, generate_series(0, $7::int) AS j
  )
  SELECT ST_X(g.pt) AS lng, ST_Y(g.pt) AS lat, min(t.code) AS township_code
  FROM g JOIN divisions t ON t.level = 'township' AND t.geom && g.pt AND ST_Intersects(t.geom, g.pt)
  WHERE ($1::text IS NULL OR t.code LIKE $1 || '%')
  GROUP BY g.pt
  ORDER BY 2, 1`

/** $1 name, $2 kind, $3 parameters, $4 results, $5 headline zh, $6 headline en, $7 actor. */
export const INSERT_ANALYSIS = `
  INSERT INTO coverage_analyses (name, parameters, results, headline_zh, headline_en, created_by, updated_by)
  VALUES ($1, $2::jsonb || jsonb_build_object('kind', $3::text), $4::jsonb, $5, $6, $7, $7)
  RETURNING id`

export const SELECT_ANALYSES = `
  SELECT id, name, parameters, headline_zh, headline_en, created_at, created_by, version
  FROM coverage_analyses ORDER BY created_at DESC, id DESC LIMIT 200`

export const SELECT_ANALYSIS = `
  SELECT id, name, parameters, results, headline_zh, headline_en, created_at, created_by, updated_at, updated_by, version
  FROM coverage_analyses WHERE id = $1`

export const DELETE_ANALYSIS = `DELETE FROM coverage_analyses WHERE id = $1 AND version = $2 RETURNING id`
