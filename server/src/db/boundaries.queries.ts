/**
 * SQL of the boundary survey workspace (issue 5). Runs unchanged on PostgreSQL 15 + PostGIS 3.3 and on
 * PGlite + PostGIS 3.6. Survey geometry leaves the database with 8 decimals (SURVEY_DECIMALS).
 */

/** ST_AsGeoJSON precision for survey geometry (≈1 mm), STYLE §4. */
export const SURVEY_DECIMALS = 8

/** Tolerance below which a difference between a county and its townships is numerical noise, m². */
export const PARTITION_NOISE_M2 = 0.01

// ---------------------------------------------------------------------------------------------------
// Topology derivation (seed): township rings → noded, merged edges with the unit on each side.
// A probe point a hair (≤1e-7°, ~1 cm) to the left and right of the middle of each edge's longest
// segment says which township lies on that side; none = outside the city.

const DERIVED_EDGES = `
  townships AS (
    SELECT code, geom FROM divisions WHERE level = 'township' AND geom IS NOT NULL
  ), linework AS (
    SELECT ST_LineMerge(ST_Union(ST_Boundary(geom))) AS g FROM townships
  ), edges AS (
    SELECT (ST_Dump(g)).geom AS geom FROM linework
  ), longest AS (
    SELECT e.geom, s.seg FROM edges e
    CROSS JOIN LATERAL (
      SELECT d.geom AS seg FROM ST_DumpSegments(e.geom) d ORDER BY ST_Length(d.geom) DESC LIMIT 1
    ) s
  ), frames AS (
    SELECT geom,
      (ST_X(ST_StartPoint(seg)) + ST_X(ST_EndPoint(seg))) / 2 AS mx,
      (ST_Y(ST_StartPoint(seg)) + ST_Y(ST_EndPoint(seg))) / 2 AS my,
      (ST_X(ST_EndPoint(seg)) - ST_X(ST_StartPoint(seg))) / ST_Length(seg) AS ux,
      (ST_Y(ST_EndPoint(seg)) - ST_Y(ST_StartPoint(seg))) / ST_Length(seg) AS uy,
      least(1e-7, ST_Length(seg) / 4) AS eps
    FROM longest
  ), sided AS (
    SELECT f.geom,
      (SELECT t.code FROM townships t WHERE ST_Intersects(t.geom, ST_SetSRID(ST_MakePoint(f.mx - f.uy * f.eps, f.my + f.ux * f.eps), 4326))
        ORDER BY t.code LIMIT 1) AS left_code,
      (SELECT t.code FROM townships t WHERE ST_Intersects(t.geom, ST_SetSRID(ST_MakePoint(f.mx + f.uy * f.eps, f.my - f.ux * f.eps), 4326))
        ORDER BY t.code LIMIT 1) AS right_code
    FROM frames f
  ), derived AS (
    SELECT geom, left_code, right_code FROM sided
    WHERE (left_code IS NOT NULL OR right_code IS NOT NULL) AND left_code IS DISTINCT FROM right_code
  )`

/** Derives nodes and edges from the township polygons in one statement; codes and names are placeholders. */
export const INSERT_DERIVED_TOPOLOGY = `
  WITH ${DERIVED_EDGES},
  endpoints AS (
    SELECT DISTINCT ON (ST_AsEWKB(p)) p AS geom FROM (
      SELECT ST_StartPoint(geom) AS p FROM derived UNION ALL SELECT ST_EndPoint(geom) FROM derived
    ) x ORDER BY ST_AsEWKB(p)
  ), nodes AS (
    INSERT INTO boundary_nodes (kind, geom, created_by, updated_by)
    SELECT 'vertex', geom, $1, $1 FROM endpoints
    RETURNING id, geom
  )
  INSERT INTO boundary_lines (code, name, left_unit_code, right_unit_code, from_node_id, to_node_id, geom, created_by, updated_by)
  SELECT 'pending-' || row_number() OVER (ORDER BY ST_AsEWKB(d.geom)), 'pending', d.left_code, d.right_code,
    (SELECT n.id FROM nodes n WHERE ST_Equals(n.geom, ST_StartPoint(d.geom))),
    (SELECT n.id FROM nodes n WHERE ST_Equals(n.geom, ST_EndPoint(d.geom))),
    d.geom, $1, $1
  FROM derived d`

