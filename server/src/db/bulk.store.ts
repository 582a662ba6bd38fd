import type { Geometry } from 'geojson'
import type { Queryable } from './db.ts'
import type { ImportIssue } from '../domain/bulk/import-record.ts'
import type { BatchStore, ImportTargetId, PendingRow } from '../domain/bulk/import-target.ts'
import type { DivisionImportRow } from '../domain/bulk/targets/divisions.target.ts'
import type { PlaceNameImportRow } from '../domain/bulk/targets/place-names.target.ts'
import type { RoadImportRow } from '../domain/bulk/targets/roads.target.ts'
import type { FacilityDraft } from '../domain/facilities/parse-facility-row.ts'
import { resolveSettings } from '../domain/naming/rule-set-settings.ts'
import { placeNameFields, type NameFieldSettings } from '../domain/places/place-name-fields.ts'
import {
  CHECK_BATCH_GEOMETRIES,
  INSERT_DIVISIONS_BATCH,
  INSERT_FACILITIES_BATCH,
  INSERT_PLACE_NAMES_BATCH,
  INSERT_ROADS_BATCH,
  SELECT_EXISTING_DIVISION_CODES,
} from './bulk.queries.ts'
import { ensureRuleSets, ruleSetForDivision } from './places.rule-sets.ts'

interface GeometryCheck {
  valid: boolean
  reason: string | null
  deepest_code: string | null
  township_code: string | null
  village_code: string | null
}

async function checkGeometries(tx: Queryable, geometries: Geometry[]): Promise<GeometryCheck[]> {
  const { rows } = await tx.query<GeometryCheck>(CHECK_BATCH_GEOMETRIES, [JSON.stringify(geometries)])
  return rows
}

const Outside = 'the geometry lies outside every division of this city (不在本辖区内)'

/** Geometry and division issues of a batch; `need` picks which division must contain the row. */
function geometryIssues<T>(batch: PendingRow<T>[], checks: GeometryCheck[], need: 'deepest' | 'township' | null): ImportIssue[] {
  const issues: ImportIssue[] = []
  batch.forEach((p, i) => {
    const c = checks[i]!
    if (!c.valid) issues.push({ row: p.row, field: 'geometry', detail: `invalid geometry: ${c.reason ?? 'not valid'}` })
    else if (need === 'deepest' && !c.deepest_code) issues.push({ row: p.row, field: 'geometry', detail: Outside })
    else if (need === 'township' && !c.township_code) issues.push({ row: p.row, field: 'geometry', detail: Outside })
  })
  return issues
}

/**
 * The database side of bulk import: per batch one check query (validity, containing divisions,
 * duplicates) and one insert, both with the batch as a single jsonb parameter.
 * @returns the store; rule-set settings for place names are cached per division for the import
 * @example await createBatchStore().store(tx, 'roads', batch, { source: 'import:roads.zip', actor: 'alice' }) // = []
 */
