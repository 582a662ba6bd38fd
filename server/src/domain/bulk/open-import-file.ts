import type { RecordSource } from './import-record.ts'
import type { ImportFormat } from './import-format.ts'
import { readCsv } from './readers/read-csv.ts'
import { readGeojson } from './readers/read-geojson.ts'
import { readShapefileZip } from './readers/read-shapefile-zip.ts'
import type { TextEncoding } from './readers/text-encoding.ts'
import { readXlsx } from './readers/read-xlsx.ts'
import { DefaultBulkZipLimits, type ZipLimits } from '../zip/zip-limits.ts'

/**
 * Open an uploaded file with the reader of its format.
 * @param path the file on disk
 * @param format its format
 * @param encoding declared text encoding (CSV), or null to detect
 * @param onChunk byte counter for progress (streamed formats)
 * @param zipLimits zip-bomb limits for the formats that are zip archives (XLSX, zipped Shapefile)
 * @returns the record source
 * @example (await openImportFile('/tmp/a.csv', 'csv', null)).tabular // = true
 */
export async function openImportFile(path: string, format: ImportFormat, encoding: TextEncoding | null, onChunk?: (n: number) => void, zipLimits: ZipLimits = DefaultBulkZipLimits): Promise<RecordSource> {
  switch (format) {
    case 'geojson':
      return readGeojson(path, onChunk)
    case 'csv':
      return readCsv(path, encoding, onChunk)
    case 'xlsx':
      return readXlsx(path, zipLimits)
    case 'shapefile':
      return readShapefileZip(path, zipLimits)
  }
}
