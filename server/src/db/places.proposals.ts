import type { Geometry } from 'geojson'
import { writeAudit } from '../auth/audit.ts'
import type { Finding } from '../domain/naming/types.ts'
import { Conflict, InvalidParameter, NotFound, Unprocessable } from '../errors/problem.ts'
import type { Queryable } from './db.ts'
import { checkName, type CheckOutcome } from './places.checks.ts'
import { DISPLAY_DECIMALS, SELECT_ROAD } from './places.queries.ts'
import { getPlace, type Actor } from './places.register.ts'

/** A proposal as submitted by an officer. */
export interface ProposalInput {
  kind: 'new' | 'rename' | 'extend'
  category_code: string
  geometry?: Geometry
  road_id?: number
  place_id?: number
  width_m?: number
  location_description?: string
  reason: string
  candidates: Array<{ name: string; meaning?: string; origin?: string; readings?: Record<number, string>; pinyin?: string }>
}

const INSERT_PROPOSAL = `
  INSERT INTO naming_proposals (kind, category_code, division_code, geom, road_id, place_id, width_m, location_description,
    reason, rule_set_id, rule_set_version, created_by, updated_by)
  VALUES ($1, $2, $3, ST_SetSRID(ST_GeomFromGeoJSON($4), 4326), $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id`

const INSERT_CANDIDATE = `
  INSERT INTO naming_candidates (proposal_id, rank, name, specific_name, generic_name, pinyin, readings, meaning, origin,
    findings, normalized_name, search_pinyin, created_by, updated_by)
  VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10::jsonb, $11, $12, $13, $13) RETURNING id`

export const PROPOSAL_COLUMNS = `n.id, n.kind, n.category_code, n.division_code, n.road_id, n.place_id, n.width_m,
  n.location_description, n.reason, n.status, n.batch_id, n.rule_set_id, n.rule_set_version,
  n.created_at, n.created_by, n.updated_at, n.updated_by, n.version,
  (SELECT d.name FROM divisions d WHERE d.code = n.division_code) AS division_name,
  (SELECT d.name FROM divisions d WHERE d.code = substr(n.division_code, 1, 6) || '000000') AS county_name,
  (SELECT p.name FROM place_names p WHERE p.id = n.place_id) AS place_name,
  round(ST_Length(n.geom::geography)::numeric, 1) AS length_m`

const SELECT_PROPOSALS = `
  SELECT ${PROPOSAL_COLUMNS}, ST_AsGeoJSON(n.geom, ${DISPLAY_DECIMALS})::json AS geometry,
    (SELECT json_agg(json_build_object('id', c.id, 'rank', c.rank, 'name', c.name, 'pinyin', c.pinyin, 'status', c.status,
       'meaning', c.meaning, 'origin', c.origin, 'findings', c.findings) ORDER BY c.rank)
     FROM naming_candidates c WHERE c.proposal_id = n.id) AS candidates,
    (SELECT row_to_json(x) FROM (SELECT b.id, b.title, b.status, b.starts_on::text AS starts_on, b.ends_on::text AS ends_on
       FROM notice_batches b WHERE b.id = n.batch_id) x) AS batch,
    (SELECT row_to_json(x) FROM (SELECT d.id, d.outcome, d.candidate_id, d.document_number, d.decided_on::text AS decided_on,
       d.approval_authority, d.place_id, d.note FROM naming_decisions d WHERE d.proposal_id = n.id) x) AS decision
  FROM naming_proposals n
  WHERE ($1::bigint IS NULL OR n.id = $1)
    AND ($2::text[] IS NULL OR n.status = ANY ($2::text[]))
    AND ($3::bigint IS NULL OR n.batch_id = $3)
    AND (NOT $4::boolean OR (n.batch_id IS NULL AND n.status = 'submitted'))
  ORDER BY n.id DESC LIMIT $5`

/** Proposals with their candidates, batch and decision. */
export async function listProposals(q: Queryable, filter: { id?: number; statuses?: string[]; batchId?: number; unbatched?: boolean; limit?: number } = {}) {
  const { rows } = await q.query<Record<string, unknown> & { id: number; status: string; batch_id: number | null; version: number }>(SELECT_PROPOSALS, [
    filter.id ?? null, filter.statuses ?? null, filter.batchId ?? null, filter.unbatched ?? false, filter.limit ?? 200,
  ])
  return rows
}

/** One proposal; throws NotFound. */
export async function getProposal(q: Queryable, id: number) {
  const [row] = await listProposals(q, { id })
  if (!row) throw new NotFound(`No naming proposal ${id}.`)
  return row
}

