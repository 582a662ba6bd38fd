import type { TownshipShape } from './build-townships.ts';
import { classifyVillage } from './classify-village.ts';
import { createLocalProjection } from './local-projection.ts';
import { createRng } from './create-rng.ts';
import { hashString } from './hash-string.ts';
import { placeVillages } from './place-villages.ts';
import type { NbsVillage } from './read-nbs-lists.ts';
import { roundCoord } from './round-coord.ts';
import { synthesizeVillageAttributes, type VillageAttributes } from './synthesize-village-attributes.ts';
import type { LngLat, VillageKind, XY } from './types.ts';

/** A village-level unit with its synthetic point and attributes. */
export interface VillageRecord extends VillageAttributes {
  code: string;
  name: string;
  parentCode: string;
  point: LngLat;
}

/**
 * Builds the village layer: per township (own PRNG stream, seeded by its code), communities are placed first,
 * clustered near the township label point, then villages and 生活区 spread over the township; then each unit
 * gets its synthetic urban-rural code and population.
 * @param townships - township shapes
 * @param villages - NBS village-level rows
 * @param seed - dataset seed
 * @returns one record per NBS row, sorted by code
 * @throws Error when a row's township is unknown
 */
export function buildVillages(townships: readonly TownshipShape[], villages: readonly NbsVillage[], seed: number): VillageRecord[] {
  const known = new Set(townships.map((t) => t.code));
  const orphan = villages.find((v) => !known.has(v.parentCode));
  if (orphan) throw new Error(`buildVillages: ${orphan.code} ${orphan.name} has no township ${orphan.parentCode}`);
  return townships
    .flatMap((township) => villagesOf(township, villages.filter((v) => v.parentCode === township.code), seed))
    .sort((a, b) => a.code.localeCompare(b.code));
}

function villagesOf(township: TownshipShape, rows: readonly NbsVillage[], seed: number): VillageRecord[] {
  const rng = createRng(seed ^ hashString(township.code));
  const projection = createLocalProjection(township.labelPoint);
  const kinds = new Map(rows.map((v) => [v.code, classifyVillage(v.name)]));
  const ordered = [...rows].sort((a, b) => Number(kinds.get(b.code) === 'community') - Number(kinds.get(a.code) === 'community') || a.code.localeCompare(b.code));
  const polygons = township.polygons.map((rings) => rings.map((ring) => ring.map((p) => projection.toXY(p))));
  const centre = projection.toXY(township.labelPoint);
  const points = placeVillages(polygons, centre, ordered.map((v) => (kinds.get(v.code) === 'community' ? 'clustered' : 'spread')), rng);
  const rankOf = centreRanks(ordered.map((v) => kinds.get(v.code)!), points, centre);
  return ordered.map((v, i) => {
    const [lng, lat] = projection.toLngLat(points[i]);
    return {
      code: v.code,
      name: v.name,
      parentCode: township.code,
      point: [roundCoord(lng), roundCoord(lat)],
      ...synthesizeVillageAttributes(kinds.get(v.code)!, township.kind, rankOf[i], rng),
    };
  });
}

function centreRanks(kinds: VillageKind[], points: XY[], centre: XY): { rank: number; count: number }[] {
  const distance = (i: number): number => Math.hypot(points[i][0] - centre[0], points[i][1] - centre[1]);
  return kinds.map((kind, i) => {
    const same = kinds.flatMap((k, j) => (k === kind ? [j] : []));
    return { rank: same.filter((j) => distance(j) < distance(i) || (distance(j) === distance(i) && j < i)).length, count: same.length };
  });
}
