import type { Rng } from './create-rng.ts';
import type { TownshipKind, VillageKind } from './types.ts';

/** Synthetic attributes of one village-level unit. */
export interface VillageAttributes {
  urbanRuralCode: string;
  populationTotal: number;
  populationAged60Plus: number;
}

/** Where a unit sits relative to its township centre, among units of its own kind. */
export interface CentreRank {
  /** 0 = nearest to the township label point. */
  rank: number;
  /** How many units of this kind the township has. */
  count: number;
}

const POPULATION: Record<VillageKind, { total: [number, number]; aged: [number, number] }> = {
  village: { total: [800, 4000], aged: [0.18, 0.28] },
  community: { total: [3000, 15000], aged: [0.15, 0.25] },
  living_area: { total: [300, 1500], aged: [0.18, 0.28] },
};

/**
 * NBS 城乡分类代码, synthesised from the name suffixes (the source lists do not carry it):
 * community in a 街道 or development zone 111; community in a 镇 121 for the nearer half to the township
 * centre, else 122; community in a 乡 210; community in another unit (林场, 农场…) and every 生活区 123;
 * the 村委会 nearest the township centre 210; every other 村委会 220.
 * @example
 * urbanRuralCode('community', 'town', { rank: 3, count: 4 }) // = '122'
 */
export function urbanRuralCode(kind: VillageKind, townshipKind: TownshipKind, centre: CentreRank): string {
  if (kind === 'living_area') return '123';
  if (kind === 'village') return centre.rank === 0 ? '210' : '220';
  if (townshipKind === 'subdistrict' || townshipKind === 'development') return '111';
  if (townshipKind === 'town') return centre.rank < Math.ceil(centre.count / 2) ? '121' : '122';
  if (townshipKind === 'township') return '210';
  return '123';
}

/**
 * Synthesises the attributes of a village-level unit: its urban-rural code (see {@link urbanRuralCode}) and
 * a plausible population (villages 800–4000, communities 3000–15000, 生活区 300–1500; aged 60+ 15–28 %).
 * @param kind - unit kind
 * @param townshipKind - kind of its township
 * @param centre - rank by distance to the township centre
 * @param rng - seeded PRNG
 * @returns the attributes
 */
export function synthesizeVillageAttributes(kind: VillageKind, townshipKind: TownshipKind, centre: CentreRank, rng: Rng): VillageAttributes {
  const { total, aged } = POPULATION[kind];
  const populationTotal = Math.round(total[0] * (total[1] / total[0]) ** rng.next());
  const share = rng.range(aged[0], aged[1]);
  return {
    urbanRuralCode: urbanRuralCode(kind, townshipKind, centre),
    populationTotal,
    populationAged60Plus: Math.min(Math.max(Math.round(populationTotal * share), Math.ceil(populationTotal * aged[0])), Math.floor(populationTotal * aged[1])),
  };
}
