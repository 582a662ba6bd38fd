import { z } from 'zod'
import { hasPermission } from '../auth/permissions.ts'
import { addOpinion, clientHash, createBatch, getBatch, listBatches, listOpinions, moderateOpinion, publishBatch, updateBatch } from '../db/places.notices.ts'
import { listProposals } from '../db/places.proposals.ts'
import { defineRoute, schemas, type RouteModule } from '../http/route.ts'
import { actorOf } from './places.register.route.ts'
import { idParams, isoDateSchema, textSchema } from './places.schemas.ts'

const idList = z.array(z.number().int().positive()).min(1, 'a notice lists at least one proposal').max(200)

const batchBody = z.object({
  title: textSchema(200).min(1, 'the notice needs a title'),
  description: textSchema(2000).optional(),
  starts_on: isoDateSchema,
  ends_on: isoDateSchema.optional(),
  proposal_ids: idList,
}).strict().refine((b) => !b.ends_on || b.ends_on >= b.starts_on, { message: 'the notice cannot end before it starts', path: ['ends_on'] })

const batchPatch = z.object({
  title: textSchema(200).min(1).optional(),
  description: textSchema(2000).nullable().optional(),
  starts_on: isoDateSchema.optional(),
  ends_on: isoDateSchema.optional(),
  version: schemas.version,
  reason: textSchema(1000).min(1, 'say why the notice changes'),
}).strict().refine((b) => !b.ends_on || !b.starts_on || b.ends_on >= b.starts_on, { message: 'the notice cannot end before it starts', path: ['ends_on'] })

const opinionBody = z.object({
  proposal_id: z.number().int().positive().optional(),
  author_name: textSchema(50).optional(),
  contact: textSchema(100).optional(),
  body: textSchema(1000).min(1, 'write your opinion'),
  stance: z.enum(['support', 'object', 'comment']).default('comment'),
}).strict()

/** What the public sees of a proposal in notice: names, meanings, place; not the internal findings. */
function publicItem(p: Record<string, unknown>) {
  const candidates = (p.candidates as Array<Record<string, unknown>>).map(({ findings: _f, ...c }) => c)
  return { proposal_id: p.id, kind: p.kind, category_code: p.category_code, county_name: p.county_name, division_name: p.division_name,
    location_description: p.location_description, reason: p.reason, length_m: p.length_m, place_name: p.place_name, candidates, geometry: p.geometry }
}

