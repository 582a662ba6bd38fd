import type { FeatureCollection } from 'geojson'
import { onScopeDispose, ref, shallowRef, watch } from 'vue'
import type { Problem } from '../../shared/problem'
import { searchPlacesGeoJson, type PlaceListItem, type SearchFilters } from './places.api'

/**
 * The register search: debounced as the officer types, ranked by the server, results as a list and as
 * GeoJSON for the map. Never throws; failures land in `error`.
 */
export function usePlaceSearch(options: { delay?: number } = {}) {
  const { delay = 250 } = options
  const filters = ref<SearchFilters>({ q: '', category: '', status: '', division: '', limit: 100 })
  const items = shallowRef<PlaceListItem[]>([])
  const collection = shallowRef<FeatureCollection>({ type: 'FeatureCollection', features: [] })
  const matched = ref(0)
  /** False when the server counted only up to its cap: `matched` is then a lower bound (shown as “1000+”). */
  const matchedExact = ref(true)
  const error = shallowRef<Problem | null>(null)
  const loading = ref(false)
  let timer: ReturnType<typeof setTimeout> | null = null

  async function run(): Promise<void> {
    loading.value = true
    const clean = Object.fromEntries(Object.entries(filters.value).filter(([, v]) => v !== '' && v !== undefined)) as SearchFilters
    const result = await searchPlacesGeoJson(clean)
    loading.value = false
    if (!result.ok) { error.value = result.problem; return }
    error.value = null
    collection.value = result.data
    const counts = result.data as FeatureCollection & { numberMatched?: number; numberMatchedExact?: boolean }
    matched.value = Number(counts.numberMatched ?? 0)
    matchedExact.value = counts.numberMatchedExact !== false
    items.value = result.data.features.map((f) => ({ ...(f.properties as PlaceListItem) }))
  }

  watch(filters, () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => { void run() }, delay)
  }, { deep: true, immediate: true })
  onScopeDispose(() => { if (timer) clearTimeout(timer) })

  return { filters, items, collection, matched, matchedExact, error, loading, refresh: run }
}

export type UsePlaceSearchReturn = ReturnType<typeof usePlaceSearch>
