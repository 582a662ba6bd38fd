import { z } from 'zod'
import { hasPermission } from '../auth/permissions.ts'
import { resolveSettings } from '../domain/naming/rule-set-settings.ts'
import { DEFAULT_GENERIC_NAMES } from '../domain/places/generic-names.ts'
import { PLACE_CATEGORIES } from '../domain/places/place-categories.ts'
import { pinyinKeys } from '../domain/places/pinyin-keys.ts'
import { romanizeName } from '../domain/places/romanize-name.ts'
import { findPlaceCategory } from '../domain/places/place-categories.ts'
import type { SessionUser } from '../auth/session-user.ts'
import { createPlace, deleteAlias, getPlace, insertAlias, placeDetail, recordChange, updatePlace } from '../db/places.register.ts'
import { SELECT_ROADS_GEOJSON } from '../db/places.queries.ts'
import { ruleSetForDivision } from '../db/places.rule-sets.ts'
import { buildPlaceSearch } from '../db/places.search.ts'
import { NotFound } from '../errors/problem.ts'
import { bboxQuery } from '../http/bbox-query.ts'
import { defineRoute, schemas, type RouteModule } from '../http/route.ts'
import {
  categoryCodeSchema, divisionCodeSchema, geometrySchema, idParams, isoDateSchema, pinyinSchema, readingsSchema,
  registerNameSchema, textSchema,
} from './places.schemas.ts'

const GEOJSON = 'application/geo+json'
const STATUSES = ['proposed', 'in_notice', 'approved', 'retired'] as const

const isStaff = (user: SessionUser | null) => !!user && hasPermission(user.roles, 'places.read_internal')
export const actorOf = (user: SessionUser) => ({ id: user.id, username: user.username })

const csv = <T extends z.ZodType<string, string>>(item: T) => z.string().max(500).transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(item).min(1).max(20))

export const searchQuery = z.object({
  q: z.string().trim().max(50).default(''),
  category: csv(categoryCodeSchema).optional(),
  status: csv(z.enum(STATUSES)).optional(),
  division: z.string().regex(/^[0-9]{2,12}$/, 'a division code or its prefix').optional(),
  bbox: bboxQuery.optional(),
  limit: z.coerce.number().int().min(1).default(50).transform((n) => Math.min(n, 500)),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
}).strict()

