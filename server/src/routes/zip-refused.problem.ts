import { Problem, PROBLEM_TYPES } from '../errors/problem.ts'
import { ZipRefusalReasons } from '../domain/zip/zip-refused.ts'

/** Whether a reader's failure reason is a zip-guard refusal (zip-refused.ts). */
export function isZipRefusal(reason: string): boolean {
  return (ZipRefusalReasons as readonly string[]).includes(reason)
}

/**
 * The 413 problem for an upload whose archive the zip guard refused: the same status as a body over
 * the size limit (the archive is too large once inflated); `reason` names the limit.
 * @example zipRefusedProblem('zip_ratio_too_high', '…').status // = 413
 */
export function zipRefusedProblem(reason: string, detail: string): Problem {
  return new Problem({
    status: 413, type: PROBLEM_TYPES.payloadTooLarge, title: 'Payload too large', detail,
    errors: [{ parameter: 'body', detail: reason }], extensions: { reason },
  })
}
