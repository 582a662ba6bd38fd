import { z } from 'zod'
import { writeAudit } from '../auth/audit.ts'
import { resolveRuleSet } from '../domain/naming/resolve-rule-set.ts'
import { validateRuleSet } from '../domain/naming/validate-rule-set.ts'
import { renderPrintPage } from '../domain/places/render-print-page.ts'
import { writeXlsx } from '../domain/places/write-xlsx.ts'
import { createAnnouncement, getAnnouncement, listAnnouncements } from '../db/places.announcements.ts'
import { checkName } from '../db/places.checks.ts'
import { decideProposal, listDecisions, markFiled } from '../db/places.decisions.ts'
import { createProposal, getProposal, listProposals, withdrawProposal } from '../db/places.proposals.ts'
import { insertRuleSetVersion, latestRuleSets, ruleSetVersions } from '../db/places.rule-sets.ts'
import { Conflict, InvalidParameter, NotFound } from '../errors/problem.ts'
import { addReservation, listReservations, removeReservation } from '../db/places.reserved.ts'
import { defineRoute, schemas, type RouteModule } from '../http/route.ts'
import { actorOf } from './places.register.route.ts'
import {
  categoryCodeSchema, divisionCodeSchema, geometrySchema, idParams, isoDateSchema, nameSchema, pinyinSchema, readingsSchema, textSchema,
} from './places.schemas.ts'

const widthSchema = z.number().positive().max(199)
const idSchema = z.number().int().positive()

const checkBody = z.object({
  name: nameSchema,
  category_code: categoryCodeSchema,
  geometry: geometrySchema.optional(),
  division_code: divisionCodeSchema.optional(),
  width_m: widthSchema.optional(),
  place_id: idSchema.optional(),
  extends_place_id: idSchema.optional(),
  readings: readingsSchema.optional(),
}).strict().refine((b) => b.geometry || b.division_code, { message: 'give the geometry or the division code', path: ['geometry'] })

const proposalBody = z.object({
  kind: z.enum(['new', 'rename', 'extend']),
  category_code: categoryCodeSchema,
  geometry: geometrySchema.optional(),
  road_id: idSchema.optional(),
  place_id: idSchema.optional(),
  width_m: widthSchema.optional(),
  location_description: textSchema(500).optional(),
  reason: textSchema(2000).min(1, 'say why the name is needed'),
  candidates: z.array(z.object({
    name: nameSchema,
    meaning: textSchema(1000).optional(),
    origin: textSchema(1000).optional(),
    readings: readingsSchema.optional(),
    pinyin: pinyinSchema.optional(),
  }).strict()).min(1, 'propose at least one name').max(5, 'at most 5 candidate names')
    .refine((cs) => new Set(cs.map((c) => c.name)).size === cs.length, 'candidate names must differ'),
}).strict().refine((b) => !(b.geometry && b.road_id), { message: 'draw a line or pick a road, not both', path: ['road_id'] })

const decisionBody = z.object({
  outcome: z.enum(['approved', 'rejected']),
  candidate_id: idSchema.optional(),
  document_number: textSchema(100).min(1, 'the document number (文号) is required'),
  decided_on: isoDateSchema,
  approval_authority: textSchema(100).min(1, 'the approving authority is required'),
  note: textSchema(2000).optional(),
  version: schemas.version,
}).strict().refine((b) => (b.outcome === 'approved') === (b.candidate_id !== undefined), { message: 'an approval names the approved candidate; a rejection none', path: ['candidate_id'] })

