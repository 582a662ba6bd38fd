import { randomBytes } from 'node:crypto'
import type { Db } from '../db/db.ts'
import { hashPassword } from '../auth/passwords.ts'
import { COUNT_USERS, INSERT_USER } from '../db/users.queries.ts'

/**
 * On first start (no users), creates `admin` with the given password or a random one.
 * @returns the password when a random one was generated (print it once), else null.
 */
export async function ensureAdmin(db: Db, password: string | null): Promise<{ created: boolean; generatedPassword: string | null }> {
  const { rows } = await db.query<{ n: number }>(COUNT_USERS)
  if (rows[0]!.n > 0) return { created: false, generatedPassword: null }
  const generated = password ? null : randomBytes(12).toString('base64url')
  const hash = await hashPassword(password ?? generated!)
  await db.query(INSERT_USER, ['admin', '系统管理员', hash, ['admin'], 'system'])
  return { created: true, generatedPassword: generated }
}
