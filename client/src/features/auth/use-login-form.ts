import { ref, shallowRef } from 'vue'
import type { Problem } from '../../shared/problem'
import { useAuthStore } from './auth.store'

/**
 * State of the login form. `submit` resolves to whether the user is now logged in; on failure the
 * server's problem (e.g. 401 wrong password, 429 throttled) is in `error`. Never throws (STYLE §7).
 */
export function useLoginForm() {
  const auth = useAuthStore()
  const username = ref('')
  const password = ref('')
  const submitting = ref(false)
  const error = shallowRef<Problem | null>(null)

  async function submit(): Promise<boolean> {
    if (submitting.value) return false
    submitting.value = true
    error.value = null
    const ok = await auth.login(username.value.trim(), password.value)
    submitting.value = false
    if (!ok) {
      error.value = auth.error
      password.value = ''
    }
    return ok
  }

  return { username, password, submitting, error, submit }
}

export type UseLoginFormReturn = ReturnType<typeof useLoginForm>
