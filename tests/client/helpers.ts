import { vi } from 'vitest'

export interface FakeResponse {
  status?: number
  body?: unknown
  contentType?: string
}

export interface RecordedRequest {
  url: string
  method: string
  headers: Record<string, string>
  body: unknown
}

/**
 * Replaces `fetch` with a router of canned responses keyed by `METHOD /path` (query ignored),
 * and records every request. Unknown routes answer a 404 problem.
 */
export function stubFetch(routes: Record<string, FakeResponse | ((req: RecordedRequest) => FakeResponse)>) {
  const requests: RecordedRequest[] = []
  const fetchMock = vi.fn(async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = String(input)
    const method = (init.method ?? 'GET').toUpperCase()
    const headers = Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]))
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined
    const req = { url, method, headers, body }
    requests.push(req)
    const path = new URL(url, 'http://localhost').pathname
    const route = routes[`${method} ${path}`]
    const res = typeof route === 'function' ? route(req) : route
    if (!res) {
      return new Response(JSON.stringify({ type: '/problems/not-found', title: 'Not Found', status: 404 }),
        { status: 404, headers: { 'content-type': 'application/problem+json' } })
    }
    const status = res.status ?? 200
    const contentType = res.contentType ?? (status >= 400 ? 'application/problem+json' : 'application/json')
    const text = res.body === undefined ? null : typeof res.body === 'string' ? res.body : JSON.stringify(res.body)
    return new Response(status === 204 ? null : text, { status, headers: { 'content-type': contentType } })
  })
  vi.stubGlobal('fetch', fetchMock)
  return { requests, fetchMock }
}

/** Waits for pending promises and Vue updates. */
export async function settle(times = 5): Promise<void> {
  for (let i = 0; i < times; i++) await new Promise((resolve) => setTimeout(resolve, 0))
}
