/**
 * Result of a parameter parser: bad input is a value, not an exception (STYLE §7), so one request
 * can report every invalid parameter at once.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string }

/** Wrap a parsed value. @example ok(3) // = { ok: true, value: 3 } */
export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value })

/** Wrap a failure reason. @example fail('must be an integer') // = { ok: false, reason: 'must be an integer' } */
export const fail = <T = never>(reason: string): Parsed<T> => ({ ok: false, reason })
