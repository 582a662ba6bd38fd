import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { mapLayerIdsOf, useLayersStore } from '../../../client/src/map/layers.store'

beforeEach(() => setActivePinia(createPinia()))

describe('mapLayerIdsOf', () => {
  it('defaults to the entry id', () => {
    expect(mapLayerIdsOf({ id: 'places', titleKey: 'x', visible: true, group: 'places' })).toEqual(['places'])
  })
})

describe('useLayersStore', () => {
  it('keeps the visibility the user chose when an area registers again', () => {
    const layers = useLayersStore()
    layers.register({ id: 'a', titleKey: 'k', visible: true, group: 'base' })
    layers.setVisible('a', false)
    layers.register({ id: 'a', titleKey: 'k2', visible: true, group: 'base' })
    expect(layers.entries).toEqual([{ id: 'a', titleKey: 'k2', visible: false, group: 'base' }])
  })

  it('toggles and unregisters', () => {
    const layers = useLayersStore()
    layers.register({ id: 'a', titleKey: 'k', visible: true, group: 'base' })
    layers.toggle('a')
    expect(layers.entries[0]?.visible).toBe(false)
    layers.unregister('a')
    expect(layers.entries).toEqual([])
  })

  it('hides a map layer when an entry controlling it is hidden', () => {
    const layers = useLayersStore()
    layers.register({ id: 'county', titleKey: 'k', visible: false, group: 'base', mapLayerIds: ['county-fill', 'county-line'] })
    expect(layers.isMapLayerVisible('county-line')).toBe(false)
    expect(layers.isMapLayerVisible('other')).toBe(true)
  })

  it('groups entries in registration order', () => {
    const layers = useLayersStore()
    layers.register({ id: 'a', titleKey: 'k', visible: true, group: 'base' })
    layers.register({ id: 'b', titleKey: 'k', visible: true, group: 'places' })
    layers.register({ id: 'c', titleKey: 'k', visible: true, group: 'base' })
    expect(layers.groups.map((g) => [g.group, g.items.map((i) => i.id)])).toEqual([['base', ['a', 'c']], ['places', ['b']]])
  })
})
