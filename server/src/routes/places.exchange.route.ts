import { createReadStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { Feature } from 'geojson'
import { z } from 'zod'
import { writeWithOgr } from '../domain/bulk/writers/write-with-ogr.ts'
import { renderPrintPage } from '../domain/places/render-print-page.ts'
import { findPlaceCategory } from '../domain/places/place-categories.ts'
import { exportRows, toCsv, toGeoJson, toXlsx } from '../db/places.exchange.ts'
import { importPlaces } from '../db/places.import.ts'
import { DISPLAY_DECIMALS } from '../db/places.queries.ts'
import { NotFound, Unprocessable } from '../errors/problem.ts'
import { defineRoute, schemas, type RouteModule } from '../http/route.ts'
import { ZipRefused } from '../domain/zip/zip-refused.ts'
import { zipRefusedProblem } from './zip-refused.problem.ts'
import { actorOf, searchParams, searchQuery } from './places.register.route.ts'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const CONSUMES = ['text/csv', 'text/plain', XLSX, 'application/octet-stream', 'application/geo+json', 'application/json']

const SELECT_DIRECTORY = `
  SELECT p.name, p.pinyin, p.category_code, p.location_description, p.meaning, p.origin,
    (SELECT t.name FROM divisions t WHERE t.code = substr(p.division_code, 1, 9) || '000') AS township_name,
    ST_AsGeoJSON(ST_PointOnSurface(p.geom), ${DISPLAY_DECIMALS})::json AS point
  FROM place_names p
  WHERE p.status = 'approved' AND p.division_code LIKE $1 || '%'
  ORDER BY p.category_code, p.search_pinyin, p.name`
const SELECT_COUNTY = `SELECT code, name FROM divisions WHERE level = 'county' AND admin_code = $1`

/** Import with a validation report, export in three formats, and the printable 标准地名录 per county. */
export const placesExchangeRoutes: RouteModule = [
  defineRoute({
    method: 'post', path: '/api/places/import',
    summary: 'Import place names from CSV/XLSX (Chinese headers) or GeoJSON: a per-row report of errors and warnings; all rows or none are written',
    tags: ['places'], access: 'places.import', bodyKind: 'raw', bodyLimit: '20mb', consumes: CONSUMES,
    query: z.object({ format: z.enum(['csv', 'xlsx', 'geojson']), dry_run: z.enum(['true', 'false']).default('true'),
      source: z.string().trim().min(1).max(150).default('导入文件') }).strict(),
    responses: { 200: 'Validation report (dry run)', 201: 'Imported', 400: 'Invalid parameter', 413: 'XLSX refused by the zip-bomb guard, nothing written', 415: 'Unsupported media type', 422: 'Errors in the file (report attached), nothing written' },
    handler: async ({ query, body, user, deps, requestId, res }) => {
      const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0)
      let report: Awaited<ReturnType<typeof importPlaces>>
      try {
        report = await importPlaces(deps.db, query.format, bytes,
          { dryRun: query.dry_run === 'true', actor: actorOf(user!), requestId, source: query.source, zipLimits: deps.config.zipLimits.upload })
      } catch (err) {
        if (err instanceof ZipRefused) throw zipRefusedProblem(err.reason, err.message)
        throw err
      }
      if (!report.valid) {
        throw new Unprocessable(`The file has ${report.errors.length} error(s)${report.problems.length ? ` and: ${report.problems.join('; ')}` : ''}; nothing was imported.`,
          report.errors.slice(0, 200).map((e) => ({ parameter: `row ${e.row}${e.column ? `.${e.column}` : ''}`, detail: e.message })), { report })
      }
      res.status(report.dry_run ? 200 : 201).json(report)
    },
  }),
  defineRoute({
    method: 'get', path: '/api/places/export', summary: 'Export the search as XLSX, CSV (Chinese headers, re-importable), GeoJSON, zipped Shapefile or GeoPackage',
    tags: ['places'], access: 'public',
    query: searchQuery.extend({ format: z.enum(['xlsx', 'csv', 'geojson', 'shapefile', 'gpkg']), limit: z.coerce.number().int().min(1).max(50_000).default(50_000) }),
    responses: { 200: { description: 'File', contentType: XLSX }, 400: 'Invalid parameter' },
    handler: async ({ query, user, deps, res }) => {
      const { format, ...search } = query
      const rows = await exportRows(deps.db, searchParams(search, user, true))
      const stamp = new Date().toISOString().slice(0, 10)
      if (format === 'csv') res.type('text/csv; charset=utf-8').attachment(`place-names-${stamp}.csv`).send(toCsv(rows))
      else if (format === 'geojson') res.type('application/geo+json').attachment(`place-names-${stamp}.geojson`).send(toGeoJson(rows))
      else if (format === 'xlsx') res.type(XLSX).attachment(`place-names-${stamp}.xlsx`).send(await toXlsx(rows, `标准地名（${stamp} 导出）`))
      else {
        // Shapefile / GeoPackage through GDAL, as the layer exports (/api/bulk/exports) write them.
        const dir = await mkdtemp(path.join(tmpdir(), 'diming-places-export-'))
        try {
          const features = (JSON.parse(toGeoJson(rows)) as { features: Feature[] }).features
          const file = await writeWithOgr((async function* () { yield* features })(), format, 'place_names', dir)
          res.type(format === 'gpkg' ? 'application/geopackage+sqlite3' : 'application/zip')
            .attachment(`place-names-${stamp}.${format === 'gpkg' ? 'gpkg' : 'zip'}`)
          await pipeline(createReadStream(file), res)
        } finally {
          await rm(dir, { recursive: true, force: true })
        }
      }
    },
  }),
  defineRoute({
    method: 'get', path: '/api/places/directory/:county/print', summary: 'Printable 标准地名录 of a county: standard names by class with pinyin, location and meaning',
    tags: ['places'], access: 'public', params: z.object({ county: z.string().regex(/^[0-9]{6}$/, 'a 6-digit county code') }), query: schemas.noQuery,
    responses: { 200: { description: 'Printable HTML', contentType: 'text/html' }, 404: 'Unknown county' },
    handler: async ({ params, deps, res }) => {
      const county = (await deps.db.query<{ code: string; name: string }>(SELECT_COUNTY, [params.county])).rows[0]
      if (!county) throw new NotFound(`No county ${params.county}.`)
      const { rows } = await deps.db.query<{ category_code: string; point: { coordinates: [number, number] } } & Record<string, unknown>>(SELECT_DIRECTORY, [params.county])
      const byCategory = new Map<string, Array<Record<string, unknown>>>()
      for (const r of rows) {
        const [lng, lat] = r.point.coordinates
        byCategory.set(r.category_code, [...(byCategory.get(r.category_code) ?? []), { ...r, position: `${lng.toFixed(5)}, ${lat.toFixed(5)}` }])
      }
      res.type('html').send(renderPrintPage({
        title: `${county.name}标准地名录`,
        subtitle: `共 ${rows.length} 条 · 编印日期 ${new Date().toISOString().slice(0, 10)}`,
        lines: ['本名录收录经批准的标准地名，按地名类别排列，同类按汉语拼音排序。位置为代表点经纬度（WGS84）；标注为合成数据的位置仅作示意。'],
        tables: [...byCategory].map(([code, items]) => ({
          heading: `${findPlaceCategory(code)?.name_zh ?? code}（${code}）· ${items.length} 条`,
          columns: [{ header: '标准名称', key: 'name' }, { header: '汉语拼音', key: 'pinyin' }, { header: '所在乡镇（街道）', key: 'township_name' },
            { header: '位置描述', key: 'location_description' }, { header: '代表点', key: 'position' }, { header: '含义', key: 'meaning' }, { header: '来历', key: 'origin' }],
          rows: items,
        })),
      }))
    },
  }),
]