/** Public notices (公示): batches, the public page without login, opinions and their moderation. */
export const noticesRoutes: RouteModule = [
  defineRoute({
    method: 'get', path: '/api/notices', summary: 'Notice batches with counts and whether they are open or over',
    tags: ['notices'], access: 'places.read_internal', query: schemas.noQuery, responses: { 200: 'Batches' },
    handler: async ({ deps }) => ({ items: await listBatches(deps.db) }),
  }),
  defineRoute({
    method: 'post', path: '/api/notices', summary: 'Group submitted proposals into a notice batch (end date defaults to the rule set’s notice days)',
    tags: ['notices'], access: 'naming.notice', body: batchBody,
    responses: { 201: 'Created', 400: 'Invalid body (e.g. end before start)', 409: 'A proposal is not available' },
    handler: async ({ body, user, deps, requestId, res }) => {
      const id = await deps.db.transaction((tx) => createBatch(tx, body, actorOf(user!), requestId))
      res.status(201).location(`/api/notices/${id}`).json(await getBatch(deps.db, id))
    },
  }),
  defineRoute({
    method: 'get', path: '/api/notices/:id', summary: 'A batch with its proposals (and findings) and every opinion',
    tags: ['notices'], access: 'places.read_internal', params: idParams, query: schemas.noQuery, responses: { 200: 'Batch', 404: 'Unknown' },
    handler: async ({ params, deps }) => ({
      ...(await getBatch(deps.db, params.id)),
      proposals: await listProposals(deps.db, { batchId: params.id }),
      opinions: await listOpinions(deps.db, params.id, true),
    }),
  }),
  defineRoute({
    method: 'patch', path: '/api/notices/:id', summary: 'Correct a batch’s title or dates (with a reason)',
    tags: ['notices'], access: 'naming.notice', params: idParams, body: batchPatch,
    responses: { 204: 'Changed', 400: 'Invalid body', 404: 'Unknown', 409: 'Version mismatch', 422: 'End before start' },
    handler: async ({ params, body, user, deps, requestId, res }) => {
      await deps.db.transaction((tx) => updateBatch(tx, params.id, body, actorOf(user!), requestId))
      res.status(204).end()
    },
  }),
  defineRoute({
    method: 'post', path: '/api/notices/:id/publish', summary: 'Publish a batch: proposals go into notice, their names are reserved, the public page opens',
    tags: ['notices'], access: 'naming.notice', params: idParams, body: z.object({ version: schemas.version }).strict(),
    responses: { 204: 'Published', 404: 'Unknown', 409: 'Already published or changed' },
    handler: async ({ params, body, user, deps, requestId, res }) => {
      await deps.db.transaction((tx) => publishBatch(tx, params.id, body.version, actorOf(user!), requestId))
      res.status(204).end()
    },
  }),
  defineRoute({
    method: 'post', path: '/api/notices/:id/opinions/:opinionId/moderate', summary: 'Publish or hide a resident’s opinion',
    tags: ['notices'], access: 'naming.moderate',
    params: z.object({ id: z.coerce.number().int().positive(), opinionId: z.coerce.number().int().positive() }),
    body: z.object({ status: z.enum(['published', 'hidden']), version: schemas.version }).strict(),
    responses: { 204: 'Moderated', 404: 'Unknown', 409: 'Changed meanwhile' },
    handler: async ({ params, body, user, deps, requestId, res }) => {
      await deps.db.transaction((tx) => moderateOpinion(tx, params.id, params.opinionId, body.status, body.version, actorOf(user!), requestId))
      res.status(204).end()
    },
  }),
  defineRoute({
    method: 'get', path: '/api/public/notices', summary: 'Published notices (no login)',
    tags: ['notices'], access: 'public', query: schemas.noQuery, responses: { 200: 'Notices' },
    handler: async ({ deps }) => ({ items: (await listBatches(deps.db, { statuses: ['published', 'closed'] }))
      .map(({ pending_opinion_count: _p, opinion_count: _o, created_by: _c, updated_by: _u, ...b }) => b) }),
  }),
  defineRoute({
    method: 'get', path: '/api/public/notices/:id', summary: 'The public notice page: proposed names with map features and published opinions',
    tags: ['notices'], access: 'public', params: idParams, query: schemas.noQuery, responses: { 200: 'Notice', 404: 'Unknown or unpublished' },
    handler: async ({ params, user, deps }) => {
      const { pending_opinion_count: _p, opinion_count: _o, created_by: _c, updated_by: _u, ...batch } = await getBatch(deps.db, params.id, true)
      const items = (await listProposals(deps.db, { batchId: params.id })).map(publicItem)
      const staff = !!user && hasPermission(user.roles, 'places.read_internal')
      const features = items.map(({ geometry, ...properties }) => ({ type: 'Feature', id: properties.proposal_id, geometry,
        properties: { proposal_id: properties.proposal_id, name: (properties.candidates[0] as { name?: string } | undefined)?.name ?? '' } }))
      return { ...batch, items: items.map(({ geometry: _g, ...i }) => i), features: { type: 'FeatureCollection', features },
        opinions: await listOpinions(deps.db, params.id, false), staff }
    },
  }),
  defineRoute({
    method: 'post', path: '/api/public/notices/:id/opinions', summary: 'Leave an opinion on an open notice (no login; rate-limited; shown after moderation)',
    tags: ['notices'], access: 'public', params: idParams, body: opinionBody,
    responses: { 201: 'Received (pending moderation)', 400: 'Invalid body', 404: 'Unknown notice', 409: 'Notice not open', 429: 'Too many opinions' },
    handler: async ({ params, body, req, deps, res }) => {
      const client = clientHash(req.ip ?? '', req.get('user-agent') ?? '')
      const row = await deps.db.transaction((tx) => addOpinion(tx, params.id, body, client))
      res.status(201).location(`/api/public/notices/${params.id}`).json(row)
    },
  }),
]

