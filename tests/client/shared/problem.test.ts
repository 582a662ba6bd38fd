import { describe, expect, it } from 'vitest'
import {
  PROBLEM_TYPE_NETWORK, PROBLEM_TYPE_UNEXPECTED, isProblem, networkProblem, parseProblem, problemLocaleKey, problemMessage,
} from '../../../client/src/shared/problem'

describe('isProblem', () => {
  it('accepts an object with a title and a numeric status', () => {
    expect(isProblem({ type: '/problems/not-found', title: 'Not Found', status: 404 })).toBe(true)
  })
  it('rejects null, strings and objects without a status', () => {
    expect(isProblem(null)).toBe(false)
    expect(isProblem('Not Found')).toBe(false)
    expect(isProblem({ title: 'x', status: '404' })).toBe(false)
  })
})

describe('parseProblem', () => {
  it('keeps a problem body with its field errors and current entity', () => {
    const body = { type: '/problems/conflict', title: 'Conflict', status: 409, detail: 'changed', errors: [{ parameter: 'version', detail: 'stale' }], current: { id: 1 } }
    expect(parseProblem(409, body)).toEqual(body)
  })
  it('defaults a missing type to about:blank', () => {
    expect(parseProblem(400, { title: 'Bad Request', status: 400 }).type).toBe('about:blank')
  })
  it('turns a text body into a generic problem carrying the status', () => {
    expect(parseProblem(502, 'Bad gateway')).toEqual({ type: PROBLEM_TYPE_UNEXPECTED, title: 'HTTP 502', status: 502, detail: 'Bad gateway' })
  })
  it('turns an empty body into a problem without detail', () => {
    expect(parseProblem(500, undefined).detail).toBeUndefined()
  })
})

describe('networkProblem', () => {
  it('has status 0 and the error message as detail', () => {
    expect(networkProblem(new TypeError('Failed to fetch'))).toMatchObject({ type: PROBLEM_TYPE_NETWORK, status: 0, detail: 'Failed to fetch' })
  })
})

describe('problemMessage', () => {
  it('prefers the detail', () => {
    expect(problemMessage({ type: 'x', title: 'Unauthorized', status: 401, detail: '用户名或密码错误' })).toBe('用户名或密码错误')
  })
  it('falls back to the title when the detail is blank', () => {
    expect(problemMessage({ type: 'x', title: 'Unauthorized', status: 401, detail: '  ' })).toBe('Unauthorized')
  })
})

describe('problemLocaleKey', () => {
  it('uses the last segment of the type', () => {
    expect(problemLocaleKey({ type: '/problems/too-many-requests', title: '', status: 429 })).toBe('problems.too-many-requests')
  })
  it('makes about:blank a key no locale defines', () => {
    expect(problemLocaleKey({ type: 'about:blank', title: '', status: 500 })).toBe('problems.about-blank')
  })
})
