import type { CollectionDef } from '../collection.ts'
import type { PropertyDef } from '../params/property-type.ts'
import { PrecisionDisplay } from '../vocabulary.ts'

const properties: PropertyDef[] = [
  { name: 'code', type: 'string' },
  { name: 'admin_code', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'level', type: 'string' },
  { name: 'parent_code', type: 'string' },
  { name: 'urban_rural_code', type: 'string' },
  { name: 'population_total', type: 'integer' },
  { name: 'population_aged_60_plus', type: 'integer' },
  { name: 'source', type: 'string' },
  { name: 'geom_source', type: 'string' },
  { name: 'population_source', type: 'string' },
  { name: 'version', type: 'integer' },
]

const base = {
  table: 'divisions',
  geometryColumn: 'geom',
  geometryType: 'MultiPolygon',
  idColumn: 'code',
  idType: 'string',
  properties,
  filterable: ['code', 'admin_code', 'name', 'level', 'parent_code', 'urban_rural_code'],
  access: 'public',
  precision: PrecisionDisplay,
} as const satisfies Partial<CollectionDef>

const tileProperties = ['code', 'name', 'level', 'parent_code', 'urban_rural_code']

const levels = [
  { level: 'city', zh: '市', en: 'cities', minzoom: 0 },
  { level: 'county', zh: '县级行政区', en: 'counties and districts', minzoom: 0 },
  { level: 'township', zh: '乡镇街道', en: 'townships and sub-districts', minzoom: 6 },
  { level: 'village', zh: '村和社区', en: 'villages and communities', minzoom: 9 },
] as const

/** Administrative divisions (lead's migration 0002): all levels, then one collection per level. */
export const divisionsCollections: CollectionDef[] = [
  {
    ...base,
    id: 'divisions',
    title: { zh: '行政区划', en: 'Administrative divisions' },
    description: { zh: '全部层级的行政区划（市、县、乡、村）', en: 'Administrative divisions of every level (city, county, township, village)' },
  },
  ...levels.map(
    (l): CollectionDef => ({
      ...base,
      id: `divisions_${l.level}`,
      title: { zh: `行政区划：${l.zh}`, en: `Administrative divisions: ${l.en}` },
      description: { zh: `层级为 ${l.level} 的行政区划`, en: `Administrative divisions at level ${l.level}` },
      fixedFilters: { level: l.level },
      tiles: { minzoom: l.minzoom, maxzoom: 16, properties: tileProperties },
    }),
  ),
  // Villages mostly have no boundary polygon (geom NULL), so `divisions_village` tiles are empty for them;
  // the map draws every village at its label point from this layer.
  {
    ...base,
    id: 'divisions_village_points',
    title: { zh: '行政区划：村和社区（位置点）', en: 'Administrative divisions: villages and communities (points)' },
    description: {
      zh: '村和社区的标注位置点（多数村没有界线面，地图按点绘制）',
      en: 'Label points of villages and communities (most have no boundary polygon; the map draws them as points)',
    },
    geometryColumn: 'label_point',
    geometryType: 'Point',
    fixedFilters: { level: 'village' },
    tiles: { minzoom: 9, maxzoom: 16, properties: tileProperties },
  },
]
