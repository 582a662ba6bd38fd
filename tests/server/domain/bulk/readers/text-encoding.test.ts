import fc from 'fast-check'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { detectEncoding, isUtf8 } from '../../../../../server/src/domain/bulk/readers/text-encoding.ts'

describe('isUtf8', () => {
  it('accepts UTF-8 Chinese and rejects the same text in GBK', () => {
    expect(isUtf8(Buffer.from('咸宁市咸安区温泉街道'))).toBe(true)
    expect(isUtf8(iconv.encode('咸宁市咸安区温泉街道', 'gbk'))).toBe(false)
  })
  it('accepts a sample cut inside a multi-byte character', () => {
    const bytes = Buffer.from('桂花路')
    expect(isUtf8(bytes.subarray(0, bytes.length - 1))).toBe(true)
  })
  it('accepts every UTF-8 encoded string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => isUtf8(Buffer.from(s))))
  })
})

describe('detectEncoding', () => {
  it('says gbk for GBK bytes and utf-8 for UTF-8 or ASCII', () => {
    expect(detectEncoding(iconv.encode('名称,经度,纬度', 'gbk'))).toBe('gbk')
    expect(detectEncoding(Buffer.from('名称,经度,纬度'))).toBe('utf-8')
    expect(detectEncoding(Buffer.from('name,lng,lat'))).toBe('utf-8')
  })
})
