import { describe, expect, it } from 'vitest'
import { tiandituTileUrls } from '../../../client/src/map/tianditu'

describe('tiandituTileUrls', () => {
  it('spreads tiles over the eight Tianditu hosts with the key escaped', () => {
    const urls = tiandituTileUrls('vec', 'a&b')
    expect(urls).toHaveLength(8)
    expect(urls[0]).toContain('https://t0.tianditu.gov.cn/vec_w/wmts?')
    expect(urls[0]).toContain('tk=a%26b')
    expect(urls[0]).toContain('TILEMATRIX={z}&TILEROW={y}&TILECOL={x}')
  })
})
