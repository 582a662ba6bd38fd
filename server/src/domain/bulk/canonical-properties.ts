import type { ImportField } from './import-target.ts'

const key = (s: string) => s.trim().toLowerCase()

/**
 * Rename a record's properties to the target's field names (matching names and aliases case-
 * insensitively); unknown properties are kept as they are.
 * @param properties the record's properties
 * @param fields the target's fields
 * @returns a new object keyed by field names
 * @example canonicalProperties({ 名称: '温泉路' }, [{ name: 'name', aliases: ['名称'], required: true }]) // = { name: '温泉路' }
 */
export function canonicalProperties(properties: Record<string, unknown>, fields: ImportField[]): Record<string, unknown> {
  const lookup = new Map<string, string>()
  for (const f of fields) for (const n of [f.name, ...f.aliases]) lookup.set(key(n), f.name)
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(properties)) out[lookup.get(key(k)) ?? k] = v
  return out
}

/**
 * The required fields a tabular file lacks, judged from its first record's columns.
 * @example missingFields({ 名称: 'x' }, [{ name: 'name', aliases: ['名称'], required: true }, { name: 'code', aliases: [], required: true }]) // = ['code']
 */
export function missingFields(properties: Record<string, unknown>, fields: ImportField[]): string[] {
  const present = new Set(Object.keys(canonicalProperties(properties, fields)))
  return fields.filter((f) => f.required && !present.has(f.name)).map((f) => f.name)
}
