import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { useAuthStore } from '../../../client/src/features/auth/auth.store'
import TheTopBar from '../../../client/src/layout/TheTopBar.vue'
import { LOCALE_STORAGE_KEY, i18n, setLocale } from '../../../client/src/modules/i18n'
import { createAppRouter } from '../../../client/src/modules/router'
import { settle, stubFetch } from '../helpers'

async function mountTopBar(roles: string[] | null) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const user = roles ? { id: 1, username: 'zhang', display_name: '张三', roles } : null
  stubFetch({ 'GET /api/auth/me': { body: { user, csrf_token: user ? 't' : null } }, 'POST /api/auth/logout': { status: 204 } })
  await useAuthStore().ensureLoaded()
  const router = createAppRouter(createMemoryHistory())
  await router.push('/places')
  const wrapper = mount(TheTopBar, { global: { plugins: [pinia, router, i18n] } })
  return { wrapper, router }
}

afterEach(() => {
  vi.unstubAllGlobals()
  setLocale('zh-CN')
})

describe('TheTopBar', () => {
  it('shows anonymous users only the tabs of routes open to everyone, and a login link', async () => {
    const { wrapper, router } = await mountTopBar(null)
    const open = router.getRoutes().filter((r) => r.meta.navOrder !== undefined && !r.meta.roles)
      .sort((a, b) => a.meta.navOrder! - b.meta.navOrder!).map((r) => i18n.global.t(r.meta.titleKey!))
    expect(wrapper.findAll('.tab').map((t) => t.text())).toEqual(open)
    expect(wrapper.findAll('.tab').map((t) => t.text())).not.toContain('管理')
    expect(wrapper.find('[data-testid=login-link]').exists()).toBe(true)
  })

  it('shows an admin every workspace tab in order', async () => {
    const { wrapper } = await mountTopBar(['admin'])
    expect(wrapper.findAll('.tab').map((t) => t.text())).toEqual(['标准地名', '道路命名', '设施', '覆盖分析', '界线勘定', '管理', '批量导入导出'])
  })

  it('shows the admin tab, the user and translated roles to an admin', async () => {
    const { wrapper } = await mountTopBar(['admin', 'namer'])
    expect(wrapper.findAll('.tab').map((t) => t.text())).toContain('管理')
    expect(wrapper.find('[data-testid=user-name]').text()).toBe('张三')
    expect(wrapper.findAll('[data-testid=user-role]').map((r) => r.text())).toEqual(['系统管理员', '地名工作人员'])
  })

  it('switches to English and remembers the choice', async () => {
    const { wrapper } = await mountTopBar(null)
    await wrapper.find('[data-locale=en]').trigger('click')
    expect(wrapper.findAll('.tab')[0]?.text()).toBe('Place names')
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en')
    expect(wrapper.find('[data-locale=en]').attributes('aria-pressed')).toBe('true')
  })

  it('logs out', async () => {
    const { wrapper } = await mountTopBar(['viewer'])
    await wrapper.find('[data-testid=logout]').trigger('click')
    await settle()
    expect(wrapper.find('[data-testid=user-name]').exists()).toBe(false)
    expect(useAuthStore().csrfToken).toBeNull()
  })
})
