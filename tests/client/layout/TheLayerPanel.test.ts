import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import TheLayerPanel from '../../../client/src/layout/TheLayerPanel.vue'
import { useLayersStore } from '../../../client/src/map/layers.store'
import { i18n } from '../../../client/src/modules/i18n'

function mountPanel() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const layers = useLayersStore()
  layers.register({ id: 'divisions-county', titleKey: 'layers.county', visible: true, group: 'base' })
  layers.register({ id: 'tianditu', titleKey: 'layers.tianditu', visible: false, group: 'online' })
  const wrapper = mount(TheLayerPanel, { global: { plugins: [pinia, i18n] } })
  return { wrapper, layers }
}

beforeEach(() => setActivePinia(createPinia()))

describe('TheLayerPanel', () => {
  it('lists registered layers under translated group headings', () => {
    const { wrapper } = mountPanel()
    expect(wrapper.findAll('legend').map((l) => l.text())).toEqual(['基础图层', '在线底图'])
    expect(wrapper.findAll('label').map((l) => l.text())).toEqual(['县级行政区', '天地图底图'])
  })

  it('reflects and toggles visibility in the store', async () => {
    const { wrapper, layers } = mountPanel()
    const county = wrapper.find('input[data-layer-id=divisions-county]')
    expect((county.element as HTMLInputElement).checked).toBe(true)
    await county.setValue(false)
    expect(layers.entries.find((e) => e.id === 'divisions-county')?.visible).toBe(false)
    await wrapper.find('input[data-layer-id=tianditu]').setValue(true)
    expect(layers.entries.find((e) => e.id === 'tianditu')?.visible).toBe(true)
  })

  it('collapses', async () => {
    const { wrapper } = mountPanel()
    await wrapper.find('.layer-panel-toggle').trigger('click')
    expect(wrapper.find('input').exists()).toBe(false)
  })
})
