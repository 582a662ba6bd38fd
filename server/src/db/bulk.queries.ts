/**
 * SQL of bulk import (issue 6). Each batch travels as one jsonb array parameter and is expanded with
 * jsonb_array_elements / jsonb_to_recordset: one round trip per batch on both engines.
 */

/**
 * Per geometry of a batch: validity, and the divisions that contain its point on surface
 * (the division of a row is always derived from its geometry, never taken from the file).
 */
export const CHECK_BATCH_GEOMETRIES = `
SELECT r.i::int AS i, v.valid,
  CASE WHEN v.valid THEN NULL ELSE ST_IsValidReason(g.geom) END AS reason,
  dv.deepest_code, dv.township_code, dv.village_code
FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS r(j, i)
CROSS JOIN LATERAL (SELECT ST_SetSRID(ST_GeomFromGeoJSON(r.j::text), 4326) AS geom) g
CROSS JOIN LATERAL (SELECT ST_IsValid(g.geom) AS valid) v
CROSS JOIN LATERAL (SELECT CASE WHEN v.valid THEN ST_PointOnSurface(g.geom) END AS pt) p
-- One index probe per row finds every containing division; the levels are picked from it.
CROSS JOIN LATERAL (
  SELECT (array_agg(d.code ORDER BY array_position(ARRAY['village', 'township', 'county', 'city'], d.level)))[1] AS deepest_code,
    max(d.code) FILTER (WHERE d.level = 'township') AS township_code,
    max(d.code) FILTER (WHERE d.level = 'village') AS village_code
  FROM divisions d WHERE p.pt IS NOT NULL AND d.geom && p.pt AND ST_Intersects(d.geom, p.pt)) dv
ORDER BY r.i`

export const INSERT_PLACE_NAMES_BATCH = `
INSERT INTO place_names (name, specific_name, generic_name, pinyin, category_code, division_code, geom,
  location_description, meaning, origin, status, approval_authority, document_number, approved_on, source,
  search_pinyin, search_initials, normalized_name, created_by, updated_by)
SELECT x.name, x.specific_name, x.generic_name, x.pinyin, x.category_code, x.division_code,
  ST_SetSRID(ST_GeomFromGeoJSON(x.geometry::text), 4326), x.location_description, x.meaning, x.origin, x.status,
  x.approval_authority, x.document_number, x.approved_on, $2, x.search_pinyin, x.search_initials, x.normalized_name, $3, $3
FROM jsonb_to_recordset($1::jsonb) AS x(name text, specific_name text, generic_name text, pinyin text, category_code text,
  division_code text, geometry jsonb, location_description text, meaning text, origin text, status text,
  approval_authority text, document_number text, approved_on date, search_pinyin text, search_initials text, normalized_name text)`

export const INSERT_ROADS_BATCH = `
INSERT INTO roads (source_name, road_class, width_m, division_code, geom, source, created_by, updated_by)
SELECT x.source_name, x.road_class, x.width_m, x.division_code, ST_SetSRID(ST_GeomFromGeoJSON(x.geometry::text), 4326), $2, $3, $3
FROM jsonb_to_recordset($1::jsonb) AS x(source_name text, road_class text, width_m numeric, division_code text, geometry jsonb)`

export const INSERT_FACILITIES_BATCH = `
INSERT INTO facilities (type, name, address, attributes, division_code, village_code, geom, source, created_by, updated_by)
SELECT x.type, x.name, x.address, x.attributes, x.division_code, x.village_code,
  ST_SetSRID(ST_MakePoint(x.lng, x.lat), 4326), $2, $3, $3
FROM jsonb_to_recordset($1::jsonb) AS x(type text, name text, address text, attributes jsonb, division_code text,
  village_code text, lng double precision, lat double precision)`

export const INSERT_DIVISIONS_BATCH = `
INSERT INTO divisions (code, admin_code, name, level, parent_code, urban_rural_code, population_total,
  population_aged_60_plus, geom, label_point, source, geom_source, population_source, created_by, updated_by)
SELECT x.code, x.admin_code, x.name, x.level, x.parent_code, x.urban_rural_code, x.population_total,
  x.population_aged_60_plus, g.geom, ST_PointOnSurface(g.geom), $2, $2, CASE WHEN x.population_total IS NULL THEN NULL ELSE $2 END, $3, $3
FROM jsonb_to_recordset($1::jsonb) AS x(code text, admin_code text, name text, level text, parent_code text,
  urban_rural_code text, population_total integer, population_aged_60_plus integer, geometry jsonb)
CROSS JOIN LATERAL (SELECT ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(x.geometry::text), 4326)) AS geom) g`

/** Which of the given division codes already exist. */
export const SELECT_EXISTING_DIVISION_CODES = 'SELECT code FROM divisions WHERE code = ANY($1::text[])'