/** Sets each node's meeting units ('EXT' = outside the city) and marks tri-junctions. */
export const UPDATE_NODE_UNITS = `
  UPDATE boundary_nodes n SET unit_codes = u.codes,
    kind = CASE WHEN cardinality(u.codes) >= 3 THEN 'tri_junction' ELSE 'vertex' END
  FROM (
    SELECT x.id, array_agg(DISTINCT x.code ORDER BY x.code) AS codes FROM (
      SELECT nn.id, unnest(ARRAY[coalesce(l.left_unit_code, 'EXT'), coalesce(l.right_unit_code, 'EXT')]) AS code
      FROM boundary_nodes nn JOIN boundary_lines l ON nn.id IN (l.from_node_id, l.to_node_id)
      WHERE l.claim_of_line_id IS NULL
    ) x GROUP BY x.id
  ) u
  WHERE u.id = n.id AND ($1::bigint[] IS NULL OR n.id = ANY($1::bigint[]))`

/** Lines with the names of their units and counties, to compose codes and names. */
export const SELECT_LINES_FOR_NAMING = `
  SELECT l.id, l.left_unit_code, l.right_unit_code,
    lu.name AS left_name, lc.name AS left_county_name, ru.name AS right_name, rc.name AS right_county_name
  FROM boundary_lines l
  LEFT JOIN divisions lu ON lu.code = l.left_unit_code LEFT JOIN divisions lc ON lc.code = lu.parent_code
  LEFT JOIN divisions ru ON ru.code = l.right_unit_code LEFT JOIN divisions rc ON rc.code = ru.parent_code
  WHERE l.claim_of_line_id IS NULL
  ORDER BY least(l.left_unit_code, l.right_unit_code), greatest(l.left_unit_code, l.right_unit_code), ST_XMin(l.geom), ST_YMax(l.geom), l.id`

export const UPDATE_LINE_CODE_NAME = `UPDATE boundary_lines SET code = $2, name = $3 WHERE id = $1`

export const SELECT_NODES_FOR_LABELS = `
  SELECT n.id, n.kind, n.unit_codes, array_agg(d.name ORDER BY d.code) FILTER (WHERE d.code IS NOT NULL) AS unit_names
  FROM boundary_nodes n LEFT JOIN divisions d ON d.code = ANY(n.unit_codes)
  WHERE ($1::bigint[] IS NULL OR n.id = ANY($1::bigint[]))
  GROUP BY n.id, n.kind, n.unit_codes`

export const UPDATE_NODE_LABEL = `UPDATE boundary_nodes SET label = $2 WHERE id = $1`

export const INSERT_CREATE_REVISIONS = `
  INSERT INTO boundary_line_revisions (line_id, line_version, action, reason, geom_before, geom_after, created_by, updated_by)
  SELECT id, version, 'create', $1, NULL, geom, $2, $2 FROM boundary_lines`

// ---------------------------------------------------------------------------------------------------
// Polygons from edges.

/**
 * Rebuilds the given townships from their edges (ST_BuildArea turns the rings into polygons with holes).
 * Returns each township's rebuilt validity so the caller can refuse a broken save.
 */
export const REBUILD_TOWNSHIPS = `
  WITH rebuilt AS (
    SELECT u.code, ST_Multi(ST_BuildArea(ST_Collect(l.geom))) AS geom
    FROM unnest($1::text[]) AS u(code)
    JOIN boundary_lines l ON l.claim_of_line_id IS NULL AND u.code IN (l.left_unit_code, l.right_unit_code)
    GROUP BY u.code
  )
  UPDATE divisions d SET geom = r.geom, updated_at = now(), updated_by = $2, version = d.version + 1
  FROM rebuilt r WHERE d.code = r.code
  RETURNING d.code, d.parent_code`

/**
 * Does each county still equal the union of its townships? Returns the pieces that differ: gaps (county
 * not covered), excess (township outside the county) and overlaps (two townships on the same ground),
 * each with its area in m² and a point inside it.
 */
