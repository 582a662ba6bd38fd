import { writeAudit } from '../auth/audit.ts'
import { resolveSettings } from '../domain/naming/rule-set-settings.ts'
import { readImportFile, type ImportFormat } from '../domain/places/import/read-import-file.ts'
import type { ZipLimits } from '../domain/zip/zip-limits.ts'
import { validateImportRow, type ImportIssue, type ImportRow } from '../domain/places/import/validate-import-row.ts'
import { placeNameFields } from '../domain/places/place-name-fields.ts'
import type { Db, Queryable } from './db.ts'
import type { Actor } from './places.register.ts'
import { ruleSetForDivision } from './places.rule-sets.ts'

/** Largest import accepted in one go. */
export const MAX_IMPORT_ROWS = 20_000

/** What the validator found, per row, before anything is written. */
export interface ImportReport {
  format: ImportFormat
  rows: number
  valid: boolean
  imported: number
  dry_run: boolean
  errors: ImportIssue[]
  warnings: ImportIssue[]
  problems: string[]
}

/** Division of each row's geometry (point on surface), in one query. */
const LOCATE = `
  SELECT r.idx, (SELECT d.code FROM divisions d WHERE d.geom IS NOT NULL
      AND ST_Covers(d.geom, ST_PointOnSurface(ST_SetSRID(ST_GeomFromGeoJSON(r.geometry), 4326)))
      ORDER BY CASE d.level WHEN 'village' THEN 1 WHEN 'township' THEN 2 WHEN 'county' THEN 3 ELSE 4 END LIMIT 1) AS code,
    ST_IsValid(ST_SetSRID(ST_GeomFromGeoJSON(r.geometry), 4326)) AS valid
  FROM json_to_recordset($1::json) AS r(idx int, geometry text)`

/** Register entries already carrying a normalised name in a county and class ($1 json of {idx, key}). */
const EXISTING = `
  SELECT r.idx, string_agg(p.name || '（' || coalesce(d.name, '') || '）', '、') AS matches
  FROM json_to_recordset($1::json) AS r(idx int, normalized text, county text, category text)
  JOIN place_names p ON p.normalized_name = r.normalized AND substr(p.division_code, 1, 6) = r.county AND p.category_code = r.category
  LEFT JOIN divisions d ON d.code = p.division_code
  GROUP BY r.idx`

/** Ids for the rows to insert, taken from the identity sequence first so aliases can refer to them. */
const NEXT_IDS = `SELECT nextval(pg_get_serial_sequence('place_names', 'id'))::bigint AS id FROM generate_series(1, $1)`

const BULK_INSERT = `
  WITH input AS (
    SELECT r.* FROM json_to_recordset($1::json) AS r(id bigint, name text, specific_name text, generic_name text, pinyin text,
      pinyin_confirmed boolean, category_code text, division_code text, geometry text, location_description text, meaning text,
      origin text, status text, approval_authority text, document_number text, approved_on date, source text,
      search_pinyin text, search_initials text, normalized_name text, aliases json)
  ), inserted AS (
    INSERT INTO place_names (id, name, specific_name, generic_name, pinyin, pinyin_confirmed, category_code, division_code, geom,
      location_description, meaning, origin, status, approval_authority, document_number, approved_on, source,
      search_pinyin, search_initials, normalized_name, created_by, updated_by)
    OVERRIDING SYSTEM VALUE
    SELECT id, name, specific_name, generic_name, pinyin, pinyin_confirmed, category_code, division_code,
      ST_SetSRID(ST_GeomFromGeoJSON(geometry), 4326), location_description, meaning, origin, status, approval_authority,
      document_number, approved_on, source, search_pinyin, search_initials, normalized_name, $2, $2
    FROM input ORDER BY id
    RETURNING id, name, pinyin
  ), revisions AS (
    INSERT INTO place_name_revisions (place_id, revision, action, reason, after, changed_by, created_by, updated_by)
    SELECT id, 1, 'import', $3, json_build_object('name', name, 'pinyin', pinyin)::jsonb, $2, $2, $2 FROM inserted
    RETURNING place_id
  ), aliases AS (
    INSERT INTO place_name_aliases (place_id, name, kind, search_pinyin, search_initials, normalized_name, created_by, updated_by)
    SELECT DISTINCT ON (x.id, a.name) x.id, a.name, 'historic', a.search_pinyin, a.search_initials, a.normalized_name, $2, $2
    FROM input x CROSS JOIN LATERAL json_to_recordset(x.aliases) AS a(name text, search_pinyin text, search_initials text, normalized_name text)
    RETURNING id
  )
  SELECT (SELECT count(*)::int FROM inserted) AS places, (SELECT count(*)::int FROM revisions) AS revisions, (SELECT count(*)::int FROM aliases) AS aliases`

async function locate(q: Queryable, rows: ImportRow[]) {
  const { rows: found } = await q.query<{ idx: number; code: string | null; valid: boolean }>(LOCATE, [JSON.stringify(rows.map((r, idx) => ({ idx, geometry: JSON.stringify(r.geometry) })))])
  return found
}

/**
 * Validate an import file row by row and, unless `dryRun` or any row has an error, write every row in one
 * transaction (all or nothing). Divisions come from the geometry; duplicates of the register or within the
 * file and readings to confirm are warnings.
 * @returns the report (errors and warnings per row, how many were imported)
 */
