import { afterEach, describe, expect, it, vi } from 'vitest'
import { CSRF_HEADER, buildUrl, http, isWriteMethod, setCsrfTokenProvider } from '../../../client/src/shared/http'
import { stubFetch } from '../helpers'

afterEach(() => {
  vi.unstubAllGlobals()
  setCsrfTokenProvider(() => null)
})

describe('buildUrl', () => {
  it('leaves out undefined and null values', () => {
    expect(buildUrl('/api/divisions/geojson', { level: 'county', bbox: undefined, x: null })).toBe('/api/divisions/geojson?level=county')
  })
  it('returns the path alone without a query', () => {
    expect(buildUrl('/api/health')).toBe('/api/health')
  })
})

describe('isWriteMethod', () => {
  it('treats every method but GET as a write', () => {
    expect(isWriteMethod('GET')).toBe(false)
    expect(['POST', 'PUT', 'PATCH', 'DELETE'].every((m) => isWriteMethod(m as 'POST'))).toBe(true)
  })
})

describe('http', () => {
  it('returns the parsed JSON body on success', async () => {
    stubFetch({ 'GET /api/health': { body: { status: 'ok' } } })
    expect(await http('/api/health')).toEqual({ ok: true, status: 200, data: { status: 'ok' } })
  })

  it('returns the parsed problem on an error status instead of throwing', async () => {
    stubFetch({ 'POST /api/auth/login': { status: 401, body: { type: '/problems/unauthorized', title: 'Unauthorized', status: 401, detail: 'wrong password' } } })
    const result = await http('/api/auth/login', { method: 'POST', body: {} })
    expect(result).toMatchObject({ ok: false, status: 401, problem: { detail: 'wrong password' } })
  })

  it('sends the CSRF token on writes only', async () => {
    setCsrfTokenProvider(() => 'token-1')
    const { requests } = stubFetch({ 'GET /api/auth/me': { body: {} }, 'POST /api/auth/logout': { status: 204 } })
    await http('/api/auth/me')
    await http('/api/auth/logout', { method: 'POST' })
    expect(requests[0]!.headers[CSRF_HEADER.toLowerCase()]).toBeUndefined()
    expect(requests[1]!.headers[CSRF_HEADER.toLowerCase()]).toBe('token-1')
  })

  it('sends JSON bodies with a content type', async () => {
    const { requests } = stubFetch({ 'PATCH /api/admin/users/3': { body: { id: 3 } } })
    await http('/api/admin/users/3', { method: 'PATCH', body: { version: 2 } })
    expect(requests[0]!.headers['content-type']).toBe('application/json')
    expect(requests[0]!.body).toEqual({ version: 2 })
  })

  it('resolves a 204 to ok with no data', async () => {
    stubFetch({ 'POST /api/auth/logout': { status: 204 } })
    expect(await http('/api/auth/logout', { method: 'POST' })).toEqual({ ok: true, status: 204, data: undefined })
  })

  it('turns a network failure into a status-0 problem', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch') }))
    expect(await http('/api/health')).toMatchObject({ ok: false, status: 0, problem: { status: 0, detail: 'Failed to fetch' } })
  })

  it('wraps a non-JSON error body in a problem', async () => {
    stubFetch({ 'GET /api/health': { status: 502, body: 'upstream down', contentType: 'text/plain' } })
    expect(await http('/api/health')).toMatchObject({ ok: false, problem: { status: 502, detail: 'upstream down' } })
  })
})
