import { z } from 'zod'
import { ATTRIBUTE_LABELS, VALUE_LABELS } from '../domain/facilities/attribute-labels.ts'
import { FACILITY_GROUPS } from '../domain/facilities/facility-group.ts'
import { facilityJsonSchema } from '../domain/facilities/facility-json-schema.ts'
import { FACILITY_TYPES } from '../domain/facilities/facility-types.ts'
import { SELECT_FACILITY_AUDIT } from '../db/facilities.queries.ts'
import { getFacility, insertFacility, selectFacilities, setFacilityStatus, updateFacility } from '../db/facilities.registry.ts'
import { defineRoute, schemas, type RouteModule } from '../http/route.ts'
import { facilitiesIoRoutes } from './facilities.io.route.ts'
import { facilitiesStatsRoutes } from './facilities.stats.route.ts'
import {
  createBody, facilityFilterQuery, GEOJSON_MEDIA_TYPE, patchBody, requireAttributes, statusBody, toFeature,
} from './facilities.schemas.ts'

const actorOf = (user: { id: number; username: string } | null) => ({ id: user?.id ?? null, username: user?.username ?? 'anonymous' })

/** Facility registry: types, list, one, create, edit/move, retire/reactivate, history (+ import/export, stats). */
export const facilitiesRoutes: RouteModule = [
  defineRoute({
    method: 'get',
    path: '/api/facilities/types',
    summary: 'Facility types with labels, groups, map symbols, attribute JSON Schemas and value labels',
    tags: ['facilities'],
    access: 'authenticated',
    query: schemas.noQuery,
    responses: { 200: 'Types' },
    handler: () => ({
      groups: FACILITY_GROUPS,
      types: FACILITY_TYPES.map(({ attributes: _a, ...type }) => ({ ...type, schema: facilityJsonSchema(type.id) })),
      attribute_labels: ATTRIBUTE_LABELS,
      value_labels: VALUE_LABELS,
    }),
  }),
  ...facilitiesIoRoutes,
  ...facilitiesStatsRoutes,
  defineRoute({
    method: 'get',
    path: '/api/facilities',
    summary: 'Facilities as GeoJSON, filtered by types, status, division, name and bbox',
    tags: ['facilities'],
    access: 'facilities.read_internal',
    query: facilityFilterQuery,
    responses: { 200: { description: 'FeatureCollection', contentType: GEOJSON_MEDIA_TYPE }, 400: 'Invalid parameter' },
    handler: async ({ res, query, deps }) => {
      const features = (await selectFacilities(deps.db, query)).map(toFeature)
      res.type(GEOJSON_MEDIA_TYPE).send(JSON.stringify({
        type: 'FeatureCollection', numberMatched: features.length, numberReturned: features.length, timeStamp: new Date().toISOString(), features,
      }))
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/facilities',
    summary: 'Register a facility; its division and village are found from the point (400 outside every division)',
    tags: ['facilities'],
    access: 'facilities.write',
    body: createBody,
    responses: { 201: 'Created (Feature)', 400: 'Invalid type, attributes or point' },
    handler: async ({ res, body, user, deps, requestId }) => {
      const attributes = requireAttributes(body.type, body.attributes)
      const [lng, lat] = body.geometry.coordinates
      const row = await deps.db.transaction((tx) =>
        insertFacility(tx, { type: body.type, name: body.name, address: body.address ?? null, attributes, lng, lat }, actorOf(user), 'manual', requestId))
      res.status(201).location(`/api/facilities/${row.id}`).type(GEOJSON_MEDIA_TYPE).send(JSON.stringify(toFeature(row)))
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/facilities/:id',
    summary: 'One facility as a GeoJSON Feature',
    tags: ['facilities'],
    access: 'facilities.read_internal',
    params: z.object({ id: schemas.id }),
    query: schemas.noQuery,
    responses: { 200: { description: 'Feature', contentType: GEOJSON_MEDIA_TYPE }, 404: 'No such facility' },
    handler: async ({ res, params, deps }) => {
      res.type(GEOJSON_MEDIA_TYPE).send(JSON.stringify(toFeature(await getFacility(deps.db, params.id))))
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/api/facilities/:id',
    summary: 'Edit or move a facility; carries the version read (409 with the current facility when stale)',
    tags: ['facilities'],
    access: 'facilities.write',
    params: z.object({ id: schemas.id }),
    body: patchBody,
    responses: { 200: 'Updated (Feature)', 400: 'Invalid', 404: 'No such facility', 409: 'Version mismatch; body has current' },
    handler: async ({ res, params, body, user, deps, requestId }) => {
      const row = await deps.db.transaction(async (tx) => {
        const current = await getFacility(tx, params.id)
        const attributes = requireAttributes(current.type, body.attributes ?? current.attributes)
        const [lng, lat] = (body.geometry ?? current.geometry).coordinates as [number, number]
        const input = {
          type: current.type, name: body.name ?? String(current.name),
          address: body.address === undefined ? (current.address as string | null) : body.address, attributes, lng, lat,
        }
        return updateFacility(tx, params.id, body.version, input, actorOf(user), requestId)
      })
      res.type(GEOJSON_MEDIA_TYPE).send(JSON.stringify(toFeature(row)))
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/facilities/:id/retire',
    summary: 'Retire a facility (it leaves coverage and the default map); reason required; carries the version',
    tags: ['facilities'],
    access: 'facilities.write',
    params: z.object({ id: schemas.id }),
    body: statusBody.required({ reason: true }),
    responses: { 200: 'Retired (Feature)', 400: 'Invalid', 404: 'No such facility', 409: 'Stale version or already retired' },
    handler: async ({ res, params, body, user, deps, requestId }) => {
      const row = await deps.db.transaction((tx) => setFacilityStatus(tx, params.id, body.version, true, body.reason, actorOf(user), requestId))
      res.type(GEOJSON_MEDIA_TYPE).send(JSON.stringify(toFeature(row)))
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/facilities/:id/reactivate',
    summary: 'Bring a retired facility back into service; carries the version',
    tags: ['facilities'],
    access: 'facilities.write',
    params: z.object({ id: schemas.id }),
    body: statusBody,
    responses: { 200: 'Active again (Feature)', 404: 'No such facility', 409: 'Stale version or not retired' },
    handler: async ({ res, params, body, user, deps, requestId }) => {
      const row = await deps.db.transaction((tx) => setFacilityStatus(tx, params.id, body.version, false, body.reason ?? null, actorOf(user), requestId))
      res.type(GEOJSON_MEDIA_TYPE).send(JSON.stringify(toFeature(row)))
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/facilities/:id/history',
    summary: 'Audit trail of one facility, newest first',
    tags: ['facilities'],
    access: 'facilities.read_internal',
    params: z.object({ id: schemas.id }),
    query: schemas.noQuery,
    responses: { 200: 'Audit entries', 404: 'No such facility' },
    handler: async ({ params, deps }) => {
      await getFacility(deps.db, params.id)
      const { rows } = await deps.db.query(SELECT_FACILITY_AUDIT, [String(params.id)])
      return { items: rows }
    },
  }),
]