export const SELECT_PARTITION_PROBLEMS = `
  WITH counties AS (
    SELECT code, name, geom FROM divisions
    WHERE level = 'county' AND geom IS NOT NULL AND ($1::text[] IS NULL OR code = ANY($1::text[]))
  ), towns AS (
    SELECT t.code, t.name, t.parent_code, t.geom FROM divisions t JOIN counties c ON c.code = t.parent_code
    WHERE t.level = 'township' AND t.geom IS NOT NULL
  ), unions AS (
    SELECT c.code, c.name, c.geom AS county_geom, ST_Union(t.geom) AS towns_geom
    FROM counties c JOIN towns t ON t.parent_code = c.code GROUP BY c.code, c.name, c.geom
  ), pieces AS (
    SELECT u.code AS county_code, u.name AS county_name, 'gap' AS problem, (ST_Dump(ST_Difference(u.county_geom, u.towns_geom))).geom AS geom FROM unions u
    UNION ALL
    SELECT u.code, u.name, 'excess', (ST_Dump(ST_Difference(u.towns_geom, u.county_geom))).geom FROM unions u
    UNION ALL
    SELECT a.parent_code, NULL, 'overlap', (ST_Dump(ST_Intersection(a.geom, b.geom))).geom
    FROM towns a JOIN towns b ON a.code < b.code AND ST_Intersects(a.geom, b.geom)
  )
  SELECT county_code, problem, ST_Area(geom::geography) AS area_m2,
    ST_AsGeoJSON(ST_PointOnSurface(geom), ${SURVEY_DECIMALS})::json AS location,
    ST_AsGeoJSON(geom, ${SURVEY_DECIMALS})::json AS geometry
  FROM pieces WHERE ST_Dimension(geom) = 2 AND ST_Area(geom::geography) > $2
  ORDER BY county_code, problem, area_m2 DESC`

/** Township polygons that are invalid or missing after a rebuild. */
export const SELECT_INVALID_TOWNSHIPS = `
  SELECT code, name, ST_IsValidReason(geom) AS reason,
    ST_AsGeoJSON(coalesce(ST_PointOnSurface(ST_MakeValid(geom)), label_point), ${SURVEY_DECIMALS})::json AS location
  FROM divisions WHERE level = 'township' AND code = ANY($1::text[]) AND (geom IS NULL OR NOT ST_IsValid(geom))`

/** Lines whose interiors meet another line (or pass through its end node): edges may touch only at nodes. */
export const SELECT_LINE_CROSSINGS = `
  SELECT a.id AS line_id, b.id AS other_line_id, a.code, b.code AS other_code,
    ST_AsGeoJSON(ST_PointOnSurface(ST_Centroid(ST_Intersection(a.geom, b.geom))), ${SURVEY_DECIMALS})::json AS location
  FROM boundary_lines a JOIN boundary_lines b
    ON a.id < b.id AND a.claim_of_line_id IS NULL AND b.claim_of_line_id IS NULL AND a.geom && b.geom
  WHERE ($1::bigint[] IS NULL OR a.id = ANY($1::bigint[]) OR b.id = ANY($1::bigint[]))
    AND NOT ST_Relate(a.geom, b.geom, 'FF*F*****')`

export const SELECT_TOWNSHIP_CODES = `SELECT code FROM divisions WHERE level = 'township' AND geom IS NOT NULL ORDER BY code`

// ---------------------------------------------------------------------------------------------------
// Lines.

const LINE_COLUMNS = `l.id, l.code, l.name, l.left_unit_code, l.right_unit_code, lu.name AS left_unit_name, ru.name AS right_unit_name,
  l.from_node_id, l.to_node_id, fn.label AS from_node_label, tn.label AS to_node_label,
  l.status, l.kind, l.claim_of_line_id, l.agreement_ref, l.version, l.created_at, l.created_by, l.updated_at, l.updated_by,
  round(ST_Length(l.geom::geography)::numeric, 3) AS length_m,
  ST_AsGeoJSON(l.geom, ${SURVEY_DECIMALS})::json AS geometry`

const LINE_FROM = `boundary_lines l
  LEFT JOIN divisions lu ON lu.code = l.left_unit_code LEFT JOIN divisions ru ON ru.code = l.right_unit_code
  JOIN boundary_nodes fn ON fn.id = l.from_node_id JOIN boundary_nodes tn ON tn.id = l.to_node_id`

/** Lines, optionally only those touching a unit or its children (a county) or a bbox. */
export const SELECT_LINES = `
  SELECT ${LINE_COLUMNS} FROM ${LINE_FROM}
  WHERE ($1::text IS NULL OR l.left_unit_code = $1 OR l.right_unit_code = $1 OR lu.parent_code = $1 OR ru.parent_code = $1)
    AND ($2::float8 IS NULL OR l.geom && ST_MakeEnvelope($2, $3, $4, $5, 4326))
  ORDER BY l.claim_of_line_id NULLS FIRST, l.code`

