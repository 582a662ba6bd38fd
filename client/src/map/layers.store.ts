import { defineStore } from 'pinia'
import { computed, ref } from 'vue'

/** One row of the layer panel. An area registers its layers here and adds them to the map with `useMap()`. */
export interface LayerEntry {
  /** Unique id; also the map layer id unless `mapLayerIds` is given. */
  id: string
  /** Locale key of the row's label. */
  titleKey: string
  visible: boolean
  /** Group heading in the panel, e.g. 'base', 'places', 'facilities'. */
  group: string
  /** Map layers switched together by this row (fill + line + label). Defaults to `[id]`. */
  mapLayerIds?: string[]
}

/** Map layer ids that an entry controls. */
export function mapLayerIdsOf(entry: LayerEntry): string[] {
  return entry.mapLayerIds?.length ? entry.mapLayerIds : [entry.id]
}

/** Layers shown in the layer panel, with their visibility, grouped for display. */
export const useLayersStore = defineStore('layers', () => {
  const entries = ref<LayerEntry[]>([])

  /** Adds an entry, or updates its title/group/layers while keeping the visibility the user chose. */
  function register(entry: LayerEntry): void {
    const existing = entries.value.find((e) => e.id === entry.id)
    if (existing) Object.assign(existing, { ...entry, visible: existing.visible })
    else entries.value.push({ ...entry })
  }

  function unregister(id: string): void {
    entries.value = entries.value.filter((e) => e.id !== id)
  }

  function setVisible(id: string, visible: boolean): void {
    const entry = entries.value.find((e) => e.id === id)
    if (entry) entry.visible = visible
  }

  function toggle(id: string): void {
    const entry = entries.value.find((e) => e.id === id)
    if (entry) entry.visible = !entry.visible
  }

  /** Whether a map layer should be drawn: hidden only when an entry controlling it is hidden. */
  function isMapLayerVisible(mapLayerId: string): boolean {
    return !entries.value.some((e) => !e.visible && mapLayerIdsOf(e).includes(mapLayerId))
  }

  const groups = computed(() => {
    const byGroup = new Map<string, LayerEntry[]>()
    for (const entry of entries.value) byGroup.set(entry.group, [...(byGroup.get(entry.group) ?? []), entry])
    return [...byGroup].map(([group, items]) => ({ group, items }))
  })

  return { entries, groups, register, unregister, setVisible, toggle, isMapLayerVisible }
})
