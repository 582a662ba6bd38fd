import fc from 'fast-check'

/** SQL fragments an attacker types into any text field or query parameter. */
export const SQL_FRAGMENTS = [
  "'; DROP TABLE users; --",
  "' OR '1'='1",
  '1 OR 1=1',
  "1); DELETE FROM audit_log; --",
  "') UNION SELECT password_hash FROM users --",
  "'; SELECT pg_sleep(30); --",
  '$1',
  "\\'",
  '%',
  '_%_',
  'E\'\\x00\'',
  '/* */',
] as const

/** Script fragments: each one sets `window.__xss` when it runs, so an e2e test can tell. */
export const SCRIPT_FRAGMENTS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload="window.__xss=1">',
  'javascript:window.__xss=1',
  '{{constructor.constructor("window.__xss=1")()}}',
  '</textarea><script>window.__xss=1</script>',
] as const

/** Text the database or a parser may choke on: NUL, lone surrogates, bidi overrides, emoji, blanks. */
export const AWKWARD_STRINGS = [
  '\u0000', 'a\u0000b', '\uD800', '\uDFFF\uD800', '\u202Eevil', '👨‍👩‍👧‍👦', ' ', '', '\n\r\t', '\uFEFF',
  'ＡＢＣ１２３', '咸宁'.repeat(300), 'NaN', 'Infinity', '-0', '1e309', 'null', 'undefined', 'true', '[]', '{}',
  '../../etc/passwd', '..%2F..%2F', '%00', '\\', '"', "'", '`', '${7*7}', '<!--', ']]>', '\r\nSet-Cookie: x=1',
] as const

/** A string of `length` characters mixing SQL and script fragments (for maximum-length and over-length fields). */
export function hugeString(length: number): string {
  const unit = `${SQL_FRAGMENTS[0]}${SCRIPT_FRAGMENTS[0]}咸宁`
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length)
}

/** Any hostile string: fragments, awkward text, random unicode, and now and then a huge one. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...SQL_FRAGMENTS), weight: 4 },
  { arbitrary: fc.constantFrom(...SCRIPT_FRAGMENTS), weight: 4 },
  { arbitrary: fc.constantFrom(...AWKWARD_STRINGS), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.tuple(fc.constantFrom(...SQL_FRAGMENTS), fc.constantFrom(...SCRIPT_FRAGMENTS)).map(([a, b]) => `测试${a}${b}`), weight: 2 },
  { arbitrary: fc.constantFrom(1_001, 10_000, 100_000).map(hugeString), weight: 1 },
)

/** Numbers at and beyond every boundary a column or a coordinate has. */
export const HOSTILE_NUMBERS = [
  0, -1, -0, 0.5, 1.5, 1e308, -1e308, 2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 2 ** 53, 2 ** 63, Number.MAX_SAFE_INTEGER + 2,
  5e-324, 180.000001, -180.000001, 200, 90.0000001, -95, 360, 99999999999,
] as const

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_NUMBERS), weight: 3 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
)

/** Coordinates inside Xianning (so an otherwise valid geometry reaches the database). */
export const XIANNING = { west: 113.55, south: 29.05, east: 114.85, north: 30.0 } as const
const lngIn = fc.double({ min: XIANNING.west, max: XIANNING.east, noNaN: true })
const latIn = fc.double({ min: XIANNING.south, max: XIANNING.north, noNaN: true })
export const xianningPosition: fc.Arbitrary<[number, number]> = fc.tuple(lngIn, latIn)

const bowtie = [[114.2, 29.8], [114.4, 30.0], [114.4, 29.8], [114.2, 30.0], [114.2, 29.8]]

/** Malformed or out-of-range GeoJSON geometries: every one must be refused wherever a geometry is accepted. */
export const MALFORMED_GEOMETRIES: readonly unknown[] = [
  { type: 'Point', coordinates: [200, 29.8] },
  { type: 'Point', coordinates: [114.3, -95] },
  { type: 'Point', coordinates: [null, null] },
  { type: 'Point', coordinates: ['114.3', '29.8'] },
  { type: 'Point', coordinates: [] },
  { type: 'Point', coordinates: [114.3] },
  { type: 'Point', coordinates: [[114.3, 29.8]] },
  { type: 'Point' },
  { type: 'Point', coordinates: null },
  { type: 'LineString', coordinates: [[114.3, 29.8]] },
  { type: 'LineString', coordinates: [[114.3, 29.8], [114.3, 29.8]] },
  { type: 'LineString', coordinates: [[114.3, 29.8], [400, 29.9]] },
  { type: 'Polygon', coordinates: [[[114.2, 29.8], [114.4, 29.8], [114.4, 30.0]]] },
  { type: 'Polygon', coordinates: [[[114.2, 29.8], [114.4, 29.8], [114.4, 30.0], [114.2, 30.0]]] },
  { type: 'Polygon', coordinates: [bowtie] },
  { type: 'MultiPolygon', coordinates: [[bowtie]] },
  { type: 'Polygon', coordinates: [[[0, 0], [0, 0], [0, 0], [0, 0]]] },
  { type: 'Polygon', coordinates: [] },
  { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [114.3, 29.8] }] },
  { type: 'Feature', geometry: { type: 'Point', coordinates: [114.3, 29.8] }, properties: {} },
  { type: 'Circle', coordinates: [114.3, 29.8], radius: 1e9 },
  { type: "Point'; DROP TABLE users; --", coordinates: [114.3, 29.8] },
  { type: 'Point', coordinates: [114.3, 29.8], crs: { type: 'name', properties: { name: 'EPSG:3857' } } },
]

/** A malformed geometry: the fixed list plus random broken rings and out-of-range positions. */
export const malformedGeometry: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...MALFORMED_GEOMETRIES), weight: 3 },
  {
    // An open ring: first and last positions differ.
    arbitrary: fc.array(xianningPosition, { minLength: 4, maxLength: 8 }).filter((ps) => ps[0]![0] !== ps.at(-1)![0])
      .map((ring) => ({ type: 'Polygon', coordinates: [ring] })),
    weight: 1,
  },
  {
    arbitrary: fc.tuple(fc.double({ min: 180.0001, max: 1e6, noNaN: true }), latIn)
      .map(([lng, lat]) => ({ type: 'LineString', coordinates: [[114.3, 29.8], [lng, lat]] })),
    weight: 1,
  },
)

/** `depth` nested arrays as JSON text: `[[[…]]]`. */
export function deeplyNestedJson(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth)
}

/** A nested object `{a:{a:{…}}}` of the given depth (for free-form JSON fields). */
export function deeplyNestedObject(depth: number): unknown {
  let value: unknown = 'x'
  for (let i = 0; i < depth; i++) value = { a: value }
  return value
}

/** A polygon of `n` positions in Xianning, zig-zagging so that it intersects itself. */
export function hugeSelfIntersectingPolygon(n: number): unknown {
  const ring: [number, number][] = []
  for (let i = 0; i < n - 1; i++) ring.push([114 + (i % 2) * 0.3, 29.5 + (i / n) * 0.4])
  ring.push(ring[0]!)
  return { type: 'Polygon', coordinates: [ring] }
}

/** Random JSON of any shape (what a fuzzer sends before it learns the schema). */
export const anyJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 4 })
