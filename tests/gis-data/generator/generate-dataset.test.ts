import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../gis-data/generator/generate-dataset.ts';
import { XIANNING_DIR } from '../helpers/read-dataset.ts';

describe('generateDataset', () => {
  // The committed files were written by an earlier, separate run of `npx tsx gis-data/generator/generate.ts`,
  // so byte equality proves both that generation is deterministic and that the repo is up to date.
  it('regenerates the committed xianning files byte for byte', () => {
    const files = generateDataset(XIANNING_DIR);
    expect([...files.keys()].sort()).toEqual(
      ['city.geojson', 'counties.geojson', 'dataset.json', 'places_geonames.geojson', 'rail_stations.geojson', 'townships.geojson', 'villages.geojson'],
    );
    for (const [name, text] of files) expect(text === readFileSync(join(XIANNING_DIR, name), 'utf8'), `${name} differs: run npx tsx gis-data/generator/generate.ts`).toBe(true);
  }, 60_000);
});
