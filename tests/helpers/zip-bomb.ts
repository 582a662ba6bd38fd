import JSZip from 'jszip'

/** Bytes of one entry: a string, a buffer, or `{ zeros: n }` (n zero bytes, which deflate about 1000:1). */
export type EntryContent = string | Uint8Array | { zeros: number }

/**
 * A real zip archive (JSZip, DEFLATE level 9) of the given entries; `{ zeros: 10 * 2 ** 20 }` makes a
 * 10 MiB entry that compresses to about 10 KB, the classic zip bomb.
 * @example (await zipOf({ 'a.shp': { zeros: 2 ** 21 } })).length // ≈ 2100
 */
export async function zipOf(entries: Record<string, EntryContent>): Promise<Buffer> {
  const zip = new JSZip()
  for (const [name, content] of Object.entries(entries)) {
    zip.file(name, typeof content === 'object' && 'zeros' in content ? Buffer.alloc(content.zeros) : content)
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } })
}

/** A valid XLSX workbook (ExcelJS) with the given header and rows on its first sheet, plus extra zip entries. */
export async function xlsxWith(rows: unknown[][], extra: Record<string, EntryContent> = {}): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs')
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('Sheet1')
  for (const r of rows) sheet.addRow(r)
  const zip = await JSZip.loadAsync(Buffer.from(await book.xlsx.writeBuffer()))
  for (const [name, content] of Object.entries(extra)) {
    zip.file(name, typeof content === 'object' && 'zeros' in content ? Buffer.alloc(content.zeros) : content)
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } })
}

/**
 * A copy of a zip whose central directory and local header lie about one entry's inflated size
 * (ZIP APPNOTE 4.3.7 / 4.3.12: uncompressed size at offset 22 of the local header, 24 of the central
 * header), as a hostile archive does to slip past a check of the declared sizes.
 * @example await lieAboutSize(await zipOf({ 'a.shp': { zeros: 2 ** 21 } }), 'a.shp', 100)
 */
export function lieAboutSize(zip: Buffer, entryName: string, declared: number): Buffer {
  const out = Buffer.from(zip)
  const eocd = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (eocd < 0) throw new Error('lieAboutSize needs a zip with an end-of-central-directory record')
  let at = out.readUInt32LE(eocd + 16)
  for (let i = out.readUInt16LE(eocd + 10); i > 0; i--) {
    if (out.readUInt32LE(at) !== 0x02014b50) throw new Error(`lieAboutSize found no central header at ${at}`)
    const nameLength = out.readUInt16LE(at + 28)
    const name = out.subarray(at + 46, at + 46 + nameLength).toString('utf8')
    if (name === entryName) {
      out.writeUInt32LE(declared, at + 24)
      out.writeUInt32LE(declared, out.readUInt32LE(at + 42) + 22)
      return out
    }
    at += 46 + nameLength + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32)
  }
  throw new Error(`lieAboutSize: no entry ${entryName} in the zip`)
}
