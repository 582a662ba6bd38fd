import { z } from 'zod'
import { writeAudit } from '../auth/audit.ts'
import {
  SELECT_LINES, SELECT_NODES, SELECT_REVISION, SELECT_REVISIONS, UPDATE_LINE_ATTRIBUTES,
} from '../db/boundaries.queries.ts'
import { getLineFeature, lineFeature, lockLine, saveLineGeometry, type LineRow } from '../db/boundaries.lines.ts'
import { createClaim, splitLineAtMarker } from '../db/boundaries.split.ts'
import { lineDisplacement } from '../domain/boundaries/line-displacement.ts'
import { lineThroughSurveyPoints } from '../domain/boundaries/line-through-survey-points.ts'
import { parseSurveyPoints } from '../domain/boundaries/parse-survey-points.ts'
import { surveyCrs } from '../db/boundaries.markers.ts'
import { Unprocessable } from '../errors/problem.ts'
import { InvalidParameter, NotFound } from '../errors/problem.ts'
import { bboxQuery } from '../http/bbox-query.ts'
import { defineRoute, type RouteModule } from '../http/route.ts'
import {
  GEOJSON_MEDIA_TYPE, code12, idParams, lineKind, lineStatus, lineStringGeometry, reason, revisionParams, version,
} from './boundaries.schemas.ts'
import type { LineString } from 'geojson'

const READ = 'boundaries.read' as const
const WRITE = 'boundaries.write' as const

interface RevisionRow {
  id: number
  line_id: number
  line_version: number
  geom_before: LineString | null
  geom_after: LineString
  [key: string]: unknown
}

