import type { Queryable } from './db.ts'

/** What the connected engine can do; detected once at start-up (STYLE §5). */
export interface Capabilities {
  postgresVersion: string
  postgisVersion: string
  /** `ST_AsMVT` works (false on PGlite: PostGIS built without protobuf-c). */
  hasAsMvt: boolean
}

/**
 * Probes the engine once. Branching on engine features happens only through this result.
 * @example (await detectCapabilities(db)).hasAsMvt // = true on PostgreSQL + PostGIS 3.3
 */
export async function detectCapabilities(db: Queryable): Promise<Capabilities> {
  const { rows } = await db.query<{ pg: string; postgis: string }>(
    "SELECT current_setting('server_version') AS pg, postgis_lib_version() AS postgis",
  )
  let hasAsMvt = true
  try {
    await db.query(
      "SELECT ST_AsMVT(q, 'probe') FROM (SELECT ST_AsMVTGeom(ST_MakePoint(0, 0), ST_MakeEnvelope(-1, -1, 1, 1)) AS geom) q",
    )
  } catch {
    hasAsMvt = false
  }
  return { postgresVersion: rows[0]!.pg, postgisVersion: rows[0]!.postgis, hasAsMvt }
}
