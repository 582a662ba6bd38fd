/**
 * List the query parameters a route does not know (OGC `/req/core/query-param-unknown`: 400).
 * @param query the parsed query object
 * @param known the parameter names the route accepts
 * @returns the unknown names, in request order
 * @example findUnknownParams({ limit: '2', colour: 'red' }, ['limit']) // = ['colour']
 */
export function findUnknownParams(query: Record<string, unknown>, known: Iterable<string>): string[] {
  const allowed = new Set(known)
  return Object.keys(query).filter((name) => !allowed.has(name))
}
