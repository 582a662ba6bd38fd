/** SQL for administrative divisions. */

export const DIVISION_PROPERTIES = `code, admin_code, name, level, parent_code, urban_rural_code, population_total,
  population_aged_60_plus, source, geom_source, population_source, urban_rural_source`

export const SELECT_DIVISION_TREE_ROWS = `
  WITH RECURSIVE tree AS (
    SELECT code, admin_code, name, level, parent_code, 1 AS depth FROM divisions
    WHERE ($1::text IS NULL AND parent_code IS NULL) OR code = $1
    UNION ALL
    SELECT d.code, d.admin_code, d.name, d.level, d.parent_code, t.depth + 1
    FROM divisions d JOIN tree t ON d.parent_code = t.code
    WHERE t.depth < $2
  )
  SELECT code, admin_code, name, level, parent_code FROM tree ORDER BY depth, code`

export const SELECT_DIVISION = `
  SELECT ${DIVISION_PROPERTIES}, version, created_at, updated_at,
    ST_AsGeoJSON(label_point, 6)::json AS label_point,
    CASE WHEN geom IS NULL THEN NULL ELSE
      json_build_array(ST_XMin(geom), ST_YMin(geom), ST_XMax(geom), ST_YMax(geom)) END AS bbox,
    (SELECT count(*)::int FROM divisions c WHERE c.parent_code = d.code) AS children_count
  FROM divisions d WHERE code = $1`

export const SELECT_ANCESTORS = `
  WITH RECURSIVE up AS (
    SELECT code, name, level, parent_code, 0 AS n FROM divisions WHERE code = $1
    UNION ALL
    SELECT d.code, d.name, d.level, d.parent_code, up.n + 1 FROM divisions d JOIN up ON d.code = up.parent_code
  )
  SELECT code, name, level FROM up WHERE n > 0 ORDER BY n DESC`

/** Villages are points (their label point); other levels draw their polygon, else their point. */
export const SELECT_DIVISIONS_GEOJSON = `
  SELECT ${DIVISION_PROPERTIES},
    ST_AsGeoJSON(CASE WHEN level = 'village' OR geom IS NULL THEN label_point ELSE geom END, 6)::json AS geometry,
    ST_AsGeoJSON(label_point, 6)::json AS label_point
  FROM divisions
  WHERE level = $1
    AND ($2::text IS NULL OR parent_code = $2)
    AND ($3::float8 IS NULL OR coalesce(geom, label_point) && ST_MakeEnvelope($3, $4, $5, $6, 4326))
  ORDER BY code`

export const COUNT_DIVISIONS = `SELECT count(*)::int AS n FROM divisions`
