import type { RecordSource } from './import-record.ts'
import type { ImportFormat } from './import-format.ts'
import { readCsv } from './readers/read-csv.ts'
import { readGeojson } from './readers/read-geojson.ts'
import { readShapefileZip } from './readers/read-shapefile-zip.ts'
import type { TextEncoding } from './readers/text-encoding.ts'
import { readXlsx } from './readers/read-xlsx.ts'

/**
 * Open an uploaded file with the reader of its format.
 * @param path the file on disk
 * @param format its format
 * @param encoding declared text encoding (CSV), or null to detect
 * @param onChunk byte counter for progress (streamed formats)
 * @returns the record source
 * @example (await openImportFile('/tmp/a.csv', 'csv', null)).tabular // = true
 */
export async function openImportFile(path: string, format: ImportFormat, encoding: TextEncoding | null, onChunk?: (n: number) => void): Promise<RecordSource> {
  switch (format) {
    case 'geojson':
      return readGeojson(path, onChunk)
    case 'csv':
      return readCsv(path, encoding, onChunk)
    case 'xlsx':
      return readXlsx(path)
    case 'shapefile':
      return readShapefileZip(path)
  }
}
