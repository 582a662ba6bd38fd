import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import FacilityForm from '../../../../client/src/features/facilities/FacilityForm.vue'
import { useFacilityTypes } from '../../../../client/src/features/facilities/use-facility-types'
import { i18n } from '../../../../client/src/modules/i18n'
import { settle, stubFetch } from '../../helpers'
import { typesPayload } from './types-payload'

async function mountForm(props: Partial<InstanceType<typeof FacilityForm>['$props']> = {}) {
  setActivePinia(createPinia())
  const wrapper = mount(FacilityForm, {
    props: { facility: null, position: [114.3, 29.85], problem: null, saving: false, ...props },
    global: { plugins: [i18n] },
  })
  await settle()
  return wrapper
}

beforeEach(async () => {
  stubFetch({ 'GET /api/facilities/types': { body: typesPayload() } })
  i18n.global.locale.value = 'zh-CN'
  await useFacilityTypesLoaded()
})
afterEach(() => vi.unstubAllGlobals())

async function useFacilityTypesLoaded() {
  const { load } = mountless()
  await load()
}
function mountless() {
  let api: ReturnType<typeof useFacilityTypes> | null = null
  mount({ setup() { api = useFacilityTypes(); return () => null } }, { global: { plugins: [i18n] } })
  return api!
}

describe('FacilityForm', () => {
  it('shows the chosen type’s attributes with Chinese labels and emits a cleaned create body', async () => {
    const wrapper = await mountForm()
    await wrapper.find('[data-testid=facility-type]').setValue('public_cemetery')
    await wrapper.find('[data-testid=facility-name]').setValue('甲镇公墓')
    expect(wrapper.text()).toContain('墓穴数')
    await wrapper.find('[data-testid=attr-plots]').setValue('500')
    await wrapper.find('[data-testid=attr-used_plots]').setValue('120')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('save')![0]![0]).toEqual({
      type: 'public_cemetery', name: '甲镇公墓', address: null, attributes: { plots: 500, used_plots: 120 },
      geometry: { type: 'Point', coordinates: [114.3, 29.85] },
    })
  })

  it('puts a translated server reason under the field it concerns', async () => {
    const problem = { type: '/problems/invalid-parameter', title: 'Invalid parameter', status: 400, detail: 'Invalid facility attributes.',
      errors: [{ parameter: 'body.attributes.used_plots', detail: 'used_plots_exceed_plots' }] }
    const wrapper = await mountForm({ problem })
    await wrapper.find('[data-testid=facility-type]').setValue('public_cemetery')
    expect(wrapper.find('.field-error').text()).toBe('已用墓穴数不能超过墓穴数')
  })

  it('edits an existing facility: sends its version, no type, and no geometry when not moved', async () => {
    const facility = {
      type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [114.31, 29.84] },
      properties: { id: 7, type: 'emergency_shelter', name: '广场', address: null, attributes: { capacity_persons: 800 }, version: 3 } as never,
    }
    const wrapper = await mountForm({ facility, position: null })
    await wrapper.find('[data-testid=attr-capacity_persons]').setValue('900')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('save')![0]![0]).toEqual({ name: '广场', address: null, attributes: { capacity_persons: 900 }, version: 3 })
  })
})
