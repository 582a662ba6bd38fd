import type { UrbanRural } from './coverage-types.ts'

/**
 * Classifies a division by its NBS urban-rural code (城乡分类代码): 1xx (111 主城区 … 123 特殊区域)
 * are urban 居委会/社区, 2xx (210 乡中心区, 220 村庄) are rural 村委会.
 * @param code the three-digit code as string or number, possibly missing
 * @returns 'urban', 'rural' or null when missing or not a 1xx/2xx code
 * @example classifyUrbanRural('220') // = 'rural'
 */
export function classifyUrbanRural(code: string | number | null | undefined): UrbanRural | null {
  if (code === null || code === undefined) return null
  const text = String(code).trim()
  if (!/^[12]\d\d$/.test(text)) return null
  return text.startsWith('1') ? 'urban' : 'rural'
}
