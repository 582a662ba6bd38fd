import type { ZipLimits } from './zip-limits.ts'
import { openGuardedZip } from './open-guarded-zip.ts'

/**
 * Inflate every entry of an archive once, dropping the bytes, to prove it stays within the limits
 * before a library that inflates without limits (exceljs) reads the same bytes. Inflating is
 * deterministic, so the library then gets exactly the sizes measured here.
 * @param bytes the archive
 * @param limits the limits (config `zipLimits`)
 * @returns the total inflated size; throws `ZipRefused` over a limit, JSZip's error when it is not a zip
 * @example await checkZip(xlsxBytes, DefaultUploadZipLimits) // = 48213
 */
export async function checkZip(bytes: Uint8Array, limits: ZipLimits): Promise<number> {
  const zip = await openGuardedZip(bytes, limits)
  let total = 0
  for (const entry of zip.entries) total += await zip.drain(entry)
  return total
}
