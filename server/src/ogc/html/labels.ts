import type { Lang } from './lang.ts'

const zh = {
  siteTitle: '地名 OGC API 要素服务',
  siteDescription: '行政区划、地名、设施与界线数据，遵循 OGC API - Features 第 1 部分。',
  collections: '数据集',
  conformance: '符合性声明',
  apiDefinition: 'API 定义（OpenAPI）',
  items: '要素',
  properties: '属性',
  type: '类型',
  filterable: '可筛选',
  geometry: '几何',
  matched: '匹配',
  returned: '本页',
  next: '下一页',
  prev: '上一页',
  json: 'JSON',
  id: '编号',
  yes: '是',
  none: '无',
  login: '需要登录',
} as const

const en: Record<keyof typeof zh, string> = {
  siteTitle: 'Diming OGC API Features',
  siteDescription: 'Administrative divisions, place names, facilities and boundaries, per OGC API - Features Part 1.',
  collections: 'Collections',
  conformance: 'Conformance',
  apiDefinition: 'API definition (OpenAPI)',
  items: 'Items',
  properties: 'Properties',
  type: 'Type',
  filterable: 'Filterable',
  geometry: 'Geometry',
  matched: 'matched',
  returned: 'returned',
  next: 'Next page',
  prev: 'Previous page',
  json: 'JSON',
  id: 'ID',
  yes: 'yes',
  none: 'none',
  login: 'login required',
}

export type Labels = Record<keyof typeof zh, string>

/**
 * UI strings of the OGC HTML pages (server-rendered, so they live here rather than in client locales).
 * @param lang page language
 * @returns the label table
 * @example labelsFor('en').items // = 'Items'
 */
export function labelsFor(lang: Lang): Labels {
  return lang === 'en' ? en : zh
}
