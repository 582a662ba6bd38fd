import type { Geometry } from 'geojson'
import { placeGeometrySchema } from '../places/place-geometry.schema.ts'
import type { ImportIssue } from './import-record.ts'

export const ReasonGeometryMissing = 'geometry is required'
export const ReasonGeometryType = 'geometry type must be one of'

/**
 * Check a record's geometry at the edge (STYLE §4): present, of an allowed type, ranges and closed
 * rings (the places schema); self-intersections are left to ST_IsValid in the batch check.
 * @param geometry the record's geometry
 * @param types allowed GeoJSON types
 * @param row the record's row for the report
 * @returns the issues (empty when fine)
 * @example checkGeometry({ type: 'Point', coordinates: [200, 0] }, ['Point'], 3)[0].field // = 'geometry'
 */
export function checkGeometry(geometry: Geometry | null, types: readonly string[], row: number): ImportIssue[] {
  if (!geometry) return [{ row, field: 'geometry', detail: ReasonGeometryMissing }]
  if (!types.includes(geometry.type)) return [{ row, field: 'geometry', detail: `${ReasonGeometryType} ${types.join(', ')} (got ${String(geometry.type)})` }]
  const r = placeGeometrySchema.safeParse(geometry)
  if (r.success) return []
  return [{ row, field: 'geometry', detail: r.error.issues.map((i) => i.message).join('; ') }]
}
