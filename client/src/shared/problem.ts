/**
 * RFC 9457 problem details, as every API failure is rendered by the server (STYLE §7).
 */
export interface ProblemFieldError {
  parameter: string
  detail: string
}

export interface Problem {
  type: string
  title: string
  status: number
  detail?: string
  instance?: string
  errors?: ProblemFieldError[]
  /** The entity as it is now, sent with a 409 version conflict. */
  current?: unknown
}

/** Problem type used when the request never reached the server. */
export const PROBLEM_TYPE_NETWORK = '/problems/network'
/** Problem type used when the server answered an error without a problem+json body. */
export const PROBLEM_TYPE_UNEXPECTED = '/problems/unexpected-response'

/**
 * Whether a value has the shape of a problem details object.
 * @param value - anything, typically a parsed JSON body
 * @returns true when it has a string `title` and a numeric `status`
 * @example
 * isProblem({ type: '/problems/not-found', title: 'Not Found', status: 404 }) // = true
 */
export function isProblem(value: unknown): value is Problem {
  if (value === null || typeof value !== 'object') return false
  const v = value as Record<string, unknown>
  return typeof v.title === 'string' && typeof v.status === 'number'
}

/**
 * Builds a `Problem` from an HTTP error response body, whatever its shape.
 * @param status - the HTTP status code
 * @param body - the parsed JSON body, the text body, or undefined
 * @returns the body itself when it is a problem, otherwise a generic problem carrying the status
 * @example
 * parseProblem(502, 'Bad gateway').detail // = 'Bad gateway'
 */
export function parseProblem(status: number, body: unknown): Problem {
  if (isProblem(body)) {
    const type = typeof body.type === 'string' && body.type ? body.type : 'about:blank'
    return { ...body, type }
  }
  const detail = typeof body === 'string' && body.trim() ? body.trim().slice(0, 500) : undefined
  return { type: PROBLEM_TYPE_UNEXPECTED, title: `HTTP ${status}`, status, detail }
}

/**
 * Builds the problem that stands for a request that failed before any response (offline, DNS, abort).
 * @param cause - the error thrown by `fetch`
 * @returns a problem with status 0
 */
export function networkProblem(cause: unknown): Problem {
  const detail = cause instanceof Error ? cause.message : String(cause)
  return { type: PROBLEM_TYPE_NETWORK, title: 'Network error', status: 0, detail }
}

/**
 * Locale key of the generic sentence for a problem type: the last path segment under `problems.`.
 * @example
 * problemLocaleKey({ type: '/problems/too-many-requests', title: '', status: 429 }) // = 'problems.too-many-requests'
 */
export function problemLocaleKey(problem: Problem): string {
  const slug = problem.type.split(/[/#]/).filter(Boolean).pop() ?? 'about:blank'
  return `problems.${slug.replace(/[^a-z0-9-]/gi, '-')}`
}

/**
 * The sentence to show a person for a problem: its detail, else its title.
 * @param problem - the parsed problem
 * @returns one readable line
 * @example
 * problemMessage({ type: 'x', title: 'Unauthorized', status: 401, detail: '用户名或密码错误' }) // = '用户名或密码错误'
 */
export function problemMessage(problem: Problem): string {
  return problem.detail?.trim() || problem.title
}
