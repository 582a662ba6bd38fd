/**
 * One-off check of a generated dataset in PostGIS (not part of `npm test`: PostGIS start-up is too slow for it):
 *   npx tsx gis-data/generator/check-postgis.ts [datasetId] [postgres://postgres@127.0.0.1:5432/postgres]
 *   npx tsx gis-data/generator/check-postgis.ts [datasetId] pglite      # embedded PGlite + PostGIS 3.6 instead
 * On a server it creates a scratch database `diming_seedcheck` (dropped afterwards). Loads every layer through
 * bound ST_SetSRID(ST_GeomFromGeoJSON($1), 4326) inserts, runs the topology checks and prints them.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import pg from 'pg';

type Query = (sql: string, values?: unknown[]) => Promise<Record<string, unknown>[]>;

const CHECKS: Array<[string, string]> = [
  ['invalid geometries (ST_IsValid false)', `SELECT count(*) FROM seed WHERE NOT ST_IsValid(geom)`],
  ['city ≠ ST_Union(counties)', `SELECT count(*) FROM seed c WHERE level = 'city' AND NOT ST_Equals(c.geom, (SELECT ST_Union(geom) FROM seed WHERE level = 'county'))`],
  [
    'county ≠ ST_Union(its townships)',
    `SELECT count(*) FROM seed c WHERE level = 'county' AND NOT ST_Equals(c.geom, (SELECT ST_Union(t.geom) FROM seed t WHERE t.parent_code = c.code))`,
  ],
  [
    'area of county △ ST_Union(its townships), m²',
    `SELECT coalesce(round(sum(ST_Area(ST_SymDifference(c.geom, (SELECT ST_Union(t.geom) FROM seed t WHERE t.parent_code = c.code))::geography))), 0) FROM seed c WHERE level = 'county'`,
  ],
  [
    'polygon pairs of one level that overlap (ST_Overlaps)',
    `SELECT count(*) FROM seed a JOIN seed b ON a.level = b.level AND a.code < b.code AND a.geom && b.geom WHERE a.level IN ('county', 'township') AND ST_Overlaps(a.geom, b.geom)`,
  ],
  [
    'overlap area of touching polygons of one level, m²',
    `SELECT coalesce(round(sum(ST_Area(ST_Intersection(a.geom, b.geom)::geography))), 0) FROM seed a JOIN seed b ON a.level = b.level AND a.code < b.code AND ST_Intersects(a.geom, b.geom) WHERE a.level IN ('county', 'township')`,
  ],
  ['townships not within their county', `SELECT count(*) FROM seed t JOIN seed c ON c.code = t.parent_code WHERE t.level = 'township' AND NOT ST_CoveredBy(t.geom, c.geom)`],
  ['villages not within their township', `SELECT count(*) FROM seed v JOIN seed t ON t.code = v.parent_code WHERE v.level = 'village' AND NOT ST_Within(v.geom, t.geom)`],
];

const gisDataDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [datasetId = 'xianning', target = 'postgres://postgres@127.0.0.1:5432/postgres'] = process.argv.slice(2);

async function check(query: Query): Promise<boolean> {
  await query('CREATE EXTENSION IF NOT EXISTS postgis');
  await query('CREATE TABLE seed (code text PRIMARY KEY, level text NOT NULL, parent_code text, geom geometry(Geometry, 4326) NOT NULL)');
  for (const layer of ['city', 'counties', 'townships', 'villages']) {
    const collection = JSON.parse(readFileSync(join(gisDataDir, datasetId, `${layer}.geojson`), 'utf8'));
    for (const f of collection.features) {
      const values = [f.properties.code, f.properties.level, f.properties.parent_code, JSON.stringify(f.geometry)];
      await query('INSERT INTO seed VALUES ($1, $2, $3, ST_SetSRID(ST_GeomFromGeoJSON($4), 4326))', values);
    }
  }
  const [version] = await query('SELECT postgis_lib_version() AS v, version() AS pg');
  console.log(`check-postgis: ${datasetId} on PostGIS ${version.v}, ${String(version.pg).split(' ').slice(0, 2).join(' ')}`);
  let ok = true;
  for (const [label, sql] of CHECKS) {
    const value = Number(Object.values((await query(sql))[0])[0]);
    ok &&= value === 0;
    console.log(`  ${value === 0 ? 'ok  ' : 'FAIL'} ${label}: ${value}`);
  }
  return ok;
}

async function onPglite(): Promise<boolean> {
  const db = await PGlite.create({ extensions: { postgis } });
  try {
    return await check(async (sql, values) => (await db.query<Record<string, unknown>>(sql, values)).rows);
  } finally {
    await db.close();
  }
}

async function onServer(adminUrl: string): Promise<boolean> {
  const scratch = new URL(adminUrl);
  scratch.pathname = '/diming_seedcheck';
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS diming_seedcheck');
  await admin.query('CREATE DATABASE diming_seedcheck');
  const db = new pg.Client({ connectionString: scratch.toString() });
  try {
    await db.connect();
    return await check(async (sql, values) => (await db.query<Record<string, unknown>>(sql, values)).rows);
  } finally {
    await db.end();
    await admin.query('DROP DATABASE IF EXISTS diming_seedcheck');
    await admin.end();
  }
}

const ok = target === 'pglite' ? await onPglite() : await onServer(target);
process.exitCode = ok ? 0 : 1;
