import type { CollectionDef } from '../collection.ts'
import { PrecisionDisplay } from '../vocabulary.ts'

/** Road centre lines (places area, migration 0013), named or not; public map data. */
export const roadsCollections: CollectionDef[] = [
  {
    id: 'roads',
    title: { zh: '道路', en: 'Roads' },
    description: { zh: '道路中心线（含未命名道路）', en: 'Road centre lines, named and unnamed' },
    table: 'roads',
    geometryColumn: 'geom',
    geometryType: 'LineString',
    idColumn: 'id',
    idType: 'integer',
    properties: [
      { name: 'id', type: 'integer' },
      { name: 'place_id', type: 'integer' },
      { name: 'source_name', type: 'string' },
      { name: 'road_class', type: 'string' },
      { name: 'width_m', type: 'number' },
      { name: 'division_code', type: 'string' },
      { name: 'source', type: 'string' },
      { name: 'version', type: 'integer' },
    ],
    filterable: ['place_id', 'source_name', 'road_class', 'division_code'],
    access: 'public',
    precision: PrecisionDisplay,
    tiles: { minzoom: 10, maxzoom: 18, properties: ['id', 'place_id', 'source_name', 'road_class'] },
  },
]
