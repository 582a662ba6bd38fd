import type { CollectionDef } from './collection.ts'
import type { ItemsQuery } from './items-query.ts'
import { findUnknownParams } from './params/find-unknown-params.ts'
import type { ParamError } from './params/param-error.ts'
import { parseBbox } from './params/parse-bbox.ts'
import { parseFormat } from './params/parse-format.ts'
import { parseLimit, type LimitConfig } from './params/parse-limit.ts'
import { parseOffset } from './params/parse-offset.ts'
import { parsePropertyValue } from './params/parse-property-value.ts'
import type { Parsed } from './params/parsed.ts'
import { ParamBbox, ParamFormat, ParamLimit, ParamOffset, type Format } from './vocabulary.ts'

export type ItemsRequest = ItemsQuery & { format: Format | null }

/**
 * Validate the query of `/collections/{id}/items`: each parameter by its own parser, unknown ones
 * rejected (OGC `/req/core/query-param-unknown`), and every problem reported at once.
 * @param query the parsed query object (`req.query`)
 * @param c the collection (its filterable properties are the extra known parameters)
 * @param config default and maximum `limit`
 * @returns the request or the list of parameter errors
 * @example parseItemsQuery({ limit: '2' }, divisions, { defaultLimit: 10, maxLimit: 1000 })
 * // = { ok: true, value: { bbox: null, limit: 2, offset: 0, filters: [], format: null } }
 */
export function parseItemsQuery(
  query: Record<string, unknown>,
  c: CollectionDef,
  config: LimitConfig,
): { ok: true; value: ItemsRequest } | { ok: false; errors: ParamError[] } {
  const errors: ParamError[] = []
  const take = <T>(parameter: string, r: Parsed<T>, fallback: T): T => {
    if (r.ok) return r.value
    errors.push({ parameter, detail: r.reason })
    return fallback
  }
  const filterable = c.properties.filter((p) => c.filterable.includes(p.name))
  const known = [ParamBbox, ParamLimit, ParamOffset, ParamFormat, ...filterable.map((p) => p.name)]
  for (const name of findUnknownParams(query, known)) {
    errors.push({ parameter: name, detail: `unknown parameter; accepted: ${known.join(', ')}` })
  }
  const value: ItemsRequest = {
    bbox: take(ParamBbox, parseBbox(query[ParamBbox]), null),
    limit: take(ParamLimit, parseLimit(query[ParamLimit], config), config.defaultLimit),
    offset: take(ParamOffset, parseOffset(query[ParamOffset]), 0),
    format: take(ParamFormat, parseFormat(query[ParamFormat]), null),
    filters: [],
  }
  for (const p of filterable) {
    if (query[p.name] === undefined) continue
    const v = take(p.name, parsePropertyValue(query[p.name], p.type), null)
    if (v !== null) value.filters.push({ name: p.name, value: v })
  }
  return errors.length ? { ok: false, errors } : { ok: true, value }
}
