import { z } from 'zod'
import type { Feature, FeatureCollection, LineString } from 'geojson'
import { writeAudit } from '../auth/audit.ts'
import {
  SELECT_LINES, SELECT_LINE_DESCRIPTION, SELECT_MARKERS, SELECT_MARKERS_ALONG_LINE, SELECT_TOWNSHIP_POLYGONS, UPDATE_LINE_DESCRIPTION,
} from '../db/boundaries.queries.ts'
import { getLineFeature, lineFeature, lockLine, type LineRow } from '../db/boundaries.lines.ts'
import { markerFeature, surveyCrs, type MarkerRow } from '../db/boundaries.markers.ts'
import type { Queryable } from '../db/db.ts'
import { describeBoundary } from '../domain/boundaries/boundary-description.ts'
import { boundaryPointTable } from '../domain/boundaries/documents/boundary-point-table.ts'
import { descriptionPage } from '../domain/boundaries/documents/description-page.ts'
import { markerRegister, markerResults, type MarkerForDocument } from '../domain/boundaries/documents/marker-tables.ts'
import { renderTableHtml } from '../domain/boundaries/documents/render-table-html.ts'
import { renderTableXlsx } from '../domain/boundaries/documents/render-table-xlsx.ts'
import type { TableDocument } from '../domain/boundaries/documents/table-document.ts'
import { shapefileZip } from '../domain/boundaries/shapefile-zip.ts'
import { Conflict, InvalidParameter } from '../errors/problem.ts'
import { defineRoute, type RouteModule } from '../http/route.ts'
import { GEOJSON_MEDIA_TYPE, code12, idParams, version } from './boundaries.schemas.ts'

const READ = 'boundaries.read' as const
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

async function generatedDescription(db: Queryable, line: Feature<LineString>, lang: 'zh-CN' | 'en' = 'zh-CN') {
  const p = line.properties as LineRow
  const { rows } = await db.query<{ number: string; lng: number; lat: number }>(SELECT_MARKERS_ALONG_LINE, [p.id])
  return describeBoundary({
    name: p.name, code: p.code, coordinates: line.geometry.coordinates, leftName: p.left_unit_name, rightName: p.right_unit_name,
    fromNodeLabel: p.from_node_label, toNodeLabel: p.to_node_label, markers: rows.map((m) => ({ number: m.number, position: [m.lng, m.lat] })),
  }, lang)
}

async function scopeLabel(db: Queryable, lineId: number | undefined, unit: string | undefined): Promise<string> {
  if (lineId) return String((await getLineFeature(db, lineId)).properties?.name)
  if (unit) {
    const { rows } = await db.query<{ name: string }>('SELECT name FROM divisions WHERE code = $1', [unit])
    return rows[0]?.name ?? unit
  }
  return '全部界线 All lines'
}

async function tableFor(db: Queryable, kind: string, lineId: number | undefined, unit: string | undefined): Promise<TableDocument> {
  const scope = await scopeLabel(db, lineId, unit)
  if (kind === 'boundary-points') {
    const lines = lineId ? [await getLineFeature(db, lineId)] : (await db.query<LineRow>(SELECT_LINES, [unit ?? null, null, null, null, null])).rows.map(lineFeature)
    const main = lines.filter((l) => (l.properties as LineRow).claim_of_line_id === null)
    return boundaryPointTable(scope, main.map((l) => ({ code: String(l.properties?.code), name: String(l.properties?.name), coordinates: l.geometry.coordinates })), await surveyCrs(db))
  }
  const { rows } = await db.query<MarkerRow & MarkerForDocument>(SELECT_MARKERS, [lineId ?? null, unit ?? null])
  return kind === 'marker-register' ? markerRegister(scope, rows) : markerResults(scope, rows)
}

