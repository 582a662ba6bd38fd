import type { Geometry } from 'geojson'
import { writeAudit } from '../auth/audit.ts'
import { resolveSettings } from '../domain/naming/rule-set-settings.ts'
import { Conflict, NotFound, Unprocessable } from '../errors/problem.ts'
import type { Queryable } from './db.ts'
import { checkName } from './places.checks.ts'
import { getBatch } from './places.notices.ts'
import { getProposal } from './places.proposals.ts'
import { EXTEND_PLACE_GEOMETRY, INSERT_ROAD, LINK_ROAD_TO_PLACE, TODAY } from './places.queries.ts'
import { createPlace, getPlace, recordChange, updatePlace, type Actor } from './places.register.ts'
import { ruleSetForDivision } from './places.rule-sets.ts'

const auditActor = (a: Actor) => (a.id === null ? null : { id: a.id, username: a.username })

export interface DecisionInput {
  outcome: 'approved' | 'rejected'
  candidate_id?: number
  document_number: string
  decided_on: string
  approval_authority: string
  note?: string
  version: number
}

interface CandidateRow { id: number; name: string; pinyin: string; meaning: string | null; origin: string | null; status: string }

const SELECT_CANDIDATES = `SELECT id, name, pinyin, readings, meaning, origin, status FROM naming_candidates WHERE proposal_id = $1 ORDER BY rank`
const SET_CANDIDATE_STATUS = `UPDATE naming_candidates SET status = CASE WHEN id = $2 THEN 'approved' ELSE 'rejected' END,
  updated_by = $3, updated_at = now(), version = version + 1 WHERE proposal_id = $1`
const SET_PROPOSAL_STATUS = `UPDATE naming_proposals SET status = $2, updated_by = $3, updated_at = now(), version = version + 1
  WHERE id = $1 AND version = $4 RETURNING id`
const INSERT_DECISION = `INSERT INTO naming_decisions (proposal_id, candidate_id, outcome, document_number, decided_on, approval_authority,
    note, place_id, filing_due_on, announcement_due_on, created_by, updated_by)
  VALUES ($1, $2, $3, $4, $5::date, $6, $7, $8, $5::date + $9::int, $5::date + $10::int, $11, $11) RETURNING id`
const INSERT_REJECTED = `INSERT INTO rejected_names (name, category_code, division_code, decision_id, reason, rejected_on, created_by, updated_by)
  SELECT c.name, n.category_code, n.division_code, $2, $3, $4::date, $5, $5
  FROM naming_candidates c JOIN naming_proposals n ON n.id = c.proposal_id WHERE n.id = $1 AND c.status = 'rejected'`
const RELEASE_RESERVED = `DELETE FROM reserved_names WHERE candidate_id IN (SELECT id FROM naming_candidates WHERE proposal_id = $1)`
const CLOSE_BATCH_IF_DONE = `UPDATE notice_batches SET status = 'closed', updated_by = $2, updated_at = now(), version = version + 1
  WHERE id = $1 AND status = 'published' AND NOT EXISTS (SELECT 1 FROM naming_proposals n WHERE n.batch_id = $1 AND n.status = 'in_notice')`
const SELECT_TODAY = `SELECT ${TODAY}::text AS today`

const ROAD_CATEGORIES = ['2530', '2520', '2540', '2550']