export const SELECT_LINE = `SELECT ${LINE_COLUMNS} FROM ${LINE_FROM} WHERE l.id = $1`

/** Locks the line for a save and gives its node positions. */
export const SELECT_LINE_FOR_UPDATE = `
  SELECT l.id, l.code, l.version, l.left_unit_code, l.right_unit_code, l.claim_of_line_id, l.kind, l.status,
    l.from_node_id, l.to_node_id,
    ST_AsGeoJSON(l.geom, 15)::json AS geometry,
    ST_AsGeoJSON(fn.geom, 15)::json AS from_node, ST_AsGeoJSON(tn.geom, 15)::json AS to_node
  FROM boundary_lines l JOIN boundary_nodes fn ON fn.id = l.from_node_id JOIN boundary_nodes tn ON tn.id = l.to_node_id
  WHERE l.id = $1 FOR UPDATE OF l`

export const UPDATE_LINE_GEOMETRY = `
  UPDATE boundary_lines SET geom = ST_SetSRID(ST_GeomFromGeoJSON($2), 4326), version = version + 1, updated_at = now(), updated_by = $3
  WHERE id = $1 AND version = $4 RETURNING version`

export const INSERT_REVISION = `
  INSERT INTO boundary_line_revisions (line_id, line_version, action, reason, geom_before, geom_after, restored_from_id, created_by, updated_by)
  VALUES ($1, $2, $3, $4, ST_SetSRID(ST_GeomFromGeoJSON($5::text), 4326), ST_SetSRID(ST_GeomFromGeoJSON($6), 4326), $7, $8, $8)
  RETURNING id`

export const UPDATE_LINE_ATTRIBUTES = `
  UPDATE boundary_lines SET name = $2, status = $3, kind = $4, agreement_ref = $5, version = version + 1, updated_at = now(), updated_by = $6
  WHERE id = $1 AND version = $7 RETURNING id`

export const SELECT_REVISIONS = `
  SELECT r.id, r.line_id, r.line_version, r.action, r.reason, r.restored_from_id, r.created_at, r.created_by
  FROM boundary_line_revisions r WHERE r.line_id = $1 ORDER BY r.line_version DESC`

export const SELECT_REVISION = `
  SELECT r.id, r.line_id, r.line_version, r.action, r.reason, r.restored_from_id, r.created_at, r.created_by,
    ST_AsGeoJSON(r.geom_before, ${SURVEY_DECIMALS})::json AS geom_before,
    ST_AsGeoJSON(r.geom_after, ${SURVEY_DECIMALS})::json AS geom_after
  FROM boundary_line_revisions r WHERE r.line_id = $1 AND r.id = $2`

// ---------------------------------------------------------------------------------------------------
// Nodes, split, claims.

export const SELECT_NODES = `
  SELECT id, kind, unit_codes, label, version, ST_AsGeoJSON(geom, ${SURVEY_DECIMALS})::json AS geometry
  FROM boundary_nodes
  WHERE ($1::float8 IS NULL OR geom && ST_MakeEnvelope($1, $2, $3, $4, 4326))
  ORDER BY id`

export const INSERT_NODE = `
  INSERT INTO boundary_nodes (kind, geom, created_by, updated_by)
  VALUES ('vertex', ST_SetSRID(ST_GeomFromGeoJSON($1), 4326), $2, $2) RETURNING id`

export const UPDATE_LINE_SPLIT = `
  UPDATE boundary_lines SET geom = ST_SetSRID(ST_GeomFromGeoJSON($2), 4326), to_node_id = $3, version = version + 1,
    updated_at = now(), updated_by = $4
  WHERE id = $1 RETURNING version`

export const INSERT_LINE_COPY = `
  INSERT INTO boundary_lines (code, name, left_unit_code, right_unit_code, from_node_id, to_node_id, status, kind, claim_of_line_id,
    agreement_ref, geom, created_by, updated_by)
  SELECT $2, $3, left_unit_code, right_unit_code, $4, $5, status, $6, $7, agreement_ref, ST_SetSRID(ST_GeomFromGeoJSON($8), 4326), $9, $9
  FROM boundary_lines WHERE id = $1 RETURNING id, version`

