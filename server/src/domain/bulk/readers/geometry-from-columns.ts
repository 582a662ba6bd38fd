import type { Geometry } from 'geojson'

const LNG = ['lng', 'lon', 'longitude', 'x', '经度']
const LAT = ['lat', 'latitude', 'y', '纬度']
const GEOMETRY = ['geometry', 'geojson', '几何']

export const ReasonBadCoordinate = 'longitude/latitude must be numbers'
export const ReasonBadGeometryText = 'geometry column must hold a GeoJSON geometry'

function pick(props: Record<string, unknown>, names: string[]): [string, unknown] | null {
  for (const key of Object.keys(props)) if (names.includes(key.trim().toLowerCase())) return [key, props[key]]
  return null
}

const blank = (v: unknown) => v === undefined || v === null || String(v).trim() === ''

/**
 * Take a tabular row's geometry from a `geometry` (GeoJSON text) column or `lng`/`lat` columns
 * (also `经度`/`纬度`, `lon`, `x`/`y`), and return the other cells as properties.
 * @param cells the row, column name → cell
 * @returns the geometry (null when the row has none) and the remaining properties, or a reason
 * @example geometryFromColumns({ name: 'a', lng: '114.3', lat: '29.8' })
 * // = { ok: true, geometry: { type: 'Point', coordinates: [114.3, 29.8] }, properties: { name: 'a' } }
 */
export function geometryFromColumns(cells: Record<string, unknown>):
  | { ok: true; geometry: Geometry | null; properties: Record<string, unknown> }
  | { ok: false; field: string; reason: string; properties: Record<string, unknown> } {
  const properties = { ...cells }
  const geo = pick(cells, GEOMETRY)
  const lng = pick(cells, LNG)
  const lat = pick(cells, LAT)
  for (const found of [geo, lng, lat]) if (found) delete properties[found[0]]
  if (geo && !blank(geo[1])) {
    try {
      const g = typeof geo[1] === 'string' ? JSON.parse(geo[1]) : geo[1]
      if (g && typeof g === 'object' && typeof (g as { type?: unknown }).type === 'string') return { ok: true, geometry: g as Geometry, properties }
    } catch {
      // fall through to the failure below
    }
    return { ok: false, field: geo[0], reason: ReasonBadGeometryText, properties }
  }
  if (lng && lat && !(blank(lng[1]) && blank(lat[1]))) {
    const x = Number(String(lng[1]).trim())
    const y = Number(String(lat[1]).trim())
    if (blank(lng[1]) || blank(lat[1]) || !Number.isFinite(x) || !Number.isFinite(y)) {
      return { ok: false, field: `${lng[0]}/${lat[0]}`, reason: ReasonBadCoordinate, properties }
    }
    return { ok: true, geometry: { type: 'Point', coordinates: [x, y] }, properties }
  }
  return { ok: true, geometry: null, properties }
}
