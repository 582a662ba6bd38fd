import { createHash } from 'node:crypto'
import { writeAudit } from '../auth/audit.ts'
import { Conflict, NotFound, TooManyRequests, Unprocessable } from '../errors/problem.ts'
import type { Queryable } from './db.ts'
import { TODAY } from './places.queries.ts'
import { listProposals } from './places.proposals.ts'
import type { Actor } from './places.register.ts'
import { ruleSetForDivision } from './places.rule-sets.ts'
import { resolveSettings } from '../domain/naming/rule-set-settings.ts'

const auditActor = (a: Actor) => (a.id === null ? null : { id: a.id, username: a.username })

export const BATCH_COLUMNS = `b.id, b.title, b.description, b.division_code, b.starts_on::text AS starts_on, b.ends_on::text AS ends_on,
  b.status, b.published_at, b.created_at, b.created_by, b.updated_at, b.updated_by, b.version,
  (b.status = 'published' AND ${TODAY} BETWEEN b.starts_on AND b.ends_on) AS is_open,
  (${TODAY} > b.ends_on) AS has_ended,
  (SELECT count(*)::int FROM naming_proposals n WHERE n.batch_id = b.id) AS proposal_count,
  (SELECT count(*)::int FROM notice_opinions o WHERE o.batch_id = b.id) AS opinion_count,
  (SELECT count(*)::int FROM notice_opinions o WHERE o.batch_id = b.id AND o.status = 'pending') AS pending_opinion_count`

const SELECT_BATCHES = `SELECT ${BATCH_COLUMNS} FROM notice_batches b
  WHERE ($1::bigint IS NULL OR b.id = $1) AND ($2::text[] IS NULL OR b.status = ANY ($2::text[]))
  ORDER BY b.starts_on DESC, b.id DESC LIMIT 200`

export type BatchRow = Record<string, unknown> & { id: number; status: string; version: number; starts_on: string; ends_on: string; is_open: boolean; has_ended: boolean }

/** Batches, newest first; `statuses` filters. */
export async function listBatches(q: Queryable, filter: { id?: number; statuses?: string[] } = {}): Promise<BatchRow[]> {
  return (await q.query<BatchRow>(SELECT_BATCHES, [filter.id ?? null, filter.statuses ?? null])).rows
}

/** One batch; throws NotFound (also for an unpublished batch when `publicOnly`). */
export async function getBatch(q: Queryable, id: number, publicOnly = false): Promise<BatchRow> {
  const [row] = await listBatches(q, { id, statuses: publicOnly ? ['published', 'closed'] : undefined })
  if (!row) throw new NotFound(`No public notice ${id}.`)
  return row
}

/** The default notice length of the rule set governing a division (7 days unless configured). */
export async function noticeDays(q: Queryable, divisionCode: string): Promise<number> {
  return resolveSettings((await ruleSetForDivision(q, divisionCode)).settings).noticeDays
}

const INSERT_BATCH = `INSERT INTO notice_batches (title, description, division_code, starts_on, ends_on, created_by, updated_by)
  VALUES ($1, $2, $3, $4::date, $5::date, $6, $6) RETURNING id`
const ADD_TO_BATCH = `UPDATE naming_proposals SET batch_id = $2, updated_by = $3, updated_at = now(), version = version + 1
  WHERE id = ANY ($1::bigint[]) AND status = 'submitted' AND batch_id IS NULL RETURNING id`
const ADD_DAYS = `SELECT ($1::date + $2::int)::text AS d`

/**
 * Group submitted proposals into a draft batch; the end date defaults to start + the rule set's notice days.
 * @returns the batch id
 */
