import { onScopeDispose, ref, shallowRef } from 'vue'
import type { Problem } from '../../shared/problem'
import { getImportJob, uploadImport, type ImportJob } from './bulk.api'

export interface UseBulkImportOptions {
  /** Milliseconds between polls of a running import. */
  pollMs?: number
  csrf?: () => string | null
}

/**
 * Upload a file for import, then poll the job until it finishes: `phase`, an overall `fraction`
 * (upload first half, server import second half) for the progress bar, the `job` with its report,
 * and `problem` when a request fails. Never throws.
 */
export function useBulkImport(options: UseBulkImportOptions = {}) {
  const { pollMs = 500, csrf = () => null } = options
  const phase = ref<'idle' | 'uploading' | 'importing' | 'done'>('idle')
  const fraction = ref(0)
  const job = shallowRef<ImportJob | null>(null)
  const problem = shallowRef<Problem | null>(null)
  let timer: ReturnType<typeof setTimeout> | null = null
  let disposed = false

  async function poll(id: string): Promise<void> {
    const r = await getImportJob(id)
    if (disposed) return
    if (!r.ok) {
      problem.value = r.problem
      phase.value = 'done'
      return
    }
    job.value = r.data
    fraction.value = 0.5 + 0.5 * (r.data.progress.fraction ?? 0)
    if (r.data.status === 'running') timer = setTimeout(() => void poll(id), pollMs)
    else {
      fraction.value = 1
      phase.value = 'done'
    }
  }

  async function start(file: File, target: string, encoding: string | null): Promise<void> {
    problem.value = null
    job.value = null
    phase.value = 'uploading'
    fraction.value = 0
    const r = await uploadImport(file, { target, encoding, csrf: csrf() }, (f) => { fraction.value = f / 2 })
    if (disposed) return
    if (!r.ok) {
      problem.value = r.problem
      phase.value = 'done'
      return
    }
    job.value = r.data
    phase.value = 'importing'
    await poll(r.data.id)
  }

  onScopeDispose(() => {
    disposed = true
    if (timer) clearTimeout(timer)
  })

  return { phase, fraction, job, problem, start }
}

export type UseBulkImportReturn = ReturnType<typeof useBulkImport>
