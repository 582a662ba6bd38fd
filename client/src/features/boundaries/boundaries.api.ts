import type { Feature, FeatureCollection, LineString, MultiPolygon, Point } from 'geojson'
import { CSRF_HEADER, buildUrl, http, type HttpResult } from '../../shared/http'
import { networkProblem, parseProblem } from '../../shared/problem'

/** `properties` of a boundary line (database column names). */
export interface LineProperties {
  id: number
  code: string
  name: string
  left_unit_code: string | null
  right_unit_code: string | null
  left_unit_name: string | null
  right_unit_name: string | null
  from_node_id: number
  to_node_id: number
  status: 'agreed' | 'in_survey' | 'disputed'
  kind: 'legal' | 'customary' | 'claimed_left' | 'claimed_right'
  claim_of_line_id: number | null
  agreement_ref: string | null
  version: number
  length_m: number
  updated_at: string
  updated_by: string
  selected?: boolean
}
export type LineFeature = Feature<LineString, LineProperties>

export interface MarkerProperties {
  id: number
  line_id: number
  line_code: string
  number: string
  type: 'single' | 'paired' | 'triple'
  material: string
  status: string
  gk_x: number
  gk_y: number
  gk_epsg: number
  lng: number
  lat: number
  elevation: number | null
  reference_objects: Array<{ name: string; bearing: number; distance: number }>
  location_description: string | null
  version: number
  photo_ids: number[]
  short_number?: string
}
export type MarkerFeature = Feature<Point, MarkerProperties>

export interface TownshipProperties { code: string; name: string; parent_code: string; version: number; color?: string }

export interface Revision {
  id: number
  line_id: number
  line_version: number
  action: string
  reason: string
  restored_from_id: number | null
  created_at: string
  created_by: string
}
export interface RevisionDiff extends Revision {
  max_displacement_m: number | null
  diff: FeatureCollection<LineString, { role: 'before' | 'after' }>
}

export interface ValidationError {
  code: string
  message: string
  location: Point | null
  line_id?: number
  line_code?: string
  marker_number?: string
  area_m2?: number
  distance_m?: number
  expected?: string
}
export interface ValidationReport { valid: boolean; checked: { counties: number; lines: number; markers: number }; errors: ValidationError[] }

export interface Description { line_id: number; version: number; text: string; stored: boolean; generated_text: string; length_m: number }

export interface SurveyPreview { point_count: number; points: FeatureCollection<Point>; geometry: LineString; max_displacement_m: number }

export type MarkerPosition = { lng: number; lat: number } | { gk_x: number; gk_y: number }
export interface MarkerInput {
  line_id: number
  position: MarkerPosition
  type: MarkerProperties['type']
  material: string
  status: string
  elevation: number | null
  reference_objects: MarkerProperties['reference_objects']
  location_description: string | null
}

const unit = (code: string | null) => (code ? { unit: code } : {})

