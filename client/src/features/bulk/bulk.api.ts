import { buildUrl, CSRF_HEADER, http, type HttpResult } from '../../shared/http'
import { networkProblem, parseProblem } from '../../shared/problem'

/** One validation issue of an import. */
export interface ImportIssue { row: number, field: string, detail: string }

/** The validation report of a finished import (server: domain/bulk/import-report.ts). */
export interface ImportReport {
  ok: boolean
  target: string
  fileName: string
  rowsRead: number
  rowsImported: number
  issueCount: number
  issues: ImportIssue[]
  fileError: { reason: string, detail: string } | null
}

/** A running or finished import as polled from the server. */
export interface ImportJob {
  id: string
  target: string
  fileName: string
  status: 'running' | 'succeeded' | 'failed'
  progress: { rowsRead: number, rowsImported: number, fraction: number | null }
  report: ImportReport | null
}

export interface ImportTargetInfo {
  id: string
  title: { zh: string, en: string }
  permission: string
  /** Whether the logged-in user may import into it. */
  allowed: boolean
  fields: { name: string, aliases: string[], required: boolean }[]
}

export interface CollectionInfo { id: string, title: string }

export const EXPORT_FORMATS = ['geojson', 'csv', 'xlsx', 'shapefile', 'gpkg'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** Tables the user may import into, with their columns. */
export function listImportTargets(): Promise<HttpResult<{ formats: string[], targets: ImportTargetInfo[] }>> {
  return http('/api/bulk/targets')
}

/** Layers the user may read (OGC collections), for export. */
export async function listCollections(): Promise<HttpResult<CollectionInfo[]>> {
  const r = await http<{ collections: CollectionInfo[] }>('/ogc/collections', { query: { f: 'json' } })
  return r.ok ? { ok: true, status: r.status, data: r.data.collections.map((c) => ({ id: c.id, title: c.title })) } : r
}

/** Poll one import. */
export function getImportJob(id: string): Promise<HttpResult<ImportJob>> {
  return http(`/api/bulk/imports/${encodeURIComponent(id)}`)
}

/**
 * Upload a file as the raw request body (XMLHttpRequest, for upload progress); the server answers
 * 202 with the started job.
 * @param onProgress - share of the file sent, 0…1
 */
export function uploadImport(file: File, options: { target: string, encoding: string | null, csrf: string | null },
  onProgress: (fraction: number) => void): Promise<HttpResult<ImportJob>> {
  const url = buildUrl('/api/bulk/imports', { target: options.target, filename: file.name, encoding: options.encoding })
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    xhr.setRequestHeader('Content-Type', 'application/octet-stream')
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json')
    if (options.csrf) xhr.setRequestHeader(CSRF_HEADER, options.csrf)
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total) }
    xhr.onerror = () => resolve({ ok: false, status: 0, problem: networkProblem(new Error('upload failed')) })
    xhr.onload = () => {
      let body: unknown
      try { body = JSON.parse(xhr.responseText) } catch { body = undefined }
      resolve(xhr.status === 202 ? { ok: true, status: 202, data: body as ImportJob } : { ok: false, status: xhr.status, problem: parseProblem(xhr.status, body) })
    }
    xhr.send(file)
  })
}

/**
 * Download URL of a layer export, optionally filtered like OGC items (`bbox`, property filters).
 * @example exportUrl('divisions', 'csv', { level: 'county' }) // = '/api/bulk/exports/divisions?format=csv&level=county'
 */
export function exportUrl(collection: string, format: ExportFormat, filters: Record<string, string> = {}): string {
  return buildUrl(`/api/bulk/exports/${encodeURIComponent(collection)}`, { format, ...filters })
}
