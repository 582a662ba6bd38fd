import { FACILITY_TYPES } from '../../domain/facilities/facility-types.ts'
import type { CollectionDef } from '../collection.ts'
import type { PropertyDef } from '../params/property-type.ts'
import { PrecisionDisplay } from '../vocabulary.ts'

const publicProperties: PropertyDef[] = [
  { name: 'id', type: 'integer' },
  { name: 'type', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'address', type: 'string' },
  { name: 'status', type: 'string' },
  { name: 'division_code', type: 'string' },
  { name: 'village_code', type: 'string' },
  { name: 'version', type: 'integer' },
]

const base = {
  table: 'facilities',
  geometryColumn: 'geom',
  geometryType: 'Point',
  idColumn: 'id',
  idType: 'integer',
  precision: PrecisionDisplay,
} as const satisfies Partial<CollectionDef>

const tiles = { minzoom: 6, maxzoom: 18, properties: ['id', 'type', 'name', 'status'] }

/**
 * Civil-affairs facilities (facilities area, migration 0030): active ones are public (locations and
 * names only; the per-type attributes stay internal), all of them with attributes for staff, and
 * one public collection per facility type.
 */
export const facilitiesCollections: CollectionDef[] = [
  {
    ...base,
    id: 'facilities',
    title: { zh: '民政设施', en: 'Civil-affairs facilities' },
    description: { zh: '在用的民政设施（全部类型）', en: 'Active civil-affairs facilities of every type' },
    properties: publicProperties,
    filterable: ['type', 'name', 'division_code', 'village_code'],
    fixedFilters: { status: 'active' },
    access: 'public',
    tiles,
  },
  {
    ...base,
    id: 'facilities_all',
    title: { zh: '民政设施（含撤销，内部）', en: 'Civil-affairs facilities incl. retired (internal)' },
    description: { zh: '全部民政设施及其类型属性', en: 'Every facility with its per-type attributes' },
    properties: [...publicProperties, { name: 'attributes', type: 'json' }, { name: 'retired_reason', type: 'string' }, { name: 'source', type: 'string' }],
    filterable: ['type', 'name', 'status', 'division_code', 'village_code'],
    access: { permission: 'facilities.read_internal' },
    tiles,
  },
  ...FACILITY_TYPES.map(
    (t): CollectionDef => ({
      ...base,
      id: `facilities_${t.id}`,
      title: { zh: `民政设施：${t.zh}`, en: `Facilities: ${t.en}` },
      description: { zh: `在用的${t.zh}`, en: `Active facilities of type ${t.id}` },
      properties: publicProperties,
      filterable: ['name', 'division_code', 'village_code'],
      fixedFilters: { type: t.id, status: 'active' },
      access: 'public',
      tiles,
    }),
  ),
]
