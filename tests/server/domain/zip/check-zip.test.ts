import { describe, expect, it } from 'vitest'
import { checkZip } from '../../../../server/src/domain/zip/check-zip.ts'
import type { ZipLimits } from '../../../../server/src/domain/zip/zip-limits.ts'
import { lieAboutSize, zipOf } from '../../../helpers/zip-bomb.ts'

const MiB = 1024 * 1024
const limits: ZipLimits = { maxTotalBytes: 4 * MiB, maxEntries: 10, maxRatio: 100, ratioFloorBytes: MiB }

describe('checkZip', () => {
  it('returns the inflated size of an archive within the limits', async () => {
    expect(await checkZip(await zipOf({ 'a.txt': 'abc', 'b.bin': { zeros: 5000 } }), limits)).toBe(5003)
  })

  it('refuses a zip bomb of 10 MiB of zeros in 10 KB', async () => {
    await expect(checkZip(await zipOf({ 'xl/media/bomb.bin': { zeros: 10 * MiB } }), limits)).rejects.toMatchObject({ reason: 'zip_ratio_too_high' })
  })

  it('refuses entries whose declared sizes lie, while inflating them', async () => {
    const liar = lieAboutSize(await zipOf({ 'a.xml': 'ok', 'b.xml': { zeros: 6 * MiB } }), 'b.xml', 10)
    await expect(checkZip(liar, limits)).rejects.toMatchObject({ reason: 'zip_size_mismatch' })
  })
})
