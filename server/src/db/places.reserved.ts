import { writeAudit } from '../auth/audit.ts'
import { NotFound, Unprocessable } from '../errors/problem.ts'
import type { Queryable } from './db.ts'
import { checkName } from './places.checks.ts'
import type { Actor } from './places.register.ts'

const SELECT = `SELECT r.id, r.name, r.category_code, r.division_code, d.name AS division_name, r.candidate_id, r.reason,
    r.expires_on::text AS expires_on, r.created_by, r.created_at
  FROM reserved_names r LEFT JOIN divisions d ON d.code = r.division_code ORDER BY r.created_at DESC, r.id DESC LIMIT 1000`
const INSERT = `INSERT INTO reserved_names (name, category_code, division_code, reason, expires_on, created_by, updated_by)
  VALUES ($1, $2, $3, $4, $5::date, $6, $6) RETURNING id`
const DELETE = `DELETE FROM reserved_names WHERE id = $1 AND candidate_id IS NULL RETURNING name, category_code, division_code`

/** Reserved names, newest first (manual ones and those held by a notice). */
export async function listReservations(q: Queryable) {
  return (await q.query(SELECT)).rows
}

/** Reserve a planned name (地名储备) after the same checks a proposal gets; a blocked name is refused. */
export async function addReservation(tx: Queryable, input: { name: string; category_code: string; division_code: string; reason: string; expires_on?: string }, actor: Actor, requestId?: string): Promise<number> {
  const outcome = await checkName(tx, { name: input.name, category_code: input.category_code, division_code: input.division_code })
  if (outcome.blocked) {
    throw new Unprocessable(`Blocked by the naming rules: ${outcome.findings.filter((f) => f.severity === 'block').map((f) => f.message_zh).join('；')}`,
      outcome.findings.filter((f) => f.severity === 'block').map((f) => ({ parameter: 'body.name', detail: f.message_zh })), { findings: outcome.findings })
  }
  const { rows } = await tx.query<{ id: number }>(INSERT, [outcome.fields.name, input.category_code, input.division_code, input.reason, input.expires_on ?? null, actor.username])
  const id = Number(rows[0]!.id)
  await writeAudit(tx, { actor: actor.id === null ? null : { id: actor.id, username: actor.username }, action: 'naming.reserve', entityType: 'reserved_name', entityId: id, after: input, requestId })
  return id
}

/** Release a manual reservation (those held by a notice end with its decision). */
export async function removeReservation(tx: Queryable, id: number, actor: Actor, requestId?: string): Promise<void> {
  const { rows } = await tx.query(DELETE, [id])
  if (!rows[0]) throw new NotFound(`No manual reservation ${id}.`)
  await writeAudit(tx, { actor: actor.id === null ? null : { id: actor.id, username: actor.username }, action: 'naming.unreserve', entityType: 'reserved_name', entityId: id, before: rows[0], requestId })
}
