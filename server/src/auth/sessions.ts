import { createHash, randomBytes } from 'node:crypto'
import type { Queryable } from '../db/db.ts'
import type { SessionUser } from './session-user.ts'

export const SESSION_COOKIE = 'diming_sid'

/** SHA-256 of a session token, hex; only this is stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

const INSERT_SESSION = `
  INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at, ip, user_agent, created_by, updated_by)
  VALUES ($1, $2, $3, now() + make_interval(secs => $4), $5, $6, $7, $7)`

const SELECT_SESSION_USER = `
  SELECT u.id, u.username, u.display_name, u.roles, s.csrf_token, s.token_hash,
         (s.last_seen_at < now() - interval '5 minutes') AS stale
  FROM sessions s JOIN users u ON u.id = s.user_id
  WHERE s.token_hash = $1 AND s.expires_at > now() AND NOT u.disabled
    AND s.created_at >= u.password_changed_at`

const TOUCH_SESSION = `
  UPDATE sessions SET last_seen_at = now(), expires_at = greatest(expires_at, now() + make_interval(secs => $2))
  WHERE token_hash = $1`

/** Creates a session and returns the raw token for the cookie and the CSRF token. */
export async function createSession(
  db: Queryable,
  input: { userId: number; username: string; ttlSeconds: number; ip?: string; userAgent?: string },
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url')
  const csrfToken = randomBytes(24).toString('base64url')
  await db.query(INSERT_SESSION, [
    hashToken(token), input.userId, csrfToken, input.ttlSeconds, input.ip ?? null, input.userAgent?.slice(0, 300) ?? null, input.username,
  ])
  return { token, csrfToken }
}

/** Looks up a live session; sliding expiry refreshed at most every 5 minutes. */
export async function findSessionUser(db: Queryable, token: string, ttlSeconds: number): Promise<SessionUser | null> {
  const tokenHash = hashToken(token)
  const { rows } = await db.query<SessionUser & { stale: boolean }>(SELECT_SESSION_USER, [tokenHash])
  const row = rows[0]
  if (!row) return null
  if (row.stale) await db.query(TOUCH_SESSION, [tokenHash, ttlSeconds])
  const { stale: _stale, ...user } = row
  return { ...user, id: Number(user.id) }
}

/** Ends one session. */
export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash])
}

/** Ends every session of a user ("log out everywhere"). */
export async function deleteUserSessions(db: Queryable, userId: number): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM sessions WHERE user_id = $1', [userId])
  return rowCount
}