/** Make the approved name standard: a new entry, a rename, or an extension of a road's line. */
async function applyApproval(tx: Queryable, proposal: Awaited<ReturnType<typeof getProposal>>, candidate: CandidateRow & { readings: Record<number, string> }, input: DecisionInput, actor: Actor, requestId?: string): Promise<number> {
  const geometry = proposal.geometry as Geometry
  const record = { status: 'approved' as const, document_number: input.document_number, approved_on: input.decided_on, approval_authority: input.approval_authority }
  const reason = `${input.approval_authority} ${input.document_number} 批准`
  const placeId = proposal.place_id === null ? null : Number(proposal.place_id)
  if (proposal.kind === 'rename' && placeId !== null) {
    const place = await getPlace(tx, placeId, true)
    await updatePlace(tx, placeId, { ...record, name: candidate.name, readings: candidate.readings, pinyin: candidate.pinyin, pinyin_confirmed: true,
      meaning: candidate.meaning ?? undefined, origin: candidate.origin ?? undefined, version: place.version, reason, keep_old_name_as: 'historic' }, actor, requestId)
    return placeId
  }
  if (proposal.kind === 'extend' && placeId !== null) {
    const place = await getPlace(tx, placeId, true)
    if (place.name === candidate.name) {
      await tx.query(EXTEND_PLACE_GEOMETRY, [placeId, proposal.id, actor.username])
      await recordChange(tx, placeId, 'extend', actor, `${reason}：道路延长`, place, await getPlace(tx, placeId), requestId)
      await linkRoad(tx, proposal, placeId, actor)
      return placeId
    }
  }
  const id = await createPlace(tx, {
    ...record, name: candidate.name, category_code: String(proposal.category_code), geometry, readings: candidate.readings,
    pinyin: candidate.pinyin, pinyin_confirmed: true, meaning: candidate.meaning, origin: candidate.origin,
    location_description: proposal.location_description as string | null, source: `naming proposal ${proposal.id}`,
  }, actor, { action: 'approve', reason, requestId })
  await linkRoad(tx, proposal, id, actor)
  return id
}

/** Tie the road line to the register entry: the picked road, or a new road row for a drawn line. */
async function linkRoad(tx: Queryable, proposal: Awaited<ReturnType<typeof getProposal>>, placeId: number, actor: Actor) {
  if (proposal.road_id !== null) {
    await tx.query(LINK_ROAD_TO_PLACE, [proposal.road_id, placeId, actor.username])
    return
  }
  const g = proposal.geometry as Geometry
  if (g.type !== 'LineString' || !ROAD_CATEGORIES.includes(String(proposal.category_code))) return
  const roadClass = proposal.category_code === '2540' ? 'bridge' : proposal.category_code === '2550' ? 'tunnel' : 'street'
  await tx.query(INSERT_ROAD, [placeId, null, roadClass, proposal.width_m ?? null, proposal.division_code, JSON.stringify(g),
    `drawn in naming proposal ${proposal.id}`, actor.username])
}

/**
 * Record the approver's decision after the notice: approve one candidate (re-checked now, excluding the
 * proposal's own names) or reject; due dates for filing and announcement come from the rule set.
 * @returns the decision id and the register entry (approval)
 */
export async function decideProposal(tx: Queryable, proposalId: number, input: DecisionInput, actor: Actor, requestId?: string) {
  const proposal = await getProposal(tx, proposalId)
  if (proposal.status !== 'in_notice') throw new Conflict(`Proposal ${proposalId} is ${proposal.status}; only a proposal in public notice can be decided.`, proposal)
  const batch = await getBatch(tx, Number(proposal.batch_id))
  if (!batch.has_ended) throw new Conflict(`The public notice runs until ${batch.ends_on}; decide after it has ended.`)
  const today = (await tx.query<{ today: string }>(SELECT_TODAY)).rows[0]!.today
  if (input.decided_on > today || input.decided_on <= batch.ends_on) {
    throw new Unprocessable('The decision date must fall after the notice and not in the future.', [{ parameter: 'body.decided_on', detail: `between ${batch.ends_on} (exclusive) and ${today}` }])
  }
  const candidates = (await tx.query<CandidateRow & { readings: Record<string, string> }>(SELECT_CANDIDATES, [proposalId])).rows
    .map((c) => ({ ...c, id: Number(c.id), readings: Object.fromEntries(Object.entries(c.readings ?? {}).map(([k, v]) => [Number(k), v])) }))
  const chosen = input.outcome === 'approved' ? candidates.find((c) => c.id === input.candidate_id) : undefined
  if (input.outcome === 'approved' && !chosen) throw new Unprocessable('Approve one of the proposal’s candidates.', [{ parameter: 'body.candidate_id', detail: 'not a candidate of this proposal' }])
  let placeId: number | null = null
  if (chosen) {
    const recheck = await checkName(tx, { name: chosen.name, category_code: String(proposal.category_code), geometry: proposal.geometry as Geometry,
      width_m: proposal.width_m as number | null, readings: chosen.readings, exclude_proposal_id: proposalId,
      place_id: proposal.kind === 'rename' ? Number(proposal.place_id) : null, extends_place_id: proposal.kind === 'extend' ? Number(proposal.place_id) : null })
    if (recheck.blocked) throw new Conflict(`${chosen.name} is now blocked: ${recheck.findings.filter((f) => f.severity === 'block').map((f) => f.message_zh).join('；')}`)
    placeId = await applyApproval(tx, proposal, chosen, input, actor, requestId)
  }
  await tx.query(SET_CANDIDATE_STATUS, [proposalId, chosen?.id ?? null, actor.username])
  const updated = await tx.query(SET_PROPOSAL_STATUS, [proposalId, input.outcome, actor.username, input.version])
  if (!updated.rows[0]) throw new Conflict(`Proposal ${proposalId} was changed by someone else; reload and reapply.`, proposal)
  const settings = resolveSettings((await ruleSetForDivision(tx, String(proposal.division_code))).settings)
  const { rows } = await tx.query<{ id: number }>(INSERT_DECISION, [proposalId, chosen?.id ?? null, input.outcome, input.document_number,
    input.decided_on, input.approval_authority, input.note ?? null, placeId, settings.filingDays, settings.announcementDays, actor.username])
  const decisionId = Number(rows[0]!.id)
  await tx.query(INSERT_REJECTED, [proposalId, decisionId, input.note ?? `${input.document_number} 未予批准`, input.decided_on, actor.username])
  await tx.query(RELEASE_RESERVED, [proposalId])
  await tx.query(CLOSE_BATCH_IF_DONE, [proposal.batch_id, actor.username])
  await writeAudit(tx, { actor: auditActor(actor), action: 'naming.decide', entityType: 'naming_proposal', entityId: proposalId,
    before: { status: proposal.status }, after: { ...input, place_id: placeId, decision_id: decisionId }, requestId })
  return { decisionId, placeId }
}

