import type { Queryable } from '../db/db.ts'
import type { SessionUser } from './session-user.ts'

export interface AuditEntry {
  actor: Pick<SessionUser, 'id' | 'username'> | null
  /** `<area>.<verb>`, e.g. `users.create`, `places.update`. */
  action: string
  entityType: string
  entityId: string | number
  before?: unknown
  after?: unknown
  reason?: string | null
  requestId?: string | null
}

const INSERT_AUDIT = `
  INSERT INTO audit_log (actor_id, actor_name, action, entity_type, entity_id, before, after, reason, request_id, created_by, updated_by)
  VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8, $9, $2, $2)`

/**
 * Writes one audit row. Call it with the transaction that makes the change, so both commit or neither.
 * @example await writeAudit(tx, { actor: user, action: 'users.create', entityType: 'user', entityId: 7, after: row })
 */
export async function writeAudit(tx: Queryable, entry: AuditEntry): Promise<void> {
  await tx.query(INSERT_AUDIT, [
    entry.actor?.id ?? null,
    entry.actor?.username ?? 'anonymous',
    entry.action,
    entry.entityType,
    String(entry.entityId),
    entry.before === undefined ? null : JSON.stringify(entry.before),
    entry.after === undefined ? null : JSON.stringify(entry.after),
    entry.reason ?? null,
    entry.requestId ?? null,
  ])
}
