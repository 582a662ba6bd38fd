import type { VillageKind } from './types.ts';

/**
 * Classifies a village-level unit by its NBS name suffix: 村委会/村民委员会 village, 居委会/居民委员会/社区
 * community, 生活区 (virtual living area of a farm or forest unit) living_area. Unknown suffixes count as village.
 * @param name - NBS name, e.g. "万年路社区"
 * @returns the kind
 * @example
 * classifyVillage('黄龙林场虚拟生活区') // = 'living_area'
 */
export function classifyVillage(name: string): VillageKind {
  if (/(村委会|村民委员会)$/.test(name)) return 'village';
  if (/(居委会|居民委员会|社区)$/.test(name)) return 'community';
  if (name.endsWith('生活区')) return 'living_area';
  return 'village';
}
