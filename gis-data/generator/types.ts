/** Shared types of the seed generator. Coordinates are `[lng, lat]` (WGS84 unless a name says otherwise). */
export type LngLat = [number, number];

/** Planar metres in a local projection (x east, y north). */
export type XY = [number, number];

/** A polygon as open rings of vertex ids (no closing vertex); outer is CCW, holes are CW. */
export interface RingPolygon {
  outer: number[];
  holes: number[][];
}

/** Reads the planar position of a vertex id. */
export type VertexAt = (id: number) => readonly [number, number];

/** Kinds of township-level units, from the name suffix (see classify-township.ts). */
export type TownshipKind = 'subdistrict' | 'town' | 'township' | 'development' | 'special';

/** Kinds of village-level units, from the name suffix (see classify-village.ts). */
export type VillageKind = 'community' | 'village' | 'living_area';