export async function importPlaces(db: Db, format: ImportFormat, bytes: Buffer, options: { dryRun: boolean; actor: Actor; requestId?: string; source: string; zipLimits?: ZipLimits }): Promise<ImportReport> {
  const table = await readImportFile(format, bytes, options.zipLimits)
  const report: ImportReport = { format, rows: table.rows.length, valid: false, imported: 0, dry_run: options.dryRun, errors: [], warnings: [], problems: table.problems }
  if (table.rows.length > MAX_IMPORT_ROWS) report.problems.push(`最多 ${MAX_IMPORT_ROWS} 行 / at most ${MAX_IMPORT_ROWS} rows per import`)
  if (table.rows.length === 0) report.problems.push('没有数据行 / no data rows')
  const fatal = report.problems.some((p) => !p.startsWith('忽略'))
  if (fatal) return report
  const clean: ImportRow[] = []
  for (const { row, cells } of table.rows) {
    const result = validateImportRow(row, cells)
    for (const issue of result.issues) (issue.level === 'error' ? report.errors : report.warnings).push(issue)
    if (result.row) clean.push(result.row)
  }
  const located = await locate(db, clean)
  const divisionOf = new Map<number, string>()
  for (const l of located) {
    const r = clean[l.idx]!
    if (!l.valid) report.errors.push({ row: r.row, column: 'geometry', level: 'error', message: '几何自相交或无效 / the geometry is invalid (self-intersecting)' })
    else if (!l.code) report.errors.push({ row: r.row, column: 'geometry', level: 'error', message: '位置不在本市辖区内 / the location lies outside the city’s divisions' })
    else divisionOf.set(l.idx, l.code)
  }
  const settingsCache = new Map<string, ReturnType<typeof resolveSettings>>()
  const settingsFor = async (code: string) => {
    const county = code.slice(0, 6)
    if (!settingsCache.has(county)) settingsCache.set(county, resolveSettings((await ruleSetForDivision(db, code)).settings))
    return settingsCache.get(county)!
  }
  const prepared: Array<Record<string, unknown> & { row: number; name: string; normalized_name: string; division_code: string; category_code: string }> = []
  const seen = new Map<string, number>()
  for (const [idx, r] of clean.entries()) {
    const code = divisionOf.get(idx)
    if (!code) continue
    const settings = await settingsFor(code)
    const f = placeNameFields(r.name, { category_code: r.category_code, pinyin: r.pinyin }, settings)
    const key = `${f.normalized_name}|${code.slice(0, 6)}|${r.category_code}`
    if (seen.has(key)) report.warnings.push({ row: r.row, column: 'name', level: 'warning', message: `与第 ${seen.get(key)} 行同名（同县同类）/ same name as row ${seen.get(key)}` })
    else seen.set(key, r.row)
    if (f.polyphones.length) report.warnings.push({ row: r.row, column: 'pinyin', level: 'warning', message: `多音字待确认 / readings to confirm: ${f.polyphones.map((p) => `${p.char}(${[p.chosen, ...p.alternatives].join('/')})`).join(' ')}（拼音 ${f.pinyin}）` })
    const aliases = r.aliases.map((a) => {
      const af = placeNameFields(a, { category_code: r.category_code }, settings)
      return { name: af.name, search_pinyin: af.search_pinyin, search_initials: af.search_initials, normalized_name: af.normalized_name }
    })
    prepared.push({ idx, row: r.row, name: f.name, specific_name: f.specific_name, generic_name: f.generic_name, pinyin: f.pinyin,
      pinyin_confirmed: r.pinyin !== null, category_code: r.category_code, division_code: code, geometry: JSON.stringify(r.geometry),
      location_description: r.location_description, meaning: r.meaning, origin: r.origin, status: r.status,
      approval_authority: r.approval_authority, document_number: r.document_number, approved_on: r.approved_on,
      source: r.source ?? `${options.source}（第 ${r.row} 行）`, search_pinyin: f.search_pinyin, search_initials: f.search_initials,
      normalized_name: f.normalized_name, aliases })
  }
  const { rows: existing } = await db.query<{ idx: number; matches: string }>(EXISTING, [JSON.stringify(prepared.map((p, idx) => ({ idx, normalized: p.normalized_name, county: p.division_code.slice(0, 6), category: p.category_code })))])
  for (const e of existing) report.warnings.push({ row: prepared[e.idx]!.row, column: 'name', level: 'warning', message: `名录中已有同名地名 / already in the register: ${e.matches}` })
  report.errors.sort((a, b) => a.row - b.row)
  report.warnings.sort((a, b) => a.row - b.row)
  report.valid = report.errors.length === 0
  if (!report.valid || options.dryRun) return report
  const counts = await db.transaction(async (tx) => {
    const { rows: ids } = await tx.query<{ id: number }>(NEXT_IDS, [prepared.length])
    const withIds = prepared.map((p, i) => ({ ...p, id: Number(ids[i]!.id) }))
    const { rows: [c] } = await tx.query<{ places: number; aliases: number }>(BULK_INSERT, [JSON.stringify(withIds), options.actor.username, `import: ${options.source}`])
    await writeAudit(tx, { actor: options.actor.id === null ? null : { id: options.actor.id, username: options.actor.username }, action: 'places.import',
      entityType: 'place_name', entityId: 'import', after: { format, rows: prepared.length, source: options.source, aliases: c!.aliases }, requestId: options.requestId })
    return c!
  })
  report.imported = counts.places
  return report
}
