import type { PropertyType } from './property-type.ts'
import { fail, ok, type Parsed } from './parsed.ts'

export const ReasonValueRepeated = 'must be given once'
export const ReasonValueNotInteger = 'must be an integer'
export const ReasonValueNotNumber = 'must be a number'
export const ReasonValueNotBoolean = 'must be true or false'
export const ReasonValueTooLong = 'must be at most 200 characters'
export const ReasonValueNotDate = 'must be a date YYYY-MM-DD'
export const ReasonValueNotFilterable = 'cannot be used as a filter'

const MaxStringLength = 200

/**
 * Parse one property filter value (`?level=county`, OGC 17-069r4 §7.15.5) by the property's type.
 * @param raw the raw query value
 * @param type the property's type
 * @returns the typed value or a failure reason
 * @example parsePropertyValue('42', 'integer') // = { ok: true, value: 42 }
 */
export function parsePropertyValue(raw: unknown, type: PropertyType): Parsed<string | number | boolean> {
  if (typeof raw !== 'string') return fail(ReasonValueRepeated)
  const text = raw.trim()
  switch (type) {
    case 'string':
      return raw.length > MaxStringLength ? fail(ReasonValueTooLong) : ok(raw)
    case 'integer':
      return /^[+-]?\d{1,15}$/.test(text) ? ok(Number(text)) : fail(ReasonValueNotInteger)
    case 'number': {
      const n = Number(text)
      return text !== '' && Number.isFinite(n) ? ok(n) : fail(ReasonValueNotNumber)
    }
    case 'boolean':
      return text === 'true' || text === 'false' ? ok(text === 'true') : fail(ReasonValueNotBoolean)
    case 'date':
      return isCalendarDate(text) ? ok(text) : fail(ReasonValueNotDate)
    case 'json':
      return fail(ReasonValueNotFilterable)
  }
}

/** A real calendar date in YYYY-MM-DD (2021-02-30 is not), so Postgres never raises on the cast. */
function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const d = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text
}