/** Boundary lines: list, read, edit attributes, save geometry as revisions, diff and restore, split, claims. */
export const boundaryLineRoutes: RouteModule = [
  defineRoute({
    method: 'get',
    path: '/api/boundaries/lines',
    summary: 'Boundary lines as GeoJSON (optionally of one unit or county, or within a bbox)',
    tags: ['boundaries'],
    access: READ,
    query: z.object({ unit: code12.optional(), bbox: bboxQuery.optional() }).strict(),
    responses: { 200: { description: 'FeatureCollection', contentType: GEOJSON_MEDIA_TYPE }, 400: 'Invalid parameter' },
    handler: async ({ res, query, deps }) => {
      const b = query.bbox
      const { rows } = await deps.db.query<LineRow>(SELECT_LINES, [query.unit ?? null, b?.[0] ?? null, b?.[1] ?? null, b?.[2] ?? null, b?.[3] ?? null])
      const features = rows.map(lineFeature)
      res.type(GEOJSON_MEDIA_TYPE).send(JSON.stringify({ type: 'FeatureCollection', numberReturned: features.length, features }))
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/boundaries/nodes',
    summary: 'Boundary nodes (tri-junctions 三交点 and vertices) as GeoJSON',
    tags: ['boundaries'],
    access: READ,
    query: z.object({ bbox: bboxQuery.optional() }).strict(),
    responses: { 200: { description: 'FeatureCollection', contentType: GEOJSON_MEDIA_TYPE } },
    handler: async ({ res, query, deps }) => {
      const b = query.bbox
      const { rows } = await deps.db.query<{ id: number; geometry: unknown }>(SELECT_NODES, [b?.[0] ?? null, b?.[1] ?? null, b?.[2] ?? null, b?.[3] ?? null])
      const features = rows.map(({ geometry, ...properties }) => ({ type: 'Feature', id: properties.id, geometry, properties }))
      res.type(GEOJSON_MEDIA_TYPE).send(JSON.stringify({ type: 'FeatureCollection', numberReturned: features.length, features }))
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/boundaries/lines/:id',
    summary: 'One boundary line as a GeoJSON Feature',
    tags: ['boundaries'],
    access: READ,
    params: idParams,
    responses: { 200: { description: 'Feature', contentType: GEOJSON_MEDIA_TYPE }, 404: 'No such line' },
    handler: async ({ res, params, deps }) => {
      res.type(GEOJSON_MEDIA_TYPE).send(JSON.stringify(await getLineFeature(deps.db, params.id)))
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/api/boundaries/lines/:id',
    summary: 'Edit a line\'s name, status, kind or agreement reference; carries the version read',
    tags: ['boundaries'],
    access: WRITE,
    params: idParams,
    body: z.object({
      version, name: z.string().trim().min(1).max(200).optional(), status: lineStatus.optional(),
      kind: lineKind.optional(), agreement_ref: z.string().trim().max(200).nullable().optional(),
    }).strict(),
    responses: { 200: 'Updated line', 400: 'Invalid', 404: 'No such line', 409: 'Version mismatch; body has current', 422: 'Kind not allowed' },
    handler: async ({ params, body, user, deps, requestId }) => deps.db.transaction(async (tx) => {
      const before = await lockLine(tx, params.id, body.version)
      const current = (await getLineFeature(tx, params.id)).properties as LineRow
      const kind = body.kind ?? before.kind
      const isClaim = before.claim_of_line_id !== null
      if (isClaim !== (kind === 'claimed_left' || kind === 'claimed_right')) {
        throw new InvalidParameter('A line\'s kind is legal or customary; claimed_left/claimed_right belong to claim lines.', [{ parameter: 'body.kind', detail: kind }])
      }
      await tx.query(UPDATE_LINE_ATTRIBUTES, [params.id, body.name ?? current.name, body.status ?? before.status, kind,
        body.agreement_ref === undefined ? current.agreement_ref : body.agreement_ref, user!.username, body.version])
      const after = await getLineFeature(tx, params.id)
      await writeAudit(tx, { actor: user, action: 'boundaries.line_update', entityType: 'boundary_line', entityId: params.id, before: current, after: after.properties, requestId })
      return after
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/boundaries/lines/:id/revisions',
    summary: 'Revisions of a line, newest first (who, when, why)',
    tags: ['boundaries'],
    access: READ,
    params: idParams,
    query: z.object({}).strict(),
    responses: { 200: 'Revisions', 404: 'No such line' },
    handler: async ({ params, deps }) => {
      await getLineFeature(deps.db, params.id)
      return { items: (await deps.db.query(SELECT_REVISIONS, [params.id])).rows }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/boundaries/lines/:id/revisions/:revisionId',
    summary: 'One revision as a diff: geometry before and after (GeoJSON) and the largest displacement in metres',
    tags: ['boundaries'],
    access: READ,
    params: revisionParams,
    responses: { 200: 'Revision with diff', 404: 'No such revision' },
    handler: async ({ params, deps }) => {
      const { rows } = await deps.db.query<RevisionRow>(SELECT_REVISION, [params.id, params.revisionId])
      const r = rows[0]
      if (!r) throw new NotFound(`No revision ${params.revisionId} of line ${params.id}.`)
      const displacement = r.geom_before ? lineDisplacement(r.geom_before.coordinates, r.geom_after.coordinates) : null
      return {
        ...r,
        max_displacement_m: displacement === null ? null : Math.round(displacement * 1000) / 1000,
        diff: {
          type: 'FeatureCollection',
          features: [
            ...(r.geom_before ? [{ type: 'Feature', geometry: r.geom_before, properties: { role: 'before' } }] : []),
            { type: 'Feature', geometry: r.geom_after, properties: { role: 'after' } },
          ],
        },
      }
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/boundaries/lines/:id/revisions',
    summary: 'Save a new geometry of a line (a revision). 409 with the current line when `version` is stale; 422 when the geometry or the county partition would break; nothing stored then',
    tags: ['boundaries'],
    access: WRITE,
    params: idParams,
    body: z.object({ geometry: lineStringGeometry, version, reason }).strict(),
    responses: { 201: 'Saved; body is the line', 400: 'Invalid', 404: 'No such line', 409: 'Version mismatch; body has current', 422: 'Refused: reason and problems in the body' },
    handler: async ({ res, params, body, user, deps, requestId }) => {
      const saved = await deps.db.transaction((tx) => saveLineGeometry(tx, {
        id: params.id, coordinates: body.geometry.coordinates, version: body.version, reason: body.reason, action: 'edit', user: user!, requestId,
      }))
      res.status(201).location(`/api/boundaries/lines/${params.id}/revisions/${saved.revisionId}`).type(GEOJSON_MEDIA_TYPE).send(JSON.stringify(saved.line))
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/boundaries/lines/:id/revisions/:revisionId/restore',
    summary: 'Restore the geometry a revision produced, as a new revision',
    tags: ['boundaries'],
    access: WRITE,
    params: revisionParams,
    body: z.object({ version, reason: reason.optional() }).strict(),
    responses: { 201: 'Restored; body is the line', 404: 'No such revision', 409: 'Version mismatch', 422: 'Refused' },
    handler: async ({ res, params, body, user, deps, requestId }) => {
      const saved = await deps.db.transaction(async (tx) => {
        const { rows } = await tx.query<RevisionRow>(SELECT_REVISION, [params.id, params.revisionId])
        const r = rows[0]
        if (!r) throw new NotFound(`No revision ${params.revisionId} of line ${params.id}.`)
        return saveLineGeometry(tx, {
          id: params.id, coordinates: r.geom_after.coordinates, version: body.version, action: 'restore', restoredFromId: r.id,
          reason: body.reason ?? `restore version ${r.line_version}`, user: user!, requestId,
        })
      })
      res.status(201).location(`/api/boundaries/lines/${params.id}/revisions/${saved.revisionId}`).type(GEOJSON_MEDIA_TYPE).send(JSON.stringify(saved.line))
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/boundaries/lines/:id/split',
    summary: 'Split a line at one of its markers: a new node at the marker\'s foot point, a new line for the far part, markers renumbered',
    tags: ['boundaries'],
    access: WRITE,
    params: idParams,
    body: z.object({ marker_id: z.number().int().positive(), version, reason }).strict(),
    responses: { 201: 'Split; body has both lines', 404: 'No such line or marker', 409: 'Version mismatch', 422: 'Marker not on the line, or at its end' },
    handler: async ({ res, params, body, user, deps, requestId }) => {
      const result = await deps.db.transaction((tx) => splitLineAtMarker(tx, { lineId: params.id, markerId: body.marker_id, version: body.version, reason: body.reason, user: user!, requestId }))
      res.status(201).location(`/api/boundaries/lines/${result.created.id}`).type(GEOJSON_MEDIA_TYPE)
        .send(JSON.stringify({ type: 'FeatureCollection', features: [result.kept, result.created] }))
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/boundaries/lines/:id/claims',
    summary: 'Record one side\'s claimed line of a disputed boundary (drawn red for the left unit, blue for the right); marks the line disputed',
    tags: ['boundaries'],
    access: WRITE,
    params: idParams,
    body: z.object({ side: z.enum(['left', 'right']), geometry: lineStringGeometry, reason }).strict(),
    responses: { 201: 'Claim line created', 404: 'No such line', 409: 'That side already has a claim', 422: 'Geometry refused' },
    handler: async ({ res, params, body, user, deps, requestId }) => {
      const claim = await deps.db.transaction((tx) => createClaim(tx, { lineId: params.id, side: body.side, coordinates: body.geometry.coordinates, reason: body.reason, user: user!, requestId }))
      res.status(201).location(`/api/boundaries/lines/${claim.id}`).type(GEOJSON_MEDIA_TYPE).send(JSON.stringify(claim))
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/boundaries/lines/:id/survey-points',
    summary: 'Preview a line snapped through surveyed points (CSV with lng,lat or x,y in the survey\'s Gauss-Krüger zone, or GPX); nothing is stored — save the returned geometry as a revision',
    tags: ['boundaries'],
    access: WRITE,
    params: idParams,
    bodyKind: 'raw',
    bodyLimit: '5mb',
    consumes: ['text/csv', 'text/plain', 'application/gpx+xml', 'application/xml', 'text/xml'],
    responses: { 200: 'Proposed geometry, the points and the largest displacement', 400: 'Unreadable file', 404: 'No such line', 415: 'Not CSV or GPX', 422: 'Points far from the line' },
    handler: async ({ req, params, body, deps }) => {
      const text = Buffer.isBuffer(body) ? body.toString('utf8') : ''
      if (!text.trim()) throw new InvalidParameter('Send the CSV or GPX file as the body.', [{ parameter: 'body', detail: 'empty' }])
      const format = req.is(['application/gpx+xml', 'application/xml', 'text/xml']) ? 'gpx' : 'csv'
      const line = await getLineFeature(deps.db, params.id)
      const parsed = parseSurveyPoints(text, format, await surveyCrs(deps.db))
      if (!parsed.valid) throw new InvalidParameter(parsed.detail ?? parsed.reason, [{ parameter: 'body', detail: parsed.reason }])
      const snapped = lineThroughSurveyPoints(line.geometry.coordinates, parsed.value)
      if (!snapped.valid) throw new Unprocessable(snapped.detail ?? snapped.reason, [{ parameter: 'body', detail: snapped.reason }], { reason: snapped.reason })
      return {
        line_id: params.id,
        version: line.properties?.version,
        point_count: parsed.value.length,
        points: { type: 'FeatureCollection', features: parsed.value.map((p, i) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: p }, properties: { seq: i + 1 } })) },
        geometry: { type: 'LineString', coordinates: snapped.value },
        max_displacement_m: Math.round(lineDisplacement(line.geometry.coordinates, snapped.value) * 1000) / 1000,
      }
    },
  }),
]
