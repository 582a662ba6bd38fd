import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson'
import type { DivisionCollection, DivisionProperties } from '../../shared/geojson'

/** Division properties plus the display-only colour slot computed here. */
export type DisplayDivisionProperties = DivisionProperties & { palette_index: number }

/**
 * Copies a collection adding `palette_index`: the feature's rank by code, so neighbours get distinct colours
 * whatever the codes are. The input is not changed (STYLE §4).
 * @example
 * withPaletteIndex(fc).features.map((f) => f.properties.palette_index) // = [0, 1, 2, ...] in code order
 */
export function withPaletteIndex(fc: DivisionCollection): FeatureCollection<DivisionCollection['features'][number]['geometry'], DisplayDivisionProperties> {
  const codes = [...new Set(fc.features.map((f) => f.properties.code))].sort()
  const rank = new Map(codes.map((code, i) => [code, i]))
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({ ...f, properties: { ...f.properties, palette_index: rank.get(f.properties.code) ?? 0 } })),
  }
}

/** Planar area of a ring by the shoelace formula, in square degrees (enough to compare parts). */
export function ringArea(ring: Position[]): number {
  let sum = 0
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1 = 0, y1 = 0] = ring[j] ?? []
    const [x2 = 0, y2 = 0] = ring[i] ?? []
    sum += (x1 + x2) * (y1 - y2)
  }
  return Math.abs(sum / 2)
}

/**
 * The largest part of a Polygon or MultiPolygon, as a Polygon (holes kept).
 * @returns null for an empty MultiPolygon
 */
export function largestPolygon(geometry: Polygon | MultiPolygon): Polygon | null {
  if (geometry.type === 'Polygon') return geometry
  let best: Position[][] | null = null
  let bestArea = -1
  for (const part of geometry.coordinates) {
    const area = part[0] ? ringArea(part[0]) : 0
    if (area > bestArea) {
      best = part
      bestArea = area
    }
  }
  return best ? { type: 'Polygon', coordinates: best } : null
}

function isPoint(value: unknown): value is Point {
  if (!value || typeof value !== 'object') return false
  const v = value as Partial<Point>
  return v.type === 'Point' && Array.isArray(v.coordinates) && v.coordinates.length >= 2 &&
    v.coordinates.every((n) => typeof n === 'number' && Number.isFinite(n))
}

/**
 * One label feature per polygon division, so a name is drawn once: the server's `label_point` when it
 * sends one, else the division's largest part (MapLibre then labels that polygon, though once per tile).
 * Point divisions (villages) are skipped: their own layer labels them.
 */
export function labelFeatures(fc: DivisionCollection): FeatureCollection<Point | Polygon, DivisionProperties> {
  const features: Feature<Point | Polygon, DivisionProperties>[] = []
  for (const f of fc.features) {
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') continue
    const labelPoint = (f.properties as DivisionProperties & { label_point?: unknown }).label_point
    const geometry = isPoint(labelPoint) ? labelPoint : largestPolygon(f.geometry)
    if (geometry) features.push({ type: 'Feature', id: f.id, properties: f.properties, geometry })
  }
  return { type: 'FeatureCollection', features }
}