/** Turn the query into search parameters; anonymous users see standard (approved) names only. */
export function searchParams(query: z.infer<typeof searchQuery>, user: SessionUser | null, withGeometry: boolean) {
  const latin = /^[A-Za-z' ]+$/.test(query.q)
  const pinyin = latin ? query.q.toLowerCase().replace(/[^a-z]/g, '') : pinyinKeys(query.q).full.replace(/[0-9]/g, '')
  return buildPlaceSearch({
    text: query.q, pinyin, latin,
    categoryPrefixes: query.category ?? null,
    statuses: isStaff(user) ? query.status ?? null : ['approved'],
    divisionPrefix: query.division ?? null,
    bbox: query.bbox ?? null, limit: query.limit, offset: query.offset, withGeometry,
  })
}

const createBody = z.object({
  name: registerNameSchema,
  category_code: categoryCodeSchema,
  geometry: geometrySchema,
  readings: readingsSchema.optional(),
  pinyin: pinyinSchema.optional(),
  location_description: textSchema(500).optional(),
  meaning: textSchema(1000).optional(),
  origin: textSchema(1000).optional(),
  status: z.enum(STATUSES).default('approved'),
  approval_authority: textSchema(100).optional(),
  document_number: textSchema(100).optional(),
  approved_on: isoDateSchema.optional(),
  source: textSchema(200).min(1).default('registered by an officer'),
  reason: textSchema(1000).optional(),
}).strict()

const patchBody = createBody.omit({ source: true, status: true }).partial().extend({
  status: z.enum(STATUSES).optional(),
  pinyin_confirmed: z.boolean().optional(),
  version: schemas.version,
  reason: textSchema(1000).min(1, 'say why the entry changes'),
  keep_old_name_as: z.enum(['historic', 'alternate']).nullable().optional(),
}).strict()

const aliasBody = z.object({
  name: registerNameSchema,
  kind: z.enum(['historic', 'alternate', 'abbreviation', 'colloquial']),
  valid_from: isoDateSchema.nullable().optional(),
  valid_to: isoDateSchema.nullable().optional(),
  note: textSchema(500).nullable().optional(),
}).strict().refine((a) => !a.valid_from || !a.valid_to || a.valid_to >= a.valid_from, { message: 'valid_to is before valid_from', path: ['valid_to'] })

/** The register: categories, romanisation preview, search, detail, create, update, aliases, roads. */
export const placesRegisterRoutes: RouteModule = [
  defineRoute({
    method: 'get', path: '/api/places/categories', summary: 'Place-name classes (12 census classes) and the default generic names',
    tags: ['places'], access: 'public', query: schemas.noQuery, responses: { 200: 'Categories' },
    handler: () => ({ categories: PLACE_CATEGORIES, generic_names: DEFAULT_GENERIC_NAMES }),
  }),
  defineRoute({
    method: 'post', path: '/api/places/romanize', summary: 'Romanise a name (pinyin after the place-name rules) and list polyphonic characters to confirm',
    tags: ['places'], access: 'authenticated',
    body: z.object({ name: registerNameSchema, category_code: categoryCodeSchema.optional(), readings: readingsSchema.optional(),
      division_code: divisionCodeSchema.optional() }).strict(),
    responses: { 200: 'Romanisation', 400: 'Invalid body' },
    handler: async ({ body, deps }) => {
      const ruleSet = await ruleSetForDivision(deps.db, body.division_code ?? '000000000000')
      const settings = resolveSettings(ruleSet.settings)
      const style = body.category_code ? findPlaceCategory(body.category_code)?.romanization : undefined
      const r = romanizeName(body.name, { ...settings, style, readings: body.readings })
      const keys = pinyinKeys(body.name, body.readings)
      return { name: body.name, pinyin: r.text, words: r.words, polyphones: r.polyphones, unknown_chars: r.unknownChars,
        notes: r.notes, needs_review: r.needsReview, search_pinyin: keys.full, search_initials: keys.initials }
    },
  }),
  defineRoute({
    method: 'get', path: '/api/places', summary: 'Search the register: characters, pinyin, initials, former names, typos; ranked and filtered',
    tags: ['places'], access: 'public', query: searchQuery, responses: { 200: 'Ranked list', 400: 'Invalid parameter' },
    handler: async ({ query, user, deps }) => {
      const { text, values } = searchParams(query, user, false)
      const { rows } = await deps.db.query<Record<string, unknown> & { total: number; total_exact: boolean }>(text, values)
      return { numberMatched: rows[0]?.total ?? 0, numberMatchedExact: rows[0]?.total_exact ?? true, numberReturned: rows.length, items: rows.map(({ total: _t, total_exact: _e, ...r }) => r) }
    },
  }),
  defineRoute({
    method: 'get', path: '/api/places/geojson', summary: 'The same search as a GeoJSON FeatureCollection for the map',
    tags: ['places'], access: 'public', query: searchQuery,
    responses: { 200: { description: 'FeatureCollection', contentType: GEOJSON }, 400: 'Invalid parameter' },
    handler: async ({ query, user, deps, res }) => {
      const { text, values } = searchParams(query, user, true)
      const { rows } = await deps.db.query<Record<string, unknown> & { total: number; total_exact: boolean; geometry: unknown; id: number }>(text, values)
      const features = rows.map(({ total: _t, total_exact: _e, geometry, ...properties }) => ({ type: 'Feature', id: properties.id, geometry, properties }))
      res.type(GEOJSON).send(JSON.stringify({ type: 'FeatureCollection', numberMatched: rows[0]?.total ?? 0, numberMatchedExact: rows[0]?.total_exact ?? true,
        numberReturned: features.length, features }))
    },
  }),
  defineRoute({
    method: 'get', path: '/api/places/roads', summary: 'Road centre lines (named and unnamed) in a bbox, for the map, snapping and picking',
    tags: ['places'], access: 'public', query: z.object({ bbox: bboxQuery.optional() }).strict(),
    responses: { 200: { description: 'FeatureCollection', contentType: GEOJSON }, 400: 'Invalid parameter' },
    handler: async ({ query, deps, res }) => {
      const b = query.bbox
      const { rows } = await deps.db.query<Record<string, unknown> & { geometry: unknown; id: number }>(SELECT_ROADS_GEOJSON, [b?.[0] ?? null, b?.[1] ?? null, b?.[2] ?? null, b?.[3] ?? null])
      const features = rows.map(({ geometry, ...properties }) => ({ type: 'Feature', id: properties.id, geometry, properties }))
      res.type(GEOJSON).send(JSON.stringify({ type: 'FeatureCollection', numberReturned: features.length, features }))
    },
  }),
  defineRoute({
    method: 'get', path: '/api/places/:id', summary: 'One register entry with its other names and (for staff) its revision history',
    tags: ['places'], access: 'public', params: idParams, query: schemas.noQuery, responses: { 200: 'Entry', 404: 'Unknown id' },
    handler: async ({ params, user, deps }) => {
      const detail = await placeDetail(deps.db, params.id, isStaff(user))
      if (!isStaff(user) && detail.status !== 'approved') throw new NotFound(`No place name ${params.id}.`)
      return detail
    },
  }),
  defineRoute({
    method: 'post', path: '/api/places', summary: 'Register a place name (division found from the geometry)',
    tags: ['places'], access: 'places.write', body: createBody,
    responses: { 201: 'Created', 400: 'Invalid body', 422: 'Outside the city' },
    handler: async ({ body, user, deps, requestId, res }) => {
      const actor = actorOf(user!)
      const id = await deps.db.transaction((tx) => createPlace(tx, body, actor, { reason: body.reason ?? null, requestId }))
      res.status(201).location(`/api/places/${id}`).json(await placeDetail(deps.db, id, true))
    },
  }),
  defineRoute({
    method: 'patch', path: '/api/places/:id', summary: 'Change a register entry (optimistic locking; every change is a revision with its reason)',
    tags: ['places'], access: 'places.write', params: idParams, body: patchBody,
    responses: { 204: 'Changed', 400: 'Invalid body', 404: 'Unknown id', 409: 'Version mismatch', 422: 'Outside the city' },
    handler: async ({ params, body, user, deps, requestId, res }) => {
      await deps.db.transaction((tx) => updatePlace(tx, params.id, body, actorOf(user!), requestId))
      res.status(204).end()
    },
  }),
  defineRoute({
    method: 'post', path: '/api/places/:id/aliases', summary: 'Add a former, other, short or colloquial name',
    tags: ['places'], access: 'places.write', params: idParams, body: aliasBody,
    responses: { 201: 'Created', 400: 'Invalid body', 404: 'Unknown id' },
    handler: async ({ params, body, user, deps, requestId, res }) => {
      const actor = actorOf(user!)
      const aliasId = await deps.db.transaction(async (tx) => {
        const place = await getPlace(tx, params.id, true)
        const id = await insertAlias(tx, params.id, body, place.division_code ?? '', actor)
        await recordChange(tx, params.id, 'alias', actor, `添加${body.kind === 'historic' ? '曾用名' : '别名'}：${body.name}`, null, { alias: { id, ...body } }, requestId)
        return id
      })
      res.status(201).location(`/api/places/${params.id}/aliases/${aliasId}`).json({ id: aliasId, place_id: params.id, ...body })
    },
  }),
  defineRoute({
    method: 'delete', path: '/api/places/:id/aliases/:aliasId', summary: 'Remove an alias',
    tags: ['places'], access: 'places.write',
    params: z.object({ id: z.coerce.number().int().positive(), aliasId: z.coerce.number().int().positive() }),
    responses: { 204: 'Removed', 404: 'Unknown alias' },
    handler: async ({ params, user, deps, requestId, res }) => {
      const actor = actorOf(user!)
      await deps.db.transaction(async (tx) => {
        const removed = await deleteAlias(tx, params.id, params.aliasId)
        await recordChange(tx, params.id, 'alias', actor, `删除别名：${removed.name}`, { alias: removed }, null, requestId)
      })
      res.status(204).end()
    },
  }),
]
