import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { setCsrfTokenProvider } from '../../shared/http'
import type { Problem } from '../../shared/problem'
import { fetchSession, postLogin, postLogout, type SessionUser } from './auth.api'

/**
 * The logged-in user, their roles and the CSRF token that every write sends.
 * Actions never throw: they return whether they worked and leave the problem in `error`.
 */
export const useAuthStore = defineStore('auth', () => {
  const user = shallowRef<SessionUser | null>(null)
  const csrfToken = ref<string | null>(null)
  const loaded = ref(false)
  const error = shallowRef<Problem | null>(null)

  setCsrfTokenProvider(() => csrfToken.value)

  const isLoggedIn = computed(() => user.value !== null)
  const roles = computed(() => user.value?.roles ?? [])

  /** Whether the user holds one of the roles (admin holds every role). */
  function hasAnyRole(wanted: readonly string[]): boolean {
    if (wanted.length === 0) return true
    return roles.value.includes('admin') || wanted.some((r) => roles.value.includes(r))
  }

  let pending: Promise<void> | null = null
  /** Loads the session once (later calls share the first request). */
  function ensureLoaded(): Promise<void> {
    if (loaded.value) return Promise.resolve()
    pending ??= refresh().finally(() => { pending = null })
    return pending
  }

  async function refresh(): Promise<void> {
    const result = await fetchSession()
    if (result.ok) {
      user.value = result.data.user
      csrfToken.value = result.data.csrf_token
      error.value = null
    } else {
      user.value = null
      csrfToken.value = null
      error.value = result.problem
    }
    loaded.value = true
  }

  async function login(username: string, password: string): Promise<boolean> {
    const result = await postLogin(username, password)
    if (!result.ok) {
      error.value = result.problem
      return false
    }
    user.value = result.data.user
    csrfToken.value = result.data.csrf_token
    loaded.value = true
    error.value = null
    return true
  }

  async function logout(): Promise<boolean> {
    const result = await postLogout()
    if (!result.ok && result.status !== 401) {
      error.value = result.problem
      return false
    }
    user.value = null
    csrfToken.value = null
    error.value = null
    return true
  }

  return { user, csrfToken, loaded, error, isLoggedIn, roles, hasAnyRole, ensureLoaded, refresh, login, logout }
})
