import { describe, expect, it } from 'vitest'
import { parseTileCoord, ReasonTileNotInteger } from '../../../server/src/tiles/parse-tile-coord.ts'

describe('parseTileCoord', () => {
  it('parses an existing tile', () => {
    expect(parseTileCoord({ z: '12', x: '3348', y: '1692' })).toEqual({ ok: true, tile: { z: 12, x: 3348, y: 1692 }, exists: true })
  })
  it('flags a well-formed tile outside the pyramid', () => {
    expect(parseTileCoord({ z: '1', x: '2', y: '0' })).toMatchObject({ ok: true, exists: false })
  })
  it('names every malformed segment', () => {
    expect(parseTileCoord({ z: 'a', x: '-1', y: '1.5' })).toEqual({
      ok: false,
      errors: ['z', 'x', 'y'].map((parameter) => ({ parameter, detail: ReasonTileNotInteger })),
    })
  })
})
