import { onScopeDispose, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'
import type { Problem } from '../../shared/problem'
import { checkName, type CheckRequest, type CheckResult } from './naming.api'

/**
 * Live naming checks while the officer types: debounced, the previous request aborted, never throws.
 * @param request - the name and its feature (null = nothing to check yet)
 * @param options - `delay` in ms before checking (default 300)
 * @returns the latest result, a problem if the check failed, and whether a check is running
 */
export function useNameCheck(request: MaybeRefOrGetter<CheckRequest | null>, options: { delay?: number } = {}) {
  const { delay = 300 } = options
  const result = shallowRef<CheckResult | null>(null)
  const error = shallowRef<Problem | null>(null)
  const checking = ref(false)
  let timer: ReturnType<typeof setTimeout> | null = null
  let controller: AbortController | null = null

  async function run(req: CheckRequest): Promise<void> {
    controller?.abort()
    controller = new AbortController()
    checking.value = true
    const response = await checkName(req, controller.signal)
    if (controller.signal.aborted) return
    checking.value = false
    if (response.ok) {
      result.value = response.data
      error.value = null
    } else {
      result.value = null
      error.value = response.problem
    }
  }

  watch(() => JSON.stringify(toValue(request)), () => {
    const req = toValue(request)
    if (timer) clearTimeout(timer)
    if (!req || !req.name.trim()) {
      result.value = null
      error.value = null
      return
    }
    timer = setTimeout(() => { void run(req) }, delay)
  }, { immediate: true })

  onScopeDispose(() => {
    if (timer) clearTimeout(timer)
    controller?.abort()
  })

  return { result, error, checking }
}

export type UseNameCheckReturn = ReturnType<typeof useNameCheck>
