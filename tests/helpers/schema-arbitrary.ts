import fc from 'fast-check'
import { z, type ZodType } from 'zod'
import { anyJson, deeplyNestedObject, hostileNumber, hostileString, malformedGeometry, xianningPosition } from './hostile-input.ts'

/** The part of JSON Schema (2020-12, as `z.toJSONSchema` writes it) that the generator reads. */
export interface JsonSchema {
  type?: string | string[]
  const?: unknown
  enum?: unknown[]
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  items?: JsonSchema | false
  prefixItems?: JsonSchema[]
  minItems?: number
  maxItems?: number
  minLength?: number
  maxLength?: number
  pattern?: string
  format?: string
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
}

/** The route schema as JSON Schema (input side); `{}` (anything) when zod cannot express it. */
export function toJsonSchema(schema: ZodType | undefined): JsonSchema {
  if (!schema) return {}
  try {
    return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema
  } catch {
    return {}
  }
}

export interface SchemaArbitraryOptions {
  /** Percentage of nodes replaced by a hostile value (0–100). */
  hostility?: number
}

const GEOMETRY_TYPES = new Set(['Point', 'LineString', 'Polygon', 'MultiPoint', 'MultiLineString', 'MultiPolygon'])
const CHINESE_NAMES = ['咸安', '温泉路', '桂花镇', '嘉鱼县', '向阳湖', '测试名', '崇阳', '通山大道', '九宫山', '赤壁']

function isGeometrySchema(js: JsonSchema): boolean {
  const t = js.properties?.type?.const
  return typeof t === 'string' && GEOMETRY_TYPES.has(t) && js.properties?.coordinates !== undefined
}

function isPositionSchema(js: JsonSchema): boolean {
  return js.prefixItems?.length === 2 && js.prefixItems.every((p) => p.type === 'number')
}

function stringArbitrary(js: JsonSchema): fc.Arbitrary<string> {
  const min = js.minLength ?? 0
  const max = js.maxLength ?? 60
  if (js.format === 'date') {
    return fc.date({ min: new Date('2015-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
  }
  if (js.pattern?.includes('Script=Han')) return fc.constantFrom(...CHINESE_NAMES)
  if (js.pattern) {
    try {
      return fc.stringMatching(new RegExp(js.pattern)).filter((s) => s.length >= min && s.length <= max)
    } catch {
      // An expression fast-check cannot generate from: fall through to plain strings.
    }
  }
  return fc.oneof(fc.constantFrom(...CHINESE_NAMES), fc.string({ minLength: Math.max(min, 1), maxLength: Math.min(max, 30) }))
    .filter((s) => s.length >= min && s.length <= max)
}

function numberArbitrary(js: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const low = js.minimum ?? (js.exclusiveMinimum !== undefined ? js.exclusiveMinimum + (integer ? 1 : 0) : -1000)
  const high = js.maximum ?? (js.exclusiveMaximum !== undefined ? js.exclusiveMaximum - (integer ? 1 : 0) : 1000)
  if (integer) {
    // Versions and ids are small in practice: stay near the lower bound most of the time.
    const from = Math.max(low, -1000)
    return fc.integer({ min: from, max: Math.max(from, Math.min(high, from + 20)) })
  }
  return fc.double({
    min: Math.max(low, -1e6), max: Math.min(high, 1e6), noNaN: true, noDefaultInfinity: true,
    minExcluded: js.exclusiveMinimum !== undefined && js.minimum === undefined,
    maxExcluded: js.exclusiveMaximum !== undefined && js.maximum === undefined,
  })
}

function objectArbitrary(js: JsonSchema, opts: Required<SchemaArbitraryOptions>): fc.Arbitrary<unknown> {
  const props = js.properties ?? {}
  const model = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, schemaArbitrary(v, opts)]))
  const record = fc.record(model, { requiredKeys: (js.required ?? []).filter((k) => k in props) })
  const extra = typeof js.additionalProperties === 'object' && Object.keys(props).length === 0
    ? fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), schemaArbitrary(js.additionalProperties, opts), { maxKeys: 3 })
    : fc.constant({})
  return fc.tuple(record, extra).map(([a, b]) => ({ ...b, ...a }))
}

function validArbitrary(js: JsonSchema, opts: Required<SchemaArbitraryOptions>): fc.Arbitrary<unknown> {
  if (js.const !== undefined) return fc.constant(js.const)
  if (js.enum) return fc.constantFrom(...js.enum)
  const branches = js.anyOf ?? js.oneOf
  if (branches?.length) return fc.oneof(...branches.map((b) => schemaArbitrary(b, opts)))
  if (js.allOf?.length) return schemaArbitrary(js.allOf[0]!, opts)
  if (isPositionSchema(js)) return xianningPosition
  const type = Array.isArray(js.type) ? js.type[0] : js.type
  switch (type) {
    case 'string': return stringArbitrary(js)
    case 'integer': return numberArbitrary(js, true)
    case 'number': return numberArbitrary(js, false)
    case 'boolean': return fc.boolean()
    case 'null': return fc.constant(null)
    case 'array': {
      if (js.prefixItems) return fc.tuple(...js.prefixItems.map((p) => schemaArbitrary(p, opts)))
      const min = js.minItems ?? 0
      const item = js.items ? schemaArbitrary(js.items, opts) : anyJson
      return fc.array(item, { minLength: min, maxLength: Math.max(min, Math.min(js.maxItems ?? 4, 4)) })
    }
    case 'object': return objectArbitrary(js, opts)
    default: return anyJson
  }
}

function hostileArbitrary(js: JsonSchema): fc.Arbitrary<unknown> {
  const type = Array.isArray(js.type) ? js.type[0] : js.type
  const wrongShape = fc.oneof(anyJson, fc.constant(null), fc.constant(deeplyNestedObject(64)), fc.constant([]), fc.constant({}))
  if (type === 'string' || js.enum || js.format) return fc.oneof({ arbitrary: hostileString, weight: 4 }, { arbitrary: wrongShape, weight: 1 })
  if (type === 'integer' || type === 'number') {
    return fc.oneof({ arbitrary: hostileNumber, weight: 4 }, { arbitrary: hostileString, weight: 1 }, { arbitrary: wrongShape, weight: 1 })
  }
  return fc.oneof(hostileString, hostileNumber, wrongShape)
}

/**
 * Generates values shaped by a JSON Schema, with `hostility` % of the nodes replaced by hostile
 * values (SQL and script fragments, boundary numbers, malformed GeoJSON, wrong types). Valid-looking
 * values are common enough that requests get past the schema into handlers and the database.
 * @example fc.sample(schemaArbitrary({ type: 'string', maxLength: 5 }), 3) // = ['咸安', "'; DROP TABLE users; --", 'k']
 */
export function schemaArbitrary(js: JsonSchema, options: SchemaArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const opts = { hostility: options.hostility ?? 15 }
  const valid = validArbitrary(js, opts)
  const hostile = isGeometrySchema(js)
    ? fc.oneof(malformedGeometry, hostileArbitrary(js))
    : hostileArbitrary(js)
  if (opts.hostility <= 0) return valid
  return fc.oneof({ arbitrary: valid, weight: 100 - opts.hostility }, { arbitrary: hostile, weight: opts.hostility })
}
