import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import LoginPage from '../../../../client/src/features/auth/LoginPage.vue'
import { useAuthStore } from '../../../../client/src/features/auth/auth.store'
import { i18n } from '../../../../client/src/modules/i18n'
import { createAppRouter } from '../../../../client/src/modules/router'
import { settle, stubFetch } from '../../helpers'

const admin = { id: 1, username: 'admin', display_name: '管理员', roles: ['admin'] }

async function mountLogin(path = '/login') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createAppRouter(createMemoryHistory())
  await router.push(path)
  const wrapper = mount(LoginPage, { global: { plugins: [pinia, router, i18n] } })
  return { wrapper, router }
}

async function fillAndSubmit(wrapper: Awaited<ReturnType<typeof mountLogin>>['wrapper'], password: string) {
  await wrapper.find('input[name=username]').setValue('admin')
  await wrapper.find('input[name=password]').setValue(password)
  await wrapper.find('form').trigger('submit')
  await settle()
}

beforeEach(() => { stubFetch({}) })
afterEach(() => vi.unstubAllGlobals())

describe('LoginPage', () => {
  it("shows the server's problem detail on 401 and clears the password", async () => {
    stubFetch({
      'POST /api/auth/login': { status: 401, body: { type: '/problems/unauthorized', title: 'Unauthorized', status: 401, detail: 'Wrong username or password.' } },
    })
    const { wrapper } = await mountLogin()
    await fillAndSubmit(wrapper, 'wrong')
    expect(wrapper.find('.problem-summary').text()).toBe('用户名或密码错误')
    expect(wrapper.find('[data-testid=problem-detail]').text()).toBe('Wrong username or password.')
    expect((wrapper.find('input[name=password]').element as HTMLInputElement).value).toBe('')
  })

  it('shows the throttling problem on 429', async () => {
    stubFetch({ 'POST /api/auth/login': { status: 429, body: { type: '/problems/too-many-requests', title: 'Too Many Requests', status: 429, detail: '请稍后再试' } } })
    const { wrapper } = await mountLogin()
    await fillAndSubmit(wrapper, 'x')
    expect(wrapper.find('.problem-summary').text()).toBe('尝试次数过多，请稍后再试')
    expect(wrapper.find('[data-testid=problem-detail]').text()).toBe('请稍后再试')
  })

  it('logs in, stores the CSRF token and follows a same-app redirect', async () => {
    const { requests } = stubFetch({ 'POST /api/auth/login': { body: { user: admin, csrf_token: 'csrf-1' } } })
    const { wrapper, router } = await mountLogin('/login?redirect=/admin')
    await fillAndSubmit(wrapper, 'secret')
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ username: 'admin', password: 'secret' })
    expect(useAuthStore().csrfToken).toBe('csrf-1')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/admin'))
  })

  it('ignores a redirect to another origin', async () => {
    stubFetch({ 'POST /api/auth/login': { body: { user: admin, csrf_token: 'c' } } })
    const { wrapper, router } = await mountLogin('/login?redirect=//evil.example/x')
    await fillAndSubmit(wrapper, 'secret')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/places'))
  })

  it('disables submit until both fields are filled', async () => {
    const { wrapper } = await mountLogin()
    expect(wrapper.find('button[type=submit]').attributes('disabled')).toBeDefined()
  })
})
