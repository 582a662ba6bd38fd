import { computed, shallowRef } from 'vue'
import { http } from '../../shared/http'

interface TreeNode {
  code: string
  name: string
  level: string
  children?: TreeNode[]
}

const tree = shallowRef<TreeNode[]>([])
let loading: Promise<void> | null = null

/**
 * Counties and their townships for division pickers (from `GET /api/divisions`, loaded once).
 * Shared by the facilities and coverage workspaces.
 */
export function useDivisionOptions() {
  function load(): Promise<void> {
    if (tree.value.length) return Promise.resolve()
    loading ??= http<{ items: TreeNode[] }>('/api/divisions', { query: { depth: 3 } }).then((r) => {
      if (r.ok) tree.value = r.data.items
      loading = null
    })
    return loading
  }
  const city = computed(() => tree.value[0] ?? null)
  const counties = computed(() => city.value?.children ?? [])
  const townshipsOf = (countyCode: string | undefined) => counties.value.find((c) => c.code === countyCode)?.children ?? []
  return { load, city, counties, townshipsOf }
}
