import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { parse } from 'csv-parse'
import iconv from 'iconv-lite'
import { BadImportFile, ReasonBadEncoding, ReasonNotParseable } from '../bad-import-file.ts'
import type { ImportRecord, RecordSource } from '../import-record.ts'
import { geometryFromColumns } from './geometry-from-columns.ts'
import { detectEncoding, isUtf8, type TextEncoding } from './text-encoding.ts'

const SampleBytes = 256 * 1024

async function sample(path: string): Promise<Uint8Array> {
  const fh = await open(path, 'r')
  try {
    const buf = Buffer.alloc(SampleBytes)
    const { bytesRead } = await fh.read(buf, 0, SampleBytes, 0)
    return buf.subarray(0, bytesRead)
  } finally {
    await fh.close()
  }
}

/**
 * Stream a CSV file (header row first) as records. The encoding is detected from a sample
 * (UTF-8, else GBK, as Excel on Chinese Windows writes) unless given; a file declared UTF-8 that is
 * not is refused. Geometry comes from `lng`/`lat` or a GeoJSON `geometry` column.
 * @param path the file
 * @param encoding the declared encoding, or null to detect
 * @param onChunk called with the size of every chunk read (progress)
 * @returns the record source (tabular)
 * @example (await readCsv('/tmp/facilities.csv', null)).tabular // = true
 */
export async function readCsv(path: string, encoding: TextEncoding | null, onChunk?: (bytes: number) => void): Promise<RecordSource> {
  const head = await sample(path)
  if (encoding === 'utf-8' && !isUtf8(head)) {
    throw new BadImportFile(ReasonBadEncoding, 'The file is declared UTF-8 but is not valid UTF-8 (save it as UTF-8, or choose GBK).')
  }
  const actual = encoding ?? detectEncoding(head)
  async function* records(): AsyncGenerator<ImportRecord> {
    const input = createReadStream(path)
    if (onChunk) input.on('data', (c) => onChunk(c.length))
    const text = actual === 'gbk' ? input.pipe(iconv.decodeStream('gbk')) : input
    const rows = text.pipe(parse({ columns: (h: string[]) => h.map((c) => c.trim()), bom: true, skip_empty_lines: true, relax_column_count: false }))
    let row = 1
    try {
      for await (const cells of rows as AsyncIterable<Record<string, string>>) {
        row++
        const g = geometryFromColumns(cells)
        yield g.ok
          ? { row, properties: g.properties, geometry: g.geometry }
          : { row, properties: g.properties, geometry: null, geometryIssue: { field: g.field, detail: g.reason } }
      }
    } catch (err) {
      throw new BadImportFile(ReasonNotParseable, `The CSV cannot be read at line ${row + 1}: ${(err as Error).message}`)
    }
  }
  return { tabular: true, records: records() }
}
