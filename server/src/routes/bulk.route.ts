import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createReadStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import type { Response } from 'express'
import { z } from 'zod'
import { writeAudit } from '../auth/audit.ts'
import { hasPermission } from '../auth/permissions.ts'
import { createBatchStore } from '../db/bulk.store.ts'
import type { Db } from '../db/db.ts'
import { formatFromFileName, ImportFormats } from '../domain/bulk/import-format.ts'
import { ImportJobs } from '../domain/bulk/import-jobs.ts'
import { importTargets } from '../domain/bulk/import-targets.ts'
import { openImportFile } from '../domain/bulk/open-import-file.ts'
import { runImport } from '../domain/bulk/run-import.ts'
import { saveUpload, UploadTooLarge } from '../domain/bulk/save-upload.ts'
import { writeCsv } from '../domain/bulk/writers/write-csv.ts'
import { writeGeojson } from '../domain/bulk/writers/write-geojson.ts'
import { writeWithOgr } from '../domain/bulk/writers/write-with-ogr.ts'
import { writeXlsx } from '../domain/bulk/writers/write-xlsx.ts'
import { Forbidden, InvalidParameter, NotFound, PayloadTooLarge } from '../errors/problem.ts'
import { defineRoute, type RouteModule } from '../http/route.ts'
import { createFeatureCatalog } from '../ogc/feature-catalog.ts'
import { parseItemsQuery } from '../ogc/parse-items-query.ts'
import { resolveCollection } from '../ogc/resolve-collection.ts'
import { ContentTypeGeoJSON } from '../ogc/vocabulary.ts'

const tags = ['bulk']
const MaxUploadBytes = (Number(process.env.DIMING_IMPORT_MAX_MB) > 0 ? Number(process.env.DIMING_IMPORT_MAX_MB) : 2048) * 1024 * 1024
const jobsByDb = new WeakMap<Db, ImportJobs>()
const jobsFor = (db: Db) => {
  let jobs = jobsByDb.get(db)
  if (!jobs) jobsByDb.set(db, (jobs = new ImportJobs()))
  return jobs
}
const targetIds = Object.keys(importTargets) as [keyof typeof importTargets, ...(keyof typeof importTargets)[]]
const ExportFormats = ['geojson', 'csv', 'xlsx', 'shapefile', 'gpkg'] as const

const importQuery = z.object({
  target: z.enum(targetIds),
  filename: z.string().min(1).max(200),
  format: z.enum(ImportFormats).optional(),
  encoding: z.enum(['utf-8', 'gbk']).optional(),
}).strict()

function attachment(res: Response, fileName: string, type: string): void {
  res.setHeader('Content-Type', type)
  res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
}

