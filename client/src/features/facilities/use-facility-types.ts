import { computed, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Problem } from '../../shared/problem'
import { fetchFacilityTypes, type FacilityType, type FacilityTypesResponse } from './facilities.api'

const data = shallowRef<FacilityTypesResponse | null>(null)
const error = shallowRef<Problem | null>(null)
let loading: Promise<void> | null = null

/**
 * The facility types (labels, groups, symbols, attribute schemas), loaded once and shared, with
 * label helpers in the current UI language. Type and value labels are data from the API.
 */
export function useFacilityTypes() {
  const { locale } = useI18n()
  const lang = computed(() => (locale.value.startsWith('zh') ? 'zh' : 'en'))

  function load(): Promise<void> {
    if (data.value) return Promise.resolve()
    loading ??= fetchFacilityTypes().then((result) => {
      if (result.ok) data.value = result.data
      else error.value = result.problem
      loading = null
    })
    return loading
  }

  const types = computed<FacilityType[]>(() => data.value?.types ?? [])
  const groups = computed(() => (data.value?.groups ?? []).map((group) => ({ group, types: types.value.filter((t) => t.group === group) })))
  const typeById = (id: string) => types.value.find((t) => t.id === id)
  const typeLabel = (id: string) => typeById(id)?.[lang.value] ?? id
  const attributeLabel = (key: string) => data.value?.attribute_labels[key]?.[lang.value] ?? key
  const valueLabel = (value: unknown): string => {
    if (Array.isArray(value)) return value.map(valueLabel).join(lang.value === 'zh' ? '、' : ', ')
    if (typeof value === 'string') return data.value?.value_labels[value]?.[lang.value] ?? value
    return value === null || value === undefined ? '' : String(value)
  }

  return { load, types, groups, error, lang, typeById, typeLabel, attributeLabel, valueLabel }
}

export type UseFacilityTypesReturn = ReturnType<typeof useFacilityTypes>
