import type { PropertyType } from './property-type.ts'
import { fail, ok, type Parsed } from './parsed.ts'

export const ReasonValueRepeated = 'must be given once'
export const ReasonValueNotInteger = 'must be an integer'
export const ReasonValueNotNumber = 'must be a number'
export const ReasonValueNotBoolean = 'must be true or false'
export const ReasonValueTooLong = 'must be at most 200 characters'

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
  }
}
