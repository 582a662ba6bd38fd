import { describe, expect, it } from 'vitest'
import { sqlStateProblem } from '../../../server/src/errors/sql-state-problem.ts'

describe('sqlStateProblem', () => {
  it('turns data exceptions (class 22) into 400', () => {
    expect(sqlStateProblem({ code: '22003', message: 'integer out of range' })?.status).toBe(400)
    expect(sqlStateProblem({ code: '22P02' })?.status).toBe(400)
  })

  it('turns unique and foreign-key violations into 409, check and not-null into 400', () => {
    expect(sqlStateProblem({ code: '23505', constraint: 'users_username_key' })?.detail).toContain('users_username_key')
    expect(sqlStateProblem({ code: '23505' })?.status).toBe(409)
    expect(sqlStateProblem({ code: '23503' })?.status).toBe(409)
    expect(sqlStateProblem({ code: '23514' })?.status).toBe(400)
    expect(sqlStateProblem({ code: '40001' })?.status).toBe(409)
  })

  it('leaves other errors alone (they stay 500 and are logged)', () => {
    expect(sqlStateProblem(new Error('boom'))).toBeNull()
    expect(sqlStateProblem({ code: '42P01' })).toBeNull()
    expect(sqlStateProblem({ code: 'ECONNREFUSED' })).toBeNull()
    expect(sqlStateProblem(null)).toBeNull()
  })
})
