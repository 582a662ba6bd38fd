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
export const exportUrl = (format: 'xlsx' | 'csv' | 'geojson' | 'shapefile' | 'gpkg', filters: SearchFilters) => {
  const params = new URLSearchParams({ format })
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, String(v))
  return `/api/places/export?${params.toString()}`
}

/** One problem found by the import validator. */
export interface ImportIssue { row: number; column: string | null; level: 'error' | 'warning'; message: string }
export interface ImportReport { format: string; rows: number; valid: boolean; imported: number; dry_run: boolean; errors: ImportIssue[]; warnings: ImportIssue[]; problems: string[] }

const CONTENT_TYPES: Record<'csv' | 'xlsx' | 'geojson', string> = {
  csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', geojson: 'application/geo+json',
}

/**
 * Upload an import file (raw bytes). Resolves to the report, also when the server refuses the file (422
 * carries the report); never throws.
 */
export async function uploadImport(file: File, format: 'csv' | 'xlsx' | 'geojson', dryRun: boolean, csrf: string | null, source: string):
  Promise<{ ok: boolean; report: ImportReport | null; message: string | null }> {
  try {
    const params = new URLSearchParams({ format, dry_run: String(dryRun), source })
    const response = await fetch(`/api/places/import?${params.toString()}`, {
      method: 'POST', credentials: 'same-origin', body: file,
      headers: { 'Content-Type': CONTENT_TYPES[format], ...(csrf ? { 'X-CSRF-Token': csrf } : {}) },
    })
    const body = await response.json().catch(() => null) as (ImportReport & { report?: ImportReport; detail?: string; title?: string }) | null
    if (response.ok) return { ok: true, report: body, message: null }
    return { ok: false, report: body?.report ?? null, message: body?.detail ?? body?.title ?? `HTTP ${response.status}` }
  } catch (cause) {
    return { ok: false, report: null, message: cause instanceof Error ? cause.message : String(cause) }
  }
}

export interface DuplicateGroup { normalized_name: string; division_prefix: string; level: string; entries: Array<{ id: number; name: string; division_name: string | null; geometry: Geometry }> }
export interface Misfit { id: number; name: string; category_code: string; division_name: string | null; geometry: Geometry; findings: Array<{ rule_id: string; severity: string; message_zh: string; message_en: string; article: string }> }

export const fetchUnnamedRoads = () => http<FeatureCollection>('/api/places/cleanup/unnamed-roads')
export const fetchDuplicates = () => http<{ items: DuplicateGroup[] }>('/api/places/cleanup/duplicates')
export const fetchMisfits = () => http<{ items: Misfit[] }>('/api/places/cleanup/misfits')
/** Printable 标准地名录 of a county (server-rendered). */
export const directoryUrl = (county: string) => `/api/places/directory/${county}/print`

export interface PlacePatch { version: number; reason: string; pinyin?: string; pinyin_confirmed?: boolean; meaning?: string; origin?: string; location_description?: string }
export const updatePlace = (id: number, patch: PlacePatch) => http<void>(`/api/places/${id}`, { method: 'PATCH', body: patch })
export const addAlias = (id: number, alias: { name: string; kind: string; valid_to?: string | null }) =>
  http<PlaceAlias>(`/api/places/${id}/aliases`, { method: 'POST', body: alias })
