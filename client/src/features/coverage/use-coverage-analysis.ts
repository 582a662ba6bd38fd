import { reactive, ref, shallowRef } from 'vue'
import type { Problem } from '../../shared/problem'
import {
  runCoverage, suggestSites, whatIfCoverage,
  type CoverageParams, type CoverageRun, type SuggestParams, type Suggestion, type WhatIf, type WhatIfChanges,
} from './coverage.api'

/**
 * State of the coverage workspace: parameters, the last run, suggestion and what-if, and the
 * actions producing them. Actions never throw; a failure lands in `error`.
 */
export function useCoverageAnalysis() {
  const params = reactive<CoverageParams>({ types: ['rural_mutual_aid_centre'], distance_m: 1000, network: 'straight', scope: null })
  const suggestParams = reactive({ k: 5, candidates: 'villages' as SuggestParams['candidates'], grid_m: 1000, require_per_township: false, weight: 'population' as SuggestParams['weight'], demand_class: 'rural' as SuggestParams['demand_class'] })
  const changes = reactive<WhatIfChanges>({ add: [], move: [], close: [] })
  const run = shallowRef<CoverageRun | null>(null)
  const suggestion = shallowRef<Suggestion | null>(null)
  const whatIf = shallowRef<WhatIf | null>(null)
  const error = shallowRef<Problem | null>(null)
  const busy = ref<'run' | 'suggest' | 'what_if' | null>(null)

  const body = (): CoverageParams => ({ types: [...params.types], distance_m: params.distance_m, network: params.network, scope: params.scope || null })

  async function compute(): Promise<boolean> {
    busy.value = 'run'
    const r = await runCoverage(body())
    busy.value = null
    if (!r.ok) {
      error.value = r.problem
      return false
    }
    error.value = null
    run.value = r.data
    suggestion.value = null
    whatIf.value = null
    return true
  }

  async function suggest(): Promise<boolean> {
    busy.value = 'suggest'
    const r = await suggestSites({ ...body(), ...suggestParams })
    busy.value = null
    if (!r.ok) {
      error.value = r.problem
      return false
    }
    error.value = null
    suggestion.value = r.data
    return true
  }

  async function simulate(): Promise<boolean> {
    busy.value = 'what_if'
    const r = await whatIfCoverage({ ...body(), changes: { add: [...changes.add], move: [...changes.move], close: [...changes.close] } })
    busy.value = null
    if (!r.ok) {
      error.value = r.problem
      return false
    }
    error.value = null
    whatIf.value = r.data
    return true
  }

  function resetChanges(): void {
    changes.add = []
    changes.move = []
    changes.close = []
    whatIf.value = null
  }

  return { params, suggestParams, changes, run, suggestion, whatIf, error, busy, body, compute, suggest, simulate, resetChanges }
}

export type UseCoverageAnalysisReturn = ReturnType<typeof useCoverageAnalysis>
