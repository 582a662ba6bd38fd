import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import type { Geometry } from 'geojson'
import chain from 'stream-chain'
import { parser } from 'stream-json'
import { pick } from 'stream-json/filters/pick.js'
import { streamArray } from 'stream-json/streamers/stream-array.js'
import { BadImportFile, ReasonNotParseable } from '../bad-import-file.ts'
import type { ImportRecord, RecordSource } from '../import-record.ts'

/** Most characters of a FeatureCollection's opening (name, crs, …) before its `"features": [`. */
const MaxHeaderChars = 64 * 1024
const FeaturesOpen = /"features"\s*:\s*\[$/

/** The file is not laid out one feature per line; the streaming JSON parser reads it instead. */
export class NotOneFeaturePerLine extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function toRecord(f: unknown, row: number): ImportRecord {
  const feature = f as { properties?: unknown; geometry?: unknown } | null
  return {
    row,
    properties: isObject(feature?.properties) ? feature.properties : {},
    geometry: isObject(feature?.geometry) ? (feature.geometry as unknown as Geometry) : null,
  }
}

/**
 * The features of a FeatureCollection written one feature per line — what `ogr2ogr -f GeoJSON`, QGIS
 * and most exporters write — parsed with `JSON.parse` line by line (about ten times faster than a token
 * stream). Anything else about the layout (a header that does not end in `"features": [`, a feature
 * over several lines, a missing or extra comma, a footer other than `]}`) throws NotOneFeaturePerLine.
 */
export async function* oneFeaturePerLine(path: string, onChunk?: (bytes: number) => void): AsyncGenerator<unknown> {
  const input = createReadStream(path)
  if (onChunk) input.on('data', (c) => onChunk(c.length))
  const lines = createInterface({ input, crlfDelay: Infinity })
  let header = ''
  let inFeatures = false
  let footer = ''
  let commaBefore = true // whether the line before ended with a comma (true before the first feature)
  let first = true
  let read = 0
  try {
    for await (const raw of lines) {
      const line = (first ? raw.replace(/^\uFEFF/, '') : raw).trim()
      first = false
      if (!inFeatures) {
        header += header ? `\n${line}` : line
        if (header.length > MaxHeaderChars) throw new NotOneFeaturePerLine()
        if (FeaturesOpen.test(header)) {
          let opening: unknown
          try {
            opening = JSON.parse(`${header}]}`)
          } catch {
            throw new NotOneFeaturePerLine()
          }
          if (!isObject(opening) || opening.type !== 'FeatureCollection') throw new NotOneFeaturePerLine()
          inFeatures = true
        }
        continue
      }
      if (footer || line.startsWith(']')) {
        footer += line
        continue
      }
      if (line === '') continue
      if (!commaBefore || !line.startsWith('{')) throw new NotOneFeaturePerLine()
      commaBefore = line.endsWith(',')
      let feature: unknown
      try {
        feature = JSON.parse(commaBefore ? line.slice(0, -1) : line)
      } catch {
        throw new NotOneFeaturePerLine()
      }
      if (!isObject(feature)) throw new NotOneFeaturePerLine()
      read++
      yield feature
    }
    // Anything but `]}` after the features, or a comma after the last one, is not this layout (nor JSON).
    if (!inFeatures || footer.replace(/\s+/g, '') !== ']}' || (read > 0 && commaBefore)) throw new NotOneFeaturePerLine()
  } finally {
    lines.close()
    input.destroy()
  }
}

/**
 * Stream the features of a GeoJSON FeatureCollection file one at a time, so a file of a million features
 * never sits in memory. A file written one feature per line is read line by line; any other layout (or
 * a file that turns out not to be valid JSON) is read by the streaming parser stream-json, which resumes
 * after the features already read — the import runs in one transaction, so a file found broken half-way
 * still imports nothing.
 * @param path the file
 * @param onChunk called with the size of every chunk read (progress; never more than the file's size)
 * @returns the record source (no fixed columns: GeoJSON properties vary per feature)
 * @example for await (const r of readGeojson('/tmp/names.geojson').records) console.log(r.row) // 1, 2, …
 */
export function readGeojson(path: string, onChunk?: (bytes: number) => void): RecordSource {
  async function* records(): AsyncGenerator<ImportRecord> {
    let reported = 0
    let row = 0
    try {
      for await (const feature of oneFeaturePerLine(path, (n) => { reported += n; onChunk?.(n) })) {
        row++
        yield toRecord(feature, row)
      }
      return
    } catch (err) {
      if (!(err instanceof NotOneFeaturePerLine)) throw err
    }
    // Fall back to the streaming parser from the start, skipping the features already yielded and the
    // bytes already reported as read.
    const skip = row
    let reread = 0
    const input = createReadStream(path)
    if (onChunk) {
      input.on('data', (c) => {
        const before = reread
        reread += c.length
        if (reread > reported) onChunk(reread - Math.max(before, reported))
      })
    }
    const pipeline = chain([input, parser(), pick({ filter: 'features' }), streamArray()])
    let seen = 0
    try {
      for await (const item of pipeline as AsyncIterable<{ value: unknown }>) {
        seen++
        if (seen <= skip) continue
        row = seen
        yield toRecord(item.value, row)
      }
    } catch (err) {
      throw new BadImportFile(ReasonNotParseable, `The file is not valid JSON near feature ${seen + 1}: ${(err as Error).message}`)
    } finally {
      input.destroy()
    }
  }
  return { tabular: false, records: records() }
}
