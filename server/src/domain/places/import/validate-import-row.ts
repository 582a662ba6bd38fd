import type { Geometry } from 'geojson'
import { z } from 'zod'
import { PLACE_CATEGORIES } from '../place-categories.ts'
import { placeGeometrySchema } from '../place-geometry.schema.ts'
import type { ImportKey } from './import-columns.ts'

/** A problem with one cell or row: `error` blocks the import, `warning` does not. */
export interface ImportIssue {
  row: number
  column: string | null
  level: 'error' | 'warning'
  message: string
}

/** A row ready to be written. */
export interface ImportRow {
  row: number
  name: string
  category_code: string
  geometry: Geometry
  pinyin: string | null
  location_description: string | null
  meaning: string | null
  origin: string | null
  approval_authority: string | null
  document_number: string | null
  approved_on: string | null
  status: 'proposed' | 'in_notice' | 'approved' | 'retired'
  source: string | null
  aliases: string[]
}

const HAN = /^\p{Script=Han}+$/u
const STATUS: Record<string, ImportRow['status']> = {
  标准地名: 'approved', 已批准: 'approved', approved: 'approved', 拟命名: 'proposed', proposed: 'proposed',
  公示中: 'in_notice', in_notice: 'in_notice', 已废止: 'retired', 废止: 'retired', retired: 'retired',
}
const LIMITS: Partial<Record<ImportKey, number>> = { location_description: 500, meaning: 1000, origin: 1000, approval_authority: 100, document_number: 100, source: 200 }

const text = (v: unknown) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim())

function category(value: string): string | null {
  const byCode = PLACE_CATEGORIES.find((c) => c.code === value)
  if (byCode) return byCode.code
  const byName = PLACE_CATEGORIES.find((c) => c.name_zh === value || c.name_zh.replace(/（.*）/, '') === value)
  return byName?.code ?? null
}

function geometryOf(cells: Partial<Record<ImportKey, unknown>>, push: (column: string, message: string) => void): Geometry | null {
  const raw = cells.geometry
  if (raw !== undefined && text(raw) !== '') {
    let parsed: unknown = raw
    if (typeof raw === 'string') {
      try { parsed = JSON.parse(raw) } catch { push('geometry', '几何不是合法的 GeoJSON / geometry is not valid GeoJSON'); return null }
    }
    const result = placeGeometrySchema.safeParse(parsed)
    if (!result.success) { push('geometry', `几何无效 / invalid geometry: ${result.error.issues[0]?.message ?? ''}`); return null }
    return result.data
  }
  const lng = Number(text(cells.lng))
  const lat = Number(text(cells.lat))
  if (text(cells.lng) === '' || text(cells.lat) === '') { push('lng', '缺少经纬度或几何 / longitude and latitude (or a geometry) are required'); return null }
  if (!Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 90) {
    push('lng', '经纬度超出范围或不是数字 / longitude/latitude out of range or not numbers'); return null
  }
  return { type: 'Point', coordinates: [lng, lat] }
}

/**
 * Validate one imported row (cells already keyed by column): blocking errors and warnings per cell.
 * Bad data is a value, never an exception (STYLE §7).
 * @returns the clean row (null when any error) and the issues found
 * @example validateImportRow(2, { name: '桂花路', category: '2530', lng: '114.3', lat: '29.85' }).row?.category_code // = '2530'
 */
export function validateImportRow(row: number, cells: Partial<Record<ImportKey, unknown>>): { row: ImportRow | null; issues: ImportIssue[] } {
  const issues: ImportIssue[] = []
  const push = (column: string | null, message: string, level: ImportIssue['level'] = 'error') => issues.push({ row, column, level, message })
  const name = text(cells.name)
  if (name === '') push('name', '缺少标准名称 / the name is empty')
  else if (name.length > 50) push('name', `名称过长（${name.length}字，上限50）/ name longer than 50 characters`)
  else if (!HAN.test(name)) push('name', '标准名称只能使用汉字 / a standard name is written in Chinese characters only')
  const categoryCode = category(text(cells.category))
  if (!categoryCode) push('category', `未知的类别“${text(cells.category)}” / unknown category`)
  const geometry = geometryOf(cells, (c, m) => push(c, m))
  const approvedOn = text(cells.approved_on)
  if (approvedOn !== '' && !z.iso.date().safeParse(approvedOn).success) push('approved_on', `日期“${approvedOn}”应为 YYYY-MM-DD / date must be YYYY-MM-DD`)
  const statusText = text(cells.status)
  const status = statusText === '' ? 'approved' : STATUS[statusText]
  if (!status) push('status', `未知的状态“${statusText}” / unknown status`)
  const pinyin = text(cells.pinyin)
  if (pinyin !== '' && !/^[A-Za-zÜü0-9' -]{1,200}$/.test(pinyin)) push('pinyin', '拼音含有非法字符 / romanisation has characters other than letters, digits, apostrophes, spaces and hyphens')
  for (const [key, max] of Object.entries(LIMITS)) {
    if (text(cells[key as ImportKey]).length > (max as number)) push(key, `超过${max}字 / longer than ${max} characters`)
  }
  const aliases = text(cells.aliases).split(/[、,，;；]/).map((a) => a.trim()).filter(Boolean)
  for (const a of aliases) if (!HAN.test(a) || a.length > 50) push('aliases', `曾用名“${a}”无效 / invalid former name`)
  if (issues.some((i) => i.level === 'error')) return { row: null, issues }
  const opt = (k: ImportKey) => (text(cells[k]) === '' ? null : text(cells[k]))
  return {
    row: {
      row, name, category_code: categoryCode!, geometry: geometry!, pinyin: opt('pinyin'), location_description: opt('location_description'),
      meaning: opt('meaning'), origin: opt('origin'), approval_authority: opt('approval_authority'), document_number: opt('document_number'),
      approved_on: opt('approved_on'), status: status!, source: opt('source'), aliases,
    },
    issues,
  }
}