export const boundariesApi = {
  lines: (county: string | null) => http<FeatureCollection<LineString, LineProperties>>('/api/boundaries/lines', { query: unit(county) }),
  nodes: () => http<FeatureCollection<Point, { id: number; kind: string; label: string | null }>>('/api/boundaries/nodes'),
  markers: (county: string | null) => http<FeatureCollection<Point, MarkerProperties>>('/api/boundaries/markers', { query: unit(county) }),
  townships: (county: string | null) =>
    http<FeatureCollection<MultiPolygon, TownshipProperties>>('/api/boundaries/export', { query: { layer: 'polygons', ...unit(county) } }),
  counties: () => http<FeatureCollection<MultiPolygon, { code: string; name: string }>>('/api/divisions/geojson', { query: { level: 'county' } }),
  saveGeometry: (id: number, geometry: LineString, version: number, reason: string) =>
    http<LineFeature>(`/api/boundaries/lines/${id}/revisions`, { method: 'POST', body: { geometry, version, reason } }),
  updateLine: (id: number, body: { version: number; status?: string; agreement_ref?: string | null; name?: string }) =>
    http<LineFeature>(`/api/boundaries/lines/${id}`, { method: 'PATCH', body }),
  createClaim: (id: number, side: 'left' | 'right', geometry: LineString, reason: string) =>
    http<LineFeature>(`/api/boundaries/lines/${id}/claims`, { method: 'POST', body: { side, geometry, reason } }),
  revisions: (id: number) => http<{ items: Revision[] }>(`/api/boundaries/lines/${id}/revisions`),
  revision: (id: number, revisionId: number) => http<RevisionDiff>(`/api/boundaries/lines/${id}/revisions/${revisionId}`),
  restore: (id: number, revisionId: number, version: number) =>
    http<LineFeature>(`/api/boundaries/lines/${id}/revisions/${revisionId}/restore`, { method: 'POST', body: { version } }),
  validate: (county: string | null, lines: Array<{ id: number; geometry: LineString }>) =>
    http<ValidationReport>('/api/boundaries/validation', { method: 'POST', body: { lines, ...(county ? { county } : {}) } }),
  createMarker: (input: MarkerInput) => http<MarkerFeature>('/api/boundaries/markers', { method: 'POST', body: input }),
  updateMarker: (id: number, body: Partial<Omit<MarkerInput, 'line_id'>> & { version: number }) =>
    http<MarkerFeature>(`/api/boundaries/markers/${id}`, { method: 'PATCH', body }),
  photoUrl: (markerId: number, photoId: number) => `/api/boundaries/markers/${markerId}/photos/${photoId}`,
  deleteMarker: (id: number, version: number) => http<void>(`/api/boundaries/markers/${id}`, { method: 'DELETE', query: { version } }),
  split: (lineId: number, markerId: number, version: number, reason: string) =>
    http<FeatureCollection<LineString, LineProperties>>(`/api/boundaries/lines/${lineId}/split`, { method: 'POST', body: { marker_id: markerId, version, reason } }),
  description: (id: number) => http<Description>(`/api/boundaries/lines/${id}/description`),
  saveDescription: (id: number, body: { version: number; text: string } | { version: number; regenerate: true }) =>
    http<{ version: number; text: string }>(`/api/boundaries/lines/${id}/description`, { method: 'PUT', body }),
  descriptionPageUrl: (id: number) => buildUrl(`/api/boundaries/lines/${id}/description`, { format: 'html' }),
  documentUrl: (kind: string, scope: { line_id?: number; unit?: string | null }, format: 'html' | 'xlsx') =>
    buildUrl(`/api/boundaries/documents/${kind}`, { line_id: scope.line_id, unit: scope.unit ?? undefined, format }),
  exportUrl: (layer: string, format: 'geojson' | 'shapefile', county: string | null) =>
    buildUrl('/api/boundaries/export', { layer, format, unit: county ?? undefined }),
}

/** Sends a CSV or GPX file for a snapped-line preview (raw body, so not through `http`). */
export async function previewSurveyPoints(lineId: number, file: File, csrf: string | null): Promise<HttpResult<SurveyPreview>> {
  const gpx = /\.gpx$/i.test(file.name) || file.type.includes('gpx') || file.type.includes('xml')
  try {
    const response = await fetch(`/api/boundaries/lines/${lineId}/survey-points`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': gpx ? 'application/gpx+xml' : 'text/csv', Accept: 'application/json, application/problem+json', ...(csrf ? { [CSRF_HEADER]: csrf } : {}) },
      body: await file.text(),
    })
    const body: unknown = await response.json().catch(() => undefined)
    return response.ok ? { ok: true, status: response.status, data: body as SurveyPreview } : { ok: false, status: response.status, problem: parseProblem(response.status, body) }
  } catch (cause) {
    return { ok: false, status: 0, problem: networkProblem(cause) }
  }
}

/** Uploads a JPEG or PNG photo of a marker (raw body). */
export async function uploadMarkerPhoto(markerId: number, file: File, csrf: string | null): Promise<HttpResult<{ id: number }>> {
  try {
    const response = await fetch(`/api/boundaries/markers/${markerId}/photos`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': file.type || 'image/jpeg', Accept: 'application/json, application/problem+json', ...(csrf ? { [CSRF_HEADER]: csrf } : {}) },
      body: file,
    })
    const body: unknown = await response.json().catch(() => undefined)
    return response.ok ? { ok: true, status: response.status, data: body as { id: number } } : { ok: false, status: response.status, problem: parseProblem(response.status, body) }
  } catch (cause) {
    return { ok: false, status: 0, problem: networkProblem(cause) }
  }
}

/**
 * The words shown under a check result, in the UI language, from the error's numbers (the server's `message`
 * is the English fallback).
 */
export function checkDetail(e: ValidationError, t: (key: string, values?: Record<string, unknown>) => string): string {
  if (e.code === 'marker_off_line' && e.distance_m !== undefined) return t('boundaries.checkDetail.markerOff', { n: e.marker_number, m: e.distance_m.toFixed(2) })
  if (e.expected && e.marker_number) return t('boundaries.checkDetail.renumber', { n: e.marker_number, expected: e.expected })
  if (e.area_m2 !== undefined) return t('boundaries.checkDetail.area', { a: e.area_m2.toFixed(1) })
  return e.message
}
