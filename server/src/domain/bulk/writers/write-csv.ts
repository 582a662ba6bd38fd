import type { Feature } from 'geojson'
import type { Writable } from 'node:stream'
import { stringify } from 'csv-stringify'
import { featureHeader, featureRow } from './feature-row.ts'
import { writeChunk } from './write-chunk.ts'

/**
 * Stream features out as CSV (UTF-8 with BOM, so Excel on Chinese Windows opens it right).
 * @param features the features
 * @param columns the property columns
 * @param out the destination
 * @returns the number of rows written
 * @example await writeCsv(features, ['code', 'name'], res) // = 8
 */
export async function writeCsv(features: AsyncIterable<Feature>, columns: string[], out: Writable): Promise<number> {
  const csv = stringify()
  let n = 0
  const pump = (async () => {
    await writeChunk(out, '\ufeff')
    for await (const chunk of csv) await writeChunk(out, chunk as Buffer)
  })()
  const push = async (row: unknown[]) => {
    if (!csv.write(row)) await new Promise((resolve) => csv.once('drain', resolve))
  }
  await push(featureHeader(columns))
  for await (const f of features) {
    await push(featureRow(f, columns))
    n++
  }
  csv.end()
  await pump
  return n
}
