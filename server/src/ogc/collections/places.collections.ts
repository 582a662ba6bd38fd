import type { CollectionDef } from '../collection.ts'
import type { PropertyDef } from '../params/property-type.ts'
import { PrecisionDisplay } from '../vocabulary.ts'

const published: PropertyDef[] = [
  { name: 'id', type: 'integer' },
  { name: 'name', type: 'string' },
  { name: 'specific_name', type: 'string' },
  { name: 'generic_name', type: 'string' },
  { name: 'pinyin', type: 'string' },
  { name: 'category_code', type: 'string' },
  { name: 'division_code', type: 'string' },
  { name: 'location_description', type: 'string' },
  { name: 'meaning', type: 'string' },
  { name: 'origin', type: 'string' },
  { name: 'status', type: 'string' },
  { name: 'approval_authority', type: 'string' },
  { name: 'document_number', type: 'string' },
  { name: 'approved_on', type: 'date' },
  { name: 'source', type: 'string' },
  { name: 'version', type: 'integer' },
]

const base = {
  table: 'place_names',
  geometryColumn: 'geom',
  geometryType: 'Geometry',
  idColumn: 'id',
  idType: 'integer',
  properties: published,
  precision: PrecisionDisplay,
} as const satisfies Partial<CollectionDef>

// Place names are the large point layer (1M in the benchmarks): tiles start at z10 and carry few fields.
// Below z14 a tile keeps the most important names: divisions and settlements, then transport, then the
// rest; shorter (higher-order) names first within a class. From z14 every name is in its tile.
const tiles = {
  minzoom: 10, maxzoom: 18, properties: ['id', 'name', 'category_code', 'status'],
  thin: {
    maxFeatures: { 10: 300, 11: 400, 12: 500, 13: 1500 },
    rank: `CASE left(category_code, 2) WHEN '21' THEN 0 WHEN '23' THEN 1 WHEN '24' THEN 2 WHEN '22' THEN 3 WHEN '25' THEN 4
      WHEN '12' THEN 5 WHEN '13' THEN 5 ELSE 6 END, length(name), id`,
  },
} satisfies CollectionDef['tiles']

/** Place names (places area, migration 0010): the published register, and every status for staff. */
export const placesCollections: CollectionDef[] = [
  {
    ...base,
    id: 'place_names',
    title: { zh: '标准地名', en: 'Standard place names' },
    description: { zh: '已批准公布的标准地名', en: 'Approved, published standard place names' },
    filterable: ['name', 'specific_name', 'generic_name', 'pinyin', 'category_code', 'division_code', 'approved_on'],
    fixedFilters: { status: 'approved' },
    access: 'public',
    tiles,
  },
  {
    ...base,
    id: 'place_names_all',
    title: { zh: '地名（全部状态）', en: 'Place names (every status)' },
    description: { zh: '含拟命名、公示中与已废止的地名（内部）', en: 'Including proposed, in-notice and retired names (internal)' },
    filterable: ['name', 'specific_name', 'generic_name', 'pinyin', 'category_code', 'division_code', 'status', 'approved_on'],
    access: { permission: 'places.read_internal' },
    tiles,
  },
]
