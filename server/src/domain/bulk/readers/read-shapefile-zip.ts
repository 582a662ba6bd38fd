import { readFile } from 'node:fs/promises'
import type { Geometry } from 'geojson'
import type JSZip from 'jszip'
import { parseDbf, parseShp } from 'shpjs'
import { openGuardedZip, type GuardedZip } from '../../zip/open-guarded-zip.ts'
import type { ZipLimits } from '../../zip/zip-limits.ts'
import { ZipRefused } from '../../zip/zip-refused.ts'
import { BadImportFile, ReasonBadEncoding, ReasonBrokenArchive, ReasonMissingColumns, ReasonNotParseable } from '../bad-import-file.ts'
import type { ImportRecord, RecordSource } from '../import-record.ts'
import { detectEncoding, isUtf8, type TextEncoding } from './text-encoding.ts'

/** Code page names found in .cpg files, mapped to the two encodings we read. */
function encodingFromCpg(cpg: string): TextEncoding | null {
  const v = cpg.trim().toLowerCase().replace(/[\s_-]/g, '')
  if (['utf8', '65001'].includes(v)) return 'utf-8'
  if (['gbk', 'gb2312', 'gb18030', '936', 'cp936', 'ansi936', 'windows936'].includes(v)) return 'gbk'
  return null
}

/** DBF record bytes (after the header), where text fields live. */
function dbfBody(dbf: Uint8Array): Uint8Array {
  const headerLength = dbf.length >= 10 ? dbf[8]! | (dbf[9]! << 8) : 0
  return dbf.subarray(headerLength)
}

function chooseEncoding(dbf: Uint8Array, cpg: string | null): TextEncoding {
  const declared = cpg === null ? null : encodingFromCpg(cpg)
  const body = dbfBody(dbf)
  if (declared === 'utf-8' && !isUtf8(body)) {
    throw new BadImportFile(ReasonBadEncoding, 'The .cpg file says UTF-8 but the .dbf text is not UTF-8 (often GBK): fix the .cpg to GBK.')
  }
  if (declared) return declared
  // DBF language driver 0x4D = code page 936 (GBK); otherwise guess from the bytes.
  if (dbf[29] === 0x4d) return 'gbk'
  return detectEncoding(body)
}

/** A zip-guard refusal keeps its reason in the report; any other error means a damaged archive. */
function archiveError(err: unknown): BadImportFile {
  if (err instanceof ZipRefused) return new BadImportFile(err.reason, err.message)
  return new BadImportFile(ReasonBrokenArchive, `The zip archive is damaged: ${(err as Error).message}`)
}

/**
 * Read a zipped Shapefile (.shp + .dbf, optional .prj reprojected to WGS84 by shpjs, optional .cpg).
 * The text encoding comes from .cpg, else the DBF language driver, else detection (UTF-8 or GBK).
 * A Shapefile is at most 2 GB by format, so the zip is read into memory once; it is inflated
 * through the zip guard, so an archive past `zipLimits` is refused (reason from zip-refused.ts).
 * @param path the zip file
 * @param zipLimits the zip-bomb limits (config `zipLimits.bulk`)
 * @returns the record source (tabular: every record has every DBF field)
 * @example (await readShapefileZip('/tmp/roads.zip')).tabular // = true
 */
export async function readShapefileZip(path: string, zipLimits: ZipLimits): Promise<RecordSource> {
  let zip: GuardedZip
  try {
    zip = await openGuardedZip(await readFile(path), zipLimits)
  } catch (err) {
    throw archiveError(err)
  }
  const names = zip.entries.map((e) => e.name).filter((n) => !n.includes('__MACOSX') && n.toLowerCase().endsWith('.shp'))
  if (names.length !== 1) throw new BadImportFile(ReasonMissingColumns, `The zip must hold exactly one .shp file (found ${names.length}).`)
  const base = names[0]!.slice(0, -4).toLowerCase()
  const part = (ext: string): JSZip.JSZipObject | null => zip.entries.find((e) => e.name.toLowerCase() === `${base}.${ext}`) ?? null
  const dbfEntry = part('dbf')
  if (!dbfEntry) throw new BadImportFile(ReasonMissingColumns, 'The zip has no .dbf file: the attributes are missing.')
  let shp: Uint8Array, dbf: Uint8Array, prj: string | null, cpg: string | null
  try {
    const text = async (entry: JSZip.JSZipObject | null) => (entry ? (await zip.read(entry)).toString('utf8') : null)
    shp = await zip.read(part('shp')!)
    dbf = await zip.read(dbfEntry)
    prj = await text(part('prj'))
    cpg = await text(part('cpg'))
  } catch (err) {
    throw archiveError(err)
  }
  const encoding = chooseEncoding(dbf, cpg)
  let geometries: (Geometry | null)[]
  let rows: Record<string, unknown>[]
  try {
    geometries = parseShp(Buffer.from(shp.buffer, shp.byteOffset, shp.byteLength), prj ?? undefined) as (Geometry | null)[]
    rows = parseDbf(Buffer.from(dbf.buffer, dbf.byteOffset, dbf.byteLength), Buffer.from(encoding)) as Record<string, unknown>[]
  } catch (err) {
    throw new BadImportFile(ReasonNotParseable, `The Shapefile cannot be read: ${(err as Error).message}`)
  }
  if (geometries.length !== rows.length) {
    throw new BadImportFile(ReasonNotParseable, `The .shp has ${geometries.length} shapes but the .dbf ${rows.length} rows.`)
  }
  async function* records(): AsyncGenerator<ImportRecord> {
    for (let i = 0; i < rows.length; i++) {
      // shpjs adds a `bbox` member; keep the plain RFC 7946 geometry.
      const g = geometries[i]
      yield { row: i + 1, properties: rows[i]!, geometry: g ? ({ type: g.type, coordinates: (g as { coordinates: unknown }).coordinates } as Geometry) : null }
    }
  }
  return { tabular: true, records: records() }
}
