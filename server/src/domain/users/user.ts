import type { Role } from '../../auth/permissions.ts'

/** A user as the API shows it (never with the password hash). */
export interface UserRow {
  id: number
  username: string
  display_name: string
  roles: Role[]
  disabled: boolean
  version: number
  created_at: string
  updated_at: string
  created_by: string
  updated_by: string
}