/** 界线走向说明 (editable, regenerated on demand), 界桩登记表, 界桩成果表, 界址点成果表 and GeoJSON/Shapefile export. */
export const boundaryDocumentRoutes: RouteModule = [
  defineRoute({
    method: 'get',
    path: '/api/boundaries/lines/:id/description',
    summary: '界线走向说明 of a line: the stored (edited) text, the freshly generated text and its legs; `format=html` gives the printable page',
    tags: ['boundaries'],
    access: READ,
    params: idParams,
    query: z.object({ format: z.enum(['json', 'html']).default('json'), lang: z.enum(['zh-CN', 'en']).default('zh-CN') }).strict(),
    responses: { 200: 'Description', 404: 'No such line' },
    handler: async ({ res, params, query, deps }) => {
      const line = await getLineFeature(deps.db, params.id)
      const generated = await generatedDescription(deps.db, line, query.lang)
      const { rows } = await deps.db.query<{ description: string | null; description_generated_at: string | null }>(SELECT_LINE_DESCRIPTION, [params.id])
      const text = rows[0]?.description ?? generated.text // never generated: show the generated text
      if (query.format === 'html') {
        res.type('text/html').send(descriptionPage({ name: String(line.properties?.name), code: String(line.properties?.code) }, text))
        return
      }
      return {
        line_id: params.id, version: line.properties?.version, text, stored: rows[0]?.description !== null,
        description_generated_at: rows[0]?.description_generated_at ?? null,
        generated_text: generated.text, length_m: generated.length,
        legs: generated.legs.map((l) => ({ from: l.from, to: l.to, azimuth: Math.round(l.azimuth * 10) / 10, compass: l.compass.zh, quadrant: l.quadrant.zh, distance_m: Math.round(l.distance * 100) / 100 })),
      }
    },
  }),
  defineRoute({
    method: 'put',
    path: '/api/boundaries/lines/:id/description',
    summary: 'Store an edited 界线走向说明 (or, with `regenerate: true`, the freshly generated one); carries the line version',
    tags: ['boundaries'],
    access: 'boundaries.write',
    params: idParams,
    body: z.union([
      z.object({ version, text: z.string().trim().min(1).max(20000) }).strict(),
      z.object({ version, regenerate: z.literal(true) }).strict(),
    ]),
    responses: { 200: 'Stored', 404: 'No such line', 409: 'Version mismatch' },
    handler: async ({ params, body, user, deps, requestId }) => deps.db.transaction(async (tx) => {
      await lockLine(tx, params.id, body.version)
      const regenerate = 'regenerate' in body
      const text = regenerate ? (await generatedDescription(tx, await getLineFeature(tx, params.id))).text : body.text
      const { rows } = await tx.query<{ version: number }>(UPDATE_LINE_DESCRIPTION, [params.id, text, regenerate, user!.username, body.version])
      if (!rows[0]) throw new Conflict('The line changed while saving; reload.', await getLineFeature(tx, params.id))
      await writeAudit(tx, { actor: user, action: 'boundaries.description_update', entityType: 'boundary_line', entityId: params.id, after: { text, regenerate }, requestId })
      return { line_id: params.id, version: rows[0].version, text, stored: true }
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/boundaries/documents/:kind',
    summary: '界桩登记表 (marker-register), 界桩成果表 (marker-results) or 界址点成果表 (boundary-points) as a printable page or XLSX, for one line, a unit/county or all',
    tags: ['boundaries'],
    access: READ,
    params: z.object({ kind: z.enum(['marker-register', 'marker-results', 'boundary-points']) }),
    query: z.object({ line_id: z.coerce.number().int().positive().optional(), unit: code12.optional(), format: z.enum(['html', 'xlsx']).default('html') }).strict(),
    responses: { 200: { description: 'HTML page or XLSX workbook', contentType: 'text/html' }, 400: 'Invalid parameter', 404: 'No such line' },
    handler: async ({ res, params, query, deps }) => {
      if (query.line_id && query.unit) throw new InvalidParameter('Give line_id or unit, not both.', [{ parameter: 'query.unit', detail: 'conflicts with line_id' }])
      const doc = await tableFor(deps.db, params.kind, query.line_id, query.unit)
      if (query.format === 'xlsx') {
        res.type(XLSX).attachment(`${params.kind}.xlsx`).send(await renderTableXlsx(doc))
        return
      }
      res.type('text/html').send(renderTableHtml(doc))
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/boundaries/export',
    summary: 'Export boundary lines, markers or township polygons (rebuilt from the edges) as GeoJSON or a Shapefile zip (.prj CGCS2000, UTF-8 .cpg)',
    tags: ['boundaries'],
    access: READ,
    query: z.object({ layer: z.enum(['lines', 'markers', 'polygons', 'all']).default('all'), format: z.enum(['geojson', 'shapefile']).default('geojson'), unit: code12.optional() }).strict(),
    responses: { 200: { description: 'GeoJSON or zip', contentType: GEOJSON_MEDIA_TYPE }, 400: 'Invalid parameter' },
    handler: async ({ res, query, deps }) => {
      const unit = query.unit ?? null
      const features: Feature[] = []
      if (query.layer === 'lines' || query.layer === 'all') {
        features.push(...(await deps.db.query<LineRow>(SELECT_LINES, [unit, null, null, null, null])).rows.map((r) => {
          const f = lineFeature(r)
          const { created_at: _c, updated_at: _u, ...properties } = f.properties as Record<string, unknown>
          return { ...f, properties }
        }))
      }
      if (query.layer === 'markers' || query.layer === 'all') {
        features.push(...(await deps.db.query<MarkerRow>(SELECT_MARKERS, [null, unit])).rows.map((r) => {
          const f = markerFeature(r)
          const { created_at: _c, updated_at: _u, photo_ids: _p, ...properties } = f.properties as Record<string, unknown>
          return { ...f, properties }
        }))
      }
      if (query.layer === 'polygons' || query.layer === 'all') {
        const { rows } = await deps.db.query<{ code: string; geometry: Feature['geometry'] }>(SELECT_TOWNSHIP_POLYGONS, [unit])
        features.push(...rows.map(({ geometry, ...properties }) => ({ type: 'Feature' as const, id: properties.code, geometry, properties })))
      }
      const collection: FeatureCollection = { type: 'FeatureCollection', features }
      if (query.format === 'shapefile') {
        const zip = await shapefileZip({ names: { point: 'boundary_markers', polyline: 'boundary_lines', polygon: 'townships' }, collection })
        res.type('application/zip').attachment(`boundaries-${query.layer}.zip`).send(zip)
        return
      }
      res.type(GEOJSON_MEDIA_TYPE).attachment(`boundaries-${query.layer}.geojson`).send(JSON.stringify(collection))
    },
  }),
]
