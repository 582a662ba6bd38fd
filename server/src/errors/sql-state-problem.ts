import { Conflict, InvalidParameter, type Problem } from './problem.ts'

/**
 * Maps a database error that input can provoke (SQLSTATE classes 22 and 23, serialization failures)
 * to a problem, so a value the validators let through still gets a 4xx, never a 500. The SQL text
 * and values are not echoed; the constraint name is (it names a rule, not data).
 * @example sqlStateProblem({ code: '22003' })?.status // = 400
 * @returns the problem, or null when the error is not one that input can cause.
 */
export function sqlStateProblem(err: unknown): Problem | null {
  const e = err as { code?: unknown; constraint?: unknown }
  if (typeof e?.code !== 'string' || !/^[0-9A-Z]{5}$/.test(e.code)) return null
  const constraint = typeof e.constraint === 'string' ? ` (${e.constraint})` : ''
  const code = e.code
  if (code.startsWith('22')) return new InvalidParameter('A value is out of range or malformed.', [{ parameter: 'body', detail: `SQLSTATE ${code}` }])
  if (code === '23505') return new Conflict(`That value already exists${constraint}.`)
  if (code === '23503') return new Conflict(`It refers to something missing or still referred to${constraint}.`)
  if (code === '23502' || code === '23514' || code === '23P01') {
    return new InvalidParameter(`A value breaks a rule of the register${constraint}.`, [{ parameter: 'body', detail: `SQLSTATE ${code}` }])
  }
  if (code === '40001' || code === '40P01') return new Conflict('Someone else changed the same data at the same time; try again.')
  return null
}
