import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findUnstorableText } from '../../../server/src/http/find-unstorable-text.ts'

describe('findUnstorableText', () => {
  it('finds NUL and unpaired surrogates with their path', () => {
    expect(findUnstorableText({ name: 'a\u0000b' }, 'body')).toBe('body.name')
    expect(findUnstorableText({ list: ['ok', '\uD800x'] }, 'body')).toBe('body.list.1')
    expect(findUnstorableText({ deep: { x: 'y\uDC00' } }, 'body')).toBe('body.deep.x')
    expect(findUnstorableText({ ['k\u0000']: 1 }, 'body')).toBe('body.k?')
  })

  it('accepts Chinese text, emoji (paired surrogates) and non-strings', () => {
    expect(findUnstorableText({ name: '桂花路 🌸', n: 1, b: true, z: null }, 'body')).toBeNull()
  })

  it('accepts every well-formed string without NUL', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      fc.pre(!s.includes('\u0000'))
      return findUnstorableText({ s }, 'q') === null
    }))
  })
})
