import type { ZodError } from 'zod'
import type { FieldError } from './problem.ts'

/**
 * Turns zod issues into problem `errors` entries.
 * @example zodToFieldErrors(err) // = [{ parameter: 'body.name', detail: 'Too big: expected string to have <=100 characters' }]
 */
export function zodToFieldErrors(err: ZodError, prefix = ''): FieldError[] {
  return err.issues.map((issue) => ({
    parameter: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || prefix || 'body',
    detail: issue.message,
  }))
}
