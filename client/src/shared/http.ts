import { networkProblem, parseProblem, type Problem } from './problem'

/** The outcome of one request: data on success, a parsed problem otherwise. Never thrown. */
export type HttpResult<T> =
  | { ok: true, status: number, data: T }
  | { ok: false, status: number, problem: Problem }

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface HttpOptions {
  method?: HttpMethod
  /** Serialised as JSON. */
  body?: unknown
  /** Appended as a query string; undefined and null values are left out. */
  query?: Record<string, string | number | boolean | null | undefined>
  signal?: AbortSignal
}

/** Header the server checks on every write (double-submit of the session's token). */
export const CSRF_HEADER = 'X-CSRF-Token'

let csrfTokenProvider: () => string | null = () => null

/**
 * Tells the HTTP layer where to read the CSRF token for writes (the auth store registers itself).
 * @param provider - returns the current token, or null when logged out
 */
export function setCsrfTokenProvider(provider: () => string | null): void {
  csrfTokenProvider = provider
}

/**
 * Whether a method changes state and so needs the CSRF header.
 * @example
 * isWriteMethod('PATCH') // = true
 */
export function isWriteMethod(method: HttpMethod): boolean {
  return method !== 'GET'
}

/**
 * Builds a same-origin URL with a query string.
 * @example
 * buildUrl('/api/divisions/geojson', { level: 'county', bbox: undefined }) // = '/api/divisions/geojson?level=county'
 */
export function buildUrl(path: string, query: HttpOptions['query'] = {}): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.append(key, String(value))
  }
  const qs = params.toString()
  return qs ? `${path}?${qs}` : path
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined
  const text = await response.text()
  if (!text) return undefined
  const type = response.headers.get('content-type') ?? ''
  if (type.includes('json')) {
    try {
      return JSON.parse(text)
    } catch {
      return text
    }
  }
  return text
}

/**
 * Calls the API. Resolves to data or to a parsed RFC 9457 problem; it never rejects (STYLE §7).
 * Writes carry the CSRF header and every call sends the same-origin session cookie.
 * @param path - an absolute path such as `/api/auth/me`
 * @param options - method, JSON body, query, abort signal
 * @returns `{ ok: true, data }` or `{ ok: false, problem }`
 * @example
 * const result = await http<{ status: string }>('/api/health')
 * if (result.ok) console.log(result.data.status) // = 'ok'
 */
export async function http<T>(path: string, options: HttpOptions = {}): Promise<HttpResult<T>> {
  const { method = 'GET', body, query, signal } = options
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json, application/geo+json' }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (isWriteMethod(method)) {
    const token = csrfTokenProvider()
    if (token) headers[CSRF_HEADER] = token
  }
  let response: Response
  try {
    response = await fetch(buildUrl(path, query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    })
  } catch (cause) {
    return { ok: false, status: 0, problem: networkProblem(cause) }
  }
  let parsed: unknown
  try {
    parsed = await readBody(response)
  } catch (cause) {
    return { ok: false, status: response.status, problem: networkProblem(cause) }
  }
  if (!response.ok) return { ok: false, status: response.status, problem: parseProblem(response.status, parsed) }
  return { ok: true, status: response.status, data: parsed as T }
}
