/**
 * Quote an SQL identifier that comes from the collection registry (never from a request).
 * @param name a column or table name
 * @returns the double-quoted identifier
 * @example quoteIdent('admin_code') // = '"admin_code"'
 */
export function quoteIdent(name: string): string {
  if (name.length === 0 || name.includes('\0')) throw new Error(`quoteIdent: invalid identifier ${JSON.stringify(name)}`)
  return `"${name.replace(/"/g, '""')}"`
}
