/**
 * The code prefix shared by a division and everything under it, from the NBS 12-digit layout
 * (2 province, 2 city, 2 county, 3 township, 3 village): 421200000000 → '4212',
 * 421202000000 → '421202', 421202001000 → '421202001', a village → its whole code.
 * @param code a 12-digit division code
 * @returns the prefix to match descendants with `LIKE prefix || '%'`
 * @example divisionCodePrefix('421202001000') // = '421202001'
 */
export function divisionCodePrefix(code: string): string {
  if (!/^\d{12}$/.test(code)) throw new Error(`divisionCodePrefix needs a 12-digit code, got "${code}"`)
  if (code.endsWith('00000000')) return code.slice(0, 4)
  if (code.endsWith('000000')) return code.slice(0, 6)
  if (code.endsWith('000')) return code.slice(0, 9)
  return code
}
