import type { Feature, FeatureCollection, Point } from 'geojson'
import { http, buildUrl, CSRF_HEADER, type HttpResult } from '../../shared/http'
import { networkProblem, parseProblem } from '../../shared/problem'

/** JSON Schema fragment of one attribute (as the server derives it from zod). */
export interface AttributeSchema {
  type?: string
  enum?: string[]
  format?: string
  minimum?: number
  maximum?: number
  items?: AttributeSchema & { properties?: Record<string, AttributeSchema>; required?: string[] }
}

/** A facility type as `GET /api/facilities/types` describes it. */
export interface FacilityType {
  id: string
  zh: string
  en: string
  group: string
  icon: string
  glyph: string
  color: string
  schema: { properties?: Record<string, AttributeSchema>; required?: string[] }
}

export interface FacilityTypesResponse {
  groups: string[]
  types: FacilityType[]
  attribute_labels: Record<string, { zh: string; en: string }>
  value_labels: Record<string, { zh: string; en: string }>
}

/** Properties of a facility (database column names). */
export interface FacilityProperties {
  id: number
  type: string
  name: string
  address: string | null
  attributes: Record<string, unknown>
  status: 'active' | 'retired'
  retired_at: string | null
  retired_reason: string | null
  division_code: string
  division_name: string | null
  county_code: string | null
  county_name: string | null
  village_code: string | null
  village_name: string | null
  hall_status: string | null
  source: string
  version: number
  created_at: string
  created_by: string
  updated_at: string
  updated_by: string
}

export type FacilityFeature = Feature<Point, FacilityProperties>
export type FacilityCollection = FeatureCollection<Point, FacilityProperties> & { numberMatched?: number }

/** List filters (API query names). */
export interface FacilityFilters {
  type?: string[]
  status?: 'active' | 'retired' | 'all'
  division?: string
  q?: string
}

/** Fields a create or edit sends. */
export interface FacilityInput {
  type?: string
  name?: string
  address?: string | null
  attributes?: Record<string, unknown>
  geometry?: Point
  version?: number
}

export interface ImportReport {
  crs: string | null
  rows: number
  valid_rows: number
  invalid_rows: number
  errors: { row: number; column: string; detail: string }[]
  imported?: number
}

export interface StatFigures {
  facilities: number
  by_type: Record<string, number>
  beds: number
  occupied: number
  occupancy: number | null
}
export interface FacilityStats {
  total: StatFigures
  counties: (StatFigures & { code: string; name: string; townships: (StatFigures & { code: string; name: string })[] })[]
}

const query = (f: FacilityFilters) => ({ type: f.type?.length ? f.type.join(',') : undefined, status: f.status, division: f.division, q: f.q || undefined })

export const fetchFacilityTypes = () => http<FacilityTypesResponse>('/api/facilities/types')
export const fetchFacilities = (filters: FacilityFilters) => http<FacilityCollection>('/api/facilities', { query: query(filters) })
export const fetchFacility = (id: number) => http<FacilityFeature>(`/api/facilities/${id}`)
export const createFacility = (input: FacilityInput) => http<FacilityFeature>('/api/facilities', { method: 'POST', body: input })
export const updateFacility = (id: number, input: FacilityInput) => http<FacilityFeature>(`/api/facilities/${id}`, { method: 'PATCH', body: input })
export const retireFacility = (id: number, version: number, reason: string) =>
  http<FacilityFeature>(`/api/facilities/${id}/retire`, { method: 'POST', body: { version, reason } })
export const reactivateFacility = (id: number, version: number) =>
  http<FacilityFeature>(`/api/facilities/${id}/reactivate`, { method: 'POST', body: { version } })
export const fetchFacilityHistory = (id: number) =>
  http<{ items: { id: number; at: string; actor_name: string; action: string; reason: string | null }[] }>(`/api/facilities/${id}/history`)
export const fetchFacilityStats = (filters: { type?: string[]; division?: string }) =>
  http<FacilityStats>('/api/facilities/stats', { query: { type: filters.type?.length ? filters.type.join(',') : undefined, division: filters.division } })

/** URL of an export download with the current filters. */
export const exportUrl = (filters: FacilityFilters, format: 'xlsx' | 'csv' | 'geojson', lang: 'zh' | 'en') =>
  buildUrl('/api/facilities/export', { ...query(filters), format, lang })

/**
 * Uploads an XLSX/CSV file to validate (commit=false) or import (commit=true) it. Never throws.
 * @param csrf - the session's CSRF token (raw uploads bypass the JSON helper)
 */
export async function uploadFacilities(file: File, options: { commit: boolean; crs?: string; csrf: string | null }): Promise<HttpResult<ImportReport>> {
  const url = buildUrl('/api/facilities/import', { commit: options.commit, crs: options.crs || undefined, filename: file.name })
  const type = file.name.toLowerCase().endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv'
  try {
    const res = await fetch(url, {
      method: 'POST', body: file, credentials: 'same-origin',
      headers: { 'Content-Type': type, Accept: 'application/json, application/problem+json', ...(options.csrf ? { [CSRF_HEADER]: options.csrf } : {}) },
    })
    const body = await res.json().catch(() => undefined)
    return res.ok ? { ok: true, status: res.status, data: body as ImportReport } : { ok: false, status: res.status, problem: parseProblem(res.status, body) }
  } catch (cause) {
    return { ok: false, status: 0, problem: networkProblem(cause) }
  }
}
