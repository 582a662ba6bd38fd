import { describe, expect, it } from 'vitest'
import { parseFormat, ReasonFormatUnknown } from '../../../../server/src/ogc/params/parse-format.ts'

describe('parseFormat', () => {
  it('is null when absent (negotiate by Accept)', () => {
    expect(parseFormat(undefined)).toEqual({ ok: true, value: null })
  })
  it('accepts json, html and the geojson alias', () => {
    expect(parseFormat('json')).toEqual({ ok: true, value: 'json' })
    expect(parseFormat('HTML')).toEqual({ ok: true, value: 'html' })
    expect(parseFormat('geojson')).toEqual({ ok: true, value: 'json' })
  })
  it('rejects other formats', () => {
    expect(parseFormat('xml')).toEqual({ ok: false, reason: ReasonFormatUnknown })
    expect(parseFormat(['json', 'html'])).toEqual({ ok: false, reason: ReasonFormatUnknown })
  })
})
