import type { Db } from '../../db/db.ts'
import { BadImportFile, ReasonEmpty, ReasonMissingColumns } from './bad-import-file.ts'
import { canonicalProperties, missingFields } from './canonical-properties.ts'
import type { ImportIssue, RecordSource } from './import-record.ts'
import type { ImportProgress, ImportReport } from './import-report.ts'
import type { BatchStore, ImportTarget, PendingRow } from './import-target.ts'

/** Rows per insert: one round trip each; big enough to amortise, small enough to bound memory. */
export const DefaultBatchSize = 2000
/** Issues kept in the report (all are counted). */
export const MaxReportedIssues = 200

export interface RunImportOptions {
  db: Db
  target: ImportTarget
  store: BatchStore
  /** Opens the file; a BadImportFile thrown here or while reading becomes the report's fileError. */
  open: () => Promise<RecordSource> | RecordSource
  fileName: string
  actor: string
  batchSize?: number
  onProgress?: (p: ImportProgress) => void
  /** Share of the file read so far, when known (byte-counting readers). */
  fraction?: () => number | null
  /** Called inside the transaction after a successful import (e.g. the audit row). */
  onSuccess?: (tx: Parameters<Parameters<Db['transaction']>[0]>[0], report: ImportReport) => Promise<void>
}

class Rollback extends Error {}

/**
 * Import one file into one table in one transaction: stream the records, validate each, store in
 * batches, and roll everything back if any record or batch has an issue (nothing half-imported).
 * @param o the target, store, file opener and callbacks
 * @returns the validation report (ok or not); never throws for bad data
 * @example (await runImport({ db, target: roadsTarget, store, open: () => readGeojson(p), fileName: 'roads.geojson', actor: 'alice' })).rowsImported // = 120
 */
export async function runImport(o: RunImportOptions): Promise<ImportReport> {
  const { target, store, batchSize = DefaultBatchSize } = o
  const report: ImportReport = { ok: false, target: target.id, fileName: o.fileName, rowsRead: 0, rowsImported: 0, issueCount: 0, issues: [], fileError: null }
  const addIssues = (issues: ImportIssue[]) => {
    report.issueCount += issues.length
    for (const i of issues) if (report.issues.length < MaxReportedIssues) report.issues.push(i)
  }
  const progress = () => o.onProgress?.({ rowsRead: report.rowsRead, rowsImported: report.rowsImported, fraction: o.fraction?.() ?? null })
  const meta = { source: `import:${o.fileName}`.slice(0, 200), actor: o.actor }
  try {
    await o.db.transaction(async (tx) => {
      const source = await o.open()
      let batch: PendingRow<unknown>[] = []
      // One batch is stored while the next one is read and parsed, so the database and Node work at
      // the same time (the transaction's statements still run one after another).
      let pending: Promise<void> | null = null
      let storeError: unknown = null
      const settle = async () => {
        if (pending) await pending
        pending = null
        if (storeError) throw storeError
      }
      const flush = async () => {
        await settle()
        if (batch.length && report.issueCount === 0) {
          const stored = batch
          pending = store.store(tx, target.id, stored, meta).then(
            (issues) => {
              addIssues(issues)
              if (issues.length === 0) report.rowsImported += stored.length
              progress()
            },
            (err: unknown) => {
              storeError = err
            },
          )
        }
        batch = []
      }
      for await (const rec of source.records) {
        if (report.rowsRead === 0 && source.tabular) {
          const missing = missingFields(rec.properties, target.fields)
          if (missing.length) throw new BadImportFile(ReasonMissingColumns, `The file lacks the required columns: ${missing.join(', ')}.`)
        }
        report.rowsRead++
        if (rec.geometryIssue) {
          addIssues([{ row: rec.row, field: rec.geometryIssue.field, detail: rec.geometryIssue.detail }])
          continue
        }
        const parsed = target.parse(canonicalProperties(rec.properties, target.fields), rec.geometry, rec.row)
        if (!parsed.ok) addIssues(parsed.issues)
        else if (report.issueCount === 0) batch.push({ row: rec.row, value: parsed.value })
        if (batch.length >= batchSize) await flush()
      }
      await flush()
      await settle()
      progress()
      if (report.rowsRead === 0) throw new BadImportFile(ReasonEmpty, 'The file holds no records.')
      if (report.issueCount > 0) throw new Rollback()
      report.ok = true
      await o.onSuccess?.(tx, report)
    })
  } catch (err) {
    report.ok = false
    report.rowsImported = 0
    if (err instanceof BadImportFile) report.fileError = { reason: err.reason, detail: err.message }
    else if (!(err instanceof Rollback)) throw err
  }
  progress()
  return report
}
