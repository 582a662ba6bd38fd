/** Whether a cell is empty (null, undefined or only spaces). */
export const isBlankCell = (v: unknown): boolean => v === undefined || v === null || String(v).trim() === ''

/** A cell as trimmed text, or null when blank. @example textCell(' 咸安 ') // = '咸安' */
export const textCell = (v: unknown): string | null => (isBlankCell(v) ? null : String(v).trim())

/** A cell as a finite number, null when blank, undefined when not a number. @example numberCell('12.5') // = 12.5 */
export function numberCell(v: unknown): number | null | undefined {
  if (isBlankCell(v)) return null
  const n = typeof v === 'number' ? v : Number(String(v).trim())
  return Number.isFinite(n) ? n : undefined
}
