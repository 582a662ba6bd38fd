import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { appRoutes, createAppRouter } from '../../../client/src/modules/router'
import { i18n } from '../../../client/src/modules/i18n'
import { stubFetch } from '../helpers'

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => vi.unstubAllGlobals())

function session(roles: string[] | null) {
  return { body: { user: roles ? { id: 1, username: 'u', display_name: 'U', roles } : null, csrf_token: roles ? 't' : null } }
}

describe('appRoutes', () => {
  it.each([
    ['/places', 'PlacesWorkspace'], ['/naming', 'NamingWorkspace'], ['/notices/7', 'PublicNoticePage'],
    ['/facilities', 'FacilitiesWorkspace'], ['/coverage', 'CoverageWorkspace'], ['/boundaries', 'BoundariesWorkspace'],
    ['/admin', 'AdminUsersPage'], ['/login', 'LoginPage'],
  ])('routes %s', (path) => {
    const router = createAppRouter(createMemoryHistory())
    expect(router.resolve(path).name).not.toBe('not-found')
  })

  it('gives every route title a translation', () => {
    const keys = appRoutes.map((r) => r.meta?.titleKey).filter((k): k is string => !!k)
    expect(keys.filter((k) => !i18n.global.te(k, 'zh-CN') || !i18n.global.te(k, 'en'))).toEqual([])
  })
})

describe('createAppRouter guard', () => {
  it('sends anonymous users to login with a redirect back', async () => {
    stubFetch({ 'GET /api/auth/me': session(null) })
    const router = createAppRouter(createMemoryHistory())
    await router.push('/admin')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/admin')
  })

  it('sends users without the role to the forbidden page', async () => {
    stubFetch({ 'GET /api/auth/me': session(['viewer']) })
    const router = createAppRouter(createMemoryHistory())
    await router.push('/admin')
    expect(router.currentRoute.value.name).toBe('forbidden')
  })

  it('lets an admin in', async () => {
    stubFetch({ 'GET /api/auth/me': session(['admin']) })
    const router = createAppRouter(createMemoryHistory())
    await router.push('/admin')
    expect(router.currentRoute.value.name).toBe('admin-users')
  })

  it('opens the public notice page without logging in', async () => {
    const { requests } = stubFetch({ 'GET /api/auth/me': session(null) })
    const router = createAppRouter(createMemoryHistory())
    await router.push('/notices/12')
    expect(router.currentRoute.value.name).toBe('public-notice')
    expect(requests).toEqual([])
  })
})