const announcementBody = z.object({
  title: textSchema(200).min(1),
  document_number: textSchema(100).min(1),
  approval_authority: textSchema(100).min(1),
  published_on: isoDateSchema,
  decision_ids: z.array(idSchema).min(1).max(500),
}).strict()

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Road naming: checks, rule sets, proposals, decisions and announcements. */
export const namingRoutes: RouteModule = [
  defineRoute({
    method: 'post', path: '/api/naming/check', summary: 'Check a candidate name against the rule set of its division (findings cite their rule and article)',
    tags: ['naming'], access: 'authenticated', body: checkBody, responses: { 200: 'Findings', 400: 'Invalid body', 422: 'Outside the city' },
    handler: async ({ body, deps }) => {
      const r = await checkName(deps.db, body)
      return { name: r.fields.name, blocked: r.blocked, findings: r.findings, scope: r.scope, division: r.division, rule_set: r.rule_set,
        specific_name: r.fields.specific_name, generic_name: r.fields.generic_name, pinyin: r.fields.pinyin, polyphones: r.fields.polyphones }
    },
  }),
  defineRoute({
    method: 'get', path: '/api/naming/reserved', summary: 'Reserved names (地名储备 and names held by a pending notice)',
    tags: ['naming'], access: 'places.read_internal', query: schemas.noQuery, responses: { 200: 'Reserved names' },
    handler: async ({ deps }) => ({ items: await listReservations(deps.db) }),
  }),
  defineRoute({
    method: 'post', path: '/api/naming/reserved', summary: 'Reserve a planned name so nobody else proposes it (checked like any candidate)',
    tags: ['naming'], access: 'naming.notice',
    body: z.object({ name: nameSchema, category_code: categoryCodeSchema, division_code: divisionCodeSchema, reason: textSchema(500).min(1), expires_on: isoDateSchema.optional() }).strict(),
    responses: { 201: 'Reserved', 400: 'Invalid body', 422: 'Blocked by the naming rules' },
    handler: async ({ body, user, deps, requestId, res }) => {
      const id = await deps.db.transaction((tx) => addReservation(tx, body, actorOf(user!), requestId))
      res.status(201).location(`/api/naming/reserved/${id}`).json({ id, ...body })
    },
  }),
  defineRoute({
    method: 'delete', path: '/api/naming/reserved/:id', summary: 'Release a manual reservation',
    tags: ['naming'], access: 'naming.notice', params: idParams, responses: { 204: 'Released', 404: 'Unknown' },
    handler: async ({ params, user, deps, requestId, res }) => {
      await deps.db.transaction((tx) => removeReservation(tx, params.id, actorOf(user!), requestId))
      res.status(204).end()
    },
  }),
  defineRoute({
    method: 'get', path: '/api/naming/rule-sets', summary: 'Naming rule sets (newest version of each)',
    tags: ['naming'], access: 'authenticated', query: schemas.noQuery, responses: { 200: 'Rule sets' },
    handler: async ({ deps }) => {
      const sets = await latestRuleSets(deps.db)
      const lookup = (id: string) => sets.find((s) => s.rule_set_id === id)?.body
      // Each set with its effective rules (inherited ones included), so officers see what applies.
      return { items: sets.map((s) => ({ ...s, effective_rules: resolveRuleSet(s.body, lookup).rules.map((r) => ({ ...r, inherited: !s.body.rules.some((own) => own.id === r.id) })) })) }
    },
  }),
  defineRoute({
    method: 'get', path: '/api/naming/rule-sets/:ruleSetId', summary: 'One rule set (newest version) and its version history',
    tags: ['naming'], access: 'authenticated', params: z.object({ ruleSetId: z.string().regex(/^[a-z0-9-]{2,61}$/) }), query: schemas.noQuery,
    responses: { 200: 'Rule set', 404: 'Unknown' },
    handler: async ({ params, deps }) => {
      const set = (await latestRuleSets(deps.db)).find((s) => s.rule_set_id === params.ruleSetId)
      if (!set) throw new NotFound(`No rule set ${params.ruleSetId}.`)
      return { ...set, versions: await ruleSetVersions(deps.db, params.ruleSetId) }
    },
  }),
  defineRoute({
    method: 'put', path: '/api/naming/rule-sets/:ruleSetId', summary: 'Store a new version of a rule set (validated: known checks, params per check)',
    tags: ['naming'], access: 'naming.rules.write', params: z.object({ ruleSetId: z.string().regex(/^[a-z0-9-]{2,61}$/) }),
    body: z.object({ rule_set: z.unknown(), based_on_version: z.number().int().min(1), change_note: textSchema(1000).min(1) }).strict(),
    responses: { 201: 'New version', 400: 'Invalid rule set', 409: 'Someone stored a newer version' },
    handler: async ({ params, body, user, deps, requestId, res }) => {
      const result = validateRuleSet(body.rule_set)
      if (!result.valid) throw new InvalidParameter('The rule set is invalid.', result.problems.map((p) => ({ parameter: `body.rule_set.${p.path}`, detail: p.message })))
      if (result.value.id !== params.ruleSetId) throw new InvalidParameter('The rule set id does not match the path.', [{ parameter: 'body.rule_set.id', detail: `expected ${params.ruleSetId}` }])
      const version = await deps.db.transaction(async (tx) => {
        const current = (await latestRuleSets(tx)).find((s) => s.rule_set_id === params.ruleSetId)
        const latest = current?.rule_set_version ?? 0
        if (latest !== body.based_on_version) throw new Conflict(`Rule set ${params.ruleSetId} is at version ${latest}; reload before editing.`, current)
        const v = await insertRuleSetVersion(tx, { ...result.value, version: latest + 1 }, body.change_note, user!.username)
        await writeAudit(tx, { actor: user, action: 'naming.rules_update', entityType: 'naming_rule_set', entityId: `${params.ruleSetId}@${v}`, before: current?.body, after: result.value, reason: body.change_note, requestId })
        return v
      })
      res.status(201).location(`/api/naming/rule-sets/${params.ruleSetId}`).json({ rule_set_id: params.ruleSetId, rule_set_version: version })
    },
  }),
  defineRoute({
    method: 'get', path: '/api/naming/proposals', summary: 'Naming proposals with candidates, batch and decision',
    tags: ['naming'], access: 'places.read_internal',
    query: z.object({ status: z.enum(['submitted', 'in_notice', 'approved', 'rejected', 'withdrawn']).optional(), batch: z.coerce.number().int().positive().optional(),
      unbatched: z.enum(['true', 'false']).optional() }).strict(),
    responses: { 200: 'Proposals' },
    handler: async ({ query, deps }) => ({ items: await listProposals(deps.db, { statuses: query.status ? [query.status] : undefined, batchId: query.batch, unbatched: query.unbatched === 'true' }) }),
  }),
  defineRoute({
    method: 'post', path: '/api/naming/proposals', summary: 'Propose one or more names for a drawn or picked feature (new, rename, extension); blocked names refuse the proposal',
    tags: ['naming'], access: 'naming.propose', body: proposalBody,
    responses: { 201: 'Created', 400: 'Invalid body', 409: 'Road already named', 422: 'Blocked by the naming rules (findings in `candidates`)' },
    handler: async ({ body, user, deps, requestId, res }) => {
      const id = await deps.db.transaction((tx) => createProposal(tx, body, actorOf(user!), requestId))
      res.status(201).location(`/api/naming/proposals/${id}`).json(await getProposal(deps.db, id))
    },
  }),
  defineRoute({
    method: 'get', path: '/api/naming/proposals/:id', summary: 'One proposal',
    tags: ['naming'], access: 'places.read_internal', params: idParams, query: schemas.noQuery, responses: { 200: 'Proposal', 404: 'Unknown' },
    handler: async ({ params, deps }) => getProposal(deps.db, params.id),
  }),
  defineRoute({
    method: 'post', path: '/api/naming/proposals/:id/withdraw', summary: 'Withdraw a proposal not yet in public notice',
    tags: ['naming'], access: 'naming.propose', params: idParams, body: z.object({ version: schemas.version, reason: textSchema(1000).min(1) }).strict(),
    responses: { 204: 'Withdrawn', 404: 'Unknown', 409: 'Not withdrawable' },
    handler: async ({ params, body, user, deps, requestId, res }) => {
      await deps.db.transaction((tx) => withdrawProposal(tx, params.id, body.version, body.reason, actorOf(user!), requestId))
      res.status(204).end()
    },
  }),
  defineRoute({
    method: 'post', path: '/api/naming/proposals/:id/decision', summary: 'Approve a candidate or reject the proposal after the notice, with 文号 and date',
    tags: ['naming'], access: 'naming.decide', params: idParams, body: decisionBody,
    responses: { 201: 'Decided', 400: 'Invalid body', 404: 'Unknown', 409: 'Notice not over, or name now blocked', 422: 'Bad date or candidate' },
    handler: async ({ params, body, user, deps, requestId, res }) => {
      const result = await deps.db.transaction((tx) => decideProposal(tx, params.id, body, actorOf(user!), requestId))
      const [decision] = await listDecisions(deps.db, { id: result.decisionId })
      res.status(201).location(`/api/naming/decisions/${result.decisionId}`).json(decision)
    },
  }),
  defineRoute({
    method: 'get', path: '/api/naming/decisions', summary: 'Decisions with filing and announcement due dates and overdue flags',
    tags: ['naming'], access: 'places.read_internal', query: z.object({ pending_announcement: z.enum(['true', 'false']).optional() }).strict(),
    responses: { 200: 'Decisions' },
    handler: async ({ query, deps }) => ({ items: await listDecisions(deps.db, { pendingAnnouncement: query.pending_announcement === 'true' }) }),
  }),
  defineRoute({
    method: 'post', path: '/api/naming/decisions/:id/filing', summary: 'Record the filing (备案) date of an approval',
    tags: ['naming'], access: 'naming.decide', params: idParams, body: z.object({ filed_on: isoDateSchema, version: schemas.version }).strict(),
    responses: { 204: 'Recorded', 404: 'Unknown', 409: 'Version mismatch' },
    handler: async ({ params, body, user, deps, requestId, res }) => {
      await deps.db.transaction((tx) => markFiled(tx, params.id, body.filed_on, body.version, actorOf(user!), requestId))
      res.status(204).end()
    },
  }),
  defineRoute({
    method: 'get', path: '/api/naming/announcements', summary: 'Announcements (公告) of approved names',
    tags: ['naming'], access: 'public', query: schemas.noQuery, responses: { 200: 'Announcements' },
    handler: async ({ deps }) => ({ items: await listAnnouncements(deps.db) }),
  }),
  defineRoute({
    method: 'post', path: '/api/naming/announcements', summary: 'Publish approved names in an announcement (公告)',
    tags: ['naming'], access: 'naming.decide', body: announcementBody,
    responses: { 201: 'Published', 400: 'Invalid body', 409: 'A decision is not an approval awaiting announcement' },
    handler: async ({ body, user, deps, requestId, res }) => {
      const id = await deps.db.transaction((tx) => createAnnouncement(tx, body, actorOf(user!), requestId))
      res.status(201).location(`/api/naming/announcements/${id}`).json(await getAnnouncement(deps.db, id))
    },
  }),
  defineRoute({
    method: 'get', path: '/api/naming/announcements/:id', summary: 'One announcement with the mandatory fields of each name',
    tags: ['naming'], access: 'public', params: idParams, query: schemas.noQuery, responses: { 200: 'Announcement', 404: 'Unknown' },
    handler: async ({ params, deps }) => getAnnouncement(deps.db, params.id),
  }),
  defineRoute({
    method: 'get', path: '/api/naming/announcements/:id/print', summary: 'The announcement as a printable page (公告)',
    tags: ['naming'], access: 'public', params: idParams, query: schemas.noQuery,
    responses: { 200: { description: 'Printable HTML', contentType: 'text/html' }, 404: 'Unknown' },
    handler: async ({ params, deps, res }) => {
      const a = await getAnnouncement(deps.db, params.id)
      const html = renderPrintPage({
        title: String(a.title),
        subtitle: String(a.document_number),
        lines: [`根据《地名管理条例》和《地名管理条例实施办法》的规定，经${String(a.approval_authority)}批准，现将下列${a.items.length}条地名的标准名称公告如下：`],
        tables: [{
          columns: [
            { header: '序号', key: 'n' }, { header: '标准名称', key: 'name' }, { header: '汉语拼音', key: 'pinyin' }, { header: '类别', key: 'category_name' },
            { header: '所在政区', key: 'division' }, { header: '位置描述', key: 'location_description' }, { header: '含义', key: 'meaning' },
            { header: '批准机关', key: 'approval_authority' }, { header: '批准日期', key: 'approved_on' }, { header: '批准文号', key: 'document_number' },
          ],
          rows: a.items.map((item, i) => ({ ...item, n: i + 1, division: `${String(item.county_name ?? '')}${String(item.township_name ?? '')}` })),
        }],
        closing: [String(a.approval_authority), String(a.published_on)],
      })
      res.type('html').send(html)
    },
  }),
  defineRoute({
    method: 'get', path: '/api/naming/announcements/:id/xlsx', summary: 'The announcement as an XLSX workbook',
    tags: ['naming'], access: 'public', params: idParams, query: schemas.noQuery,
    responses: { 200: { description: 'Workbook', contentType: XLSX }, 404: 'Unknown' },
    handler: async ({ params, deps, res }) => {
      const a = await getAnnouncement(deps.db, params.id)
      const file = await writeXlsx([{
        name: '公告', title: `${String(a.title)}（${String(a.document_number)}）`,
        columns: [
          { header: '序号', key: 'n', width: 6 }, { header: '标准名称', key: 'name', width: 14 }, { header: '汉语拼音', key: 'pinyin', width: 22 },
          { header: '类别', key: 'category_name', width: 12 }, { header: '所在县（市、区）', key: 'county_name', width: 14 },
          { header: '所在乡镇（街道）', key: 'township_name', width: 14 }, { header: '位置描述', key: 'location_description', width: 30 },
          { header: '含义', key: 'meaning', width: 30 }, { header: '批准机关', key: 'approval_authority', width: 18 },
          { header: '批准日期', key: 'approved_on', width: 12 }, { header: '批准文号', key: 'document_number', width: 18 },
        ],
        rows: a.items.map((item, i) => ({ ...item, n: i + 1 })),
      }])
      res.type(XLSX).attachment(`announcement-${params.id}.xlsx`).send(file)
    },
  }),
]
