import { createReadStream } from 'node:fs'
import type { Geometry } from 'geojson'
import chain from 'stream-chain'
import { parser } from 'stream-json'
import { pick } from 'stream-json/filters/pick.js'
import { streamArray } from 'stream-json/streamers/stream-array.js'
import { BadImportFile, ReasonNotParseable } from '../bad-import-file.ts'
import type { ImportRecord, RecordSource } from '../import-record.ts'

/**
 * Stream the features of a GeoJSON FeatureCollection file one at a time (stream-json), so a file of
 * a million features never sits in memory.
 * @param path the file
 * @param onChunk called with the size of every chunk read (progress)
 * @returns the record source (no fixed columns: GeoJSON properties vary per feature)
 * @example for await (const r of readGeojson('/tmp/names.geojson').records) console.log(r.row) // 1, 2, …
 */
export function readGeojson(path: string, onChunk?: (bytes: number) => void): RecordSource {
  async function* records(): AsyncGenerator<ImportRecord> {
    const input = createReadStream(path)
    if (onChunk) input.on('data', (c) => onChunk(c.length))
    const pipeline = chain([input, parser(), pick({ filter: 'features' }), streamArray()])
    let row = 0
    try {
      for await (const item of pipeline as AsyncIterable<{ value: unknown }>) {
        row++
        const f = item.value as { type?: unknown; properties?: unknown; geometry?: unknown } | null
        const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
        yield {
          row,
          properties: isObject(f?.properties) ? f.properties : {},
          geometry: isObject(f?.geometry) ? (f.geometry as unknown as Geometry) : null,
        }
      }
    } catch (err) {
      throw new BadImportFile(ReasonNotParseable, `The file is not valid JSON near feature ${row + 1}: ${(err as Error).message}`)
    }
  }
  return { tabular: false, records: records() }
}
