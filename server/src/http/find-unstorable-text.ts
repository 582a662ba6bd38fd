/** NUL (PostgreSQL text cannot hold it) or a UTF-16 surrogate that has no partner (not valid Unicode). */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * Finds the first string inside `value` that the database could not store, and says where.
 * @example findUnstorableText({ name: 'a\u0000b' }, 'body') // = 'body.name'
 * @returns the dotted path of the offending string, or null when every string is storable.
 */
export function findUnstorableText(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : null
  if (depth > 64 || value === null || typeof value !== 'object') return null
  if (Buffer.isBuffer(value)) return null
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value)
  for (const [key, v] of entries) {
    if (UNSTORABLE.test(key)) return `${path}.${key.replace(UNSTORABLE, '?')}`
    const found = findUnstorableText(v, `${path}.${key}`, depth + 1)
    if (found) return found
  }
  return null
}