export async function createBatch(tx: Queryable, input: { title: string; description?: string; starts_on: string; ends_on?: string; proposal_ids: number[] }, actor: Actor, requestId?: string): Promise<number> {
  const proposals = await listProposals(tx, { statuses: ['submitted'], unbatched: true, limit: 10_000 })
  const open = new Set(proposals.map((p) => p.id))
  const missing = input.proposal_ids.filter((id) => !open.has(id))
  if (missing.length > 0) throw new Conflict(`Proposals ${missing.join(', ')} are not submitted proposals outside a batch.`)
  const division = String(proposals.find((p) => p.id === input.proposal_ids[0])!.division_code)
  const ends_on = input.ends_on ?? (await tx.query<{ d: string }>(ADD_DAYS, [input.starts_on, (await noticeDays(tx, division)) - 1])).rows[0]!.d
  const county = `${division.slice(0, 6)}000000`
  const { rows } = await tx.query<{ id: number }>(INSERT_BATCH, [input.title, input.description ?? null, county, input.starts_on, ends_on, actor.username])
  const id = Number(rows[0]!.id)
  const added = await tx.query(ADD_TO_BATCH, [input.proposal_ids, id, actor.username])
  if (added.rows.length !== input.proposal_ids.length) throw new Conflict('A proposal was changed meanwhile; reload and retry.')
  await writeAudit(tx, { actor: auditActor(actor), action: 'naming.batch_create', entityType: 'notice_batch', entityId: id, after: { ...input, ends_on }, requestId })
  return id
}

const PUBLISH = `UPDATE notice_batches SET status = 'published', published_at = now(), updated_by = $2, updated_at = now(), version = version + 1
  WHERE id = $1 AND version = $3 AND status = 'draft' RETURNING id`
const PROPOSALS_IN_NOTICE = `UPDATE naming_proposals SET status = 'in_notice', updated_by = $2, updated_at = now(), version = version + 1
  WHERE batch_id = $1 AND status = 'submitted'`
const RESERVE = `INSERT INTO reserved_names (name, category_code, division_code, candidate_id, reason, created_by, updated_by)
  SELECT c.name, n.category_code, n.division_code, c.id, '公示中：' || b.title, $2, $2
  FROM naming_candidates c JOIN naming_proposals n ON n.id = c.proposal_id JOIN notice_batches b ON b.id = n.batch_id
  WHERE n.batch_id = $1`

/** Publish a draft batch: its proposals go into notice and their names are reserved. */
export async function publishBatch(tx: Queryable, id: number, version: number, actor: Actor, requestId?: string): Promise<void> {
  const before = await getBatch(tx, id)
  if (before.status !== 'draft') throw new Conflict(`Notice ${id} is already ${before.status}.`, before)
  if (Number(before.proposal_count) === 0) throw new Unprocessable('A notice without proposals cannot be published.')
  const { rows } = await tx.query(PUBLISH, [id, actor.username, version])
  if (!rows[0]) throw new Conflict(`Notice ${id} was changed by someone else; reload and reapply.`, before)
  await tx.query(PROPOSALS_IN_NOTICE, [id, actor.username])
  await tx.query(RESERVE, [id, actor.username])
  await writeAudit(tx, { actor: auditActor(actor), action: 'naming.batch_publish', entityType: 'notice_batch', entityId: id, before, requestId })
}

const UPDATE_BATCH = `UPDATE notice_batches SET title = $2, description = $3, starts_on = $4::date, ends_on = $5::date,
  updated_by = $6, updated_at = now(), version = version + 1 WHERE id = $1 AND version = $7 RETURNING id`

/** Correct a batch's title or dates (with a reason, audited); the end may not precede the start. */
export async function updateBatch(tx: Queryable, id: number, patch: { title?: string; description?: string | null; starts_on?: string; ends_on?: string; version: number; reason: string }, actor: Actor, requestId?: string) {
  const before = await getBatch(tx, id)
  const starts = patch.starts_on ?? before.starts_on
  const ends = patch.ends_on ?? before.ends_on
  if (ends < starts) throw new Unprocessable('The notice would end before it starts.', [{ parameter: 'body.ends_on', detail: `ends_on ${ends} is before starts_on ${starts}` }])
  const { rows } = await tx.query(UPDATE_BATCH, [id, patch.title ?? before.title, patch.description !== undefined ? patch.description : before.description, starts, ends, actor.username, patch.version])
  if (!rows[0]) throw new Conflict(`Notice ${id} was changed by someone else; reload and reapply.`, before)
  await writeAudit(tx, { actor: auditActor(actor), action: 'naming.batch_update', entityType: 'notice_batch', entityId: id, before, after: patch, reason: patch.reason, requestId })
}

