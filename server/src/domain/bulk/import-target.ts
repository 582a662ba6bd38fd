import type { Geometry } from 'geojson'
import type { Permission } from '../../auth/permissions.ts'
import type { Queryable } from '../../db/db.ts'
import type { ImportIssue } from './import-record.ts'

/** A column a target reads, with the other headers it is known by (Chinese headers, 10-char DBF names). */
export interface ImportField {
  name: string
  aliases: string[]
  required: boolean
}

/** A validated row waiting for its batch, with its line in the file. */
export interface PendingRow<Row> {
  row: number
  value: Row
}

/** The tables bulk import can fill. */
export type ImportTargetId = 'place_names' | 'roads' | 'facilities' | 'divisions'

/**
 * One table that bulk import can fill: its fields and a `parse` that checks one record on its own
 * (bad data is a value). Checks against the database happen in the `BatchStore`.
 */
export interface ImportTarget<Row = unknown> {
  id: ImportTargetId
  title: { zh: string; en: string }
  permission: Permission
  fields: ImportField[]
  parse(properties: Record<string, unknown>, geometry: Geometry | null, row: number): { ok: true; value: Row } | { ok: false; issues: ImportIssue[] }
}

/**
 * Storage of validated batches (implemented in `db/bulk.store.ts`): check each batch against the
 * database (geometry validity, containing division, duplicates) and insert it only when it has no issue.
 */
export interface BatchStore {
  store(tx: Queryable, target: ImportTargetId, batch: PendingRow<unknown>[], meta: { source: string; actor: string }): Promise<ImportIssue[]>
}
