import { formatBbox, type Bbox } from '../shared/bbox'
import type { DivisionCollection, DivisionLevel } from '../shared/geojson'
import { http } from '../shared/http'

/** GET /api/datasets/current: the city being mapped. */
export interface CurrentDataset {
  id: number | string
  name: string
  city_code: string
  center: [lng: number, lat: number]
  bbox: Bbox
}

/** GET /api/config: client-visible settings. */
export interface AppConfig {
  tianditu_key: string | null
}

export function fetchCurrentDataset() {
  return http<CurrentDataset>('/api/datasets/current')
}

export function fetchAppConfig() {
  return http<AppConfig>('/api/config')
}

/** GET /api/divisions/geojson?level=…&bbox=…: divisions of one level as a FeatureCollection. */
export function fetchDivisionsGeoJson(level: DivisionLevel, bbox?: Bbox, signal?: AbortSignal) {
  return http<DivisionCollection>('/api/divisions/geojson', { query: { level, bbox: bbox ? formatBbox(bbox) : undefined }, signal })
}

/** GET /api/divisions/:code: every column of one division (vector tiles carry only a few, for the popup). */
export function fetchDivision(code: string) {
  return http<Record<string, unknown>>(`/api/divisions/${encodeURIComponent(code)}`)
}

/** GET /api/places/:id: one register entry (the tiles carry no pinyin, for the popup). */
export function fetchPlaceName(id: number) {
  return http<Record<string, unknown>>(`/api/places/${id}`)
}
