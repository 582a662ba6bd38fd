import { VALUE_LABELS } from './attribute-labels.ts'

/** JSON Schema fragment of one attribute (as produced by `facilityJsonSchema`). */
export interface PropertySchema {
  type?: string
  enum?: string[]
  format?: string
  items?: PropertySchema & { properties?: Record<string, PropertySchema> }
}

/** Result of parsing one cell: the typed value, or why it cannot be one. */
export type CellParse = { ok: true; value: unknown } | { ok: false; detail: string }

/** Enum value by id or by its Chinese/English label. */
function enumValue(text: string, allowed: readonly string[]): string | undefined {
  const t = text.trim()
  if (allowed.includes(t)) return t
  return allowed.find((v) => VALUE_LABELS[v]?.zh === t || VALUE_LABELS[v]?.en.toLowerCase() === t.toLowerCase())
}

/** A spreadsheet date (Date object, 2024/5/1, 2024-05-01, 2024.5.1) as ISO yyyy-mm-dd, or undefined. */
function isoDate(cell: unknown): string | undefined {
  if (cell instanceof Date && !Number.isNaN(cell.getTime())) return cell.toISOString().slice(0, 10)
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(String(cell).trim())
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : undefined
}

/** "在用@1988-03-01；改建为农村文化活动中心@2021-09-15" → [{ status, date }, …]. */
function statusHistory(text: string, statuses: readonly string[]): CellParse {
  const entries = text.split(/[;；\n]+/).map((s) => s.trim()).filter(Boolean)
  const out: { status: string; date: string }[] = []
  for (const entry of entries) {
    const [statusText = '', dateText = ''] = entry.split(/[@＠]/)
    const status = enumValue(statusText, statuses)
    const date = isoDate(dateText)
    if (!status || !date) return { ok: false, detail: `"${entry}" is not status@yyyy-mm-dd` }
    out.push({ status, date })
  }
  return { ok: true, value: out }
}

/**
 * Turns a spreadsheet cell into the typed attribute value its schema expects: integers (thousands
 * separators allowed), enum ids or labels, dates, lists separated by 、,; and ancestral-hall status
 * histories. Range and cross-field rules are left to the zod schema.
 * @param cell the raw cell (string, number or Date)
 * @param schema the attribute's JSON Schema
 * @returns the value or a reason
 * @example parseAttributeCell('1,200', { type: 'integer' }) // = { ok: true, value: 1200 }
 * @example parseAttributeCell('公建民营', { type: 'string', enum: ['public', 'public_private'] }) // = { ok: true, value: 'public_private' }
 */
export function parseAttributeCell(cell: unknown, schema: PropertySchema): CellParse {
  if (schema.type === 'integer' || schema.type === 'number') {
    const n = typeof cell === 'number' ? cell : Number(String(cell).replace(/[,，\s]/g, ''))
    return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, detail: `"${String(cell)}" is not a number` }
  }
  if (schema.type === 'array' && schema.items?.properties?.status?.enum) {
    return statusHistory(String(cell), schema.items.properties.status.enum)
  }
  if (schema.type === 'array') {
    const allowed = schema.items?.enum ?? []
    const parts = String(cell).split(/[,，、;；\s]+/).filter(Boolean)
    const values = parts.map((p) => enumValue(p, allowed))
    const bad = parts.filter((_, i) => values[i] === undefined)
    return bad.length ? { ok: false, detail: `unknown value(s): ${bad.join(', ')}` } : { ok: true, value: values }
  }
  if (schema.enum) {
    const v = enumValue(String(cell), schema.enum)
    return v ? { ok: true, value: v } : { ok: false, detail: `"${String(cell)}" is not one of ${schema.enum.join(', ')}` }
  }
  if (schema.format === 'date') {
    const d = isoDate(cell)
    return d ? { ok: true, value: d } : { ok: false, detail: `"${String(cell)}" is not a date (yyyy-mm-dd)` }
  }
  return { ok: true, value: String(cell).trim() }
}
