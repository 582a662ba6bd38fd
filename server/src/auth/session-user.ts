import type { Role } from './permissions.ts'

/** The logged-in user as routes see it. */
export interface SessionUser {
  id: number
  username: string
  display_name: string
  roles: Role[]
  csrf_token: string
  token_hash: string
}
