import type { Feature } from 'geojson'
import type { Writable } from 'node:stream'
import { writeChunk } from './write-chunk.ts'

/**
 * Stream features out as one GeoJSON FeatureCollection (RFC 7946), feature by feature.
 * @param features the features, in order
 * @param out the destination (an HTTP response or a file)
 * @returns the number of features written
 * @example await writeGeojson(features, res) // = 1000
 */
export async function writeGeojson(features: AsyncIterable<Feature>, out: Writable): Promise<number> {
  let n = 0
  await writeChunk(out, '{"type":"FeatureCollection","features":[\n')
  for await (const f of features) {
    await writeChunk(out, (n++ ? ',\n' : '') + JSON.stringify(f))
  }
  await writeChunk(out, '\n]}\n')
  return n
}