/** Bulk import (streamed upload, background job with progress, validation report) and export of any layer. */
export const bulkRoutes: RouteModule = [
  defineRoute({
    method: 'get', path: '/api/bulk/targets', summary: 'Tables bulk import can fill, with their columns', tags, access: 'authenticated',
    responses: { 200: 'Targets' },
    handler: ({ user }) => ({
      formats: ImportFormats,
      targets: Object.values(importTargets).map((t) => ({
        id: t.id, title: t.title, permission: t.permission, allowed: hasPermission(user!.roles, t.permission), fields: t.fields,
      })),
    }),
  }),
  defineRoute({
    method: 'post', path: '/api/bulk/imports', summary: 'Upload a file (raw body) and import it in the background; poll the job for progress and the report',
    tags, access: 'authenticated', query: importQuery,
    responses: { 202: 'Import started (Location = job)', 400: 'Bad parameters', 403: 'Role may not import into this table', 413: 'File too large' },
    handler: async ({ req, res, query, user, deps, requestId }) => {
      const target = importTargets[query.target]
      if (!hasPermission(user!.roles, target.permission)) throw new Forbidden(`Importing ${target.id} needs permission ${target.permission}.`, { required_permission: target.permission })
      const format = query.format ?? formatFromFileName(query.filename)
      if (!format) throw new InvalidParameter('Unknown file format.', [{ parameter: 'query.format', detail: `give format (${ImportFormats.join(', ')}) or a known file extension` }])
      const dir = await mkdtemp(path.join(tmpdir(), 'diming-import-'))
      const file = path.join(dir, `upload.${format}`)
      try {
        await saveUpload(req, file, MaxUploadBytes)
      } catch (err) {
        await rm(dir, { recursive: true, force: true })
        if (err instanceof UploadTooLarge) throw new PayloadTooLarge(err.message)
        throw err
      }
      const total = (await stat(file)).size
      let read = 0
      const jobs = jobsFor(deps.db)
      const job = jobs.start(target.id, query.filename, user!.id)
      void runImport({
        db: deps.db, target, store: createBatchStore(), fileName: query.filename, actor: user!.username,
        open: () => openImportFile(file, format, query.encoding ?? null, (n) => { read += n }, deps.config.zipLimits.bulk),
        fraction: () => (total > 0 ? Math.min(1, read / total) : null),
        onProgress: (p) => { job.progress = p },
        onSuccess: (tx, report) => writeAudit(tx, {
          actor: user, action: 'bulk.import', entityType: target.id, entityId: query.filename,
          after: { rowsImported: report.rowsImported, format }, requestId,
        }),
      })
        .then((report) => jobs.finish(job, report))
        .catch((err: unknown) => {
          deps.logger.error({ err, requestId }, 'bulk import failed')
          jobs.finish(job, { ok: false, target: target.id, fileName: query.filename, rowsRead: job.progress.rowsRead, rowsImported: 0, issueCount: 0, issues: [], fileError: { reason: 'internal', detail: 'The import failed on the server; nothing was imported.' } })
        })
        .finally(() => rm(dir, { recursive: true, force: true }))
      res.status(202).setHeader('Location', `/api/bulk/imports/${job.id}`)
      return job
    },
  }),
  defineRoute({
    method: 'get', path: '/api/bulk/imports/:id', summary: 'Progress and validation report of an import', tags, access: 'authenticated',
    params: z.object({ id: z.string().uuid() }), responses: { 200: 'Job', 404: 'No such job' },
    handler: ({ params, user, deps }) => {
      const job = jobsFor(deps.db).get(params.id)
      if (!job || (job.ownerId !== user!.id && !user!.roles.includes('admin'))) throw new NotFound(`Import ${params.id} does not exist.`)
      return job
    },
  }),
  defineRoute({
    method: 'get', path: '/api/bulk/exports/:collectionId', summary: 'Export a layer or a filtered search of it (bbox, property filters as in /ogc items)',
    tags, access: 'public', params: z.object({ collectionId: z.string().min(1).max(100) }),
    query: z.object({ format: z.enum(ExportFormats) }).catchall(z.union([z.string(), z.array(z.string())])),
    responses: { 200: 'The file', 400: 'Bad filter', 404: 'No such layer' },
    handler: async ({ req, res, params, query, user, deps }) => {
      const c = await resolveCollection(deps.db, params.collectionId, user)
      const { format: _format, ...filters } = req.query as Record<string, unknown>
      const parsed = parseItemsQuery(filters, c, { defaultLimit: 1, maxLimit: 1 })
      if (!parsed.ok) throw new InvalidParameter('Invalid query parameters.', parsed.errors)
      const features = createFeatureCatalog(deps.db).streamItems(c, parsed.value)
      const columns = c.properties.map((p) => p.name)
      const stamp = new Date().toISOString().slice(0, 10)
      if (query.format === 'geojson') {
        attachment(res, `${c.id}-${stamp}.geojson`, ContentTypeGeoJSON)
        await writeGeojson(features, res)
      } else if (query.format === 'csv') {
        attachment(res, `${c.id}-${stamp}.csv`, 'text/csv; charset=utf-8')
        await writeCsv(features, columns, res)
      } else if (query.format === 'xlsx') {
        attachment(res, `${c.id}-${stamp}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        await writeXlsx(features, columns, c.id, res)
        return
      } else {
        const dir = await mkdtemp(path.join(tmpdir(), 'diming-export-'))
        try {
          const file = await writeWithOgr(features, query.format, c.id, dir)
          const gpkg = query.format === 'gpkg'
          attachment(res, `${c.id}-${stamp}.${gpkg ? 'gpkg' : 'zip'}`, gpkg ? 'application/geopackage+sqlite3' : 'application/zip')
          await pipeline(createReadStream(file), res)
        } finally {
          await rm(dir, { recursive: true, force: true })
        }
        return
      }
      res.end()
    },
  }),
]
