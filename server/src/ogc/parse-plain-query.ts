import { InvalidParameter } from '../errors/problem.ts'
import { findUnknownParams } from './params/find-unknown-params.ts'
import { parseFormat } from './params/parse-format.ts'
import { ParamFormat, type Format } from './vocabulary.ts'

/**
 * Validate the query of a metadata resource (landing, conformance, collections): only `f`.
 * @param query `req.query`
 * @returns the `f` value or null; throws InvalidParameter (400) for anything else
 * @example parsePlainQuery({ f: 'html' }) // = 'html'
 */
export function parsePlainQuery(query: Record<string, unknown>): Format | null {
  const errors = findUnknownParams(query, [ParamFormat]).map((parameter) => ({
    parameter,
    detail: `unknown parameter; accepted: ${ParamFormat}`,
  }))
  const f = parseFormat(query[ParamFormat])
  if (!f.ok) errors.push({ parameter: ParamFormat, detail: f.reason })
  if (errors.length || !f.ok) throw new InvalidParameter('Invalid query parameters.', errors)
  return f.value
}
