import gcoord from 'gcoord'

/** Coordinate systems an import file may declare. GCJ-02 is what Chinese web maps (高德, 腾讯) give. */
export const IMPORT_CRS = ['WGS84', 'GCJ02'] as const

/** One of {@link IMPORT_CRS}. */
export type ImportCrs = (typeof IMPORT_CRS)[number]

/**
 * The one edge module for foreign coordinates: converts a declared-CRS position to WGS84 lon/lat
 * (EPSG:4326), the only coordinates that enter the domain. CGCS2000 is treated as WGS84 (sub-metre).
 * @param position [lng, lat] in the declared system
 * @param crs the system the import file declared
 * @returns a new [lng, lat] in WGS84 (the input is not mutated)
 * @example convertToWgs84([114.3, 29.8], 'WGS84') // = [114.3, 29.8]
 */
export function convertToWgs84(position: readonly [number, number], crs: ImportCrs): [number, number] {
  const [lng, lat] = position
  if (crs === 'WGS84') return [lng, lat]
  const [outLng, outLat] = gcoord.transform([lng, lat], gcoord.GCJ02, gcoord.WGS84) as [number, number]
  return [outLng, outLat]
}
