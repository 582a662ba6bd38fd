/**
 * CLI: regenerates seed dataset folders from their `sources/`.
 *   npx tsx gis-data/generator/generate.ts                 # every gis-data/<id>/ that has sources/sources.json
 *   npx tsx gis-data/generator/generate.ts xianning        # one dataset
 *   npx tsx gis-data/generator/generate.ts xianning --out /tmp/x   # somewhere else (used by the determinism test)
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDataset } from './generate-dataset.ts';

const gisDataDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? args[outIndex + 1] : undefined;
const named = args.filter((a, i) => !a.startsWith('--') && (outIndex < 0 || i !== outIndex + 1));
const ids = named.length > 0 ? named : readdirSync(gisDataDir).filter((d) => existsSync(join(gisDataDir, d, 'sources', 'sources.json'))).sort();
if (outDir && ids.length !== 1) throw new Error('generate: --out needs exactly one dataset id');

for (const id of ids) {
  const started = Date.now();
  const files = generateDataset(join(gisDataDir, id));
  const target = outDir ?? join(gisDataDir, id);
  mkdirSync(target, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(target, name), text);
  console.log(`generate: ${id} → ${target} (${[...files.keys()].join(', ')}) in ${Date.now() - started} ms`);
}
