import { describe, expect, it } from 'vitest'
import {
  validateMclpRequest,
  KBelowRequiredTownships,
  KExceedsCandidates,
  KNotPositive,
  TownshipWithoutCandidates,
} from '../../../../../server/src/domain/coverage/mclp/validate-mclp-request.ts'

describe('validateMclpRequest', () => {
  it('accepts 1 ≤ k ≤ candidates', () => {
    expect(validateMclpRequest(5, 5, [])).toEqual({ valid: true })
  })

  it('rejects k larger than the candidate sites', () => {
    expect(validateMclpRequest(6, 5, [])).toMatchObject({ valid: false, reason: KExceedsCandidates })
  })

  it('rejects zero, negative and fractional k', () => {
    for (const k of [0, -1, 1.5]) expect(validateMclpRequest(k, 5, [])).toMatchObject({ valid: false, reason: KNotPositive })
  })

  it('rejects a required township without candidates, naming it', () => {
    const r = validateMclpRequest(3, 5, [{ code: '421202001', candidates: [0] }, { code: '421202002', candidates: [] }])
    expect(r).toMatchObject({ valid: false, reason: TownshipWithoutCandidates })
    expect(r.valid ? '' : r.detail).toContain('421202002')
  })

  it('rejects k smaller than the number of townships that must get a site', () => {
    const groups = [{ code: 'a', candidates: [0] }, { code: 'b', candidates: [1] }]
    expect(validateMclpRequest(1, 5, groups)).toMatchObject({ valid: false, reason: KBelowRequiredTownships })
  })
})
