import type { ImportIssue } from './import-record.ts'
import type { ImportTargetId } from './import-target.ts'

/** The validation report of one import: what was read, what was stored, and why not. */
export interface ImportReport {
  ok: boolean
  target: ImportTargetId
  fileName: string
  rowsRead: number
  /** Rows stored: all of them when ok, 0 otherwise (one transaction per import). */
  rowsImported: number
  /** How many issues were found in total; `issues` lists the first ones. */
  issueCount: number
  issues: ImportIssue[]
  /** Set when the file as a whole is unusable (broken zip, wrong encoding, missing columns, empty). */
  fileError: { reason: string; detail: string } | null
}

/** Progress of a running import, reported after every batch. */
export interface ImportProgress {
  rowsRead: number
  rowsImported: number
  /** Share of the file read, 0…1, when the reader can tell. */
  fraction: number | null
}
