import { describe, expect, it } from 'vitest'
import {
  parsePropertyValue,
  ReasonValueNotBoolean,
  ReasonValueNotDate,
  ReasonValueNotFilterable,
  ReasonValueNotInteger,
  ReasonValueNotNumber,
  ReasonValueRepeated,
  ReasonValueTooLong,
} from '../../../../server/src/ogc/params/parse-property-value.ts'

describe('parsePropertyValue', () => {
  it('keeps a string as given, Chinese included', () => {
    expect(parsePropertyValue('咸安区', 'string')).toEqual({ ok: true, value: '咸安区' })
  })
  it('parses integers and rejects fractions and words', () => {
    expect(parsePropertyValue('-42', 'integer')).toEqual({ ok: true, value: -42 })
    expect(parsePropertyValue('4.2', 'integer')).toEqual({ ok: false, reason: ReasonValueNotInteger })
    expect(parsePropertyValue('forty', 'integer')).toEqual({ ok: false, reason: ReasonValueNotInteger })
  })
  it('parses numbers and rejects non-finite ones', () => {
    expect(parsePropertyValue('1.5e2', 'number')).toEqual({ ok: true, value: 150 })
    expect(parsePropertyValue('Infinity', 'number')).toEqual({ ok: false, reason: ReasonValueNotNumber })
    expect(parsePropertyValue('', 'number')).toEqual({ ok: false, reason: ReasonValueNotNumber })
  })
  it('parses true/false only', () => {
    expect(parsePropertyValue('false', 'boolean')).toEqual({ ok: true, value: false })
    expect(parsePropertyValue('yes', 'boolean')).toEqual({ ok: false, reason: ReasonValueNotBoolean })
  })
  it('rejects an overlong string', () => {
    expect(parsePropertyValue('x'.repeat(201), 'string')).toEqual({ ok: false, reason: ReasonValueTooLong })
  })
  it('rejects a repeated parameter', () => {
    expect(parsePropertyValue(['a', 'b'], 'string')).toEqual({ ok: false, reason: ReasonValueRepeated })
  })
})

describe('parsePropertyValue (date and json)', () => {
  it('accepts real calendar dates only', () => {
    expect(parsePropertyValue('2024-02-29', 'date')).toEqual({ ok: true, value: '2024-02-29' })
    expect(parsePropertyValue('2023-02-29', 'date')).toEqual({ ok: false, reason: ReasonValueNotDate })
    expect(parsePropertyValue('2023-2-1', 'date')).toEqual({ ok: false, reason: ReasonValueNotDate })
  })
  it('never filters on a json property', () => {
    expect(parsePropertyValue('{}', 'json')).toEqual({ ok: false, reason: ReasonValueNotFilterable })
  })
})
