import { z } from 'zod'
import { writeAudit } from '../auth/audit.ts'
import {
  DELETE_MARKER, DELETE_PHOTO, INSERT_MARKER, INSERT_PHOTO, SELECT_MARKERS, SELECT_MARKER_FOR_UPDATE,
  SELECT_MARKER_NUMBER_TAKEN, SELECT_PHOTO, UPDATE_MARKER,
} from '../db/boundaries.queries.ts'
import { getLineFeature, lockLine } from '../db/boundaries.lines.ts'
import {
  getMarkerFeature, markerFeature, renumberLineMarkers, resolvePosition, surveyCrs, type MarkerRow,
} from '../db/boundaries.markers.ts'
import { DEFAULT_SURVEY_SNAP_DISTANCE_M } from '../domain/boundaries/line-through-survey-points.ts'
import { locateOnLine } from '../domain/boundaries/locate-on-line.ts'
import { parseMarkerNumber } from '../domain/boundaries/marker-number.ts'
import { Conflict, InvalidParameter, NotFound, Unprocessable } from '../errors/problem.ts'
import { defineRoute, type RouteModule } from '../http/route.ts'
import type { Queryable } from '../db/db.ts'
import {
  GEOJSON_MEDIA_TYPE, code12, idParams, markerMaterial, markerPosition, markerStatus, markerType, referenceObject, version,
} from './boundaries.schemas.ts'
import type { LineString } from 'geojson'

const READ = 'boundaries.read' as const
const WRITE = 'boundaries.write' as const
export const MARKER_FAR_FROM_LINE = 'marker_far_from_line'

const markerFields = {
  type: markerType.optional(),
  material: markerMaterial.optional(),
  status: markerStatus.optional(),
  elevation: z.number().finite().min(-500).max(9000).nullable().optional(),
  reference_objects: z.array(referenceObject).max(3).optional(),
  location_description: z.string().trim().max(1000).nullable().optional(),
}

/** A marker standing hundreds of metres off its line is a typo (swapped or mistyped coordinates), not a survey fact. */
function checkNearLine(line: LineString, lng: number, lat: number): void {
  const { offset } = locateOnLine(line.coordinates, [lng, lat])
  if (offset > DEFAULT_SURVEY_SNAP_DISTANCE_M) {
    throw new Unprocessable(`The marker lies ${Math.round(offset)} m from its line (limit ${DEFAULT_SURVEY_SNAP_DISTANCE_M} m); check the coordinates.`,
      [{ parameter: 'body.position', detail: MARKER_FAR_FROM_LINE }], { reason: MARKER_FAR_FROM_LINE })
  }
}

async function checkNumber(tx: Queryable, number: string, id: number | null): Promise<void> {
  const parsed = parseMarkerNumber(number)
  if (!parsed.valid) throw new InvalidParameter(parsed.detail ?? parsed.reason, [{ parameter: 'body.number', detail: parsed.reason }])
  const { rows } = await tx.query(SELECT_MARKER_NUMBER_TAKEN, [number, id])
  if (rows.length > 0) throw new Conflict(`Marker number ${number} is taken.`)
}

