import { http } from '../../shared/http'

/** Roles known to the server; a user may hold several. */
export const ROLES = ['admin', 'namer', 'approver', 'planner', 'surveyor', 'viewer'] as const
export type Role = (typeof ROLES)[number]

export interface SessionUser {
  id: number | string
  username: string
  display_name: string
  roles: string[]
}

export interface Session {
  user: SessionUser | null
  csrf_token: string | null
}

/** GET /api/auth/me: who is logged in and the CSRF token for writes. */
export function fetchSession() {
  return http<Session>('/api/auth/me')
}

/** POST /api/auth/login: starts a session (HttpOnly cookie) and returns the user and CSRF token. */
export function postLogin(username: string, password: string) {
  return http<{ user: SessionUser, csrf_token: string }>('/api/auth/login', { method: 'POST', body: { username, password } })
}

/** POST /api/auth/logout: ends the session (204). */
export function postLogout() {
  return http<void>('/api/auth/logout', { method: 'POST' })
}

/** POST /api/auth/password: changes the logged-in user's password (204). */
export function postPasswordChange(currentPassword: string, newPassword: string) {
  return http<void>('/api/auth/password', {
    method: 'POST',
    body: { current_password: currentPassword, new_password: newPassword },
  })
}
