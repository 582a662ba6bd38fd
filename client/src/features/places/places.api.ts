import type { FeatureCollection, Geometry } from 'geojson'
import { http } from '../../shared/http'

/** A register entry as the API lists it (database column names). */
export interface PlaceListItem {
  id: number
  name: string
  specific_name: string
  generic_name: string
  pinyin: string
  category_code: string
  division_code: string | null
  division_name: string | null
  county_name: string | null
  status: 'proposed' | 'in_notice' | 'approved' | 'retired'
  source: string
  meaning: string | null
  origin: string | null
  location_description: string | null
  approval_authority: string | null
  document_number: string | null
  approved_on: string | null
  version: number
  score?: number
  match?: 'name' | 'alias'
  matched_name?: string
}

export interface PlaceAlias { id: number; name: string; kind: string; valid_from: string | null; valid_to: string | null; note: string | null }
export interface PlaceRevision { revision: number; action: string; reason: string | null; before: Record<string, unknown> | null; after: Record<string, unknown> | null; changed_by: string; changed_at: string }
export interface PlaceDetail extends PlaceListItem { geometry: Geometry; aliases: PlaceAlias[]; revisions?: PlaceRevision[] }

export interface PlaceCategory { code: string; name_zh: string; name_en: string; parent: string | null }

export interface SearchFilters {
  q?: string
  category?: string
  status?: string
  division?: string
  limit?: number
}

/** Search the register (ranked). */
export const searchPlaces = (filters: SearchFilters) =>
  http<{ numberMatched: number; numberReturned: number; items: PlaceListItem[] }>('/api/places', { query: { ...filters } })

/** The same search as GeoJSON for the map. */
export const searchPlacesGeoJson = (filters: SearchFilters) =>
  http<FeatureCollection>('/api/places/geojson', { query: { ...filters } })

export const fetchPlace = (id: number) => http<PlaceDetail>(`/api/places/${id}`)

export const fetchCategories = () => http<{ categories: PlaceCategory[] }>('/api/places/categories')

export const fetchRoads = () => http<FeatureCollection>('/api/places/roads')

/** URL of an export of the search (XLSX, CSV or GeoJSON), for a download link. */
export const exportUrl = (format: 'xlsx' | 'csv' | 'geojson', filters: SearchFilters) => {
  const params = new URLSearchParams({ format })
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, String(v))
  return `/api/places/export?${params.toString()}`
}
