import { Formats, type Format } from '../vocabulary.ts'
import { fail, ok, type Parsed } from './parsed.ts'

export const ReasonFormatUnknown = `f must be one of: ${Formats.join(', ')}`

/**
 * Parse the `f` parameter that picks the representation; absent means "negotiate by Accept".
 * @param raw the raw query value
 * @returns `json`, `html`, `null` when absent, or a failure reason
 * @example parseFormat('html') // = { ok: true, value: 'html' }
 */
export function parseFormat(raw: unknown): Parsed<Format | null> {
  if (raw === undefined) return ok(null)
  const value = typeof raw === 'string' ? raw.trim().toLowerCase() : ''
  // `geojson` is a common alias (pygeoapi, tipg) for the JSON representation of items.
  if (value === 'geojson') return ok('json')
  return (Formats as readonly string[]).includes(value) ? ok(value as Format) : fail(ReasonFormatUnknown)
}
