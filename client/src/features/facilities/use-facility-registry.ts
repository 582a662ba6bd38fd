import { computed, reactive, ref, shallowRef } from 'vue'
import type { Problem } from '../../shared/problem'
import {
  createFacility, fetchFacilities, fetchFacility, reactivateFacility, retireFacility, updateFacility,
  type FacilityCollection, type FacilityFeature, type FacilityFilters, type FacilityInput,
} from './facilities.api'

/**
 * Registry state for the facilities workspace: filters, the loaded collection, the selection and
 * the write actions (each resolves to the saved feature or null, leaving the problem in `error`).
 */
export function useFacilityRegistry() {
  const filters = reactive<Required<Pick<FacilityFilters, 'status'>> & FacilityFilters>({ type: [], status: 'active', division: undefined, q: '' })
  const collection = shallowRef<FacilityCollection>({ type: 'FeatureCollection', features: [] })
  const selected = shallowRef<FacilityFeature | null>(null)
  const error = shallowRef<Problem | null>(null)
  const loading = ref(false)
  const saving = ref(false)

  const count = computed(() => collection.value.features.length)

  async function load(): Promise<void> {
    loading.value = true
    const result = await fetchFacilities({ ...filters })
    loading.value = false
    if (result.ok) {
      collection.value = result.data
      error.value = null
    } else error.value = result.problem
  }

  async function select(id: number | null): Promise<void> {
    if (id === null) {
      selected.value = null
      return
    }
    const result = await fetchFacility(id)
    if (result.ok) selected.value = result.data
    else error.value = result.problem
  }

  async function write(call: () => ReturnType<typeof createFacility>): Promise<FacilityFeature | null> {
    saving.value = true
    const result = await call()
    saving.value = false
    if (!result.ok) {
      error.value = result.problem
      // 409: someone else changed it; show the current state so the planner can redo on top of it.
      if (result.status === 409) {
        await load()
        if (selected.value) await select(selected.value.properties.id)
        error.value = result.problem
      }
      return null
    }
    error.value = null
    selected.value = result.data
    await load()
    return result.data
  }

  const create = (input: FacilityInput) => write(() => createFacility(input))
  const update = (id: number, input: FacilityInput) => write(() => updateFacility(id, input))
  const move = (f: FacilityFeature, to: [number, number]) =>
    write(() => updateFacility(f.properties.id, { version: f.properties.version, geometry: { type: 'Point', coordinates: to } }))
  const retire = (f: FacilityFeature, reason: string) => write(() => retireFacility(f.properties.id, f.properties.version, reason))
  const reactivate = (f: FacilityFeature) => write(() => reactivateFacility(f.properties.id, f.properties.version))

  return { filters, collection, selected, error, loading, saving, count, load, select, create, update, move, retire, reactivate }
}

export type UseFacilityRegistryReturn = ReturnType<typeof useFacilityRegistry>