const COUNT_RECENT = `SELECT count(*)::int AS n FROM notice_opinions WHERE client_hash = $1 AND created_at > now() - interval '1 hour'`
const INSERT_OPINION = `INSERT INTO notice_opinions (batch_id, proposal_id, author_name, contact, body, stance, client_hash)
  VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, status, created_at`

/** Opinions one client may leave per hour (on every notice together). */
export const OPINIONS_PER_HOUR = 5

/** Hash of who sent an opinion: enough to rate-limit, never the address itself. */
export const clientHash = (ip: string, userAgent: string) => createHash('sha256').update(`diming-opinion|${ip}|${userAgent}`).digest('hex')

/** Leave an opinion on an open notice (pending moderation); rate-limited per client. */
export async function addOpinion(tx: Queryable, batchId: number, input: { proposal_id?: number; author_name?: string; contact?: string; body: string; stance: string }, client: string) {
  const batch = await getBatch(tx, batchId, true)
  if (!batch.is_open) throw new Conflict(`The public notice ran from ${batch.starts_on} to ${batch.ends_on}; it is not open for opinions now.`)
  if (input.proposal_id !== undefined) {
    const inBatch = await listProposals(tx, { id: input.proposal_id, batchId })
    if (inBatch.length === 0) throw new Unprocessable(`Proposal ${input.proposal_id} is not in this notice.`, [{ parameter: 'body.proposal_id', detail: 'not in this notice' }])
  }
  const recent = (await tx.query<{ n: number }>(COUNT_RECENT, [client])).rows[0]!.n
  if (recent >= OPINIONS_PER_HOUR) throw new TooManyRequests(`At most ${OPINIONS_PER_HOUR} opinions per hour; please try again later.`)
  const { rows } = await tx.query(INSERT_OPINION, [batchId, input.proposal_id ?? null, input.author_name ?? null, input.contact ?? null, input.body, input.stance, client])
  return rows[0]!
}

const SELECT_OPINIONS = `SELECT o.id, o.batch_id, o.proposal_id, o.author_name, o.body, o.stance, o.status, o.created_at, o.moderated_by, o.moderated_at, o.version
    ${'' /* contact is shown to staff only */}, CASE WHEN $3 THEN o.contact END AS contact
  FROM notice_opinions o WHERE o.batch_id = $1 AND ($2::text[] IS NULL OR o.status = ANY ($2::text[])) ORDER BY o.created_at, o.id`

/** Opinions of a batch: published ones for the public, all (with contacts) for staff. */
export async function listOpinions(q: Queryable, batchId: number, staff: boolean) {
  return (await q.query(SELECT_OPINIONS, [batchId, staff ? null : ['published'], staff])).rows
}

const MODERATE = `UPDATE notice_opinions SET status = $3, moderated_by = $4, moderated_at = now(), updated_by = $4, updated_at = now(), version = version + 1
  WHERE id = $1 AND batch_id = $2 AND version = $5 RETURNING id`

/** Publish or hide an opinion (moderation), audited. */
export async function moderateOpinion(tx: Queryable, batchId: number, opinionId: number, status: 'published' | 'hidden', version: number, actor: Actor, requestId?: string) {
  const { rows } = await tx.query(MODERATE, [opinionId, batchId, status, actor.username, version])
  if (!rows[0]) {
    const exists = await tx.query('SELECT version FROM notice_opinions WHERE id = $1 AND batch_id = $2', [opinionId, batchId])
    if (!exists.rows[0]) throw new NotFound(`No opinion ${opinionId} on notice ${batchId}.`)
    throw new Conflict(`Opinion ${opinionId} was moderated by someone else; reload.`, exists.rows[0])
  }
  await writeAudit(tx, { actor: auditActor(actor), action: 'naming.opinion_moderate', entityType: 'notice_opinion', entityId: opinionId, after: { status }, requestId })
}
