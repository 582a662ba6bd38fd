import { ref, shallowRef } from 'vue'
import type { Problem } from '../../shared/problem'
import { createUser, fetchUsers, updateUser, type AdminUser, type NewUser, type UserPatch } from './admin.api'

/** Whether a problem's `current` is a user record (sent with a 409 version conflict). */
function isAdminUser(value: unknown): value is AdminUser {
  return !!value && typeof value === 'object' && 'id' in value && 'version' in value && 'username' in value
}

/**
 * The users list for the admin page. Actions resolve to success and leave any problem in `error`;
 * on a version conflict the row is replaced by the server's `current` so the admin sees what changed.
 */
export function useAdminUsers() {
  const users = shallowRef<AdminUser[]>([])
  const loading = ref(false)
  const error = shallowRef<Problem | null>(null)

  function replace(user: AdminUser): void {
    users.value = users.value.map((u) => (u.id === user.id ? user : u))
  }

  async function load(): Promise<void> {
    loading.value = true
    const result = await fetchUsers()
    loading.value = false
    if (result.ok) {
      users.value = result.data.items
      error.value = null
    } else {
      error.value = result.problem
    }
  }

  async function create(input: NewUser): Promise<boolean> {
    const result = await createUser(input)
    if (!result.ok) {
      error.value = result.problem
      return false
    }
    users.value = [...users.value, result.data]
    error.value = null
    return true
  }

  async function update(id: AdminUser['id'], patch: UserPatch): Promise<boolean> {
    const result = await updateUser(id, patch)
    if (!result.ok) {
      error.value = result.problem
      if (result.status === 409 && isAdminUser(result.problem.current)) replace(result.problem.current)
      return false
    }
    replace(result.data)
    error.value = null
    return true
  }

  return { users, loading, error, load, create, update }
}

export type UseAdminUsersReturn = ReturnType<typeof useAdminUsers>
