/** File formats bulk import reads. */
export const ImportFormats = ['geojson', 'csv', 'xlsx', 'shapefile'] as const
export type ImportFormat = (typeof ImportFormats)[number]

/**
 * Infer the format from a file name when the client did not say.
 * @param fileName e.g. `道路.zip`
 * @returns the format, or null when the extension is not one we read
 * @example formatFromFileName('names.GeoJSON') // = 'geojson'
 */
export function formatFromFileName(fileName: string): ImportFormat | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? ''
  if (ext === 'geojson' || ext === 'json') return 'geojson'
  if (ext === 'csv' || ext === 'txt') return 'csv'
  if (ext === 'xlsx') return 'xlsx'
  if (ext === 'zip') return 'shapefile'
  return null
}
