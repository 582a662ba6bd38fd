import type { Feature, MultiPolygon, Point, Position } from 'geojson';
import type { CountyTopology } from './build-counties.ts';
import type { TownshipShape } from './build-townships.ts';
import type { VillageRecord } from './build-villages.ts';
import type { DatasetSources } from './dataset-sources.ts';
import type { LngLat, RingPolygon } from './types.ts';

/** Version tag written into every synthetic `geom_source` / `*_source` value. */
export const GENERATOR_VERSION = 'generator v1';

const close = (ring: readonly LngLat[]): Position[] => [...ring, ring[0]];

/** GeoJSON MultiPolygon from polygons of open id rings over a vertex table. */
export function idPolygonsToMultiPolygon(polygons: readonly RingPolygon[], vertices: readonly LngLat[]): MultiPolygon {
  return { type: 'MultiPolygon', coordinates: polygons.map((p) => [p.outer, ...p.holes].map((ring) => close(ring.map((id) => vertices[id])))) };
}

/** The city feature: the union of its counties (`city` = the polygons from cancelling shared county edges). */
export function cityFeature(sources: DatasetSources, city: RingPolygon[], vertices: readonly LngLat[], labelPoint: LngLat): Feature<MultiPolygon> {
  return {
    type: 'Feature',
    properties: {
      code: sources.city_code,
      admin_code: sources.city_admin_code,
      name: sources.name,
      level: 'city',
      parent_code: null,
      label_point: labelPoint,
      source: sources.county_polygons.source,
      geom_source: `union of the county polygons: ${sources.county_polygons.geom_source}`,
    },
    geometry: idPolygonsToMultiPolygon(city, vertices),
  };
}

/** County features, real geometry. */
export function countyFeatures(sources: DatasetSources, topology: CountyTopology): Feature<MultiPolygon>[] {
  return topology.counties.map((c) => ({
    type: 'Feature',
    properties: {
      code: c.code,
      admin_code: c.adminCode,
      name: c.name,
      level: 'county',
      parent_code: sources.city_code,
      label_point: c.labelPoint,
      source: sources.county_polygons.source,
      geom_source: sources.county_polygons.geom_source,
    },
    geometry: idPolygonsToMultiPolygon(c.polygons, topology.vertices),
  }));
}

/** Township features: real codes and names, synthetic geometry. */
export function townshipFeatures(sources: DatasetSources, townships: readonly TownshipShape[]): Feature<MultiPolygon>[] {
  return townships.map((t) => ({
    type: 'Feature',
    properties: {
      code: t.code,
      name: t.name,
      level: 'township',
      parent_code: t.parentCode,
      label_point: t.labelPoint,
      source: sources.nbs.source,
      geom_source: `synthetic: seeded Voronoi partition of the real county (${GENERATOR_VERSION})`,
    },
    geometry: { type: 'MultiPolygon', coordinates: t.polygons.map((p) => p.map(close)) },
  }));
}

/** Village features: real codes and names; synthetic point, urban-rural code and population. */
export function villageFeatures(sources: DatasetSources, villages: readonly VillageRecord[]): Feature<Point>[] {
  return villages.map((v) => ({
    type: 'Feature',
    properties: {
      code: v.code,
      name: v.name,
      level: 'village',
      parent_code: v.parentCode,
      urban_rural_code: v.urbanRuralCode,
      population_total: v.populationTotal,
      population_aged_60_plus: v.populationAged60Plus,
      source: sources.nbs.source,
      geom_source: `synthetic: seeded point in township (${GENERATOR_VERSION})`,
      population_source: `synthetic (${GENERATOR_VERSION})`,
      urban_rural_source: `synthetic from name suffix (${GENERATOR_VERSION})`,
    },
    geometry: { type: 'Point', coordinates: v.point },
  }));
}