export const SELECT_CODES_LIKE = `SELECT code FROM boundary_lines WHERE code = $1 OR code LIKE $1 || '-%'`

export const COUNT_CLAIMS = `SELECT count(*)::int AS n FROM boundary_lines WHERE claim_of_line_id = $1`

export const SELECT_CLAIM = `SELECT id FROM boundary_lines WHERE claim_of_line_id = $1 AND kind = $2`

export const MARK_DISPUTED = `
  UPDATE boundary_lines SET status = 'disputed', version = version + 1, updated_at = now(), updated_by = $2 WHERE id = $1`

/** The city's label point: its longitude picks the Gauss-Krüger zone for the whole survey. */
export const SELECT_CITY_LONGITUDE = `
  SELECT ST_X(label_point) AS lng FROM divisions WHERE level = 'city' ORDER BY code LIMIT 1`

// ---------------------------------------------------------------------------------------------------
// Markers.

const MARKER_COLUMNS = `m.id, m.line_id, l.code AS line_code, l.name AS line_name, m.number, m.type, m.material, m.status,
  m.gk_x, m.gk_y, m.gk_epsg, m.elevation, m.reference_objects, m.location_description,
  ST_X(m.geom) AS lng, ST_Y(m.geom) AS lat,
  coalesce((SELECT json_agg(p.id ORDER BY p.id) FROM boundary_marker_photos p WHERE p.marker_id = m.id), '[]'::json) AS photo_ids,
  m.version, m.created_at, m.created_by, m.updated_at, m.updated_by,
  ST_AsGeoJSON(m.geom, ${SURVEY_DECIMALS})::json AS geometry`

export const SELECT_MARKERS = `
  SELECT ${MARKER_COLUMNS}
  FROM boundary_markers m JOIN boundary_lines l ON l.id = m.line_id
  LEFT JOIN divisions lu ON lu.code = l.left_unit_code LEFT JOIN divisions ru ON ru.code = l.right_unit_code
  WHERE ($1::bigint IS NULL OR m.line_id = $1)
    AND ($2::text IS NULL OR l.left_unit_code = $2 OR l.right_unit_code = $2 OR lu.parent_code = $2 OR ru.parent_code = $2)
  ORDER BY l.code, m.number, m.id`

export const SELECT_MARKER = `
  SELECT ${MARKER_COLUMNS} FROM boundary_markers m JOIN boundary_lines l ON l.id = m.line_id WHERE m.id = $1`

export const SELECT_MARKER_FOR_UPDATE = `SELECT id, line_id, version FROM boundary_markers WHERE id = $1 FOR UPDATE`

export const SELECT_LINE_MARKERS_FOR_NUMBERING = `
  SELECT m.id, m.number, m.type, ST_X(m.geom) AS lng, ST_Y(m.geom) AS lat
  FROM boundary_markers m WHERE m.line_id = $1 ORDER BY m.id`

export const INSERT_MARKER = `
  INSERT INTO boundary_markers (line_id, number, type, material, status, geom, gk_x, gk_y, gk_epsg, elevation,
    reference_objects, location_description, created_by, updated_by)
  VALUES ($1, $2, $3, $4, $5, ST_SetSRID(ST_MakePoint($6, $7), 4326), $8, $9, $10, $11, $12::jsonb, $13, $14, $14)
  RETURNING id`

export const UPDATE_MARKER = `
  UPDATE boundary_markers SET line_id = $2, number = $3, type = $4, material = $5, status = $6,
    geom = ST_SetSRID(ST_MakePoint($7, $8), 4326), gk_x = $9, gk_y = $10, gk_epsg = $11, elevation = $12,
    reference_objects = $13::jsonb, location_description = $14, version = version + 1, updated_at = now(), updated_by = $15
  WHERE id = $1 AND version = $16 RETURNING version`

export const UPDATE_MARKER_NUMBER = `
  UPDATE boundary_markers SET number = $2, version = version + 1, updated_at = now(), updated_by = $3 WHERE id = $1 AND number <> $2`

export const UPDATE_MARKER_LINE = `
  UPDATE boundary_markers SET line_id = $2, version = version + 1, updated_at = now(), updated_by = $3 WHERE id = $1`

export const DELETE_MARKER = `DELETE FROM boundary_markers WHERE id = $1 AND version = $2 RETURNING id`

