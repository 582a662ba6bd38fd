import { http } from '../../shared/http'

export interface AdminUser {
  id: number | string
  username: string
  display_name: string
  roles: string[]
  disabled: boolean
  version: number
  created_at: string
  updated_at: string
}

export interface NewUser {
  username: string
  display_name: string
  password: string
  roles: string[]
}

/** Fields an admin may change; `version` is the one the admin saw (optimistic locking). */
export interface UserPatch {
  display_name?: string
  roles?: string[]
  disabled?: boolean
  password?: string
  version: number
}

export function fetchUsers() {
  return http<{ items: AdminUser[] }>('/api/admin/users')
}

export function createUser(user: NewUser) {
  return http<AdminUser>('/api/admin/users', { method: 'POST', body: user })
}

export function updateUser(id: AdminUser['id'], patch: UserPatch) {
  return http<AdminUser>(`/api/admin/users/${encodeURIComponent(String(id))}`, { method: 'PATCH', body: patch })
}
