import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AdminUser } from '../../../../client/src/features/admin/admin.api'
import { useAdminUsers } from '../../../../client/src/features/admin/use-admin-users'
import { stubFetch } from '../../helpers'

function createUser(overrides: Partial<AdminUser> = {}): AdminUser {
  return { id: 2, username: 'li', display_name: '李四', roles: ['viewer'], disabled: false, version: 1, created_at: '', updated_at: '', ...overrides }
}

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => vi.unstubAllGlobals())

describe('useAdminUsers', () => {
  it('loads the users', async () => {
    stubFetch({ 'GET /api/admin/users': { body: { items: [createUser()] } } })
    const { users, load, error } = useAdminUsers()
    await load()
    expect(users.value.map((u) => u.username)).toEqual(['li'])
    expect(error.value).toBeNull()
  })

  it('keeps the problem in error when forbidden', async () => {
    stubFetch({ 'GET /api/admin/users': { status: 403, body: { type: '/problems/forbidden', title: 'Forbidden', status: 403 } } })
    const { load, error } = useAdminUsers()
    await load()
    expect(error.value?.status).toBe(403)
  })

  it('sends the version it saw and shows the current row on a 409 conflict', async () => {
    const current = createUser({ display_name: '李四（已改）', version: 2 })
    const { requests } = stubFetch({
      'GET /api/admin/users': { body: { items: [createUser()] } },
      'PATCH /api/admin/users/2': { status: 409, body: { type: '/problems/conflict', title: 'Conflict', status: 409, detail: '已被他人修改', current } },
    })
    const { users, load, update, error } = useAdminUsers()
    await load()
    expect(await update(2, { roles: ['namer'], version: 1 })).toBe(false)
    expect(requests.at(-1)?.body).toEqual({ roles: ['namer'], version: 1 })
    expect(error.value?.detail).toBe('已被他人修改')
    expect(users.value[0]).toEqual(current)
  })

  it('adds a created user', async () => {
    stubFetch({ 'POST /api/admin/users': { status: 201, body: createUser({ id: 3, username: 'wang' }) } })
    const { users, create } = useAdminUsers()
    expect(await create({ username: 'wang', display_name: '王五', password: 'pw-123456', roles: ['namer'] })).toBe(true)
    expect(users.value.map((u) => u.username)).toEqual(['wang'])
  })
})
