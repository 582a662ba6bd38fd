import { describe, expect, it } from 'vitest'
import {
  statusHistorySchema,
  currentAncestralHallStatus,
  HistoryNotChronological,
  HistoryRepeatsStatus,
  HistoryChangeAfterDemolition,
} from '../../../../server/src/domain/facilities/ancestral-hall-status.ts'

const messages = (input: unknown) => {
  const r = statusHistorySchema.safeParse(input)
  return r.success ? [] : r.error.issues.map((i) => i.message)
}

describe('statusHistorySchema', () => {
  it('accepts dated changes in order', () => {
    expect(messages([
      { status: 'active', date: '1990-01-01' },
      { status: 'converted_public_service_centre', date: '2020-05-01' },
      { status: 'demolished', date: '2023-01-10' },
    ])).toEqual([])
  })

  it('rejects dates that do not increase, including the same day', () => {
    expect(messages([
      { status: 'active', date: '2020-01-01' },
      { status: 'converted_cultural_centre', date: '2020-01-01' },
    ])).toEqual([HistoryNotChronological])
  })

  it('rejects an entry repeating the previous status', () => {
    expect(messages([
      { status: 'active', date: '2000-01-01' },
      { status: 'active', date: '2010-01-01' },
    ])).toEqual([HistoryRepeatsStatus])
  })

  it('rejects any change after demolition', () => {
    expect(messages([
      { status: 'demolished', date: '2000-01-01' },
      { status: 'converted_cultural_centre', date: '2010-01-01' },
    ])).toEqual([HistoryChangeAfterDemolition])
  })

  it('rejects an unknown status and a missing date', () => {
    expect(messages([{ status: 'museum', date: '2000-01-01' }]).length).toBe(1)
    expect(messages([{ status: 'active' }]).length).toBe(1)
  })
})

describe('currentAncestralHallStatus', () => {
  it('is the last entry', () => {
    expect(currentAncestralHallStatus([
      { status: 'active', date: '1990-01-01' },
      { status: 'converted_cultural_centre', date: '2021-06-30' },
    ])).toBe('converted_cultural_centre')
  })

  it('throws on an empty history (a programming error)', () => {
    expect(() => currentAncestralHallStatus([])).toThrow(/non-empty/)
  })
})
