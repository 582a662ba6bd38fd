import { randomUUID } from 'node:crypto'
import type { ImportProgress, ImportReport } from './import-report.ts'
import type { ImportTargetId } from './import-target.ts'

/** One import as the client polls it (progress bar, then the report). */
export interface ImportJob {
  id: string
  target: ImportTargetId
  fileName: string
  ownerId: number
  status: 'running' | 'succeeded' | 'failed'
  progress: ImportProgress
  report: ImportReport | null
  startedAt: string
  finishedAt: string | null
}

/**
 * The imports of this API instance, newest kept (a finished import is also in the audit log). Jobs live
 * in memory: the client polls the instance that took the upload (see docs/scaling.md, sticky uploads).
 */
export class ImportJobs {
  private readonly jobs = new Map<string, ImportJob>()

  constructor(private readonly keep = 100) {}

  /** Register a running import and return it (mutable by the runner). */
  start(target: ImportTargetId, fileName: string, ownerId: number): ImportJob {
    const job: ImportJob = {
      id: randomUUID(), target, fileName, ownerId, status: 'running',
      progress: { rowsRead: 0, rowsImported: 0, fraction: 0 }, report: null, startedAt: new Date().toISOString(), finishedAt: null,
    }
    this.jobs.set(job.id, job)
    for (const id of this.jobs.keys()) {
      if (this.jobs.size <= this.keep) break
      if (this.jobs.get(id)!.status !== 'running') this.jobs.delete(id)
    }
    return job
  }

  /** Record the final report. */
  finish(job: ImportJob, report: ImportReport): void {
    job.report = report
    job.status = report.ok ? 'succeeded' : 'failed'
    job.progress = { rowsRead: report.rowsRead, rowsImported: report.rowsImported, fraction: 1 }
    job.finishedAt = new Date().toISOString()
  }

  get(id: string): ImportJob | undefined {
    return this.jobs.get(id)
  }
}
