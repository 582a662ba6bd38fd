import { ref, shallowRef } from 'vue'
import type { Problem } from '../../shared/problem'
import { postPasswordChange } from './auth.api'

/** State of the change-password form; `error` holds the server's problem, `done` turns true on success. */
export function usePasswordChange() {
  const currentPassword = ref('')
  const newPassword = ref('')
  const submitting = ref(false)
  const done = ref(false)
  const error = shallowRef<Problem | null>(null)

  async function submit(): Promise<boolean> {
    submitting.value = true
    error.value = null
    done.value = false
    const result = await postPasswordChange(currentPassword.value, newPassword.value)
    submitting.value = false
    if (!result.ok) {
      error.value = result.problem
      return false
    }
    currentPassword.value = ''
    newPassword.value = ''
    done.value = true
    return true
  }

  return { currentPassword, newPassword, submitting, done, error, submit }
}