/** Resolve the feature's geometry: drawn, or a picked road, or (rename) the named entry's own. */
async function featureGeometry(q: Queryable, input: ProposalInput): Promise<{ geometry: Geometry; width_m: number | null }> {
  if (input.road_id !== undefined) {
    const { rows } = await q.query<{ geometry: Geometry; width_m: number | null; place_id: number | null }>(SELECT_ROAD, [input.road_id])
    if (!rows[0]) throw new Unprocessable(`No road ${input.road_id}.`, [{ parameter: 'body.road_id', detail: 'unknown road' }])
    if (input.kind === 'new' && rows[0].place_id !== null) {
      throw new Conflict(`Road ${input.road_id} already has a name; propose a rename instead.`)
    }
    return { geometry: rows[0].geometry, width_m: input.width_m ?? rows[0].width_m }
  }
  if (input.geometry) return { geometry: input.geometry, width_m: input.width_m ?? null }
  if (input.kind === 'rename' && input.place_id) return { geometry: (await getPlace(q, input.place_id)).geometry, width_m: input.width_m ?? null }
  throw new InvalidParameter('Draw the feature or pick a road.', [{ parameter: 'body.geometry', detail: 'geometry or road_id is required' }])
}

/** Findings of each candidate as the 422 body lists them. */
const summary = (checks: Array<{ name: string; outcome: CheckOutcome }>) =>
  checks.map(({ name, outcome }) => ({ name, blocked: outcome.blocked, findings: outcome.findings }))

/**
 * Check every candidate and store the proposal with the findings; a candidate with a blocking finding
 * refuses the whole proposal (422, nothing stored).
 * @returns the new proposal id
 */
export async function createProposal(tx: Queryable, input: ProposalInput, actor: Actor, requestId?: string): Promise<number> {
  if (input.kind !== 'new' && !input.place_id) throw new InvalidParameter('A rename or an extension names the register entry concerned.', [{ parameter: 'body.place_id', detail: 'required for rename and extend' }])
  if (input.kind === 'new' && input.place_id) throw new InvalidParameter('A new name has no register entry yet.', [{ parameter: 'body.place_id', detail: 'only for rename and extend' }])
  const target = input.place_id ? await getPlace(tx, input.place_id) : null
  if (target && target.status !== 'approved') throw new Conflict(`${target.name} is not a standard name (status ${String(target.status)}).`)
  const { geometry, width_m } = await featureGeometry(tx, input)
  const checks = []
  for (const c of input.candidates) {
    const outcome = await checkName(tx, {
      name: c.name, category_code: input.category_code, geometry, width_m, readings: c.readings, pinyin: c.pinyin,
      place_id: input.kind === 'rename' ? input.place_id : null,
      extends_place_id: input.kind === 'extend' ? input.place_id : null,
    })
    checks.push({ name: c.name, outcome })
  }
  if (checks.some((c) => c.outcome.blocked)) {
    const blocked = checks.filter((c) => c.outcome.blocked).map((c) => c.name).join('、')
    throw new Unprocessable(`Blocked by the naming rules: ${blocked}. Nothing was stored.`,
      checks.flatMap((c, i) => c.outcome.findings.filter((f) => f.severity === 'block')
        .map((f) => ({ parameter: `body.candidates.${i}.name`, detail: f.message_zh }))),
      { candidates: summary(checks) })
  }
  const first = checks[0]!.outcome
  const { rows } = await tx.query<{ id: number }>(INSERT_PROPOSAL, [
    input.kind, input.category_code, first.division.code, JSON.stringify(geometry), input.road_id ?? null, input.place_id ?? null,
    width_m, input.location_description ?? null, input.reason, first.rule_set.id, first.rule_set.version, actor.username,
  ])
  const id = Number(rows[0]!.id)
  for (const [i, c] of input.candidates.entries()) {
    const { fields, findings } = checks[i]!.outcome
    await tx.query(INSERT_CANDIDATE, [id, i + 1, fields.name, fields.specific_name, fields.generic_name, fields.pinyin,
      JSON.stringify(c.readings ?? {}), c.meaning ?? null, c.origin ?? null, JSON.stringify(findings satisfies Finding[]),
      fields.normalized_name, fields.search_pinyin, actor.username])
  }
  await writeAudit(tx, { actor: actor.id === null ? null : { id: actor.id, username: actor.username }, action: 'naming.propose',
    entityType: 'naming_proposal', entityId: id, after: { ...input, geometry }, requestId })
  return id
}

const WITHDRAW = `UPDATE naming_proposals SET status = 'withdrawn', batch_id = NULL, updated_by = $2, updated_at = now(), version = version + 1
  WHERE id = $1 AND version = $3 AND status = 'submitted' RETURNING id`

/** Withdraw a proposal not yet in public notice. */
export async function withdrawProposal(tx: Queryable, id: number, version: number, reason: string, actor: Actor, requestId?: string) {
  const before = await getProposal(tx, id)
  if (before.status !== 'submitted') throw new Conflict(`Proposal ${id} is ${before.status}; only a submitted proposal can be withdrawn.`, before)
  const { rows } = await tx.query(WITHDRAW, [id, actor.username, version])
  if (!rows[0]) throw new Conflict(`Proposal ${id} was changed by someone else; reload and reapply.`, before)
  await writeAudit(tx, { actor: actor.id === null ? null : { id: actor.id, username: actor.username }, action: 'naming.withdraw',
    entityType: 'naming_proposal', entityId: id, before, reason, requestId })
}
