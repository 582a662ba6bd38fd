import type { TownshipKind } from './types.ts';

const DEVELOPMENT = /(开发区|工业园区?|园区|物流区|新区)$/;

/**
 * Classifies a township-level unit by its NBS name suffix: 街道 subdistrict, 镇 town, 乡 township,
 * 开发区/工业园/物流区 development zone, anything else (林场, 农场, 茶场, 良种场, 管理处, 管理局…) special.
 * @param name - NBS name, e.g. "温泉街道"
 * @returns the kind
 * @example
 * classifyTownship('九宫山自然保护管理局') // = 'special'
 */
export function classifyTownship(name: string): TownshipKind {
  if (name.endsWith('街道')) return 'subdistrict';
  if (name.endsWith('镇')) return 'town';
  if (name.endsWith('乡')) return 'township';
  if (DEVELOPMENT.test(name)) return 'development';
  return 'special';
}