/** Boundary markers (界桩): list, read, add (lon/lat or GK), edit, delete, renumber, photos. */
export const boundaryMarkerRoutes: RouteModule = [
  defineRoute({
    method: 'get',
    path: '/api/boundaries/markers',
    summary: 'Boundary markers as GeoJSON with lon/lat and Gauss-Krüger coordinates (optionally of one line or unit/county)',
    tags: ['boundaries'],
    access: READ,
    query: z.object({ line_id: z.coerce.number().int().positive().optional(), unit: code12.optional() }).strict(),
    responses: { 200: { description: 'FeatureCollection', contentType: GEOJSON_MEDIA_TYPE } },
    handler: async ({ res, query, deps }) => {
      const { rows } = await deps.db.query<MarkerRow>(SELECT_MARKERS, [query.line_id ?? null, query.unit ?? null])
      const features = rows.map(markerFeature)
      res.type(GEOJSON_MEDIA_TYPE).send(JSON.stringify({ type: 'FeatureCollection', numberReturned: features.length, features }))
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/boundaries/markers/:id',
    summary: 'One boundary marker',
    tags: ['boundaries'],
    access: READ,
    params: idParams,
    responses: { 200: { description: 'Feature', contentType: GEOJSON_MEDIA_TYPE }, 404: 'No such marker' },
    handler: async ({ res, params, deps }) => {
      res.type(GEOJSON_MEDIA_TYPE).send(JSON.stringify(await getMarkerFeature(deps.db, params.id)))
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/boundaries/markers',
    summary: 'Add a marker by lon/lat or by CGCS2000 Gauss-Krüger x (northing) / y (easting); numbered along its line unless `number` is given',
    tags: ['boundaries'],
    access: WRITE,
    body: z.object({ line_id: z.number().int().positive(), position: markerPosition, number: z.string().trim().max(100).optional(), ...markerFields }).strict(),
    responses: { 201: 'Created; body is the marker', 400: 'Invalid (e.g. GK axes swapped)', 404: 'No such line', 409: 'Number taken', 422: 'Far from its line' },
    handler: async ({ res, body, user, deps, requestId }) => {
      const marker = await deps.db.transaction(async (tx) => {
        const line = await lockLine(tx, body.line_id, null)
        const p = resolvePosition(body.position, await surveyCrs(tx))
        checkNearLine(line.geometry, p.lng, p.lat)
        if (body.number) await checkNumber(tx, body.number, null)
        const { rows } = await tx.query<{ id: number }>(INSERT_MARKER, [
          line.id, body.number ?? `${line.code}-pending-${Date.now()}-000A`, body.type ?? 'single', body.material ?? 'granite', body.status ?? 'planned',
          p.lng, p.lat, p.gk_x, p.gk_y, p.gk_epsg, body.elevation ?? null, JSON.stringify(body.reference_objects ?? []),
          body.location_description ?? null, user!.username,
        ])
        if (!body.number) await renumberLineMarkers(tx, line.id, line.code, line.geometry.coordinates, user!.username)
        const created = await getMarkerFeature(tx, rows[0]!.id)
        await writeAudit(tx, { actor: user, action: 'boundaries.marker_create', entityType: 'boundary_marker', entityId: rows[0]!.id, after: created.properties, requestId })
        return created
      })
      res.status(201).location(`/api/boundaries/markers/${marker.id}`).type(GEOJSON_MEDIA_TYPE).send(JSON.stringify(marker))
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/api/boundaries/markers/:id',
    summary: 'Edit a marker (position by lon/lat or GK, number, type, material, status, elevation, reference objects, description)',
    tags: ['boundaries'],
    access: WRITE,
    params: idParams,
    body: z.object({ version, position: markerPosition.optional(), number: z.string().trim().max(100).optional(), line_id: z.number().int().positive().optional(), ...markerFields }).strict(),
    responses: { 200: 'Updated marker', 400: 'Invalid', 404: 'No such marker', 409: 'Version mismatch or number taken', 422: 'Far from its line' },
    handler: async ({ res, params, body, user, deps, requestId }) => {
      const updated = await deps.db.transaction(async (tx) => {
        const { rows: locked } = await tx.query<{ id: number; line_id: number; version: number }>(SELECT_MARKER_FOR_UPDATE, [params.id])
        if (!locked[0]) throw new NotFound(`No boundary marker ${params.id}.`)
        const before = await getMarkerFeature(tx, params.id)
        if (locked[0].version !== body.version) throw new Conflict('The marker was changed by someone else; reload and reapply.', before)
        const b = before.properties as MarkerRow & Record<string, unknown>
        const line = await lockLine(tx, body.line_id ?? b.line_id, null)
        const p = body.position
          ? resolvePosition(body.position, await surveyCrs(tx))
          : { lng: b.lng, lat: b.lat, gk_x: b.gk_x, gk_y: b.gk_y, gk_epsg: b.gk_epsg as number }
        checkNearLine(line.geometry, p.lng, p.lat)
        if (body.number && body.number !== b.number) await checkNumber(tx, body.number, params.id)
        await tx.query(UPDATE_MARKER, [
          params.id, line.id, body.number ?? b.number, body.type ?? b.type, body.material ?? b.material, body.status ?? b.status,
          p.lng, p.lat, p.gk_x, p.gk_y, p.gk_epsg, body.elevation === undefined ? b.elevation : body.elevation,
          JSON.stringify(body.reference_objects ?? b.reference_objects), body.location_description === undefined ? b.location_description : body.location_description,
          user!.username, body.version,
        ])
        const after = await getMarkerFeature(tx, params.id)
        await writeAudit(tx, { actor: user, action: 'boundaries.marker_update', entityType: 'boundary_marker', entityId: params.id, before: before.properties, after: after.properties, requestId })
        return after
      })
      res.type(GEOJSON_MEDIA_TYPE).send(JSON.stringify(updated))
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/boundaries/markers/:id',
    summary: 'Delete a marker entered by mistake (a lost or removed marker keeps its record: set its status instead)',
    tags: ['boundaries'],
    access: WRITE,
    params: idParams,
    query: z.object({ version: z.coerce.number().int().min(1) }).strict(),
    responses: { 204: 'Deleted', 404: 'No such marker', 409: 'Version mismatch' },
    handler: async ({ res, params, query, user, deps, requestId }) => {
      await deps.db.transaction(async (tx) => {
        const before = await getMarkerFeature(tx, params.id)
        const { rows } = await tx.query(DELETE_MARKER, [params.id, query.version])
        if (rows.length === 0) throw new Conflict('The marker was changed by someone else; reload and reapply.', before)
        await writeAudit(tx, { actor: user, action: 'boundaries.marker_delete', entityType: 'boundary_marker', entityId: params.id, before: before.properties, requestId })
      })
      res.status(204).end()
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/boundaries/lines/:id/renumber-markers',
    summary: 'Renumber a line\'s markers 001… in order along the line (west→east or north→south)',
    tags: ['boundaries'],
    access: WRITE,
    params: idParams,
    body: z.object({}).strict(),
    responses: { 200: 'How many numbers changed', 404: 'No such line' },
    handler: async ({ params, user, deps, requestId }) => deps.db.transaction(async (tx) => {
      const line = await lockLine(tx, params.id, null)
      const changed = await renumberLineMarkers(tx, line.id, line.code, line.geometry.coordinates, user!.username)
      await writeAudit(tx, { actor: user, action: 'boundaries.markers_renumber', entityType: 'boundary_line', entityId: line.id, after: { changed }, requestId })
      return { changed, line: await getLineFeature(tx, line.id) }
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/boundaries/markers/:id/photos',
    summary: 'Attach a photo (JPEG or PNG, ≤10 MB) to a marker',
    tags: ['boundaries'],
    access: WRITE,
    params: idParams,
    bodyKind: 'raw',
    bodyLimit: '10mb',
    consumes: ['image/jpeg', 'image/png'],
    responses: { 201: 'Photo stored', 404: 'No such marker', 413: 'Too large', 415: 'Not JPEG/PNG' },
    handler: async ({ req, res, params, body, user, deps, requestId }) => {
      const data = body as Buffer
      if (!Buffer.isBuffer(data) || data.length === 0) throw new InvalidParameter('Send the image bytes as the body.', [{ parameter: 'body', detail: 'empty' }])
      const jpeg = data[0] === 0xff && data[1] === 0xd8
      const png = data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
      const mediaType = req.is('image/png') ? 'image/png' : 'image/jpeg'
      if ((mediaType === 'image/png' && !png) || (mediaType === 'image/jpeg' && !jpeg)) {
        throw new InvalidParameter(`The body is not a ${mediaType} file.`, [{ parameter: 'body', detail: 'content does not match the media type' }])
      }
      const id = await deps.db.transaction(async (tx) => {
        await getMarkerFeature(tx, params.id)
        const { rows } = await tx.query<{ id: number }>(INSERT_PHOTO, [params.id, mediaType, null, data, user!.username])
        await writeAudit(tx, { actor: user, action: 'boundaries.photo_create', entityType: 'boundary_marker', entityId: params.id, after: { photo_id: rows[0]!.id, bytes: data.length }, requestId })
        return rows[0]!.id
      })
      res.status(201).location(`/api/boundaries/markers/${params.id}/photos/${id}`).json({ id, marker_id: params.id, media_type: mediaType })
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/boundaries/markers/:id/photos/:photoId',
    summary: 'A marker photo',
    tags: ['boundaries'],
    access: READ,
    params: z.object({ id: z.coerce.number().int().positive(), photoId: z.coerce.number().int().positive() }),
    responses: { 200: { description: 'Image', contentType: 'image/jpeg' }, 404: 'No such photo' },
    handler: async ({ res, params, deps }) => {
      const { rows } = await deps.db.query<{ media_type: string; data: Uint8Array }>(SELECT_PHOTO, [params.id, params.photoId])
      if (!rows[0]) throw new NotFound(`No photo ${params.photoId} of marker ${params.id}.`)
      res.type(rows[0].media_type).send(Buffer.from(rows[0].data))
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/boundaries/markers/:id/photos/:photoId',
    summary: 'Remove a marker photo',
    tags: ['boundaries'],
    access: WRITE,
    params: z.object({ id: z.coerce.number().int().positive(), photoId: z.coerce.number().int().positive() }),
    responses: { 204: 'Removed', 404: 'No such photo' },
    handler: async ({ res, params, user, deps, requestId }) => {
      await deps.db.transaction(async (tx) => {
        const { rows } = await tx.query(DELETE_PHOTO, [params.id, params.photoId])
        if (rows.length === 0) throw new NotFound(`No photo ${params.photoId} of marker ${params.id}.`)
        await writeAudit(tx, { actor: user, action: 'boundaries.photo_delete', entityType: 'boundary_marker', entityId: params.id, before: { photo_id: params.photoId }, requestId })
      })
      res.status(204).end()
    },
  }),
]
