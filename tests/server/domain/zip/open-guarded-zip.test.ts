import { describe, expect, it } from 'vitest'
import { openGuardedZip } from '../../../../server/src/domain/zip/open-guarded-zip.ts'
import type { ZipLimits } from '../../../../server/src/domain/zip/zip-limits.ts'
import { lieAboutSize, zipOf } from '../../../helpers/zip-bomb.ts'

const MiB = 1024 * 1024
const limits: ZipLimits = { maxTotalBytes: 4 * MiB, maxEntries: 10, maxRatio: 100, ratioFloorBytes: MiB }
const refusal = (reason: string) => expect.objectContaining({ reason })

describe('openGuardedZip', () => {
  it('reads the entries of an archive within the limits', async () => {
    const zip = await openGuardedZip(await zipOf({ 'a.txt': '甲乙丙', 'dir/b.bin': { zeros: 1000 } }), limits)
    expect(zip.entries.map((e) => e.name)).toEqual(['a.txt', 'dir/b.bin'])
    expect((await zip.read(zip.entries[0]!)).toString('utf8')).toBe('甲乙丙')
    expect(await zip.drain(zip.entries[1]!)).toBe(1000)
  })

  it('refuses more entries than the limit before inflating anything', async () => {
    const many = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`f${i}.txt`, 'x']))
    await expect(openGuardedZip(await zipOf(many), limits)).rejects.toEqual(refusal('zip_too_many_entries'))
  })

  it('refuses an archive whose central directory declares more than the total limit', async () => {
    // Five entries of 1 MiB each: none is past the ratio floor, together they pass 4 MiB.
    const five = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`f${i}.bin`, { zeros: MiB }]))
    await expect(openGuardedZip(await zipOf(five), limits)).rejects.toEqual(refusal('zip_too_large'))
  })

  it('refuses an entry past the ratio floor that declares more than 100:1', async () => {
    await expect(openGuardedZip(await zipOf({ 'bomb.shp': { zeros: 2 * MiB } }), limits)).rejects.toEqual(refusal('zip_ratio_too_high'))
  })

  it('accepts a very compressed entry under the ratio floor', async () => {
    const zip = await openGuardedZip(await zipOf({ 'small.xml': { zeros: MiB } }), limits)
    expect(await zip.drain(zip.entries[0]!)).toBe(MiB)
  })

  it('stops inflating an entry that grows past the size its directory declares', async () => {
    const liar = lieAboutSize(await zipOf({ 'bomb.shp': { zeros: 3 * MiB } }), 'bomb.shp', 100)
    const zip = await openGuardedZip(liar, limits)
    await expect(zip.read(zip.entries[0]!)).rejects.toEqual(refusal('zip_size_mismatch'))
  })

  it('lets a damaged archive fail as JSZip reports it (not a refusal)', async () => {
    const good = await zipOf({ 'a.txt': 'hello' })
    await expect(openGuardedZip(good.subarray(0, 20), limits)).rejects.not.toHaveProperty('reason')
  })
})
