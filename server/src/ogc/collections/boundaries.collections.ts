import type { CollectionDef } from '../collection.ts'
import { PrecisionSurvey } from '../vocabulary.ts'

const base = {
  idColumn: 'id',
  idType: 'integer',
  geometryColumn: 'geom',
  // Survey geometry keeps 8 decimals (STYLE §4); boundary data is for staff only.
  precision: PrecisionSurvey,
  access: { permission: 'boundaries.read' },
} as const satisfies Partial<CollectionDef>

/** Boundary lines and markers (boundaries area, migrations 0051 and 0053). */
export const boundariesCollections: CollectionDef[] = [
  {
    ...base,
    id: 'boundary_lines',
    title: { zh: '行政区域界线', en: 'Boundary lines' },
    description: { zh: '相邻行政区之间的界线', en: 'Boundary lines between neighbouring divisions' },
    table: 'boundary_lines',
    geometryType: 'LineString',
    properties: [
      { name: 'id', type: 'integer' },
      { name: 'code', type: 'string' },
      { name: 'name', type: 'string' },
      { name: 'left_unit_code', type: 'string' },
      { name: 'right_unit_code', type: 'string' },
      { name: 'status', type: 'string' },
      { name: 'kind', type: 'string' },
      { name: 'claim_of_line_id', type: 'integer' },
      { name: 'agreement_ref', type: 'string' },
      { name: 'description', type: 'string' },
      { name: 'version', type: 'integer' },
    ],
    filterable: ['code', 'name', 'left_unit_code', 'right_unit_code', 'status', 'kind'],
    tiles: { minzoom: 6, maxzoom: 18, properties: ['id', 'code', 'name', 'status', 'kind'] },
  },
  {
    ...base,
    id: 'boundary_markers',
    title: { zh: '界桩', en: 'Boundary markers' },
    description: { zh: '界线上的界桩', en: 'Boundary markers standing on the lines' },
    table: 'boundary_markers',
    geometryType: 'Point',
    properties: [
      { name: 'id', type: 'integer' },
      { name: 'line_id', type: 'integer' },
      { name: 'number', type: 'string' },
      { name: 'type', type: 'string' },
      { name: 'material', type: 'string' },
      { name: 'status', type: 'string' },
      { name: 'gk_x', type: 'number' },
      { name: 'gk_y', type: 'number' },
      { name: 'gk_epsg', type: 'integer' },
      { name: 'elevation', type: 'number' },
      { name: 'reference_objects', type: 'json' },
      { name: 'location_description', type: 'string' },
      { name: 'version', type: 'integer' },
    ],
    filterable: ['line_id', 'number', 'type', 'material', 'status'],
    tiles: { minzoom: 10, maxzoom: 18, properties: ['id', 'number', 'status', 'type'] },
  },
]