export const SELECT_MARKER_NUMBER_TAKEN = `SELECT id FROM boundary_markers WHERE number = $1 AND id <> coalesce($2::bigint, 0)`

export const INSERT_PHOTO = `
  INSERT INTO boundary_marker_photos (marker_id, media_type, caption, data, created_by, updated_by)
  VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`

export const SELECT_PHOTO = `SELECT id, media_type, data FROM boundary_marker_photos WHERE marker_id = $1 AND id = $2`

export const DELETE_PHOTO = `DELETE FROM boundary_marker_photos WHERE marker_id = $1 AND id = $2 RETURNING id`

// ---------------------------------------------------------------------------------------------------
// Validation.

/** County codes whose townships have polygons (the scope of a whole-city validation). */
export const SELECT_COUNTIES_WITH_TOWNSHIPS = `
  SELECT DISTINCT parent_code AS code FROM divisions WHERE level = 'township' AND geom IS NOT NULL AND parent_code IS NOT NULL ORDER BY 1`

export const SELECT_TOWNSHIPS_OF_COUNTIES = `
  SELECT code FROM divisions WHERE level = 'township' AND parent_code = ANY($1::text[]) ORDER BY code`

/** Township polygon parts smaller than the sliver area. */
export const SELECT_SLIVER_PARTS = `
  SELECT code, name, area_m2, ST_AsGeoJSON(ST_PointOnSurface(part), ${SURVEY_DECIMALS})::json AS location FROM (
    SELECT d.code, d.name, p.geom AS part, ST_Area(p.geom::geography) AS area_m2
    FROM divisions d CROSS JOIN LATERAL ST_Dump(d.geom) p
    WHERE d.level = 'township' AND d.code = ANY($1::text[]) AND d.geom IS NOT NULL
  ) x WHERE area_m2 < $2`

/** Lines in scope (touching a township of the counties, or all), with geometry for the checks done in TypeScript. */
export const SELECT_LINES_FOR_VALIDATION = `
  SELECT l.id, l.code, l.claim_of_line_id, ST_IsSimple(l.geom) AS simple, ST_AsGeoJSON(l.geom, 15)::json AS geometry
  FROM boundary_lines l
  WHERE $1::text[] IS NULL OR l.left_unit_code = ANY($1::text[]) OR l.right_unit_code = ANY($1::text[])
  ORDER BY l.code`

export const SELECT_MARKERS_OF_LINES = `
  SELECT m.id, m.line_id, m.number, m.type, ST_X(m.geom) AS lng, ST_Y(m.geom) AS lat
  FROM boundary_markers m WHERE m.line_id = ANY($1::bigint[]) ORDER BY m.id`

export const UPDATE_LINE_GEOMETRY_DRAFT = `UPDATE boundary_lines SET geom = ST_SetSRID(ST_GeomFromGeoJSON($2), 4326) WHERE id = $1
  RETURNING left_unit_code, right_unit_code, claim_of_line_id`

// ---------------------------------------------------------------------------------------------------
// Documents and export.

export const UPDATE_LINE_DESCRIPTION = `
  UPDATE boundary_lines SET description = $2, description_generated_at = CASE WHEN $3::boolean THEN now() ELSE description_generated_at END,
    version = version + 1, updated_at = now(), updated_by = $4
  WHERE id = $1 AND version = $5 RETURNING version`

export const SELECT_LINE_DESCRIPTION = `SELECT description, description_generated_at FROM boundary_lines WHERE id = $1`

export const SELECT_MARKERS_ALONG_LINE = `
  SELECT m.number, ST_X(m.geom) AS lng, ST_Y(m.geom) AS lat FROM boundary_markers m WHERE m.line_id = $1 ORDER BY m.number`

/** Township polygons (rebuilt from the edges) of a county or all, for export. */
export const SELECT_TOWNSHIP_POLYGONS = `
  SELECT d.code, d.name, d.parent_code, p.name AS county_name, d.version,
    round(ST_Area(d.geom::geography)::numeric, 1) AS area_m2, ST_AsGeoJSON(d.geom, ${SURVEY_DECIMALS})::json AS geometry
  FROM divisions d LEFT JOIN divisions p ON p.code = d.parent_code
  WHERE d.level = 'township' AND d.geom IS NOT NULL AND ($1::text IS NULL OR d.parent_code = $1 OR d.code = $1)
  ORDER BY d.code`