export const DECISION_COLUMNS = `d.id, d.proposal_id, d.candidate_id, d.outcome, d.document_number, d.decided_on::text AS decided_on,
  d.approval_authority, d.note, d.place_id, d.filing_due_on::text AS filing_due_on, d.filed_on::text AS filed_on,
  d.announcement_due_on::text AS announcement_due_on, d.announcement_id, d.version,
  (d.filed_on IS NULL AND d.outcome = 'approved' AND d.filing_due_on < ${TODAY}) AS filing_overdue,
  (d.announcement_id IS NULL AND d.outcome = 'approved' AND d.announcement_due_on < ${TODAY}) AS announcement_overdue,
  (SELECT c.name FROM naming_candidates c WHERE c.id = d.candidate_id) AS name,
  (SELECT c.pinyin FROM naming_candidates c WHERE c.id = d.candidate_id) AS pinyin`

const SELECT_DECISIONS = `SELECT ${DECISION_COLUMNS} FROM naming_decisions d
  WHERE ($1::bigint IS NULL OR d.id = $1) AND (NOT $2::boolean OR (d.outcome = 'approved' AND d.announcement_id IS NULL))
  ORDER BY d.decided_on DESC, d.id DESC LIMIT 500`

/** Decisions with their due dates and overdue flags. */
export async function listDecisions(q: Queryable, filter: { id?: number; pendingAnnouncement?: boolean } = {}) {
  return (await q.query<Record<string, unknown> & { id: number; version: number; outcome: string; announcement_id: number | null }>(SELECT_DECISIONS, [filter.id ?? null, filter.pendingAnnouncement ?? false])).rows
}

const MARK_FILED = `UPDATE naming_decisions SET filed_on = $2::date, updated_by = $3, updated_at = now(), version = version + 1
  WHERE id = $1 AND version = $4 RETURNING id`

/** Record that an approval was filed (备案) on a date. */
export async function markFiled(tx: Queryable, id: number, filedOn: string, version: number, actor: Actor, requestId?: string) {
  const [before] = await listDecisions(tx, { id })
  if (!before) throw new NotFound(`No decision ${id}.`)
  const { rows } = await tx.query(MARK_FILED, [id, filedOn, actor.username, version])
  if (!rows[0]) throw new Conflict(`Decision ${id} was changed by someone else; reload and reapply.`, before)
  await writeAudit(tx, { actor: auditActor(actor), action: 'naming.file', entityType: 'naming_decision', entityId: id, before, after: { filed_on: filedOn }, requestId })
}
