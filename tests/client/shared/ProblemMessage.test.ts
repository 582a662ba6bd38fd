import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ProblemMessage from '../../../client/src/shared/ProblemMessage.vue'
import { i18n, setLocale } from '../../../client/src/modules/i18n'
import type { Problem } from '../../../client/src/shared/problem'

const conflict: Problem = { type: '/problems/conflict', title: 'Conflict', status: 409, detail: 'version 3 is current' }

function mountProblem(problem: Problem | null, overrides?: Record<string, string>) {
  return mount(ProblemMessage, { props: { problem, overrides }, global: { plugins: [i18n] } })
}

afterEach(() => setLocale('zh-CN'))

describe('ProblemMessage', () => {
  it('renders nothing without a problem', () => {
    expect(mountProblem(null).find('[data-testid=problem]').exists()).toBe(false)
  })

  it('shows a localized sentence for a known type and the server detail below it', () => {
    const wrapper = mountProblem(conflict)
    expect(wrapper.find('.problem-summary').text()).toBe('数据已被他人修改，请查看最新内容后重试')
    expect(wrapper.find('[data-testid=problem-detail]').text()).toBe('version 3 is current')
  })

  it('follows the UI language', () => {
    setLocale('en')
    expect(mountProblem(conflict).find('.problem-summary').text()).toBe('Someone else changed this; review the current version and try again')
  })

  it('falls back to the title for an unknown type', () => {
    expect(mountProblem({ type: '/problems/new-kind', title: 'New kind', status: 400 }).find('.problem-summary').text()).toBe('New kind')
  })

  it('lets the form replace the sentence for a type', () => {
    const wrapper = mountProblem(conflict, { '/problems/conflict': '请刷新' })
    expect(wrapper.find('.problem-summary').text()).toBe('请刷新')
  })

  it('lists field errors', () => {
    const wrapper = mountProblem({ ...conflict, type: '/problems/invalid-parameter', errors: [{ parameter: 'username', detail: 'required' }] })
    expect(wrapper.find('li').text()).toBe('username: required')
  })
})
