import type { Feature } from 'geojson'

/**
 * Flatten a feature into a table row: its properties (objects as JSON text), then `lng`/`lat` for
 * points and the GeoJSON `geometry` text, so that CSV/XLSX exports import back unchanged.
 * @param f the feature
 * @param columns the property columns, in order
 * @returns the cells
 * @example featureRow({ type: 'Feature', properties: { name: 'a' }, geometry: { type: 'Point', coordinates: [1, 2] } }, ['name'])
 * // = ['a', 1, 2, '{"type":"Point","coordinates":[1,2]}']
 */
export function featureRow(f: Feature, columns: string[]): unknown[] {
  const cells = columns.map((c) => {
    const v = f.properties?.[c]
    return v !== null && typeof v === 'object' ? JSON.stringify(v) : (v ?? null)
  })
  const point = f.geometry?.type === 'Point' ? f.geometry.coordinates : null
  return [...cells, point?.[0] ?? null, point?.[1] ?? null, f.geometry ? JSON.stringify(f.geometry) : null]
}

/** Column headers matching {@link featureRow}. @example featureHeader(['name']) // = ['name', 'lng', 'lat', 'geometry'] */
export const featureHeader = (columns: string[]): string[] => [...columns, 'lng', 'lat', 'geometry']