export function createBatchStore(): BatchStore {
  const settingsByDivision = new Map<string, NameFieldSettings>()
  // Divisions under the same rule set share one settings object, so "same settings" is an identity test.
  const settingsByBody = new Map<string, NameFieldSettings>()
  let ruleSetsReady = false
  /** Settings of the last row stored: the guess for the next batch (an import is usually one jurisdiction). */
  let lastSettings: NameFieldSettings | null = null

  async function settingsFor(tx: Queryable, code: string): Promise<NameFieldSettings> {
    let s = settingsByDivision.get(code)
    if (!s) {
      if (!ruleSetsReady) {
        await ensureRuleSets(tx)
        ruleSetsReady = true
      }
      const resolved = resolveSettings((await ruleSetForDivision(tx, code)).settings)
      const body = JSON.stringify(resolved)
      s = settingsByBody.get(body) ?? resolved
      settingsByBody.set(body, s)
      settingsByDivision.set(code, s)
    }
    return s
  }

  const fieldsOf = (row: PlaceNameImportRow, settings: NameFieldSettings) => {
    const { polyphones: _ignored, ...fields } = placeNameFields(row.name, { category_code: row.category_code, pinyin: row.pinyin }, settings)
    return fields
  }

  const stores: Record<ImportTargetId, (tx: Queryable, batch: PendingRow<never>[], meta: { source: string; actor: string }) => Promise<ImportIssue[]>> = {
    async place_names(tx, batch: PendingRow<PlaceNameImportRow>[], meta) {
      // The division of a row comes from the check query; the name fields depend on the division's rule
      // set. While the database checks the batch, compute the fields with the previous batch's settings,
      // then redo only rows whose division turns out to have other settings.
      const checking = checkGeometries(tx, batch.map((p) => p.value.geometry))
      const guess = lastSettings
      const early = guess ? batch.map((p) => fieldsOf(p.value, guess)) : null
      const checks = await checking
      const issues = geometryIssues(batch, checks, 'deepest')
      if (issues.length) return issues
      const rows = []
      for (const [i, p] of batch.entries()) {
        const division = checks[i]!.deepest_code!
        const settings = await settingsFor(tx, division)
        const fields = early && settings === guess ? early[i]! : fieldsOf(p.value, settings)
        rows.push({ ...p.value, ...fields, division_code: division })
        lastSettings = settings
      }
      await tx.query(INSERT_PLACE_NAMES_BATCH, [JSON.stringify(rows), meta.source, meta.actor])
      return []
    },
    async roads(tx, batch: PendingRow<RoadImportRow>[], meta) {
      const checks = await checkGeometries(tx, batch.map((p) => p.value.geometry))
      const issues = geometryIssues(batch, checks, null)
      if (issues.length) return issues
      const rows = batch.map((p, i) => ({ ...p.value, division_code: checks[i]!.deepest_code }))
      await tx.query(INSERT_ROADS_BATCH, [JSON.stringify(rows), meta.source, meta.actor])
      return []
    },
    async facilities(tx, batch: PendingRow<FacilityDraft>[], meta) {
      const checks = await checkGeometries(tx, batch.map((p) => ({ type: 'Point', coordinates: [p.value.lng, p.value.lat] }) as Geometry))
      const issues = geometryIssues(batch, checks, 'township')
      if (issues.length) return issues
      const rows = batch.map((p, i) => ({ ...p.value, division_code: checks[i]!.township_code, village_code: checks[i]!.village_code }))
      await tx.query(INSERT_FACILITIES_BATCH, [JSON.stringify(rows), meta.source, meta.actor])
      return []
    },
    async divisions(tx, batch: PendingRow<DivisionImportRow>[], meta) {
      const checks = await checkGeometries(tx, batch.map((p) => p.value.geometry))
      const issues = geometryIssues(batch, checks, null)
      const codes = batch.flatMap((p) => [p.value.code, ...(p.value.parent_code ? [p.value.parent_code] : [])])
      const { rows } = await tx.query<{ code: string }>(SELECT_EXISTING_DIVISION_CODES, [codes])
      const known = new Set(rows.map((r) => r.code))
      const inBatch = new Set<string>()
      for (const p of batch) {
        if (known.has(p.value.code) || inBatch.has(p.value.code)) issues.push({ row: p.row, field: 'code', detail: `division ${p.value.code} already exists` })
        if (p.value.parent_code && !known.has(p.value.parent_code) && !inBatch.has(p.value.parent_code)) {
          issues.push({ row: p.row, field: 'parent_code', detail: `parent ${p.value.parent_code} is neither stored nor earlier in the file` })
        }
        inBatch.add(p.value.code)
      }
      if (issues.length) return issues
      await tx.query(INSERT_DIVISIONS_BATCH, [JSON.stringify(batch.map((p) => p.value)), meta.source, meta.actor])
      return []
    },
  }
  return {
    store: (tx, target, batch, meta) => stores[target](tx, batch as PendingRow<never>[], meta),
  }
}
